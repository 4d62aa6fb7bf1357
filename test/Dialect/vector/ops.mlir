// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Every vector op round-trips.
// CHECK-LABEL: func.func @v
// CHECK: vector.load %{{.*}}, %{{.*}} : (memref<?xf32>, index) -> vector<8xf32>
// CHECK: vector.create_mask %{{.*}} : (index) -> vector<8xi1>
// CHECK: vector.maskedload
// CHECK: vector.broadcast %{{.*}} : (f32) -> vector<8xf32>
// CHECK: vector.fma %{{.*}}, %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: vector.reduction %{{.*}} {kind = "add"} : (vector<8xf32>) -> f32
// CHECK: vector.reduction %{{.*}}, %{{.*}} {kind = "maximumf"} : (vector<8xf32>, f32) -> f32
// CHECK: vector.extract %{{.*}} {position = 3 : i64}
// CHECK: vector.insert %{{.*}}, %{{.*}} {position = 0 : i64}
// CHECK: vector.shuffle %{{.*}}, %{{.*}} {mask = array<i64: 0, 8, 1, 9>} : (vector<8xf32>, vector<8xf32>) -> vector<4xf32>
// CHECK: vector.store
// CHECK: vector.maskedstore
// CHECK: arith.addf %{{.*}}, %{{.*}} : vector<8xf32>
func.func @v(%buf: memref<?xf32>, %i: index, %n: index, %s: f32) {
  %a = vector.load %buf, %i : (memref<?xf32>, index) -> vector<8xf32>
  %m = vector.create_mask %n : (index) -> vector<8xi1>
  %b = vector.maskedload %buf, %i, %m, %a : (memref<?xf32>, index, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
  %c = vector.broadcast %s : (f32) -> vector<8xf32>
  %d = vector.fma %a, %b, %c : vector<8xf32>
  %r = vector.reduction %d {kind = "add"} : (vector<8xf32>) -> f32
  %r2 = vector.reduction %d, %s {kind = "maximumf"} : (vector<8xf32>, f32) -> f32
  %e = vector.extract %d {position = 3} : (vector<8xf32>) -> f32
  %f = vector.insert %e, %d {position = 0} : (f32, vector<8xf32>) -> vector<8xf32>
  %g = vector.shuffle %f, %d {mask = array<i64: 0, 8, 1, 9>} : (vector<8xf32>, vector<8xf32>) -> vector<4xf32>
  vector.store %d, %buf, %i : (vector<8xf32>, memref<?xf32>, index) -> ()
  vector.maskedstore %d, %buf, %i, %m : (vector<8xf32>, memref<?xf32>, index, vector<8xi1>) -> ()
  %h = arith.addf %a, %b : vector<8xf32>
  return
}
