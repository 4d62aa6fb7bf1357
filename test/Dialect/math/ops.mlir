// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Every math op round-trips on scalars and shaped types.
// CHECK-LABEL: func.func @ops
func.func @ops(%x: f32, %v: vector<8xf32>, %t: tensor<Nxf64>, %i: i32) {
  // CHECK: math.exp %{{.*}} : f32
  %0 = math.exp %x : f32
  // CHECK: math.log
  %1 = math.log %0 : f32
  // CHECK: math.tanh %{{.*}} : vector<8xf32>
  %2 = math.tanh %v : vector<8xf32>
  // CHECK: math.sqrt %{{.*}} : tensor<Nxf64>
  %3 = math.sqrt %t : tensor<Nxf64>
  // CHECK: math.rsqrt
  %4 = math.rsqrt %x : f32
  // CHECK: math.erf
  %5 = math.erf %x : f32
  // CHECK: math.absf
  %6 = math.absf %x : f32
  // CHECK: math.absi %{{.*}} : i32
  %7 = math.absi %i : i32
  // CHECK: math.powf %{{.*}}, %{{.*}} : f32
  %8 = math.powf %x, %0 : f32
  // CHECK: math.fma %{{.*}}, %{{.*}}, %{{.*}} : vector<8xf32>
  %9 = math.fma %v, %v, %2 : vector<8xf32>
  return
}
