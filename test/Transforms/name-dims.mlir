// RUN: jit-opt %s --name-dims --split-input-file | FileCheck %s

// A JAX dimension variable names the argument dimension it was read from, in @main's signature,
// the private callee's parameters, shapes derived by shape functions and run-time shape operands.
// CHECK-LABEL: func.func public @main(%arg0: tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK: call @inner(%{{.*}}, %arg0) : (tensor<i32>, tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK-LABEL: func.func private @inner(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK: ktensor.reduce %arg1 {{.*}} -> tensor<(b)xf32>
// CHECK: ktensor.broadcast_in_dim {{.*}} -> tensor<(b)x4xf32>
// CHECK: ktensor.add {{.*}} : tensor<(b)x4xf32>
func.func public @main(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = ktensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1 = call @inner(%0, %arg0) : (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xf32>
  return %1 : tensor<?x4xf32>
}
func.func private @inner(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c4 = ktensor.constant dense<4> : tensor<1xi32>
  %0 = ktensor.reduce %arg1 {axes = array<i64: 1>, kind = "sum"} : (tensor<?x4xf32>) -> tensor<?xf32>
  %1 = ktensor.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
  %2 = ktensor.concat %1, %c4 {dim = 0 : i64} : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %3 = ktensor.broadcast_in_dim %0, %2 {dims = array<i64: 0>} : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x4xf32>
  %4 = ktensor.add %arg1, %3 : tensor<?x4xf32>
  return %4 : tensor<?x4xf32>
}

// -----

// Without a dimension variable nothing is named: the pass only refines.
// CHECK-LABEL: func.func @plain(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK: ktensor.exp %arg0 : tensor<?x4xf32>
func.func @plain(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = ktensor.exp %arg0 : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// Names flow into regions: a loop's carried value takes its initial value's name (block
// arguments of both regions, the results); an if's result takes the name both branches yield.
// A loop body whose yield stays '?' is checked against the initial value at run time and cast;
// a branch that yields a name beside a '?' branch is cast to '?'.
// CHECK-LABEL: func.func public @regions(%arg0: tensor<(b)x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<i1>) -> (tensor<(b)x4xf32>, tensor<(b)x4xf32>, tensor<(b)x4xf32>, tensor<?x4xf32>)
// CHECK-LABEL: func.func private @inner(
// CHECK: ktensor.while (%{{.*}}, %arg1) : (tensor<i32>, tensor<(b)x4xf32>) -> (tensor<i32>, tensor<(b)x4xf32>) cond {
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %{{.*}}: tensor<(b)x4xf32>):
// CHECK: } body {
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %[[V:.*]]: tensor<(b)x4xf32>):
// CHECK: %[[T:.*]] = ktensor.tanh %[[V]] : tensor<(b)x4xf32>
// CHECK-NEXT: ktensor.yield %{{.*}}, %[[T]] : tensor<i32>, tensor<(b)x4xf32>
// CHECK: ktensor.while (%{{.*}}, %arg1) : (tensor<i32>, tensor<(b)x4xf32>) -> (tensor<i32>, tensor<(b)x4xf32>) cond {
// CHECK: %[[R:.*]] = ktensor.reshape %{{.*}}, %arg2 : (tensor<(b)x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
// CHECK-NEXT: ktensor.assert_dim_eq %[[R]], %arg1 {lhs_dim = 0 : i64, message = "a loop-carried value changed its shape between iterations", rhs_dim = 0 : i64} : (tensor<?x4xf32>, tensor<(b)x4xf32>) -> ()
// CHECK-NEXT: %[[C:.*]] = ktensor.cast %[[R]] : (tensor<?x4xf32>) -> tensor<(b)x4xf32>
// CHECK-NEXT: ktensor.yield %{{.*}}, %[[C]] : tensor<i32>, tensor<(b)x4xf32>
// CHECK: ktensor.if %arg3 : tensor<i1> -> (tensor<(b)x4xf32>) {
// CHECK: ktensor.yield %{{.*}} : tensor<(b)x4xf32>
// CHECK: } else {
// CHECK: ktensor.yield %{{.*}} : tensor<(b)x4xf32>
// CHECK: ktensor.if %arg3 : tensor<i1> -> (tensor<?x4xf32>) {
// CHECK-NEXT: %[[E:.*]] = ktensor.exp %arg1 : tensor<(b)x4xf32>
// CHECK-NEXT: %[[EC:.*]] = ktensor.cast %[[E]] : (tensor<(b)x4xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: ktensor.yield %[[EC]] : tensor<?x4xf32>
// CHECK: } else {
// CHECK-NEXT: ktensor.reshape %arg1, %arg2 : (tensor<(b)x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
func.func public @regions(%arg0: tensor<?x4xf32>, %shape: tensor<2xi32>, %c: tensor<i1>) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>) {
  %0 = ktensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1:4 = call @inner(%0, %arg0, %shape, %c) : (tensor<i32>, tensor<?x4xf32>, tensor<2xi32>, tensor<i1>) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>)
  return %1#0, %1#1, %1#2, %1#3 : tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>
}
func.func private @inner(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x4xf32>, %shape: tensor<2xi32>, %c: tensor<i1>) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>) {
  %zero = ktensor.constant dense<0> : tensor<i32>
  %r:2 = ktensor.while (%zero, %arg1) : (tensor<i32>, tensor<?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %lim = ktensor.constant dense<3> : tensor<i32>
    %p = ktensor.cmp %i, %lim {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %one = ktensor.constant dense<1> : tensor<i32>
    %n = ktensor.add %i, %one : tensor<i32>
    %t = ktensor.tanh %v : tensor<?x4xf32>
    ktensor.yield %n, %t : tensor<i32>, tensor<?x4xf32>
  }
  %s:2 = ktensor.while (%zero, %arg1) : (tensor<i32>, tensor<?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %lim = ktensor.constant dense<3> : tensor<i32>
    %p = ktensor.cmp %i, %lim {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %one = ktensor.constant dense<1> : tensor<i32>
    %n = ktensor.add %i, %one : tensor<i32>
    %t = ktensor.reshape %v, %shape : (tensor<?x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    ktensor.yield %n, %t : tensor<i32>, tensor<?x4xf32>
  }
  %u = ktensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
    %e = ktensor.exp %arg1 : tensor<?x4xf32>
    ktensor.yield %e : tensor<?x4xf32>
  } else {
    %e = ktensor.neg %arg1 : tensor<?x4xf32>
    ktensor.yield %e : tensor<?x4xf32>
  }
  %w = ktensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
    %e = ktensor.exp %arg1 : tensor<?x4xf32>
    ktensor.yield %e : tensor<?x4xf32>
  } else {
    %e = ktensor.reshape %arg1, %shape : (tensor<?x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    ktensor.yield %e : tensor<?x4xf32>
  }
  return %r#1, %s#1, %u, %w : tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>
}

// -----

// A loop that changes its carried value's shape (valid with '?' types) keeps it '?': the
// initial value is cast to the carried type instead.
// CHECK-LABEL: func.func private @grow(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<(b)x4xf32>) -> tensor<?x4xf32>
// CHECK: %[[I:.*]] = ktensor.cast %arg1 : (tensor<(b)x4xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: ktensor.while (%{{.*}}, %[[I]]) : (tensor<i32>, tensor<?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>) cond {
// CHECK: ktensor.concat %{{.*}}, %{{.*}} {dim = 0 : i64} : tensor<?x4xf32>
func.func public @main(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = ktensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1 = call @grow(%0, %arg0) : (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xf32>
  return %1 : tensor<?x4xf32>
}
func.func private @grow(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %zero = ktensor.constant dense<0> : tensor<i32>
  %r:2 = ktensor.while (%zero, %arg1) : (tensor<i32>, tensor<?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %lim = ktensor.constant dense<2> : tensor<i32>
    %p = ktensor.cmp %i, %lim {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    ktensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %one = ktensor.constant dense<1> : tensor<i32>
    %n = ktensor.add %i, %one : tensor<i32>
    %t = ktensor.concat %v, %v {dim = 0 : i64} : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    ktensor.yield %n, %t : tensor<i32>, tensor<?x4xf32>
  }
  return %r#1 : tensor<?x4xf32>
}

// -----

// Names reach the result of ifs nested five deep, which takes more rounds than there are
// functions (the rounds were once capped at that: the result stayed `?`, and a JAX program
// with two switches after a fori_loop ended with a call whose result type disagreed with its
// callee).
// CHECK-LABEL: func.func public @main(%arg0: tensor<(b)x4xf32>, %arg1: tensor<i1>) -> tensor<(b)x4xf32>
// CHECK: call @nested(%{{.*}}, %arg0, %arg1) : (tensor<i32>, tensor<(b)x4xf32>, tensor<i1>) -> tensor<(b)x4xf32>
// CHECK-LABEL: func.func private @nested(
// CHECK-COUNT-5: ktensor.if %arg2 : tensor<i1> -> (tensor<(b)x4xf32>)
func.func public @main(%arg0: tensor<?x4xf32>, %c: tensor<i1>) -> tensor<?x4xf32> {
  %0 = ktensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1 = call @nested(%0, %arg0, %c) : (tensor<i32>, tensor<?x4xf32>, tensor<i1>) -> tensor<?x4xf32>
  return %1 : tensor<?x4xf32>
}
func.func private @nested(%b: tensor<i32> {jax.global_constant = "b"}, %x: tensor<?x4xf32>, %c: tensor<i1>) -> tensor<?x4xf32> {
  %r1 = ktensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
    %r2 = ktensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
      %r3 = ktensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
        %r4 = ktensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
          %r5 = ktensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
            %e5 = ktensor.exp %x : tensor<?x4xf32>
            ktensor.yield %e5 : tensor<?x4xf32>
          } else {
            %n5 = ktensor.neg %x : tensor<?x4xf32>
            ktensor.yield %n5 : tensor<?x4xf32>
          }
          ktensor.yield %r5 : tensor<?x4xf32>
        } else {
          %n4 = ktensor.neg %x : tensor<?x4xf32>
          ktensor.yield %n4 : tensor<?x4xf32>
        }
        ktensor.yield %r4 : tensor<?x4xf32>
      } else {
        %n3 = ktensor.neg %x : tensor<?x4xf32>
        ktensor.yield %n3 : tensor<?x4xf32>
      }
      ktensor.yield %r3 : tensor<?x4xf32>
    } else {
      %n2 = ktensor.neg %x : tensor<?x4xf32>
      ktensor.yield %n2 : tensor<?x4xf32>
    }
    ktensor.yield %r2 : tensor<?x4xf32>
  } else {
    %n1 = ktensor.neg %x : tensor<?x4xf32>
    ktensor.yield %n1 : tensor<?x4xf32>
  }
  return %r1 : tensor<?x4xf32>
}
