// RUN: jit-opt %s --split-input-file --pass-pipeline='builtin.module(vectorize-loops{vector-bits=256 interleave=1})' | FileCheck %s

// An elementwise loop over a row: a main loop over whole 8-lane vectors (starting at 0 with
// step 1, counting vectors) and a tail loop that runs the last partial vector under a mask.
// Loop-invariant scalars are splatted; the row index stays a scalar index.
// CHECK-LABEL: func.func @row
// CHECK: %[[N:.*]] = arith.maxsi
// CHECK: %[[TRIPS:.*]] = arith.divui %[[N]], %{{.*}} : index
// CHECK: loop.for %[[J:.*]] = %{{.*}} to %[[TRIPS]] step %{{.*}} {
// CHECK: %[[X:.*]] = kvector.load %arg0, %arg2, %{{.*}} : (memref<4x?xf32>, index, index) -> vector<8xf32>
// CHECK: %[[S:.*]] = kvector.broadcast %arg3 : (f32) -> vector<8xf32>
// CHECK: %[[M:.*]] = arith.mulf %[[X]], %[[S]] : vector<8xf32>
// CHECK: kvector.store %[[M]], %arg1, %arg2, %{{.*}} : (vector<8xf32>, memref<4x?xf32>, index, index) -> ()
// CHECK: loop.for
// CHECK: %[[MASK:.*]] = kvector.create_mask %{{.*}} : (index) -> vector<8xi1>
// CHECK: kvector.maskedload %arg0, %arg2, %{{.*}}, %[[MASK]], %{{.*}} : (memref<4x?xf32>, index, index, vector<8xi1>, vector<8xf32>) -> vector<8xf32>
// CHECK: kvector.maskedstore %{{.*}}, %arg1, %arg2, %{{.*}}, %[[MASK]] : (vector<8xf32>, memref<4x?xf32>, index, index, vector<8xi1>) -> ()
// CHECK-NOT: loop.load
func.func @row(%a: memref<4x?xf32>, %out: memref<4x?xf32>, %r: index, %s: f32) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = loop.dim %a {index = 1 : i64} : (memref<4x?xf32>) -> index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%r, %i] : memref<4x?xf32>
    %m = arith.mulf %x, %s : f32
    loop.store %m, %out[%r, %i] : memref<4x?xf32>
    loop.yield
  }
  return
}

// -----

// A reassociable sum: vector accumulators start at -0.0 (the identity of addf), masked-off
// lanes of the tail add the identity, and the lanes are folded with the initial value at the
// end, still reassociable.
// CHECK-LABEL: func.func @sum
// CHECK: %[[ID:.*]] = arith.constant -0.000000e+00 : f32
// CHECK: %[[Z:.*]] = kvector.broadcast %[[ID]] : (f32) -> vector<8xf32>
// CHECK: %[[MAIN:.*]] = loop.for %{{.*}} iter_args(%[[ACC:.*]] = %[[Z]]) -> (vector<8xf32>) {
// CHECK: arith.addf %[[ACC]], %{{.*}} fastmath<reassoc> : vector<8xf32>
// CHECK: %[[TAIL:.*]] = loop.for %{{.*}} iter_args(%[[ACC2:.*]] = %[[MAIN]]) -> (vector<8xf32>) {
// CHECK: %[[SEL:.*]] = arith.select %{{.*}}, %{{.*}}, %{{.*}} : vector<8xi1>, vector<8xf32>
// CHECK: arith.addf %[[ACC2]], %[[SEL]] fastmath<reassoc> : vector<8xf32>
// CHECK: %[[R:.*]] = kvector.reduction %[[TAIL]], %arg2 {fastmath = #arith.fastmath<reassoc>, kind = "add"} : (vector<8xf32>, f32) -> f32
// CHECK: return %[[R]] : f32
func.func @sum(%a: memref<?xf32>, %n: index, %init: f32) -> f32 attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (f32) {
    %x = loop.load %a[%i] : memref<?xf32>
    %t = arith.addf %acc, %x fastmath<reassoc> : f32
    loop.yield %t : f32
  }
  return %s : f32
}

