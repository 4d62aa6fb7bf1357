// RUN: jit-opt %s --split-input-file --emit=upstream 2>%t.remarks | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK < %t.remarks
// RUN: jit-opt %s --split-input-file --emit=upstream --print-op-generic 2>/dev/null | %mlir-opt --split-input-file | FileCheck %s --check-prefix=UPSTREAM
// RUN: jit-opt %s --split-input-file --emit=upstream 2>/dev/null | jit-opt --split-input-file --import=upstream | FileCheck %s --check-prefix=BACK

// Loops, loads, stores, buffers, views and an if cross as scf and memref; symbolic extents
// become '?' (said in a remark, kept in kiln.arg_shapes) and are bound from the arguments.
// CHECK-LABEL: func.func @k(
// CHECK-SAME: %[[A:.*]]: memref<?x4xf32, strided<[?, 1], offset: ?>>, %[[X:.*]]: f32) -> f32
// CHECK-SAME: attributes {kiln.arg_shapes = ["memref<Nx4xf32>", "f32"], kiln.bridge, llvm.emit_c_interface}
// CHECK: memref.dim {kiln.bridge} %[[A]], %{{.*}} : memref<?x4xf32, strided<[?, 1], offset: ?>>
// CHECK: %[[N:.*]] = memref.dim %[[A]], %{{.*}} : memref<?x4xf32, strided<[?, 1], offset: ?>>
// CHECK: %[[RAW:.*]] = memref.alloc(%[[N]]) {alignment = 64 : i64, kiln.type = "memref<Nx4xf32>"} : memref<?x4xf32>
// CHECK: %[[B:.*]] = memref.cast %[[RAW]] {kiln.bridge} : memref<?x4xf32> to memref<?x4xf32, strided<[?, 1], offset: ?>>
// CHECK: %[[S:.*]] = scf.for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} iter_args(%[[ACC:.*]] = %[[X]]) -> (f32) {
// CHECK: memref.load %[[A]][%[[I]], %{{.*}}] : memref<?x4xf32, strided<[?, 1], offset: ?>>
// CHECK: arith.addf %[[ACC]], %{{.*}} fastmath<reassoc> : f32
// CHECK: memref.store %{{.*}}, %[[B]][%[[I]], %{{.*}}] : memref<?x4xf32, strided<[?, 1], offset: ?>>
// CHECK: scf.yield %{{.*}} : f32
// CHECK: scf.parallel (%{{.*}}, %{{.*}}) = (%{{.*}}, %{{.*}}) to (%{{.*}}, %{{.*}}) step (%{{.*}}, %{{.*}}) {
// CHECK: memref.extract_strided_metadata %[[B]]
// CHECK: memref.reinterpret_cast %[[B]] to offset: [%{{.*}}], sizes: [%{{.*}}], strides: [1] {kiln.type = "memref<(4*N)xf32>"} : memref<?x4xf32, strided<[?, 1], offset: ?>> to memref<?xf32, strided<[1], offset: ?>>
// CHECK: memref.subview %[[B]][%{{.*}}, %{{.*}}] [2, 2] [1, 1] {kiln.type = "memref<2x2xf32>"} : memref<?x4xf32, strided<[?, 1], offset: ?>> to memref<2x2xf32, strided<[?, 1], offset: ?>>
// CHECK: scf.if %{{.*}} -> (f32) {
// CHECK: } else {
// CHECK: memref.dealloc %[[B]] : memref<?x4xf32, strided<[?, 1], offset: ?>>
// REMARK: remark: @k: symbolic extents written as '?' (memref<Nx4xf32>); kept in its 'kiln.arg_shapes' attribute
// UPSTREAM-LABEL: func.func @k(
// UPSTREAM: scf.for
// UPSTREAM: scf.parallel
// UPSTREAM: scf.if
func.func @k(%a: memref<Nx4xf32>, %x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %n = loop.dim %a {index = 0} : (memref<Nx4xf32>) -> index
  %b = loop.alloc %n : (index) -> memref<Nx4xf32>
  %s = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (f32) {
    %v = loop.load %a[%i, %c0] : memref<Nx4xf32>
    %sum = arith.addf %acc, %v fastmath<reassoc> : f32
    loop.store %sum, %b[%i, %c1] : memref<Nx4xf32>
    loop.yield %sum : f32
  }
  loop.parallel (%i, %j) = (%c0, %c0) to (%n, %c4) step (%c1, %c1) {
    loop.store %s, %b[%i, %j] : memref<Nx4xf32>
    loop.yield
  }
  %flat = loop.view %b : (memref<Nx4xf32>) -> memref<(4*N)xf32>
  %sub = loop.subview %b, %c0, %c1 : (memref<Nx4xf32>, index, index) -> memref<2x2xf32>
  %r = loop.load %sub[%c0, %c0] : memref<2x2xf32>
  %e = loop.load %flat[%c0] : memref<(4*N)xf32>
  %true = arith.constant true
  %z = loop.if %true -> (f32) {
    loop.yield %r : f32
  } else {
    loop.yield %e : f32
  }
  loop.dealloc %b : (memref<Nx4xf32>) -> ()
  return %z : f32
}

// -----

// A while loop with its state in a buffer becomes scf.while without carried values.
// CHECK-LABEL: func.func @countdown(
// CHECK: scf.while : () -> () {
// CHECK: %[[GO:.*]] = arith.cmpi sgt, %{{.*}}, %{{.*}} : i32
// CHECK: scf.condition(%[[GO]])
// CHECK: } do {
// CHECK: memref.store %{{.*}}, %{{.*}}[] : memref<i32, strided<[], offset: ?>>
// UPSTREAM-LABEL: func.func @countdown(
// UPSTREAM: scf.while
func.func @countdown(%b: memref<i32>) {
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  loop.while {
    %v = loop.load %b[] : memref<i32>
    %go = arith.cmpi sgt, %v, %zero : i32
    loop.condition %go : i1
  } do {
    %v = loop.load %b[] : memref<i32>
    %w = arith.subi %v, %one : i32
    loop.store %w, %b[] : memref<i32>
    loop.yield
  }
  return
}

