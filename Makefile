# Kiln: `make test` sets up a fresh Debian 12 machine and runs every test; `make demo` runs the
# embedded example on the tiered engine. See README.md.
LLVM_PREFIX ?= /usr/lib/llvm-22
CARGO ?= cargo
JOBS ?= 2
export LLVM_PREFIX

.PHONY: all deps build test unit lit python fuzz demo demo-passes bench clean

all: build

deps:
	./scripts/install-deps.sh

# The Python extension is built by maturin (`make python`), not here: one LLVM link less.
build: deps
	$(CARGO) build --workspace --exclude kiln-python -j$(JOBS)

unit: deps
	$(CARGO) test --workspace --exclude kiln-python -j$(JOBS)

lit: build
	$(LLVM_PREFIX)/bin/lit -sv test

# The Python package: a wheel built with maturin, installed into a venv, tested with pytest.
python: deps
	JOBS=$(JOBS) ./scripts/python-test.sh

test: unit lit python

# libFuzzer targets (fuzz/): FUZZ_SECONDS per target, from the seeds in fuzz/seeds.
FUZZ_SECONDS ?= 60
fuzz: deps
	JOBS=$(JOBS) ./scripts/fuzz.sh $(FUZZ_SECONDS)

# A model built with the Rust builder API, called 10,000 times with changing batch sizes: the
# tier timeline and the engine's report.
demo: deps
	$(CARGO) run --release -q -p kiln --example engine -j$(JOBS) -- 10000

# jit-opt's cleanup pipeline on examples/demo.mlir, with statistics and timing.
demo-passes: deps
	$(CARGO) build --release -p jit-opt -j$(JOBS)
	./scripts/demo.sh target/release/jit-opt

bench: deps
	./bench/peers.sh
	./bench/parse_print.sh
	./bench/tier1.sh
	$(CARGO) bench -p kiln-runtime --bench profile_overhead -j$(JOBS)
	./bench/engine.sh

clean:
	$(CARGO) clean