// -----

// f64 and an integer max: the widest element sets the lane count (4 of 64 bits); the max
// starts from the smallest i32.
// CHECK-LABEL: func.func @max_of_rounded
// CHECK: arith.constant -2147483648 : i32
// CHECK: kvector.load %arg0, %{{.*}} : (memref<?xf64>, index) -> vector<4xf64>
// CHECK: arith.fptosi %{{.*}} : vector<4xf64> to vector<4xi32>
// CHECK: arith.maxsi %{{.*}}, %{{.*}} : vector<4xi32>
// CHECK: kvector.reduction %{{.*}}, %arg2 {kind = "maxsi"} : (vector<4xi32>, i32) -> i32
func.func @max_of_rounded(%a: memref<?xf64>, %n: index, %init: i32) -> i32 attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (i32) {
    %x = loop.load %a[%i] : memref<?xf64>
    %k = arith.fptosi %x : f64 to i32
    %t = arith.maxsi %acc, %k : i32
    loop.yield %t : i32
  }
  return %s : i32
}

// -----

// Integer division could trap on lanes a mask turns off, so the remainder runs as the original
// scalar loop, from where the vectors stop.
// CHECK-LABEL: func.func @divide
// CHECK: %[[TRIPS:.*]] = arith.divui
// CHECK: loop.for %{{.*}} to %[[TRIPS]]
// CHECK: arith.divsi %{{.*}}, %{{.*}} : vector<8xi32>
// CHECK: %[[DONE:.*]] = arith.muli
// CHECK-NEXT: %[[ELEMS:.*]] = arith.muli %[[DONE]], %{{.*}} : index
// CHECK-NEXT: %[[LO:.*]] = arith.addi %{{.*}}, %[[ELEMS]] : index
// CHECK: loop.for %[[I:.*]] = %[[LO]] to %arg3 step
// CHECK: loop.load %arg0[%[[I]]] : memref<?xi32>
// CHECK: arith.divsi %{{.*}}, %{{.*}} : i32
// CHECK-NOT: kvector.create_mask
func.func @divide(%a: memref<?xi32>, %b: memref<?xi32>, %out: memref<?xi32>, %n: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xi32>
    %y = loop.load %b[%i] : memref<?xi32>
    %q = arith.divsi %x, %y : i32
    loop.store %q, %out[%i] : memref<?xi32>
    loop.yield
  }
  return
}

// -----

// A parallel loop stays parallel: the main loop over vectors carries the mark (the outliner
// splits it into chunks of whole vectors); the tail does not.
// CHECK-LABEL: func.func @parallel
// CHECK: kvector.store
// CHECK: } {kiln.parallel}
// CHECK: kvector.maskedstore
// CHECK-NEXT: loop.yield
// CHECK-NEXT: }
// CHECK-NEXT: return
func.func @parallel(%a: memref<?xf32>, %out: memref<?xf32>, %n: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %e = math.sqrt %x : f32
    loop.store %e, %out[%i] : memref<?xf32>
    loop.yield
  } {kiln.parallel}
  return
}

// -----

