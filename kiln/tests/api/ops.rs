//! Op declarations hold for IR built from Rust as for parsed IR: an unknown op of a known
//! dialect and an op with the wrong arity are verification errors, so an engine refuses the
//! module at load instead of failing at the first call.

use kiln::{Builder, Engine, EngineError, OperationState};
use std::sync::Arc;

/// `func.func @f(%x: tensor<4xf32>) -> tensor<4xf32>` whose body is one op `name` on
/// `operands` copies of `%x`, returned.
fn module_with(name: &str, operands: usize) -> kiln::Module {
    let ctx = Arc::new(kiln::dialects::context());
    let loc = ctx.file_loc("model.py", 3, 7);
    let mut m = kiln::Module::new(ctx.clone(), loc);
    let t = ctx.tensor_type(vec![kiln::ir::Dim::Const(4)], ctx.f32());
    let (body, entry) = Builder::region_with_block(&mut m, &[t], loc);
    let mut f = OperationState::new(ctx.sym("func.func"), loc);
    f.props.push((ctx.sym("sym_name"), ctx.str_attr("f")));
    f.props
        .push((ctx.sym("function_type"), ctx.type_attr(ctx.function_type(&[t], &[t]))));
    f.regions.push(body);
    Builder::at_end(m.body()).create(&mut m, f);
    let b = Builder::at_end(entry);
    let x = m.block_args(entry)[0];
    let op = b.op(&mut m, name, &vec![x; operands], &[t], &[], loc);
    let r = m.result(op, 0);
    b.op(&mut m, "func.return", &[r], &[], &[], loc);
    m
}

#[test]
fn a_misspelled_op_built_from_rust_is_a_verification_error() {
    let m = module_with("ktensor.broadcast_in_dimm", 1);
    let err = kiln::verify(&m).unwrap_err().to_string();
    assert!(
        err.contains("unregistered operation 'ktensor.broadcast_in_dimm' found in dialect ('ktensor')"),
        "{err}"
    );
    assert!(err.contains("model.py:3:7"), "located: {err}");
    let e = Engine::new().unwrap();
    match e.load_module(module_with("ktensor.broadcast_in_dimm", 1)) {
        Err(EngineError::Load(msg)) => assert!(msg.contains("ktensor.broadcast_in_dimm"), "{msg}"),
        other => panic!("expected a load error, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn an_op_with_the_wrong_arity_built_from_rust_is_a_verification_error() {
    let err = kiln::verify(&module_with("ktensor.exp", 2)).unwrap_err().to_string();
    assert!(err.contains("'ktensor.exp' op expects 1 operand, found 2"), "{err}");
    let err = kiln::verify(&module_with("ktensor.add", 1)).unwrap_err().to_string();
    assert!(err.contains("'ktensor.add' op expects 2 operands, found 1"), "{err}");
    kiln::verify(&module_with("ktensor.add", 2)).expect("the well-formed op verifies");
}
