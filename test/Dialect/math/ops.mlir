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

// kmath.ldexp takes a float and an integer of the same shape and round-trips on each.
// CHECK-LABEL: func.func @ldexp
func.func @ldexp(%x: f32, %n: i32, %v: vector<16xf32>, %vn: vector<16xi32>, %t: tensor<Nxf64>, %tn: tensor<Nxi64>) {
  // CHECK: kmath.ldexp %arg0, %arg1 : f32, i32
  %0 = kmath.ldexp %x, %n : f32, i32
  // CHECK: kmath.ldexp %arg2, %arg3 : vector<16xf32>, vector<16xi32>
  %1 = kmath.ldexp %v, %vn : vector<16xf32>, vector<16xi32>
  // CHECK: kmath.ldexp %arg4, %arg5 : tensor<Nxf64>, tensor<Nxi64>
  %2 = kmath.ldexp %t, %tn : tensor<Nxf64>, tensor<Nxi64>
  return
}
