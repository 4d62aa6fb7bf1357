// A function a tier cannot compile is an error naming the op's file:line:col (the compile
// error used to lose the location); tier 0 refuses the same op at the same place.
// RUN: not jit-run --tier=1 --no-cache %s --random-inputs=1 2>&1 | FileCheck %s
// RUN: not jit-run --tier=2 --no-cache %s --random-inputs=1 2>&1 | FileCheck %s
// RUN: not jit-run %s --random-inputs=1 2>&1 | FileCheck %s --check-prefix=TIER0

// CHECK: error: tier {{[12]}}: {{.*}}compile-error-location.mlir:[[@LINE+4]]:3: reduce_precision to e11m52 has no loop lowering (f32 holds e8m23)
// TIER0: compile-error-location.mlir:[[@LINE+3]]:3: error: reduce_precision to e11m52 is not supported (f32 holds e8m23)

func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = ktensor.reduce_precision %a {exponent_bits = 11, mantissa_bits = 52} : tensor<4xf32>
  return %0 : tensor<4xf32>
}
