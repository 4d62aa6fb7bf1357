// The persistent compile cache: a second process links the first one's machine code instead
// of compiling, and a damaged entry (truncated, corrupted, another format version, another
// host) is rejected with a warning, removed and recompiled, never linked.
// RUN: rm -rf %t.cache %t.out && mkdir -p %t.out
// RUN: env KILN_CACHE_DIR=%t.cache jit-run %s --tier=2 --random-inputs=1 --sym=N=8 --output-dir=%t.out/cold --report | FileCheck %s --check-prefix=COLD
// RUN: env KILN_CACHE_DIR=%t.cache jit-run %s --tier=2 --random-inputs=1 --sym=N=8 --output-dir=%t.out/warm --report | FileCheck %s --check-prefix=WARM
// RUN: cmp %t.out/cold/result0.npy %t.out/warm/result0.npy
// Damage the one entry four ways; each time the run recompiles and stores a good entry again.
// RUN: %python -c "import glob,sys; p=glob.glob(sys.argv[1]+'/*.kobj')[0]; b=open(p,'rb').read(); open(p,'wb').write(b[:len(b)//2])" %t.cache
// RUN: env KILN_CACHE_DIR=%t.cache KILN_LOG=kiln::cache=warn jit-run %s --tier=2 --random-inputs=1 --sym=N=8 --output-dir=%t.out/t --report 2>&1 | FileCheck %s --check-prefixes=REJECT,TRUNC
// RUN: cmp %t.out/cold/result0.npy %t.out/t/result0.npy
// RUN: %python -c "import glob,sys; p=glob.glob(sys.argv[1]+'/*.kobj')[0]; b=bytearray(open(p,'rb').read()); b[-100]^=0xff; open(p,'wb').write(b)" %t.cache
// RUN: env KILN_CACHE_DIR=%t.cache KILN_LOG=kiln::cache=warn jit-run %s --tier=2 --random-inputs=1 --sym=N=8 --report 2>&1 | FileCheck %s --check-prefixes=REJECT,CORRUPT
// RUN: %python -c "import glob,sys; p=glob.glob(sys.argv[1]+'/*.kobj')[0]; b=bytearray(open(p,'rb').read()); b[8]=7; open(p,'wb').write(b)" %t.cache
// RUN: env KILN_CACHE_DIR=%t.cache KILN_LOG=kiln::cache=warn jit-run %s --tier=2 --random-inputs=1 --sym=N=8 --report 2>&1 | FileCheck %s --check-prefixes=REJECT,VERSION
// RUN: %python -c "import glob,sys; p=glob.glob(sys.argv[1]+'/*.kobj')[0]; b=bytearray(open(p,'rb').read()); n=int.from_bytes(b[12:14],'little'); b[16+n]^=1; open(p,'wb').write(b)" %t.cache
// RUN: env KILN_CACHE_DIR=%t.cache KILN_LOG=kiln::cache=warn jit-run %s --tier=2 --random-inputs=1 --sym=N=8 --report 2>&1 | FileCheck %s --check-prefixes=REJECT,HOST
// The last run stored a good entry again.
// RUN: env KILN_CACHE_DIR=%t.cache jit-run %s --tier=2 --random-inputs=1 --sym=N=8 --report | FileCheck %s --check-prefix=WARM
// --no-cache neither reads nor writes.
// RUN: env KILN_CACHE_DIR=%t.cache jit-run %s --tier=2 --random-inputs=1 --sym=N=8 --no-cache --report | FileCheck %s --check-prefix=NOCACHE

// COLD: engine: {{.*}} (1 compiles, 0 failed
// COLD: cache: 0 memory hits, 0 disk hits, 1 misses, 0 evictions, 0 rejected entries, {{[1-9][0-9]*}} bytes on disk
// COLD: compile tier 2:
// COLD: install @score 0 -> 2: fixed tier: compiled in
// WARM: engine: {{.*}} (0 compiles, 0 failed
// WARM: cache: 0 memory hits, 1 disk hits, 0 misses, 0 evictions, 0 rejected entries
// WARM: disk cache tier 2:
// WARM: install @score 0 -> 2: fixed tier: loaded from the disk cache in

// REJECT: WARN {{.*}}rejected a cache entry:
// TRUNC-SAME: truncated; recompiling
// CORRUPT-SAME: checksum mismatch (corrupted); recompiling
// VERSION-SAME: cache format 7, this Kiln reads 1; recompiling
// HOST-SAME: compiled for another host
// REJECT: engine: {{.*}} (1 compiles, 0 failed
// REJECT: cache: 0 memory hits, 0 disk hits, 1 misses, 0 evictions, 1 rejected entries

// NOCACHE: (1 compiles, 0 failed
// NOCACHE: cache: 0 memory hits, 0 disk hits, 1 misses, 0 evictions, 0 rejected entries, 0 bytes on disk

func.func @score(%x: tensor<Nx16xf32>, %s: tensor<16xf32>) -> tensor<Nxf32> {
  %b = ktensor.broadcast_in_dim %s {dims = array<i64: 1>} : (tensor<16xf32>) -> tensor<Nx16xf32>
  %m = ktensor.mul %x, %b : tensor<Nx16xf32>
  %e = ktensor.tanh %m : tensor<Nx16xf32>
  %r = ktensor.reduce %e {axes = array<i64: 1>, kind = "sum"} : (tensor<Nx16xf32>) -> tensor<Nxf32>
  return %r : tensor<Nxf32>
}
