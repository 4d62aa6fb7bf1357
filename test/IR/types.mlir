// RUN: jit-opt --allow-unregistered-dialect %s | FileCheck %s
// RUN: jit-opt --allow-unregistered-dialect %s | jit-opt --allow-unregistered-dialect | FileCheck %s

// Builtin scalar types.
// CHECK-LABEL: "test.scalars"
// CHECK-SAME: (i1, i8, si16, ui32, i64, index, f16, bf16, f32, f64, none) -> ()
"test.scalars"(%s0, %s1, %s2, %s3, %s4, %s5, %s6, %s7, %s8, %s9, %s10) : (i1, i8, si16, ui32, i64, index, f16, bf16, f32, f64, none) -> ()
%s0, %s1, %s2, %s3, %s4, %s5, %s6, %s7, %s8, %s9, %s10 = "test.src"() : () -> (i1, i8, si16, ui32, i64, index, f16, bf16, f32, f64, none)

// Shaped types: static, dynamic, unranked, scalable vectors, 0-d.
// CHECK-LABEL: "test.shaped"
// CHECK-SAME: tensor<4x?xf32>, tensor<*xi8>, tensor<f32>, memref<2x3xf64>, memref<*xf32>, vector<4xf32>, vector<2x[8]xi32>, tuple<i32, f32>, complex<f32>
"test.shaped"() {t = [tensor<4x?xf32>, tensor<*xi8>, tensor<f32>, memref<2x3xf64>, memref<*xf32>, vector<4xf32>, vector<2x[8]xi32>, tuple<i32, f32>, complex<f32>]} : () -> ()

// Symbolic dimensions: bare symbols, parenthesized names and expressions, which are stored (and
// printed) in canonical form: coefficients first, terms by name, constants last.
// CHECK-LABEL: "test.symbolic"
// CHECK-SAME: tensor<Nx1024xf32>, tensor<(2*N)x?xf32>, tensor<(batch)x(M+N-1)xi32>, tensor<(M*N+N)xf32>, tensor<(N/2)x(K%4)xf32>, memref<NxMxf32>, tensor<BxSEQxf32>, tensor<4xf32>
"test.symbolic"() {t = [tensor<Nx1024xf32>, tensor<(N*2)x?xf32>, tensor<(batch)x(N+M-1)xi32>, tensor<(N*(M+1))xf32>, tensor<(N / 2)x(K % 4)xf32>, memref<NxMxf32>, tensor<BxSEQxf32>, tensor<(N+4-N)xf32>]} : () -> ()

// Function types, including a function type as a result.
// CHECK-LABEL: "test.functions"
// CHECK-SAME: () -> (), (i32) -> i32, (i32, f32) -> (i1, i1), (i32) -> ((f32) -> f32)
"test.functions"() {t = [() -> (), (i32) -> i32, (i32, f32) -> (i1, i1), (i32) -> ((f32) -> f32)]} : () -> ()

// Dialect types of unregistered dialects are kept verbatim.
// CHECK-LABEL: "test.dialect_types"
// CHECK-SAME: !llvm.ptr, !stablehlo.token, !foo<"x" : i32>, !foo.bar<1, [2]>
"test.dialect_types"() {t = [!llvm.ptr, !stablehlo.token, !foo<"x" : i32>, !foo.bar<1, [2]>]} : () -> ()
