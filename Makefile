# Kiln: `make test` sets up a fresh Debian 12 machine and runs every test; `make demo` runs the
# bundled example. See README.md.
LLVM_PREFIX ?= /usr/lib/llvm-22
CARGO ?= cargo
JOBS ?= 2
export LLVM_PREFIX

.PHONY: all deps build test unit lit demo bench clean

all: build

deps:
	./scripts/install-deps.sh

build: deps
	$(CARGO) build --workspace -j$(JOBS)

unit: deps
	$(CARGO) test --workspace -j$(JOBS)

lit: build
	$(LLVM_PREFIX)/bin/lit -sv test

test: unit lit

demo: deps
	$(CARGO) build --release -p jit-opt -j$(JOBS)
	./scripts/demo.sh target/release/jit-opt

bench: deps
	./bench/parse_print.sh
	./bench/tier1.sh

clean:
	$(CARGO) clean