// -----

// A function that exports a buffer into a parameter returns it instead (a no-op cast marks
// where the export was); a caller that passed a placeholder frees it and uses the returned
// buffer from then on. Unsigned element types become signless.
// CHECK-LABEL: func.func private @make(
// CHECK-SAME: %{{.*}}: index, %{{.*}}: memref<?xi32, strided<[1], offset: ?>>) -> memref<?xi32, strided<[1], offset: ?>>
// CHECK-SAME: attributes {kiln.bridge, kiln.returned = array<i64: 1>}
// CHECK: %[[BUF:.*]] = memref.cast %{{.*}} {kiln.bridge}
// CHECK: memref.cast %[[BUF]] {kiln.export = 1 : i64} : memref<?xi32, strided<[1], offset: ?>> to memref<?xi32, strided<[1], offset: ?>>
// CHECK: return %[[BUF]] : memref<?xi32, strided<[1], offset: ?>>
// CHECK-LABEL: func.func @use(
// CHECK: %[[PH:.*]] = memref.cast %{{.*}} : memref<?xi32> to memref<?xi32, strided<[1], offset: ?>>
// CHECK: %[[GOT:.*]] = call @make(%{{.*}}, %[[PH]]) {kiln.exported = array<i64: 1>}
// CHECK: memref.dealloc %[[PH]]
// CHECK: memref.load %[[GOT]][%{{.*}}] : memref<?xi32, strided<[1], offset: ?>>
// CHECK: memref.dealloc %[[GOT]]
// UPSTREAM-LABEL: func.func private @make(
// UPSTREAM-LABEL: func.func @use(
// UPSTREAM: call @make
func.func private @make(%n: index, %out: memref<?xui32>) {
  %b = loop.alloc %n : (index) -> memref<?xui32>
  loop.export %b, %out : (memref<?xui32>, memref<?xui32>) -> ()
  return
}
func.func @use(%n: index) -> ui32 {
  %c0 = arith.constant 0 : index
  %ph = loop.alloc %c0 : (index) -> memref<?xui32>
  call @make(%n, %ph) {kiln.exported = array<i64: 1>} : (index, memref<?xui32>) -> ()
  %v = loop.load %ph[%c0] : memref<?xui32>
  loop.dealloc %ph : (memref<?xui32>) -> ()
  return %v : ui32
}

// -----

// Kiln passes a buffer for a parameter whose type says less about it (static for '?');
// upstream's func.call wants equal types, so the export casts (and the import drops the cast).
// CHECK-LABEL: func.func @caller(
// CHECK: %[[C:.*]] = memref.cast %arg0 {kiln.bridge} : memref<8xf32, strided<[1], offset: ?>> to memref<?xf32, strided<[1], offset: ?>>
// CHECK: call @first(%[[C]]) : (memref<?xf32, strided<[1], offset: ?>>) -> f32
// UPSTREAM-LABEL: func.func @caller(
// BACK-LABEL: func.func @caller(%arg0: memref<8xf32>) -> f32
// BACK: %[[R:.*]] = call @first(%arg0) : (memref<8xf32>) -> f32
// BACK: return %[[R]] : f32
func.func private @first(%a: memref<?xf32>) -> f32 {
  %c0 = arith.constant 0 : index
  %v = loop.load %a[%c0] : memref<?xf32>
  return %v : f32
}
func.func @caller(%a: memref<8xf32>) -> f32 {
  %r = call @first(%a) : (memref<8xf32>) -> f32
  return %r : f32
}

// -----

// Kiln's vector level (kvector) crosses as upstream's vector dialect; a masked store's operands
// are reordered (upstream: base, indices, mask, value) and a reduction's kind and fast-math
// flags become upstream's attributes.
// CHECK-LABEL: func.func @vsum(
// CHECK: %[[V:.*]] = vector.load %arg0[%{{.*}}] : memref<?xf32, strided<[1], offset: ?>>, vector<8xf32>
// CHECK: %[[M:.*]] = vector.create_mask %{{.*}} : vector<8xi1>
// CHECK: vector.maskedstore %arg0[%{{.*}}], %[[M]], %[[V]] : memref<?xf32, strided<[1], offset: ?>>, vector<8xi1>, vector<8xf32>
// CHECK: %[[S:.*]] = vector.reduction <add>, %[[V]], %{{.*}} fastmath<reassoc> : vector<8xf32> into f32
// CHECK: return %[[S]] : f32
// UPSTREAM-LABEL: func.func @vsum(
// UPSTREAM: vector.reduction
// BACK-LABEL: func.func @vsum(
// BACK: kvector.maskedstore
// BACK: kvector.reduction
func.func @vsum(%a: memref<?xf32>, %acc: f32, %n: index) -> f32 {
  %c0 = arith.constant 0 : index
  %v = kvector.load %a, %c0 : (memref<?xf32>, index) -> vector<8xf32>
  %m = kvector.create_mask %n : (index) -> vector<8xi1>
  kvector.maskedstore %v, %a, %c0, %m : (vector<8xf32>, memref<?xf32>, index, vector<8xi1>) -> ()
  %s = kvector.reduction %v, %acc {kind = "add", fastmath = #arith.fastmath<reassoc>} : (vector<8xf32>, f32) -> f32
  return %s : f32
}
