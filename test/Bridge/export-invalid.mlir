// RUN: not jit-opt %s --split-input-file --emit=upstream 2>&1 | FileCheck %s

// An op the tensor-level export has no mapping for is an error naming the op and the level,
// at its location (here a loop-level op in a module of tensor ops).
// CHECK: export-invalid.mlir:[[@LINE+3]]:{{[0-9]+}}: error: 'loop.load' cannot cross the bridge at the tensor level
func.func @f(%a: tensor<4xf32>, %m: memref<4xf32>, %i: index) -> tensor<4xf32> {
  %0 = ktensor.add %a, %a : tensor<4xf32>
  %1 = loop.load %m[%i] : memref<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// An op the tensor-level export has no mapping for yet (Kiln's single-axis gather, which
// JAX programs never produce: they import as general_gather) is a located error naming it.
// CHECK: export-invalid.mlir:[[@LINE+2]]:{{[0-9]+}}: error: 'ktensor.gather' cannot cross the bridge at the tensor level: upstream has no structured equivalent
func.func @gather(%t: tensor<10x4xf32>, %i: tensor<3xi32>) -> tensor<3x4xf32> {
  %0 = ktensor.gather %t, %i {axis = 0} : (tensor<10x4xf32>, tensor<3xi32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

// A symbol that no memref argument carries has no run-time value in the export.
// CHECK: export-invalid.mlir:[[@LINE+3]]:{{[0-9]+}}: error: symbol 'M' is not the extent of any memref argument, so the export cannot compute it
func.func @g(%a: memref<Nxf32>) {
  %c0 = arith.constant 0 : index
  %s = loop.subview %a, %c0 : (memref<Nxf32>, index) -> memref<Mxf32>
  return
}

// -----

// An export into a parameter inside a loop cannot become a returned buffer.
// CHECK: export-invalid.mlir:[[@LINE+6]]:5: error: 'loop.export' cannot cross the bridge: it exports into a parameter inside a region
func.func private @h(%n: index, %out: memref<?xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %c1 step %c1 {
    %b = loop.alloc %n : (index) -> memref<?xf32>
    loop.export %b, %out : (memref<?xf32>, memref<?xf32>) -> ()
    loop.yield
  }
  return
}

// -----

// A module at the llvm level holds llvm ops only: a func.func beside them has no level to
// cross at.
llvm.func @l(%a: i64) -> i64 {
  llvm.return %a : i64
}
// CHECK: export-invalid.mlir:[[@LINE+1]]:1: error: 'func.func' cannot cross the bridge at the llvm level: a module exported at the llvm level holds only llvm ops
func.func @f(%a: i64) -> i64 {
  return %a : i64
}

// -----

// An llvm op inside a loop-level function does not cross with it.
func.func @g() -> i64 {
  // CHECK: export-invalid.mlir:[[@LINE+1]]:3: error: 'llvm.mlir.constant' cannot cross the bridge: a module at the loop level cannot hold llvm ops
  %c = llvm.mlir.constant(1 : i64) : i64
  return %c : i64
}
