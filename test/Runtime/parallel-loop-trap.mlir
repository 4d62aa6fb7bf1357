// A parallel loop (kiln.parallel) runs in chunks on the thread pool; a run-time check failing
// in a chunk on another thread stops the call with its message, as on the calling thread.
// Hand-written loop code keeps its bounds checks inside the outlined loop.
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<100000f', *range(100000)))" > %t.buf
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<q', 100000))" > %t.n
// RUN: python3 -c "import struct,sys; sys.stdout.buffer.write(struct.pack('<q', 100001))" > %t.over
// RUN: jit-run --tier=2 --threads=2 --no-cache %s --input=%t.buf:100000:f32 --input=%t.n::i64 --print-output | FileCheck %s --check-prefix=OK
// RUN: not jit-run --tier=2 --threads=2 --no-cache %s --input=%t.buf:100000:f32 --input=%t.over::i64 2>&1 | FileCheck %s --check-prefix=OOB
// RUN: jit-opt %s --tier=2 | FileCheck %s --check-prefix=IR

// OK: result #0: tensor<f32>
// OK-NEXT: 9999781000
// OOB: error: index 100000 is out of bounds for an extent of 100000
// IR: llvm.func @main__par0(
// IR: llvm.call @kiln_rt_check_index(

// Doubles every element in parallel, then sums them sequentially.
func.func @main(%a: memref<?xf32>, %n: i64) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %k = arith.index_cast %n : i64 to index
  %two = arith.constant 2.0 : f32
  loop.for %i = %c0 to %k step %c1 {
    %v = loop.load %a[%i] : memref<?xf32>
    %w = arith.mulf %v, %two : f32
    loop.store %w, %a[%i] : memref<?xf32>
    loop.yield
  } {kiln.parallel}
  %z = arith.constant 0.0 : f32
  %s = loop.for %i = %c0 to %k step %c1 iter_args(%acc = %z) -> (f32) {
    %v = loop.load %a[%i] : memref<?xf32>
    %t = arith.addf %acc, %v : f32
    loop.yield %t : f32
  }
  return %s : f32
}
