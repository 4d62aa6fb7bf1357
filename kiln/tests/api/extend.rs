//! Embedders extend Kiln: an op's tier-0 kernel, decomposition and loop-level lowering, passes
//! registered on the context, load-time rejection of ops a tier cannot run, diagnostics as
//! errors.

use super::engine::{close, tensor};
use kiln::dialects::builders::OpBuilder;
use kiln::ir::registry::{Arity, ElemClass};
use kiln::{Builder, DialectDef, Engine, EngineError, Module, OpDef, OpId, Tensor, TierMode, Traits, Type, Value};
use std::sync::Arc;

fn same_type(m: &Module, op: OpId) -> Result<Vec<Type>, String> {
    Ok(vec![m.value_type(m.operand_value(op, 0))])
}

/// `x * x - x`, built from Kiln's tensor ops.
fn decompose(m: &mut Module, op: OpId) -> Result<Vec<Value>, String> {
    let x = m.operand_value(op, 0);
    let mut b = OpBuilder::before(m, op);
    let sq = b.tensor_mul(x, x);
    Ok(vec![b.tensor_sub(sq, x)])
}

/// Returns a value of the wrong type.
fn decompose_wrong(m: &mut Module, op: OpId) -> Result<Vec<Value>, String> {
    let f32 = m.ctx().f32();
    let mut b = OpBuilder::before(m, op);
    Ok(vec![b.constant_float(f32, 1.0)])
}

/// `x * x - x` as a loop nest over the buffers (an embedder's loop-level lowering).
fn lower_to_loops(m: &mut Module, at: Builder, op: OpId, ins: &[Value], outs: &[Value]) -> Result<(), String> {
    let loc = m.loc(op);
    let (x, y) = (ins[0], outs[0]);
    let mut b = OpBuilder::new(m, at, loc);
    let (zero, one) = (b.index(0), b.index(1));
    let (rows, cols) = (b.dim(x, 0), b.dim(x, 1));
    let (i, rows_body) = b.for_loop(zero, rows, one);
    let (j, body) = OpBuilder::new(m, rows_body, loc).for_loop(zero, cols, one);
    let mut b = OpBuilder::new(m, body, loc);
    let v = b.load(x, &[i, j]);
    let sq = b.mulf(v, v);
    let r = b.subf(sq, v);
    b.store(r, y, &[i, j]);
    Ok(())
}

fn op(name: &str, kernel: bool, decomposition: Option<kiln::ir::registry::DecomposeFn>) -> OpDef {
    OpDef {
        traits: Traits::PURE,
        operands: Arity::Exact(1),
        results: Arity::Exact(1),
        operand_elems: ElemClass::Float,
        infer_types: Some(same_type),
        parse: Some(kiln::dialects::syntax::parse_std),
        print: Some(kiln::dialects::syntax::print_std),
        kernel: kernel.then(|| {
            kiln::kernel(|_m, _op, args: &[Tensor]| {
                let x = args[0].data::<f32>().map_err(|e| e.to_string())?;
                if x.iter().any(|v| v.is_nan()) {
                    return Err("NaN input".into());
                }
                let y = x.iter().map(|&v| v * v - v).collect();
                Ok(vec![Tensor::from_vec(args[0].shape(), y).map_err(|e| e.to_string())?])
            })
        }),
        decompose: decomposition,
        ..OpDef::new(name, "x * x - x")
    }
}

mod double_neg {
    //! A pass of the embedder's: `x` for `-(-x)`, through a rewrite pattern.
    use kiln::ir::pass::{Pass, PassContext, PassFailed};
    use kiln::ir::Order;
    use kiln::{Module, OpId};

    kiln::ir::declare_pass! {
        argument: "test-drop-double-neg", display: "TestDropDoubleNeg",
        summary: "Replace -(-x) by x",
        options: Options {},
        create: |_: Options| Box::new(DropDoubleNeg),
    }

    struct DropDoubleNeg;