// Loops that stay scalar: a sum that may not be reassociated (no reassoc flag), a load across
// rows (a transpose), a load of an element another lane may store, a libm call, and code not
// from convert-tensor-to-loop (hand-written loops are bounds-checked per access).
// CHECK-LABEL: func.func @strict_sum
// CHECK-NOT: vector.
// CHECK: arith.addf %{{.*}}, %{{.*}} : f32
func.func @strict_sum(%a: memref<?xf32>, %n: index, %init: f32) -> f32 attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (f32) {
    %x = loop.load %a[%i] : memref<?xf32>
    %t = arith.addf %acc, %x : f32
    loop.yield %t : f32
  }
  return %s : f32
}
// CHECK-LABEL: func.func @transpose
// CHECK-NOT: vector.
// CHECK: loop.load %arg0[%{{.*}}, %arg2] : memref<8x8xf32>
func.func @transpose(%a: memref<8x8xf32>, %out: memref<8x8xf32>, %r: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  loop.for %i = %c0 to %c8 step %c1 {
    %x = loop.load %a[%i, %r] : memref<8x8xf32>
    loop.store %x, %out[%r, %i] : memref<8x8xf32>
    loop.yield
  }
  return
}
// CHECK-LABEL: func.func @overlap
// CHECK-NOT: vector.
// CHECK: loop.store
func.func @overlap(%a: memref<?xf32>, %n: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%c0] : memref<?xf32>
    %y = arith.addf %x, %x : f32
    loop.store %y, %a[%i] : memref<?xf32>
    loop.yield
  }
  return
}
// CHECK-LABEL: func.func @libm
// CHECK-NOT: vector.
// CHECK: math.tanh %{{.*}} : f32
func.func @libm(%a: memref<?xf32>, %out: memref<?xf32>, %n: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %e = math.tanh %x : f32
    loop.store %e, %out[%i] : memref<?xf32>
    loop.yield
  }
  return
}
// CHECK-LABEL: func.func @hand_written
// CHECK-NOT: vector.
// CHECK: return
func.func @hand_written(%a: memref<?xf32>, %out: memref<?xf32>, %n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    loop.store %x, %out[%i] : memref<?xf32>
    loop.yield
  }
  return
}

// -----

// A large result of an entry function, written once by a loop bound by memory, is stored with
// streaming (non-temporal) stores: the loop starts at 0 and its rows are whole vectors, so
// every store is aligned to the vector. A small buffer and a buffer of a function the module
// calls keep ordinary stores.
// CHECK-LABEL: func.func @stream
// CHECK: kvector.store %{{.*}}, %arg1, %arg2, %{{.*}} {kiln.nontemporal} : (vector<8xf32>, memref<4096x1024xf32>, index, index) -> ()
// CHECK-LABEL: func.func @small
// CHECK-NOT: kiln.nontemporal
// CHECK-LABEL: func.func private @callee
// CHECK-NOT: kiln.nontemporal
// CHECK: return
func.func @stream(%a: memref<4096x1024xf32>, %out: memref<4096x1024xf32>, %r: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 1024 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%r, %i] : memref<4096x1024xf32>
    %y = arith.addf %x, %x : f32
    loop.store %y, %out[%r, %i] : memref<4096x1024xf32>
    loop.yield
  }
  return
}
func.func @small(%a: memref<4x1024xf32>, %out: memref<4x1024xf32>, %r: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 1024 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%r, %i] : memref<4x1024xf32>
    loop.store %x, %out[%r, %i] : memref<4x1024xf32>
    loop.yield
  }
  return
}
func.func @caller(%a: memref<4096x1024xf32>, %out: memref<4096x1024xf32>, %r: index) attributes {kiln.bufferized} {
  call @callee(%a, %out, %r) : (memref<4096x1024xf32>, memref<4096x1024xf32>, index) -> ()
  return
}
func.func private @callee(%a: memref<4096x1024xf32>, %out: memref<4096x1024xf32>, %r: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = arith.constant 1024 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%r, %i] : memref<4096x1024xf32>
    loop.store %x, %out[%r, %i] : memref<4096x1024xf32>
    loop.yield
  }
  return
}

// -----

// Booleans are computed in vector lanes but not loaded or stored as vectors: a vector of i1
// is packed bits, a buffer of i1 a byte per element. (Stored as vectors, tiers 1 and 2 wrote
// a comparison's results 8 to a byte.)
// CHECK-LABEL: func.func @bool_store
// CHECK-NOT: vector.
// CHECK: loop.store %{{.*}}, %arg2[%{{.*}}] : memref<?xi1>
func.func @bool_store(%a: memref<?xf32>, %b: memref<?xf32>, %out: memref<?xi1>, %n: index) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %y = loop.load %b[%i] : memref<?xf32>
    %p = arith.cmpf ogt, %x, %y : f32
    loop.store %p, %out[%i] : memref<?xi1>
    loop.yield
  }
  return
}

