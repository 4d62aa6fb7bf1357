llvm.func @second(%p: !llvm.ptr) -> f32 {
  %c = llvm.mlir.constant(1 : i32) : i32
  %q = llvm.getelementptr %p, %c {elem_type = f32} : (!llvm.ptr, i32) -> !llvm.ptr
  %v = llvm.load %q {alignment = 4 : i64} : (!llvm.ptr) -> f32
  llvm.return %v : f32
}
