// RUN: jit-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: jit-opt --allow-unregistered-dialect %s | jit-opt --allow-unregistered-dialect | FileCheck %s
// RUN: jit-opt --allow-unregistered-dialect --print-op-generic %s | jit-opt --allow-unregistered-dialect | FileCheck %s

// Every builtin attribute kind survives a round trip (each case is one op).
// CHECK-LABEL: "test.ints"
// CHECK-SAME: a = 42 : i64, b = -7 : i32, c = 255 : ui8, d = true, e = false, f = 18446744073709551615 : ui64, g = 5 : index
"test.ints"() {a = 42, b = -7 : i32, c = 255 : ui8, d = true, e = 0 : i1, f = 18446744073709551615 : ui64, g = 5 : index} : () -> ()

// Integer attributes of types 127 bits wide and wider (the range check once overflowed:
// found by the parse fuzz target).
// CHECK-LABEL: "test.wide_ints"
// CHECK-SAME: a = 1 : i643, b = -3 : i127, c = 7 : ui128, d = -1 : si200
"test.wide_ints"() {a = 1 : i643, b = -3 : i127, c = 7 : ui128, d = -1 : si200} : () -> ()

// CHECK-LABEL: "test.floats"
// CHECK-SAME: a = 1.000000e+00 : f32, b = 1.000000e-01 : f64, c = 0x7F800000 : f32, d = 0xFF800000 : f32, e = 0x7FC00000 : f32, f = -2.500000e+00 : f16, g = 3.140625e+00 : bf16, h = 1.23456789e+00 : f64
"test.floats"() {a = 1.0 : f32, b = 0.1, c = 0x7F800000 : f32, d = 0xFF800000 : f32, e = 0x7FC00000 : f32, f = -2.5 : f16, g = 3.14 : bf16, h = 1.23456789 : f64} : () -> ()

// CHECK-LABEL: "test.strings"
// CHECK-SAME: a = "plain", b = "quote\22 and \\ backslash\0A", c = "typed" : i32
"test.strings"() {a = "plain", b = "quote\" and \\ backslash\n", c = "typed" : i32} : () -> ()

// CHECK-LABEL: "test.containers"
// CHECK-SAME: arr = [1 : i64, "s", [unit]], dict = {k = 1 : i64, "quoted key" = f32}, empty = [], ty = tensor<4xf32>
"test.containers"() {arr = [1, "s", [unit]], dict = {"quoted key" = f32, k = 1}, empty = [], ty = tensor<4xf32>} : () -> ()

// CHECK-LABEL: "test.dense_arrays"
// CHECK-SAME: a = array<i64: 1, -2, 3>, b = array<i64>, c = array<f32: 1.000000e+00, 2.500000e+00>, d = array<i1: true, false>
"test.dense_arrays"() {a = array<i64: 1, -2, 3>, b = array<i64>, c = array<f32: 1.0, 2.5>, d = array<i1: true, false>} : () -> ()

// CHECK-LABEL: "test.symbols"
// CHECK-SAME: a = @foo, b = @outer::@inner, c = @"with space"
"test.symbols"() {a = @foo, b = @outer::@inner, c = @"with space"} : () -> ()

// CHECK-LABEL: "test.dense"
// CHECK-SAME: bools = dense<[true, false]> : tensor<2xi1>
// CHECK-SAME: hex = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-SAME: nested = dense<{{\[}}[1, 2], [3, 4]]> : tensor<2x2xi32>
// CHECK-SAME: same = dense<7> : tensor<3xi8>
// CHECK-SAME: scalar = dense<5> : tensor<i64>
// CHECK-SAME: special = dense<[0x7F800000, 0xFF800000, 0x7FC00000]> : tensor<3xf32>
// CHECK-SAME: splat = dense<1.000000e+00> : tensor<2x3xf32>
// CHECK-SAME: vec = dense<[1.000000e+00, 2.000000e+00]> : vector<2xf32>
"test.dense"() {splat = dense<1.0> : tensor<2x3xf32>, nested = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, same = dense<[7, 7, 7]> : tensor<3xi8>, bools = dense<[true, false]> : tensor<2xi1>, hex = dense<"0x0000803F00000040"> : tensor<2xf32>, special = dense<[0x7F800000, 0xFF800000, 0x7FC00000]> : tensor<3xf32>, scalar = dense<5> : tensor<i64>, vec = dense<[1.0, 2.0]> : vector<2xf32>} : () -> ()

// Dialect attributes of unknown dialects are kept verbatim.
// CHECK-LABEL: "test.dialect_attrs"
// CHECK-SAME: a = #stablehlo<comparison_direction GE>
// CHECK-SAME: b = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>
// CHECK-SAME: c = #foo.bar
// CHECK-SAME: d = #foo.fn<(i32) -> i32, "s>">
"test.dialect_attrs"() {a = #stablehlo<comparison_direction GE>, b = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, c = #foo.bar, d = #foo.fn<(i32) -> i32, "s>">} : () -> ()

// Builtin attributes Kiln does not model are kept as written.
// CHECK-LABEL: "test.verbatim"
// CHECK-SAME: m = affine_map<(d0, d1) -> (d1, d0)>
"test.verbatim"() {m = affine_map<(d0, d1) -> (d1, d0)>} : () -> ()

// Aliases at the top of the file are expanded.
#alias = {nested = [1, 2]}
!ty = tensor<Nx4xf32>
// CHECK-LABEL: "test.aliases"
// CHECK-SAME: {x = {nested = [1 : i64, 2 : i64]}, y = tensor<Nx4xf32>} : (tensor<Nx4xf32>) -> ()
"test.aliases"(%t) {x = #alias, y = !ty} : (!ty) -> ()
%t = "test.src"() : () -> !ty

// Large constants print as hex blobs, which parse back to the same value.
// CHECK-LABEL: "test.big"
// CHECK-SAME: dense<"0x0000
"test.big"() {v = dense<[0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0, 28.0, 29.0, 30.0, 31.0, 32.0, 33.0, 34.0, 35.0, 36.0, 37.0, 38.0, 39.0, 40.0, 41.0, 42.0, 43.0, 44.0, 45.0, 46.0, 47.0, 48.0, 49.0, 50.0, 51.0, 52.0, 53.0, 54.0, 55.0, 56.0, 57.0, 58.0, 59.0, 60.0, 61.0, 62.0, 63.0, 64.0, 65.0, 66.0, 67.0, 68.0, 69.0, 70.0, 71.0, 72.0, 73.0, 74.0, 75.0, 76.0, 77.0, 78.0, 79.0, 80.0, 81.0, 82.0, 83.0, 84.0, 85.0, 86.0, 87.0, 88.0, 89.0, 90.0, 91.0, 92.0, 93.0, 94.0, 95.0, 96.0, 97.0, 98.0, 99.0, 100.0]> : tensor<101xf32>} : () -> ()
