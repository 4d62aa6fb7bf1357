// RUN: jit-opt %s --pass-pipeline='builtin.module(vectorize-loops{vector-bits=256 interleave=1})' | FileCheck %s

// kmath.ldexp widens with both operands: the exponent computed in the loop becomes a vector
// of i32 beside the vector of values.
// CHECK-LABEL: func.func @ldexp
// CHECK: %[[X:.*]] = kvector.load %arg0, %{{.*}} : (memref<?xf32>, index) -> vector<8xf32>
// CHECK: %[[B:.*]] = arith.bitcast %[[X]] : vector<8xf32> to vector<8xi32>
// CHECK: %[[N:.*]] = arith.shrsi %[[B]], %{{.*}} : vector<8xi32>
// CHECK: %[[Y:.*]] = kmath.ldexp %[[X]], %[[N]] : vector<8xf32>, vector<8xi32>
// CHECK: kvector.store %[[Y]], %arg1, %{{.*}} : (vector<8xf32>, memref<?xf32>, index) -> ()
func.func @ldexp(%a: memref<?xf32>, %out: memref<?xf32>) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c27 = arith.constant 27 : i32
  %n = loop.dim %a {index = 0 : i64} : (memref<?xf32>) -> index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %b = arith.bitcast %x : f32 to i32
    %k = arith.shrsi %b, %c27 : i32
    %y = kmath.ldexp %x, %k : f32, i32
    loop.store %y, %out[%i] : memref<?xf32>
    loop.yield
  }
  return
}
