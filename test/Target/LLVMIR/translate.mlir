// RUN: jit-opt %s --split-input-file --emit=llvm | FileCheck %s

// Branches with block arguments become phis; a libm declaration stays a declaration; every
// public function gets a packed entry taking its arguments through one array of pointers.
// CHECK: declare float @expf(float)
// CHECK-LABEL: define float @sum(ptr %0, i64 %1)
// CHECK: phi i64
// CHECK: phi float
// CHECK: icmp sge i64
// CHECK: getelementptr float, ptr %0
// CHECK: load float, ptr %{{.*}}, align 4
// CHECK: call float @expf(
// CHECK: call float @llvm.fma.f32(
// CHECK: ret float
// CHECK-LABEL: define void @sum.kiln_packed(ptr %0)
// CHECK: call float @sum(
// CHECK: store float
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
  %i2 = llvm.add %i, %c1 : i64
  llvm.br ^loop(%i2, %f : i64, f32)
^exit(%r: f32):
  llvm.return %r : f32
}

// -----

// Vectors: splat constants, lane access, shuffles and reduction intrinsics.
// CHECK-LABEL: define float @vec(<8 x float> %0)
// CHECK: fmul <8 x float> %0, splat (float 2.000000e+00)
// CHECK: shufflevector <8 x float>
// CHECK: call float @llvm.vector.reduce.fadd.v8f32(float 0.000000e+00,
llvm.func @vec(%v: vector<8xf32>) -> f32 {
  %two = llvm.mlir.constant(dense<2.000000e+00> : vector<8xf32>) : vector<8xf32>
  %z = llvm.mlir.constant(0.000000e+00 : f32) : f32
  %m = llvm.fmul %v, %two : vector<8xf32>
  %s = llvm.shufflevector %m, %m {mask = array<i32: 7, 6, 5, 4, 3, 2, 1, 0>} : (vector<8xf32>, vector<8xf32>) -> vector<8xf32>
  %r = llvm.intr.vector.reduce.fadd %z, %s : (f32, vector<8xf32>) -> f32
  llvm.return %r : f32
}

// -----

// The address of a function is the function itself, as a pointer.
// CHECK-LABEL: define ptr @addr()
// CHECK-NEXT: bb0:
// CHECK-NEXT: ret ptr @target
llvm.func @target(%a: i64) {
  llvm.return
}
llvm.func @addr() -> !llvm.ptr {
  %p = llvm.mlir.addressof {global_name = @target} : () -> !llvm.ptr
  llvm.return %p : !llvm.ptr
}

// -----

// A streaming store carries `!nontemporal !{i32 1}` with its alignment; fast-math flags
// travel as upstream's `fastmathFlags = #llvm.fastmath<...>`.
// CHECK-LABEL: define float @stream(
// CHECK: store <8 x float> %{{.*}}, ptr %0, align 32, !nontemporal ![[NT:[0-9]+]]
// CHECK: fmul contract float
// CHECK: fadd reassoc contract float
// CHECK: ![[NT]] = !{i32 1}
llvm.func @stream(%p: !llvm.ptr, %v: vector<8xf32>, %a: f32) -> f32 {
  llvm.store %v, %p {alignment = 32 : i64, nontemporal} : (vector<8xf32>, !llvm.ptr) -> ()
  %m = llvm.fmul %a, %a {fastmathFlags = #llvm.fastmath<contract>} : f32
  %s = llvm.fadd %m, %a {fastmathFlags = #llvm.fastmath<contract, reassoc>} : f32
  llvm.return %s : f32
}

// -----

// An intrinsic called by its full name is declared with the call's types.
// CHECK-LABEL: define <16 x float> @ldexp(<16 x float> %0, <16 x i32> %1, float %2, i32 %3)
// CHECK: call <16 x float> @llvm.ldexp.v16f32.v16i32(<16 x float> %0, <16 x i32> %1)
// CHECK: call float @llvm.ldexp.f32.i32(float %2, i32 %3)
llvm.func @ldexp(%v: vector<16xf32>, %n: vector<16xi32>, %x: f32, %k: i32) -> vector<16xf32> {
  %0 = llvm.call_intrinsic "llvm.ldexp.v16f32.v16i32"(%v, %n) : (vector<16xf32>, vector<16xi32>) -> vector<16xf32>
  %1 = llvm.call_intrinsic "llvm.ldexp.f32.i32"(%x, %k) : (f32, i32) -> f32
  %2 = llvm.insertelement %1, %0[%k : i32] : vector<16xf32>
  llvm.return %2 : vector<16xf32>
}
