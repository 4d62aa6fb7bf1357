// Kiln's bundled example: a small "model" with helper functions, duplicated and constant
// subexpressions. `make demo` runs the cleanup pipeline on it.
func.func @model(%x: f32, %w: f32, %n: i32) -> (f32, i32) {
  %one = arith.constant 1.0 : f32
  %zero = arith.constant 0.0 : f32
  %a = call @affine(%x, %w) : (f32, f32) -> f32
  %b = call @affine(%x, %w) : (f32, f32) -> f32
  %s = arith.addf %a, %b : f32
  %t = arith.mulf %s, %one : f32
  %c4 = arith.constant 4 : i32
  %c8 = arith.constant 8 : i32
  %size = arith.muli %c4, %c8 : i32
  %total = arith.addi %size, %n : i32
  return %t, %total : f32, i32
}
func.func private @affine(%x: f32, %w: f32) -> f32 {
  %bias = arith.constant 5.0e-01 : f32
  %0 = arith.mulf %x, %w : f32
  %1 = arith.addf %0, %bias : f32
  return %1 : f32
}
func.func private @unused(%x: f32) -> f32 {
  return %x : f32
}
