// Regression: tiers 1 and 2 stored a comparison's i1 results as LLVM vectors of i1, which are
// packed bits, into a buffer that holds a byte per element. Every tier must print tier 0's
// result, with a row of whole vectors and a partial one.
// RUN: jit-run %s --random-inputs=1 --print-output > %t.tier0
// RUN: jit-run %s --random-inputs=1 --tier=1 --print-output > %t.tier1
// RUN: jit-run %s --random-inputs=1 --tier=2 --print-output > %t.tier2
// RUN: diff %t.tier0 %t.tier1
// RUN: diff %t.tier0 %t.tier2
// RUN: FileCheck %s < %t.tier2
// CHECK: result #0: tensor<3x100xi1>
// CHECK: result #1: tensor<3x100xf32>
func.func @main(%x: tensor<3x100xf32>, %y: tensor<3x100xf32>) -> (tensor<3x100xi1>, tensor<3x100xf32>) {
  %c = ktensor.cmp %x, %y {predicate = "gt"} : (tensor<3x100xf32>, tensor<3x100xf32>) -> tensor<3x100xi1>
  %s = ktensor.select %c, %x, %y : (tensor<3x100xi1>, tensor<3x100xf32>, tensor<3x100xf32>) -> tensor<3x100xf32>
  return %c, %s : tensor<3x100xi1>, tensor<3x100xf32>
}
