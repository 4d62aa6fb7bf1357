// RUN: jit-opt --split-input-file --verify-diagnostics %s

// Unknown LLVM types are rejected.
// expected-error @+1 {{invalid llvm type: unknown LLVM type '!llvm.pointer'}}
llvm.func @f(!llvm.pointer)

// -----

// Branch arguments match the destination's block arguments.
llvm.func @f(%a: i32) {
  // expected-error @+1 {{'llvm.br' op successor #0 takes 1 arguments of other types than the 1 given}}
  llvm.br ^bb1(%a : i32)
^bb1(%x: i64):
  llvm.return
}

// -----

// Alignments are powers of two.
llvm.func @f(%p: !llvm.ptr) -> f32 {
  // expected-error @+1 {{'llvm.load' op alignment 3 is not a power of two}}
  %0 = llvm.load %p {alignment = 3 : i64} : (!llvm.ptr) -> f32
  llvm.return %0 : f32
}

// -----

// Casts go in their direction.
llvm.func @f(%a: i64) -> i32 {
  // expected-error @+1 {{'llvm.sext' op invalid cast from 'i64' to 'i32'}}
  %0 = llvm.sext %a : (i64) -> i32
  llvm.return %0 : i32
}

// -----

// Returns match the function.
llvm.func @f(%a: i32) -> f32 {
  // expected-error @+1 {{'llvm.return' op operand types must match the function's result types}}
  llvm.return %a : i32
}

// -----

// Regression (generic-form mutation): a reduce.fadd without its start value panicked the
// verifier.
llvm.func @reduce_fadd_one_operand(%a: vector<4xf32>) -> f32 {
  // expected-error @+1 {{'llvm.intr.vector.reduce.fadd' op expects 2 operands, found 1}}
  %0 = "llvm.intr.vector.reduce.fadd"(%a) : (vector<4xf32>) -> f32
  llvm.return %0 : f32
}

// -----

// The address of a function names it with a symbol reference and is a pointer.
llvm.func @f() -> !llvm.ptr {
  // expected-error @+1 {{'llvm.mlir.addressof' op requires a 'global_name' symbol reference}}
  %p = llvm.mlir.addressof {global_name = "f"} : () -> !llvm.ptr
  llvm.return %p : !llvm.ptr
}

// -----

llvm.func @f() -> i64 {
  // expected-error @+1 {{'llvm.mlir.addressof' op result must be '!llvm.ptr', got 'i64'}}
  %p = llvm.mlir.addressof {global_name = @f} : () -> i64
  llvm.return %p : i64
}

// -----

// A shuffle mask has i32 entries, as upstream's and LLVM IR's do.
llvm.func @shuffle_mask_i64(%v: vector<4xf32>) -> vector<4xf32> {
  // expected-error @+1 {{requires 'mask' as array<i32: ...>}}
  %0 = llvm.shufflevector %v, %v {mask = array<i64: 3, 2, 1, 0>} : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
  llvm.return %0 : vector<4xf32>
}

// -----

// Kiln's globals are private constants: a mutable one is a located error.
// expected-error @+1 {{expects 'constant': Kiln's globals are private constants}}
llvm.mlir.global private @mutable(dense<1.0> : tensor<1xf32>) : !llvm.array<1 x f32>

// -----

// Kiln's globals live in address space 0.
// expected-error @+1 {{Kiln's globals are in address space 0}}
llvm.mlir.global private constant @far(dense<1.0> : tensor<1xf32>) {addr_space = 1 : i32} : !llvm.array<1 x f32>

// -----

// Kiln counts every bit of a zero: a count of leading zeros poison at zero is rejected.
llvm.func @ctlz(%x: i32) -> i32 {
  // expected-error @+1 {{expects 'is_zero_poison = false'}}
  %0 = "llvm.intr.ctlz"(%x) <{is_zero_poison = true}> : (i32) -> i32
  llvm.return %0 : i32
}

// -----

// llvm.call_intrinsic names an intrinsic.
llvm.func @f(%a: f32) -> f32 {
  // expected-error @+1 {{'llvm.call_intrinsic' op 'intrin' must name an LLVM intrinsic (llvm.*), not 'ldexpf'}}
  %0 = llvm.call_intrinsic "ldexpf"(%a) : (f32) -> f32
  llvm.return %0 : f32
}

// -----

// llvm.call_intrinsic has its name.
llvm.func @f(%a: f32) -> f32 {
  // expected-error @+1 {{'llvm.call_intrinsic' op requires attribute 'intrin'}}
  %0 = "llvm.call_intrinsic"(%a) : (f32) -> f32
  llvm.return %0 : f32
}
