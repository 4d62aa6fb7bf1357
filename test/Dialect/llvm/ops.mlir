// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Functions, branches with block arguments, memory, arithmetic, casts, vectors and intrinsics.
// CHECK: llvm.func @expf(f32) -> f32
// CHECK-LABEL: llvm.func @sum(%arg0: !llvm.ptr, %arg1: i64) -> f32
// CHECK: llvm.br ^bb1(%{{.*}}, %{{.*}} : i64, f32)
// CHECK: ^bb1(%{{.*}}: i64, %{{.*}}: f32):
// CHECK: llvm.icmp "sge" %{{.*}}, %arg1 : i64
// CHECK: llvm.cond_br %{{.*}}, ^bb3(%{{.*}} : f32), ^bb2
// CHECK: llvm.getelementptr %arg0[%{{.*}}] : (!llvm.ptr, i64) -> !llvm.ptr, f32
// CHECK: llvm.load %{{.*}} {alignment = 4 : i64} : !llvm.ptr -> f32
// CHECK: llvm.call @expf(%{{.*}}) : (f32) -> f32
// CHECK: llvm.intr.fma
// CHECK: "llvm.intr.vector.reduce.fadd"(%{{.*}}, %{{.*}}) : (f32, vector<8xf32>) -> f32
// CHECK: llvm.alloca %{{.*}} x f32 {alignment = 16 : i64} : (i64) -> !llvm.ptr
// CHECK: llvm.return %{{.*}} : f32
llvm.func @expf(f32) -> f32
llvm.func @sum(%p: !llvm.ptr, %n: i64) -> f32 {
  %c0 = llvm.mlir.constant(0 : i64) : i64
  %c1 = llvm.mlir.constant(1 : i64) : i64
  %z = llvm.mlir.constant(0.000000e+00 : f32) : f32
  llvm.br ^loop(%c0, %z : i64, f32)
^loop(%i: i64, %acc: f32):
  %done = llvm.icmp "sge" %i, %n : i64
  llvm.cond_br %done, ^exit(%acc : f32), ^body
^body:
  %q = llvm.getelementptr %p, %i {elem_type = f32} : (!llvm.ptr, i64) -> !llvm.ptr
  %v = llvm.load %q {alignment = 4 : i64} : (!llvm.ptr) -> f32
  %e = llvm.call @expf(%v) : (f32) -> f32
  %f = llvm.intr.fma %e, %e, %acc : (f32, f32, f32) -> f32
  %s = llvm.fadd %acc, %f : f32
  %i2 = llvm.add %i, %c1 : i64
  llvm.br ^loop(%i2, %s : i64, f32)
^exit(%r: f32):
  %pv = llvm.mlir.poison : () -> vector<8xf32>
  %v8 = llvm.insertelement %pv, %r, %c0 : (vector<8xf32>, f32, i64) -> vector<8xf32>
  %red = llvm.intr.vector.reduce.fadd %z, %v8 : (f32, vector<8xf32>) -> f32
  %a = llvm.alloca %c1 {elem_type = f32, alignment = 16 : i64} : (i64) -> !llvm.ptr
  llvm.store %red, %a {alignment = 4 : i64} : (f32, !llvm.ptr) -> ()
  %w = llvm.fpext %red : (f32) -> f64
  %t = llvm.fptrunc %w : (f64) -> f32
  llvm.return %t : f32
}

// icmp and fcmp print upstream's syntax (the predicate first, the operands' type after the
// colon); Kiln's earlier std form still parses, and pointers compare to a scalar i1.
// CHECK-LABEL: llvm.func @compare_forms(%arg0: i64, %arg1: vector<4xf32>, %arg2: !llvm.ptr) -> i1
// CHECK-NEXT: %[[A:.*]] = llvm.icmp "ult" %arg0, %arg0 : i64
// CHECK-NEXT: %[[B:.*]] = llvm.fcmp "uno" %arg1, %arg1 {fastmathFlags = #llvm.fastmath<nnan>} : vector<4xf32>
// CHECK-NEXT: %[[C:.*]] = llvm.icmp "eq" %arg2, %arg2 : !llvm.ptr
// CHECK-NEXT: llvm.return %[[C]] : i1
llvm.func @compare_forms(%a: i64, %x: vector<4xf32>, %p: !llvm.ptr) -> i1 {
  %0 = llvm.icmp %a, %a {predicate = "ult"} : (i64, i64) -> i1
  %1 = llvm.fcmp "uno" %x, %x {fastmathFlags = #llvm.fastmath<nnan>} : vector<4xf32>
  %2 = llvm.icmp "eq" %p, %p : !llvm.ptr
  llvm.return %2 : i1
}
