//! The worked example of ARCHITECTURE.md ("How to add an op or a dialect"), as a test: a
//! frontend registers `toy.scale` from Rust; it parses, verifies, infers and folds.

use kiln::ir::registry::{DialectDef, FoldResult, OpDef, Traits};
use kiln::ir::{Module, OpId, Type};
use std::sync::Arc;

fn verify_scale(m: &Module, op: OpId) -> Result<(), String> {
    match m.attr(op, "factor").and_then(|a| m.ctx().attr_int(a)) {
        Some(f) if f > 0 => Ok(()),
        _ => Err("requires a positive integer attribute 'factor'".into()),
    }
}
fn infer_scale(m: &Module, op: OpId) -> Result<Vec<Type>, String> {
    Ok(vec![m.value_type(m.operand_value(op, 0))])
}
fn fold_scale(m: &Module, op: OpId, _: &[Option<kiln::Attr>]) -> Option<Vec<FoldResult>> {
    let f = m.attr(op, "factor").and_then(|a| m.ctx().attr_int(a))?;
    (f == 1).then(|| vec![FoldResult::Value(m.operand_value(op, 0))])
}

fn context() -> Arc<kiln::Context> {
    let mut ctx = kiln::dialects::context();
    let mut toy = DialectDef::new("toy", "A frontend's ops");
    toy.ops.push(OpDef {
        traits: Traits::PURE,
        inherent_attrs: vec!["factor"],
        verify: Some(verify_scale),
        infer_types: Some(infer_scale),
        fold: Some(fold_scale),
        parse: Some(kiln::dialects::syntax::parse_std),
        print: Some(kiln::dialects::syntax::print_std),
        ..OpDef::new("toy.scale", "Multiplies by a constant factor")
    });
    ctx.register_dialect(toy);
    Arc::new(ctx)
}

const SRC: &str = "func.func @f(%x: tensor<Nxf32>) -> (tensor<Nxf32>, tensor<Nxf32>) {
  %0 = toy.scale %x {factor = 1} : tensor<Nxf32>
  %1 = toy.scale %x {factor = 3} : tensor<Nxf32>
  return %0, %1 : tensor<Nxf32>, tensor<Nxf32>
}";

#[test]
fn frontend_dialect_parses_folds_and_prints() {
    let ctx = context();
    let mut m = kiln::parse(&ctx, SRC, "toy.mlir").unwrap();
    kiln::run_pipeline(&mut m, "builtin.module(canonicalize)").unwrap();
    let out = kiln::print(&m);
    assert_eq!(out.matches("toy.scale").count(), 1, "{out}");
    assert!(
        out.contains("toy.scale %arg0 {factor = 3 : i64} : tensor<Nxf32>"),
        "{out}"
    );
    assert!(out.contains("return %arg0, %0"), "{out}");
}

#[test]
fn frontend_dialect_verifier_and_shape_function_run() {
    let ctx = context();
    let bad = SRC.replace("factor = 3", "factor = 0");
    let err = kiln::parse(&ctx, &bad, "toy.mlir").unwrap_err().to_string();
    assert!(err.contains("requires a positive integer attribute 'factor'"), "{err}");
    let wrong_type = "func.func @f(%x: tensor<4xf32>) {\n  %0 = \"toy.scale\"(%x) <{factor = 2}> : (tensor<4xf32>) -> tensor<5xf32>\n  return\n}";
    let err = kiln::parse(&ctx, wrong_type, "toy.mlir").unwrap_err().to_string();
    assert!(
        err.contains("incompatible with the inferred type 'tensor<4xf32>'"),
        "{err}"
    );
}
