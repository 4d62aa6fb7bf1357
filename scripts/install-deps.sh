#!/usr/bin/env bash
# Installs what Kiln's build and tests need on Debian 12 / Ubuntu: LLVM and MLIR 22 (for lit,
# FileCheck, mlir-opt and, later, the LLVM libraries). Does nothing when they are present.
set -euo pipefail
LLVM_PREFIX="${LLVM_PREFIX:-/usr/lib/llvm-22}"
PKGS="llvm-22-dev libmlir-22-dev libpolly-22-dev clang-22 libzstd-dev zlib1g-dev mlir-22-tools"

need=0
for tool in lit FileCheck not mlir-opt llvm-config; do
  [ -x "$LLVM_PREFIX/bin/$tool" ] || need=1
done

if [ "$need" = 1 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: LLVM/MLIR 22 are missing under $LLVM_PREFIX and this system has no apt-get." >&2
    echo "Install LLVM 22 with mlir-opt, lit and FileCheck, then set LLVM_PREFIX to its prefix." >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "error: installing packages needs root; run as root or install sudo ($PKGS)" >&2
      exit 1
    fi
  fi
  echo "Installing LLVM/MLIR 22: $PKGS"
  $SUDO apt-get update -q
  if ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $PKGS; then
    echo "error: apt-get could not install LLVM 22. On Debian 12 the packages come from" >&2
    echo "bookworm-security or apt.llvm.org (deb http://apt.llvm.org/bookworm/ llvm-toolchain-bookworm-22 main)." >&2
    exit 1
  fi
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "error: cargo is missing. Install Rust (1.85 or newer) with rustup: https://rustup.rs" >&2
  exit 1
fi
echo "dependencies ok: $("$LLVM_PREFIX/bin/llvm-config" --version) at $LLVM_PREFIX, $(cargo --version)"