// -----

// A static trip count shorter than one vector gets no main loop, only the masked one (a dead
// loop would still be compiled at tier 1, whose LLVM pipeline does not fold it).
// CHECK-LABEL: func.func @short
// CHECK-NOT: kvector.load
// CHECK: kvector.create_mask
// CHECK: kvector.maskedload
// CHECK-NOT: kvector.load
// CHECK: return
func.func @short(%a: memref<5xf32>, %out: memref<5xf32>) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c5 = arith.constant 5 : index
  loop.for %i = %c0 to %c5 step %c1 {
    %x = loop.load %a[%i] : memref<5xf32>
    %y = arith.mulf %x, %x : f32
    loop.store %y, %out[%i] : memref<5xf32>
    loop.yield
  }
  return
}

// -----

// An op on values that do not change in the loop stays a scalar, computed once per vector
// iteration, even without a vector form (rsqrt lowers to a sqrt and a division): the loop is
// still widened. (It had been left scalar, which made a layer norm's last pass scalar at tier
// 1 and tier 1 slower than the interpreter on it.)
// CHECK-LABEL: func.func @uniform_rsqrt
// CHECK: loop.for
// CHECK: %[[R:.*]] = math.rsqrt %arg3 : f32
// CHECK: %[[RB:.*]] = kvector.broadcast %[[R]] : (f32) -> vector<8xf32>
// CHECK: arith.mulf %{{.*}}, %[[RB]] : vector<8xf32>
func.func @uniform_rsqrt(%a: memref<?xf32>, %out: memref<?xf32>, %n: index, %v: f32) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %r = math.rsqrt %v : f32
    %y = arith.mulf %x, %r : f32
    loop.store %y, %out[%i] : memref<?xf32>
    loop.yield
  }
  return
}


// -----

// A float maximum: the vector accumulator combines with nnan and nsz (the plain maximum
// instruction), and two integer accumulators track what that drops: the largest magnitude's
// bits (above infinity's: a NaN was there) and the smallest bits (0: a +0 was there). After
// the loop the lanes' maximum becomes NaN or +0 from them, then meets the initial value with
// the exact maximumf.
// CHECK-LABEL: func.func @tracked_max
// CHECK: loop.for {{.*}} iter_args(%[[ACC:.*]] = %{{.*}}, %[[NAN:.*]] = %{{.*}}, %[[ZERO:.*]] = %{{.*}}) -> (vector<8xf32>, vector<8xi32>, vector<8xi32>)
// CHECK: %[[X:.*]] = kvector.load %arg0, %{{.*}} : (memref<?xf32>, index) -> vector<8xf32>
// CHECK: arith.maximumf %[[ACC]], %[[X]] fastmath<reassoc,nnan,nsz> : vector<8xf32>
// CHECK: %[[BITS:.*]] = arith.bitcast %[[X]] : vector<8xf32> to vector<8xi32>
// CHECK: %[[MAG:.*]] = arith.andi %[[BITS]], %{{.*}} : vector<8xi32>
// CHECK: arith.maxui %[[NAN]], %[[MAG]] : vector<8xi32>
// CHECK: arith.minui %[[ZERO]], %[[BITS]] : vector<8xi32>
// CHECK: %[[M:.*]] = kvector.reduction %{{.*}} {fastmath = #arith.fastmath<reassoc,nnan,nsz>, kind = "maximumf"} : (vector<8xf32>) -> f32
// CHECK: %[[MOST:.*]] = kvector.reduction %{{.*}} {kind = "maxui"} : (vector<8xi32>) -> i32
// CHECK: %[[INF:.*]] = arith.constant 2139095040 : i32
// CHECK: %[[SAWNAN:.*]] = arith.cmpi ugt, %[[MOST]], %[[INF]] : i32
// CHECK: %[[LEAST:.*]] = kvector.reduction %{{.*}} {kind = "minui"} : (vector<8xi32>) -> i32
// CHECK: %[[SAWZERO:.*]] = arith.cmpi eq, %[[LEAST]], %{{.*}} : i32
// CHECK: %[[Z:.*]] = arith.select %[[SAWZERO]], %{{.*}}, %{{.*}} : f32
// CHECK: %[[ISZ:.*]] = arith.cmpf oeq, %[[M]], %{{.*}} : f32
// CHECK: %[[V:.*]] = arith.select %[[ISZ]], %[[Z]], %[[M]] : f32
// CHECK: %[[R:.*]] = arith.select %[[SAWNAN]], %{{.*}}, %[[V]] : f32
// CHECK: %[[OUT:.*]] = arith.maximumf %[[R]], %arg2 : f32
// CHECK: return %[[OUT]] : f32
func.func @tracked_max(%a: memref<?xf32>, %n: index, %init: f32) -> f32 attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (f32) {
    %x = loop.load %a[%i] : memref<?xf32>
    %t = arith.maximumf %acc, %x fastmath<reassoc> : f32
    loop.yield %t : f32
  }
  return %s : f32
}

