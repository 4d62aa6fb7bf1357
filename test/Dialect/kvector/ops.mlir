// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Every vector op round-trips.
// CHECK-LABEL: func.func @v
// CHECK: kvector.load %{{.*}}, %{{.*}} : (memref<?xf32>, index) -> vector<8xf32>
// CHECK: kvector.create_mask %{{.*}} : (index) -> vector<8xi1>
// CHECK: kvector.maskedload
// CHECK: kvector.broadcast %{{.*}} : (f32) -> vector<8xf32>
// CHECK: kvector.fma %{{.*}}, %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: kvector.reduction %{{.*}} {kind = "add"} : (vector<8xf32>) -> f32
// CHECK: kvector.reduction %{{.*}}, %{{.*}} {kind = "maximumf"} : (vector<8xf32>, f32) -> f32
// CHECK: kvector.extract %{{.*}} {position = 3 : i64}
// CHECK: kvector.insert %{{.*}}, %{{.*}} {position = 0 : i64}
// CHECK: kvector.shuffle %{{.*}}, %{{.*}} {mask = array<i64: 0, 8, 1, 9>} : (vector<8xf32>, vector<8xf32>) -> vector<4xf32>
// CHECK: kvector.store
// CHECK: kvector.maskedstore
// CHECK: arith.addf %{{.*}}, %{{.*}} : vector<8xf32>
func.func @v(%buf: memref<?xf32>, %i: index, %n: index, %s: f32) {
  %a = kvector.load %buf, %i : (memref<?xf32>, index) -> vector<8xf32>
  %m = kvector.create_mask %n : (index) -> vector<8xi1>
  %b = kvector.maskedload %buf, %i, %m, %a : (memref<?xf32>, index, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
  %c = kvector.broadcast %s : (f32) -> vector<8xf32>
  %d = kvector.fma %a, %b, %c : vector<8xf32>
  %r = kvector.reduction %d {kind = "add"} : (vector<8xf32>) -> f32
  %r2 = kvector.reduction %d, %s {kind = "maximumf"} : (vector<8xf32>, f32) -> f32
  %e = kvector.extract %d {position = 3} : (vector<8xf32>) -> f32
  %f = kvector.insert %e, %d {position = 0} : (f32, vector<8xf32>) -> vector<8xf32>
  %g = kvector.shuffle %f, %d {mask = array<i64: 0, 8, 1, 9>} : (vector<8xf32>, vector<8xf32>) -> vector<4xf32>
  kvector.store %d, %buf, %i : (vector<8xf32>, memref<?xf32>, index) -> ()
  kvector.maskedstore %d, %buf, %i, %m : (vector<8xf32>, memref<?xf32>, index, vector<8xi1>) -> ()
  %h = arith.addf %a, %b : vector<8xf32>
  return
}