    impl Pass for DropDoubleNeg {
        kiln::ir::declared_pass_names!();
        fn run(&mut self, m: &mut Module, root: OpId, _: &mut PassContext) -> Result<(), PassFailed> {
            for op in m.walk(root, Order::Pre) {
                if !m.is_alive(op) || m.op_name(op) != "ktensor.neg" {
                    continue;
                }
                let inner = m.operand_value(op, 0);
                if let Some(def) = m.defining_op(inner).filter(|&d| m.op_name(d) == "ktensor.neg") {
                    let x = m.operand_value(def, 0);
                    let r = m.result(op, 0);
                    m.replace_all_uses(r, x);
                    m.erase_op(op);
                }
            }
            Ok(())
        }
    }
}

fn context() -> Arc<kiln::Context> {
    let mut ctx = kiln::dialects::context();
    let mut d = DialectDef::new("ext", "Test ops");
    d.ops.push(op("ext.both", true, Some(decompose)));
    d.ops.push(op("ext.kernel_only", true, None));
    d.ops.push(op("ext.decompose_only", false, Some(decompose)));
    d.ops.push(op("ext.neither", false, None));
    d.ops.push(op("ext.wrong", false, Some(decompose_wrong)));
    d.ops.push(OpDef {
        lower_to_loops: Some(lower_to_loops),
        ..op("ext.loops", true, None)
    });
    ctx.register_dialect(d);
    ctx.register_pass(double_neg::info());
    Arc::new(ctx)
}

fn module(op: &str) -> String {
    format!(
        "func.func @f(%x: tensor<Nx8xf32>) -> tensor<Nx8xf32> {{\n  %0 = {op} %x : tensor<Nx8xf32>\n  return %0 : tensor<Nx8xf32>\n}}\n"
    )
}

fn engine(ctx: &Arc<kiln::Context>, mode: TierMode) -> Engine {
    Engine::builder()
        .context(ctx.clone())
        .mode(mode)
        .preset(kiln::Preset::Development)
        .synchronous(true)
        .build()
        .unwrap()
}

