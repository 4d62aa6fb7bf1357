// RUN: jit-opt %s --split-input-file --pass-pipeline='builtin.module(vectorize-loops{vector-bits=512 interleave=2 interleave-long=3})' | FileCheck %s

// A long body (24 ops or more) without reductions on 512-bit vectors (32 registers): the main
// loop carries interleave-long = 3 vectors per iteration, 48 elements.
// CHECK-LABEL: func.func @long_body
// CHECK: %[[W:.*]] = arith.constant 48 : index
// CHECK: loop.for
// CHECK-COUNT-3: kvector.load %arg0, %{{.*}} : (memref<?xf32>, index) -> vector<16xf32>
// CHECK-NOT: kvector.load
// CHECK-COUNT-3: kvector.store %{{.*}}, %arg1, %{{.*}} : (vector<16xf32>, memref<?xf32>, index) -> ()
// CHECK: kvector.create_mask
func.func @long_body(%a: memref<?xf32>, %out: memref<?xf32>, %s: f32) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = loop.dim %a {index = 0 : i64} : (memref<?xf32>) -> index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %v0 = arith.mulf %x, %s : f32
    %v1 = arith.addf %v0, %s : f32
    %v2 = arith.mulf %v1, %s : f32
    %v3 = arith.addf %v2, %s : f32
    %v4 = arith.mulf %v3, %s : f32
    %v5 = arith.addf %v4, %s : f32
    %v6 = arith.mulf %v5, %s : f32
    %v7 = arith.addf %v6, %s : f32
    %v8 = arith.mulf %v7, %s : f32
    %v9 = arith.addf %v8, %s : f32
    %v10 = arith.mulf %v9, %s : f32
    %v11 = arith.addf %v10, %s : f32
    %v12 = arith.mulf %v11, %s : f32
    %v13 = arith.addf %v12, %s : f32
    %v14 = arith.mulf %v13, %s : f32
    %v15 = arith.addf %v14, %s : f32
    %v16 = arith.mulf %v15, %s : f32
    %v17 = arith.addf %v16, %s : f32
    %v18 = arith.mulf %v17, %s : f32
    %v19 = arith.addf %v18, %s : f32
    %v20 = arith.mulf %v19, %s : f32
    %v21 = arith.addf %v20, %s : f32
    %v22 = arith.mulf %v21, %s : f32
    %v23 = arith.addf %v22, %s : f32
    loop.store %v23, %out[%i] : memref<?xf32>
    loop.yield
  }
  return
}

// -----

// One op short of long: interleave = 2 vectors per iteration.
// CHECK-LABEL: func.func @short_body
// CHECK: %[[W:.*]] = arith.constant 32 : index
// CHECK: loop.for
// CHECK-COUNT-2: kvector.load %arg0, %{{.*}} : (memref<?xf32>, index) -> vector<16xf32>
// CHECK-NOT: kvector.load
// CHECK: kvector.create_mask
func.func @short_body(%a: memref<?xf32>, %out: memref<?xf32>, %s: f32) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = loop.dim %a {index = 0 : i64} : (memref<?xf32>) -> index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %v0 = arith.mulf %x, %s : f32
    %v1 = arith.addf %v0, %s : f32
    %v2 = arith.mulf %v1, %s : f32
    %v3 = arith.addf %v2, %s : f32
    %v4 = arith.mulf %v3, %s : f32
    %v5 = arith.addf %v4, %s : f32
    %v6 = arith.mulf %v5, %s : f32
    %v7 = arith.addf %v6, %s : f32
    %v8 = arith.mulf %v7, %s : f32
    %v9 = arith.addf %v8, %s : f32
    %v10 = arith.mulf %v9, %s : f32
    %v11 = arith.addf %v10, %s : f32
    %v12 = arith.mulf %v11, %s : f32
    %v13 = arith.addf %v12, %s : f32
    %v14 = arith.mulf %v13, %s : f32
    %v15 = arith.addf %v14, %s : f32
    %v16 = arith.mulf %v15, %s : f32
    %v17 = arith.addf %v16, %s : f32
    %v18 = arith.mulf %v17, %s : f32
    %v19 = arith.addf %v18, %s : f32
    %v20 = arith.mulf %v19, %s : f32
    %v21 = arith.addf %v20, %s : f32
    %v22 = arith.mulf %v21, %s : f32
    loop.store %v22, %out[%i] : memref<?xf32>
    loop.yield
  }
  return
}

// -----

// A long body with a reduction keeps interleave = 2 (an accumulator per vector).
// CHECK-LABEL: func.func @long_reduction
// CHECK: %[[W:.*]] = arith.constant 32 : index
// CHECK: loop.for %{{.*}} iter_args(%{{.*}} = %{{.*}}, %{{.*}} = %{{.*}}) -> (vector<16xf32>, vector<16xf32>)
// CHECK-COUNT-2: kvector.load %arg0, %{{.*}} : (memref<?xf32>, index) -> vector<16xf32>
// CHECK-NOT: kvector.load
// CHECK: kvector.create_mask
func.func @long_reduction(%a: memref<?xf32>, %out: memref<?xf32>, %s: f32) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = loop.dim %a {index = 0 : i64} : (memref<?xf32>) -> index
  %z = arith.constant -0.000000e+00 : f32
  %r = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (f32) {
    %x = loop.load %a[%i] : memref<?xf32>
    %v0 = arith.mulf %x, %s : f32
    %v1 = arith.addf %v0, %s : f32
    %v2 = arith.mulf %v1, %s : f32
    %v3 = arith.addf %v2, %s : f32
    %v4 = arith.mulf %v3, %s : f32
    %v5 = arith.addf %v4, %s : f32
    %v6 = arith.mulf %v5, %s : f32
    %v7 = arith.addf %v6, %s : f32
    %v8 = arith.mulf %v7, %s : f32
    %v9 = arith.addf %v8, %s : f32
    %v10 = arith.mulf %v9, %s : f32
    %v11 = arith.addf %v10, %s : f32
    %v12 = arith.mulf %v11, %s : f32
    %v13 = arith.addf %v12, %s : f32
    %v14 = arith.mulf %v13, %s : f32
    %v15 = arith.addf %v14, %s : f32
    %v16 = arith.mulf %v15, %s : f32
    %v17 = arith.addf %v16, %s : f32
    %v18 = arith.mulf %v17, %s : f32
    %v19 = arith.addf %v18, %s : f32
    %v20 = arith.mulf %v19, %s : f32
    %v21 = arith.addf %v20, %s : f32
    %v22 = arith.mulf %v21, %s : f32
    %v23 = arith.addf %v22, %s : f32
    %y = arith.addf %acc, %v23 fastmath<reassoc> : f32
    loop.yield %y : f32
  }
  loop.store %r, %out[%c0] : memref<?xf32>
  return
}
