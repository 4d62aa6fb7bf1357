// Input of round-trip.test: a loop nest over a symbolic extent, with fastmath flags.
func.func @scale(%a: memref<Nx4xf32>, %out: memref<Nx4xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %n = loop.dim %a {index = 0} : (memref<Nx4xf32>) -> index
  loop.for %i = %c0 to %n step %c1 {
    loop.for %j = %c0 to %c4 step %c1 {
      %v = loop.load %a[%i, %j] : memref<Nx4xf32>
      %w = arith.mulf %v, %v fastmath<contract> : f32
      loop.store %w, %out[%i, %j] : memref<Nx4xf32>
      loop.yield
    }
    loop.yield
  }
  return
}