#[test]
fn an_op_with_a_kernel_and_a_decomposition_runs_at_every_tier() {
    let ctx = context();
    let x = tensor(&[5, 8], 3);
    let want: Vec<f32> = x.data::<f32>().unwrap().iter().map(|&v| v * v - v).collect();
    let want = Tensor::from_vec(&[5, 8], want).unwrap();
    for op in ["ext.both", "ext.decompose_only", "ext.loops"] {
        for tier in 0..=3 {
            let e = engine(&ctx, TierMode::Fixed(tier));
            e.load_text(&module(op), "ext.mlir").unwrap();
            let got = e.function("f").unwrap().call(std::slice::from_ref(&x)).unwrap();
            close(&got[0], &want, &format!("{op} at tier {tier}"));
        }
    }
    // The kernel's error is located at the op.
    let e = engine(&ctx, TierMode::Fixed(0));
    e.load_text(&module("ext.both"), "ext.mlir").unwrap();
    let nan = Tensor::from_vec(&[1, 8], vec![f32::NAN; 8]).unwrap();
    match e.function("f").unwrap().call(&[nan]) {
        Err(EngineError::Runtime(m)) => assert!(m.contains("ext.mlir:2:3") && m.contains("NaN input"), "{m}"),
        other => panic!("expected a located run-time error, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn an_op_a_tier_cannot_run_is_rejected_at_load_with_its_location() {
    let ctx = context();
    let at_tier = |op: &str, tier: u8| match engine(&ctx, TierMode::Fixed(tier)).load_text(&module(op), "ext.mlir") {
        Err(EngineError::Load(m)) => m,
        other => panic!(
            "{op} at tier {tier}: expected a load error, got {:?}",
            other.map(|_| ())
        ),
    };
    let m = at_tier("ext.kernel_only", 2);
    assert!(
        m.starts_with("ext.mlir:2:3: error: 'ext.kernel_only' cannot run at tier 2"),
        "{m}"
    );
    let m = at_tier("ext.neither", 0);
    assert!(m.contains("'ext.neither' cannot run at tier 0"), "{m}");
    let m = at_tier("ext.wrong", 1);
    assert!(
        m.contains("the decomposition of 'ext.wrong' returned 'f32' for result #0"),
        "{m}"
    );
    // Auto mode keeps a kernel-only op at tier 0 and says why.
    let e = engine(&ctx, TierMode::Auto);
    e.load_text(&module("ext.kernel_only"), "ext.mlir").unwrap();
    let f = e.function("f").unwrap();
    for _ in 0..5 {
        f.call(&[tensor(&[4, 8], 1)]).unwrap();
    }
    let r = e.report();
    assert_eq!(f.tier(), 0);
    assert!(
        r.functions[0].status.starts_with("stays at tier 0: ext.mlir:2:3"),
        "{r}"
    );
    assert_eq!(r.compiles, 0, "{r}");
}

#[test]
fn a_pass_registered_on_the_context_runs_in_pipelines_and_tiers() {
    let ctx = context();
    let text = "func.func @f(%x: tensor<Nx8xf32>) -> tensor<Nx8xf32> {\n  %0 = ktensor.neg %x : tensor<Nx8xf32>\n  %1 = ktensor.neg %0 : tensor<Nx8xf32>\n  return %1 : tensor<Nx8xf32>\n}\n";
    let mut m = kiln::parse(&ctx, text, "neg.mlir").unwrap();
    kiln::run_pipeline(&mut m, "builtin.module(test-drop-double-neg)").unwrap();
    assert!(kiln::print(&m).contains("return %arg0 :"), "{}", kiln::print(&m));
    // Not in a context that did not register it.
    let other = kiln::context();
    let mut m = kiln::parse(&other, text, "neg.mlir").unwrap();
    let err = kiln::run_pipeline(&mut m, "builtin.module(test-drop-double-neg)").unwrap_err();
    assert!(
        err.to_string()
            .contains("'test-drop-double-neg' does not refer to a registered pass"),
        "{err}"
    );
    // First in every native tier's pipeline; a bad pipeline fails at build.
    for tier in 1..=3 {
        let e = Engine::builder()
            .context(ctx.clone())
            .first_passes("test-drop-double-neg")
            .mode(TierMode::Fixed(tier))
            .synchronous(true)
            .build()
            .unwrap();
        e.load_text(text, "neg.mlir").unwrap();
        let x = tensor(&[3, 8], 4);
        close(
            &e.function("f").unwrap().call(std::slice::from_ref(&x)).unwrap()[0],
            &x,
            "tier",
        );
    }
    let bad = Engine::builder().context(ctx).first_passes("no-such-pass").build();
    assert!(matches!(bad, Err(EngineError::Config(m)) if m.contains("no-such-pass")));
}

#[test]
fn diagnostics_are_errors_with_their_source_lines() {
    fn parse(text: &str) -> Result<Module, Box<dyn std::error::Error>> {
        Ok(kiln::parse(&kiln::context(), text, "bad.mlir")?)
    }
    let err =
        parse("func.func @f(%a: i32) -> i32 {\n  %0 = arith.addi %a, %a : f32\n  return %0 : f32\n}\n").unwrap_err();
    let text = err.to_string();
    assert!(text.contains("bad.mlir:2:19: error: use of value '%a'"), "{text}");
    assert!(
        text.contains("  %0 = arith.addi %a, %a : f32\n                  ^"),
        "{text}"
    );
    assert!(text.contains("bad.mlir:1:14: note: prior use here"), "{text}");
    let e = err.downcast_ref::<kiln::Error>().unwrap();
    assert_eq!(e.diagnostics()[0].notes.len(), 1);
    // A bare diagnostic is an error too.
    let d: Box<dyn std::error::Error> = Box::new(kiln::Diagnostic::new(kiln::ir::Severity::Error, None, "boom"));
    assert_eq!(d.to_string(), "error: boom");
}
