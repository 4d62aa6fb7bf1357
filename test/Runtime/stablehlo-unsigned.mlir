// Unsigned integers keep their meaning at every tier (they were computed as signed: ui32 -1
// converted to -1.0, ui32 division was signed, f32 -> ui8 -> i32 of 200.7 gave -56).
// Results go through i64 or f32 to show the unsigned values.
// RUN: jit-run %s --entry=wide --print-output | FileCheck %s --check-prefix=WIDE
// RUN: jit-run --tier=1 --no-cache %s --entry=wide --print-output | FileCheck %s --check-prefix=WIDE
// RUN: jit-run --tier=2 --no-cache %s --entry=wide --print-output | FileCheck %s --check-prefix=WIDE
// RUN: jit-run --tier=3 --no-cache %s --entry=wide --print-output | FileCheck %s --check-prefix=WIDE
// ui8 has no tier-0 storage: a clear error there, the unsigned value at tiers 1-3.
// RUN: not jit-run %s --entry=narrow --print-output 2>&1 | FileCheck %s --check-prefix=NARROW0
// RUN: jit-run --tier=1 --no-cache %s --entry=narrow --print-output | FileCheck %s --check-prefix=NARROW
// RUN: jit-run --tier=2 --no-cache %s --entry=narrow --print-output | FileCheck %s --check-prefix=NARROW