// -----

// Division by a value from before the loop: the reciprocal of |d| once, then per vector
// q = x·y, r = q·|d| - x, q - r·y with d's sign xor-ed in, and the dividends' magnitudes
// tracked; when |d| or a dividend is out of range, a copy of the loop runs with divisions.
// CHECK-LABEL: func.func @divide_by_value
// CHECK: %[[AD:.*]] = arith.bitcast %{{.*}} : i32 to f32
// CHECK: %[[Y:.*]] = arith.divf %{{.*}}, %[[AD]] : f32
// CHECK: %[[DOUT:.*]] = arith.cmpi ugt, %{{.*}}, %{{.*}} : i32
// CHECK: loop.for {{.*}} iter_args(%[[LO:.*]] = %{{.*}}, %[[HI:.*]] = %{{.*}}) -> (vector<8xi32>, vector<8xi32>)
// CHECK: %[[X:.*]] = kvector.load %arg0, %{{.*}} : (memref<?xf32>, index) -> vector<8xf32>
// CHECK: %[[YV:.*]] = kvector.broadcast %[[Y]] : (f32) -> vector<8xf32>
// CHECK: %[[ADV:.*]] = kvector.broadcast %[[AD]] : (f32) -> vector<8xf32>
// CHECK: %[[Q:.*]] = arith.mulf %[[X]], %[[YV]] : vector<8xf32>
// CHECK: %[[NX:.*]] = arith.negf %[[X]] : vector<8xf32>
// CHECK: %[[R:.*]] = math.fma %[[Q]], %[[ADV]], %[[NX]] : vector<8xf32>
// CHECK: %[[NR:.*]] = arith.negf %[[R]] : vector<8xf32>
// CHECK: %[[Q1:.*]] = math.fma %[[NR]], %[[YV]], %[[Q]] : vector<8xf32>
// CHECK: arith.xori
// CHECK: arith.minui %[[LO]], %{{.*}} : vector<8xi32>
// CHECK: arith.maxui %[[HI]], %{{.*}} : vector<8xi32>
// CHECK: kvector.store %{{.*}}, %arg1, %{{.*}} : (vector<8xf32>, memref<?xf32>, index) -> ()
// CHECK: kvector.maskedstore
// CHECK: %[[SMALL:.*]] = arith.cmpi ult
// CHECK: %[[LARGE:.*]] = arith.cmpi ugt
// CHECK: %[[OUT:.*]] = arith.ori %[[SMALL]], %[[LARGE]] : i1
// CHECK: %[[BAD:.*]] = arith.ori %[[OUT]], %[[DOUT]] : i1
// CHECK-NEXT: loop.if %[[BAD]] {
// CHECK: arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK: kvector.maskedstore
func.func @divide_by_value(%a: memref<?xf32>, %out: memref<?xf32>, %n: index, %d: f32) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %q = arith.divf %x, %d : f32
    loop.store %q, %out[%i] : memref<?xf32>
    loop.yield
  }
  return
}

