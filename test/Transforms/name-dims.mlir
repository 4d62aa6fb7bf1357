// RUN: jit-opt %s --name-dims --split-input-file | FileCheck %s

// A JAX dimension variable names the argument dimension it was read from, in @main's signature,
// the private callee's parameters, shapes derived by shape functions and run-time shape operands.
// CHECK-LABEL: func.func public @main(%arg0: tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK: call @inner(%{{.*}}, %arg0) : (tensor<i32>, tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK-LABEL: func.func private @inner(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<(b)x4xf32>) -> tensor<(b)x4xf32>
// CHECK: tensor.reduce %arg1 {{.*}} -> tensor<(b)xf32>
// CHECK: tensor.broadcast_in_dim {{.*}} -> tensor<(b)x4xf32>
// CHECK: tensor.add {{.*}} : tensor<(b)x4xf32>
func.func public @main(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = tensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1 = call @inner(%0, %arg0) : (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xf32>
  return %1 : tensor<?x4xf32>
}
func.func private @inner(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %c4 = tensor.constant dense<4> : tensor<1xi32>
  %0 = tensor.reduce %arg1 {axes = array<i64: 1>, kind = "sum"} : (tensor<?x4xf32>) -> tensor<?xf32>
  %1 = tensor.reshape %arg0 : (tensor<i32>) -> tensor<1xi32>
  %2 = tensor.concat %1, %c4 {dim = 0 : i64} : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
  %3 = tensor.broadcast_in_dim %0, %2 {dims = array<i64: 0>} : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x4xf32>
  %4 = tensor.add %arg1, %3 : tensor<?x4xf32>
  return %4 : tensor<?x4xf32>
}

// -----

// Without a dimension variable nothing is named: the pass only refines.
// CHECK-LABEL: func.func @plain(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32>
// CHECK: tensor.exp %arg0 : tensor<?x4xf32>
func.func @plain(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = tensor.exp %arg0 : tensor<?x4xf32>
  return %0 : tensor<?x4xf32>
}

// -----

// Names flow into regions: a loop's carried value takes its initial value's name (block
// arguments of both regions, the results); an if's result takes the name both branches yield.
// A loop body whose yield stays '?' is checked against the initial value at run time and cast;
// a branch that yields a name beside a '?' branch is cast to '?'.
// CHECK-LABEL: func.func public @regions(%arg0: tensor<(b)x4xf32>, %arg1: tensor<2xi32>, %arg2: tensor<i1>) -> (tensor<(b)x4xf32>, tensor<(b)x4xf32>, tensor<(b)x4xf32>, tensor<?x4xf32>)
// CHECK-LABEL: func.func private @inner(
// CHECK: tensor.while (%{{.*}}, %arg1) : (tensor<i32>, tensor<(b)x4xf32>) -> (tensor<i32>, tensor<(b)x4xf32>) cond {
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %{{.*}}: tensor<(b)x4xf32>):
// CHECK: } body {
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %[[V:.*]]: tensor<(b)x4xf32>):
// CHECK: %[[T:.*]] = tensor.tanh %[[V]] : tensor<(b)x4xf32>
// CHECK-NEXT: tensor.yield %{{.*}}, %[[T]] : tensor<i32>, tensor<(b)x4xf32>
// CHECK: tensor.while (%{{.*}}, %arg1) : (tensor<i32>, tensor<(b)x4xf32>) -> (tensor<i32>, tensor<(b)x4xf32>) cond {
// CHECK: %[[R:.*]] = tensor.reshape %{{.*}}, %arg2 : (tensor<(b)x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
// CHECK-NEXT: tensor.assert_dim_eq %[[R]], %arg1 {lhs_dim = 0 : i64, message = "a loop-carried value changed its shape between iterations", rhs_dim = 0 : i64} : (tensor<?x4xf32>, tensor<(b)x4xf32>) -> ()
// CHECK-NEXT: %[[C:.*]] = tensor.cast %[[R]] : (tensor<?x4xf32>) -> tensor<(b)x4xf32>
// CHECK-NEXT: tensor.yield %{{.*}}, %[[C]] : tensor<i32>, tensor<(b)x4xf32>
// CHECK: tensor.if %arg3 : tensor<i1> -> (tensor<(b)x4xf32>) {
// CHECK: tensor.yield %{{.*}} : tensor<(b)x4xf32>
// CHECK: } else {
// CHECK: tensor.yield %{{.*}} : tensor<(b)x4xf32>
// CHECK: tensor.if %arg3 : tensor<i1> -> (tensor<?x4xf32>) {
// CHECK-NEXT: %[[E:.*]] = tensor.exp %arg1 : tensor<(b)x4xf32>
// CHECK-NEXT: %[[EC:.*]] = tensor.cast %[[E]] : (tensor<(b)x4xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: tensor.yield %[[EC]] : tensor<?x4xf32>
// CHECK: } else {
// CHECK-NEXT: tensor.reshape %arg1, %arg2 : (tensor<(b)x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
func.func public @regions(%arg0: tensor<?x4xf32>, %shape: tensor<2xi32>, %c: tensor<i1>) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>) {
  %0 = tensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1:4 = call @inner(%0, %arg0, %shape, %c) : (tensor<i32>, tensor<?x4xf32>, tensor<2xi32>, tensor<i1>) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>)
  return %1#0, %1#1, %1#2, %1#3 : tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>
}
func.func private @inner(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x4xf32>, %shape: tensor<2xi32>, %c: tensor<i1>) -> (tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>) {
  %zero = tensor.constant dense<0> : tensor<i32>
  %r:2 = tensor.while (%zero, %arg1) : (tensor<i32>, tensor<?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %lim = tensor.constant dense<3> : tensor<i32>
    %p = tensor.cmp %i, %lim {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %one = tensor.constant dense<1> : tensor<i32>
    %n = tensor.add %i, %one : tensor<i32>
    %t = tensor.tanh %v : tensor<?x4xf32>
    tensor.yield %n, %t : tensor<i32>, tensor<?x4xf32>
  }
  %s:2 = tensor.while (%zero, %arg1) : (tensor<i32>, tensor<?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %lim = tensor.constant dense<3> : tensor<i32>
    %p = tensor.cmp %i, %lim {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %one = tensor.constant dense<1> : tensor<i32>
    %n = tensor.add %i, %one : tensor<i32>
    %t = tensor.reshape %v, %shape : (tensor<?x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    tensor.yield %n, %t : tensor<i32>, tensor<?x4xf32>
  }
  %u = tensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
    %e = tensor.exp %arg1 : tensor<?x4xf32>
    tensor.yield %e : tensor<?x4xf32>
  } else {
    %e = tensor.neg %arg1 : tensor<?x4xf32>
    tensor.yield %e : tensor<?x4xf32>
  }
  %w = tensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
    %e = tensor.exp %arg1 : tensor<?x4xf32>
    tensor.yield %e : tensor<?x4xf32>
  } else {
    %e = tensor.reshape %arg1, %shape : (tensor<?x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
    tensor.yield %e : tensor<?x4xf32>
  }
  return %r#1, %s#1, %u, %w : tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>, tensor<?x4xf32>
}

// -----

// A loop that changes its carried value's shape (valid with '?' types) keeps it '?': the
// initial value is cast to the carried type instead.
// CHECK-LABEL: func.func private @grow(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<(b)x4xf32>) -> tensor<?x4xf32>
// CHECK: %[[I:.*]] = tensor.cast %arg1 : (tensor<(b)x4xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: tensor.while (%{{.*}}, %[[I]]) : (tensor<i32>, tensor<?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>) cond {
// CHECK: tensor.concat %{{.*}}, %{{.*}} {dim = 0 : i64} : tensor<?x4xf32>
func.func public @main(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %0 = tensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1 = call @grow(%0, %arg0) : (tensor<i32>, tensor<?x4xf32>) -> tensor<?x4xf32>
  return %1 : tensor<?x4xf32>
}
func.func private @grow(%arg0: tensor<i32> {jax.global_constant = "b"}, %arg1: tensor<?x4xf32>) -> tensor<?x4xf32> {
  %zero = tensor.constant dense<0> : tensor<i32>
  %r:2 = tensor.while (%zero, %arg1) : (tensor<i32>, tensor<?x4xf32>) -> (tensor<i32>, tensor<?x4xf32>) cond {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %lim = tensor.constant dense<2> : tensor<i32>
    %p = tensor.cmp %i, %lim {predicate = "lt"} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    tensor.condition %p : tensor<i1>
  } body {
  ^bb0(%i: tensor<i32>, %v: tensor<?x4xf32>):
    %one = tensor.constant dense<1> : tensor<i32>
    %n = tensor.add %i, %one : tensor<i32>
    %t = tensor.concat %v, %v {dim = 0 : i64} : (tensor<?x4xf32>, tensor<?x4xf32>) -> tensor<?x4xf32>
    tensor.yield %n, %t : tensor<i32>, tensor<?x4xf32>
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
// CHECK-COUNT-5: tensor.if %arg2 : tensor<i1> -> (tensor<(b)x4xf32>)
func.func public @main(%arg0: tensor<?x4xf32>, %c: tensor<i1>) -> tensor<?x4xf32> {
  %0 = tensor.dim %arg0 {index = 0 : i64} : (tensor<?x4xf32>) -> tensor<i32>
  %1 = call @nested(%0, %arg0, %c) : (tensor<i32>, tensor<?x4xf32>, tensor<i1>) -> tensor<?x4xf32>
  return %1 : tensor<?x4xf32>
}
func.func private @nested(%b: tensor<i32> {jax.global_constant = "b"}, %x: tensor<?x4xf32>, %c: tensor<i1>) -> tensor<?x4xf32> {
  %r1 = tensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
    %r2 = tensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
      %r3 = tensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
        %r4 = tensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
          %r5 = tensor.if %c : tensor<i1> -> (tensor<?x4xf32>) {
            %e5 = tensor.exp %x : tensor<?x4xf32>
            tensor.yield %e5 : tensor<?x4xf32>
          } else {
            %n5 = tensor.neg %x : tensor<?x4xf32>
            tensor.yield %n5 : tensor<?x4xf32>
          }
          tensor.yield %r5 : tensor<?x4xf32>
        } else {
          %n4 = tensor.neg %x : tensor<?x4xf32>
          tensor.yield %n4 : tensor<?x4xf32>
        }
        tensor.yield %r4 : tensor<?x4xf32>
      } else {
        %n3 = tensor.neg %x : tensor<?x4xf32>
        tensor.yield %n3 : tensor<?x4xf32>
      }
      tensor.yield %r3 : tensor<?x4xf32>
    } else {
      %n2 = tensor.neg %x : tensor<?x4xf32>
      tensor.yield %n2 : tensor<?x4xf32>
    }
    tensor.yield %r2 : tensor<?x4xf32>
  } else {
    %n1 = tensor.neg %x : tensor<?x4xf32>
    tensor.yield %n1 : tensor<?x4xf32>
  }
  return %r1 : tensor<?x4xf32>
}