// f32 -> ui32 -> i64
// WIDE: result #0: tensor<3xi64>
// WIDE-NEXT: {{\[}}200, 3, 4294967040{{\]}}
// i32 -> ui32 -> f32 and -> i64 (zero extension)
// WIDE: result #1: tensor<4xf32>
// WIDE-NEXT: {{\[}}4294967300, 7, 2147483600, 0{{\]}}
// WIDE: result #2: tensor<4xi64>
// WIDE-NEXT: {{\[}}4294967295, 7, 2147483648, 0{{\]}}
// divide, remainder
// WIDE: result #3: tensor<4xi64>
// WIDE-NEXT: {{\[}}2147483647, 3, 715827882, 0{{\]}}
// WIDE: result #4: tensor<4xi64>
// WIDE-NEXT: {{\[}}1, 1, 2, 0{{\]}}
// maximum, minimum
// WIDE: result #5: tensor<4xi64>
// WIDE-NEXT: {{\[}}4294967295, 8, 2147483648, 1{{\]}}
// WIDE: result #6: tensor<4xi64>
// WIDE-NEXT: {{\[}}1, 7, 1, 0{{\]}}
// compare LT (the compare type follows the element type)
// WIDE: result #7: tensor<4xi1>
// WIDE-NEXT: {{\[}}false, true, false, true{{\]}}
// sign
// WIDE: result #8: tensor<4xi64>
// WIDE-NEXT: {{\[}}1, 1, 1, 0{{\]}}
// clamp
// WIDE: result #9: tensor<4xi64>
// WIDE-NEXT: {{\[}}3000000000, 7, 2147483648, 5{{\]}}
// reduce max and min
// WIDE: result #10: tensor<2xi64>
// WIDE-NEXT: {{\[}}4294967295, 0{{\]}}
// ui64 -> f32 (values from 2^63 up)
// WIDE: result #11: tensor<4xf32>
// WIDE-NEXT: {{\[}}18446744000000000000, 1, 9223372000000000000, 0{{\]}}
// f32 -> ui64, shown as the i64 of the same bits: 15000000520515485696 - 2^64
// WIDE: result #12: tensor<2xi64>
// WIDE-NEXT: {{\[}}-3446743553194065920, 3{{\]}}
func.func @wide() -> (tensor<3xi64>, tensor<4xf32>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi1>, tensor<4xi64>, tensor<4xi64>, tensor<2xi64>, tensor<4xf32>, tensor<2xi64>) {
  %xf = stablehlo.constant dense<[200.7, 3.2, 4294967040.0]> : tensor<3xf32>
  %xu = stablehlo.convert %xf : (tensor<3xf32>) -> tensor<3xui32>
  %r0 = stablehlo.convert %xu : (tensor<3xui32>) -> tensor<3xi64>
  %m = stablehlo.constant dense<[-1, 7, -2147483648, 0]> : tensor<4xi32>
  %mu = stablehlo.convert %m : (tensor<4xi32>) -> tensor<4xui32>
  %r1 = stablehlo.convert %mu : (tensor<4xui32>) -> tensor<4xf32>
  %r2 = stablehlo.convert %mu : (tensor<4xui32>) -> tensor<4xi64>
  %d = stablehlo.constant dense<[2, 2, 3, 5]> : tensor<4xui32>
  %q = stablehlo.divide %mu, %d : tensor<4xui32>
  %r3 = stablehlo.convert %q : (tensor<4xui32>) -> tensor<4xi64>
  %rm = stablehlo.remainder %mu, %d : tensor<4xui32>
  %r4 = stablehlo.convert %rm : (tensor<4xui32>) -> tensor<4xi64>
  %o = stablehlo.constant dense<[1, 8, 1, 1]> : tensor<4xui32>
  %mx = stablehlo.maximum %mu, %o : tensor<4xui32>
  %r5 = stablehlo.convert %mx : (tensor<4xui32>) -> tensor<4xi64>
  %mn = stablehlo.minimum %mu, %o : tensor<4xui32>
  %r6 = stablehlo.convert %mn : (tensor<4xui32>) -> tensor<4xi64>
  %r7 = stablehlo.compare LT, %mu, %o : (tensor<4xui32>, tensor<4xui32>) -> tensor<4xi1>
  %sg = stablehlo.sign %mu : tensor<4xui32>
  %r8 = stablehlo.convert %sg : (tensor<4xui32>) -> tensor<4xi64>
  %lo = stablehlo.constant dense<5> : tensor<ui32>
  %hi = stablehlo.constant dense<3000000000> : tensor<ui32>
  %cl = stablehlo.clamp %lo, %mu, %hi : (tensor<ui32>, tensor<4xui32>, tensor<ui32>) -> tensor<4xui32>
  %r9 = stablehlo.convert %cl : (tensor<4xui32>) -> tensor<4xi64>
  %z = stablehlo.constant dense<0> : tensor<ui32>
  %big = stablehlo.constant dense<4294967295> : tensor<ui32>
  %rmax = stablehlo.reduce(%mu init: %z) applies stablehlo.maximum across dimensions = [0] : (tensor<4xui32>, tensor<ui32>) -> tensor<ui32>
  %rmin = stablehlo.reduce(%mu init: %big) applies stablehlo.minimum across dimensions = [0] : (tensor<4xui32>, tensor<ui32>) -> tensor<ui32>
  %rmax1 = stablehlo.reshape %rmax : (tensor<ui32>) -> tensor<1xui32>
  %rmin1 = stablehlo.reshape %rmin : (tensor<ui32>) -> tensor<1xui32>
  %rr = stablehlo.concatenate %rmax1, %rmin1, dim = 0 : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
  %r10 = stablehlo.convert %rr : (tensor<2xui32>) -> tensor<2xi64>
  %w = stablehlo.constant dense<[-1, 1, -9223372036854775808, 0]> : tensor<4xi64>
  %wu = stablehlo.convert %w : (tensor<4xi64>) -> tensor<4xui64>
  %r11 = stablehlo.convert %wu : (tensor<4xui64>) -> tensor<4xf32>
  %ff = stablehlo.constant dense<[1.5e19, 3.0]> : tensor<2xf32>
  %fu = stablehlo.convert %ff : (tensor<2xf32>) -> tensor<2xui64>
  %r12 = stablehlo.convert %fu : (tensor<2xui64>) -> tensor<2xi64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12 : tensor<3xi64>, tensor<4xf32>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi64>, tensor<4xi1>, tensor<4xi64>, tensor<4xi64>, tensor<2xi64>, tensor<4xf32>, tensor<2xi64>
}

// NARROW0: error: unsupported result element type in 'tensor<2xui8>': tier 0 stores
// NARROW: result #0: tensor<2xi32>
// NARROW-NEXT: {{\[}}200, 3{{\]}}
// NARROW: result #1: tensor<2xi32>
// NARROW-NEXT: {{\[}}22, 101{{\]}}
func.func @narrow() -> (tensor<2xi32>, tensor<2xi32>) {
  %x = stablehlo.constant dense<[200.7, 3.2]> : tensor<2xf32>
  %0 = stablehlo.convert %x : (tensor<2xf32>) -> tensor<2xui8>
  %1 = stablehlo.convert %0 : (tensor<2xui8>) -> tensor<2xi32>
  %d = stablehlo.constant dense<[100, 200]> : tensor<2xui8>
  %2 = stablehlo.add %0, %d : tensor<2xui8>
  %h = stablehlo.constant dense<2> : tensor<2xui8>
  %3 = stablehlo.divide %2, %h : tensor<2xui8>
  %4 = stablehlo.convert %3 : (tensor<2xui8>) -> tensor<2xi32>
  return %1, %4 : tensor<2xi32>, tensor<2xi32>
}