// -----

// Divisions that stay divisions: by a constant (LLVM multiplies by the reciprocal of a power
// of two itself), in a loop with a reduction (it cannot run again from the start), and in a
// loop that reads what it stores (running again would read its own quotients).
// CHECK-LABEL: func.func @keep_divisions
// CHECK-NOT: math.fma
// CHECK-NOT: loop.if
// CHECK: arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK-NOT: math.fma
// CHECK-NOT: loop.if
// CHECK: arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK-NOT: math.fma
// CHECK-NOT: loop.if
// CHECK: arith.divf %{{.*}}, %{{.*}} : vector<8xf32>
// CHECK-NOT: loop.if
// CHECK: return
func.func @keep_divisions(%a: memref<?xf32>, %out: memref<?xf32>, %n: index, %d: f32) -> f32 attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c3 = arith.constant 3.0 : f32
  %z = arith.constant 0.0 : f32
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %q = arith.divf %x, %c3 : f32
    loop.store %q, %out[%i] : memref<?xf32>
    loop.yield
  }
  %s = loop.for %i = %c0 to %n step %c1 iter_args(%acc = %z) -> (f32) {
    %x = loop.load %a[%i] : memref<?xf32>
    %q = arith.divf %x, %d : f32
    %t = arith.addf %acc, %q fastmath<reassoc> : f32
    loop.yield %t : f32
  }
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %out[%i] : memref<?xf32>
    %q = arith.divf %x, %d : f32
    loop.store %q, %out[%i] : memref<?xf32>
    loop.yield
  }
  return %s : f32
}

// -----

// A long body (24 ops) on 256-bit vectors (16 registers on AVX2) keeps `interleave` (here 1):
// interleave-long applies only where 32 vector registers hold its chains.
// CHECK-LABEL: func.func @long_body_avx2
// CHECK: loop.for
// CHECK-COUNT-1: kvector.load %arg0, %{{.*}} : (memref<?xf32>, index) -> vector<8xf32>
// CHECK-NOT: kvector.load %arg0, %{{.*}} : (memref<?xf32>, index)
// CHECK: kvector.create_mask
func.func @long_body_avx2(%a: memref<?xf32>, %out: memref<?xf32>, %s: f32) attributes {kiln.bufferized} {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %n = loop.dim %a {index = 0 : i64} : (memref<?xf32>) -> index
  loop.for %i = %c0 to %n step %c1 {
    %x = loop.load %a[%i] : memref<?xf32>
    %v0 = arith.mulf %x, %s : f32
    %v1 = arith.addf %v0, %s : f32
    %v2 = arith.mulf %v1, %s : f32
    %v3 = arith.addf %v2, %s : f32
    %v4 = arith.mulf %v3, %s : f32
    %v5 = arith.addf %v4, %s : f32
    %v6 = arith.mulf %v5, %s : f32
    %v7 = arith.addf %v6, %s : f32
    %v8 = arith.mulf %v7, %s : f32
    %v9 = arith.addf %v8, %s : f32
    %v10 = arith.mulf %v9, %s : f32
    %v11 = arith.addf %v10, %s : f32
    %v12 = arith.mulf %v11, %s : f32
    %v13 = arith.addf %v12, %s : f32
    %v14 = arith.mulf %v13, %s : f32
    %v15 = arith.addf %v14, %s : f32
    %v16 = arith.mulf %v15, %s : f32
    %v17 = arith.addf %v16, %s : f32
    %v18 = arith.mulf %v17, %s : f32
    %v19 = arith.addf %v18, %s : f32
    %v20 = arith.mulf %v19, %s : f32
    %v21 = arith.addf %v20, %s : f32
    %v22 = arith.mulf %v21, %s : f32
    %v23 = arith.addf %v22, %s : f32
    loop.store %v23, %out[%i] : memref<?xf32>
    loop.yield
  }
  return
}
