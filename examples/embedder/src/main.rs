//! A frontend extends Kiln end to end, as an embedder does: a crate that depends on `kiln` only.
//!
//! - `toy.silu` (x * sigmoid(x)) declares a tier-0 kernel and a decomposition into Kiln's
//!   tensor ops, which the native tiers run first (pass `decompose`).
//! - `toy.scale {factor}` declares only a kernel; the frontend lowers it with its own pass,
//!   `toy-lower-scale` (a rewrite pattern), registered on the context: it runs in a textual
//!   pipeline and first in the engine's tier pipelines.
//! - `toy.opaque` has a kernel and no lowering: a native tier rejects it at load time, with its
//!   location, and in auto mode it stays at tier 0 and the report says why.
//!
//! Every tier's results are checked against tier 0's. `make test` runs this through lit
//! (`test/Examples/embedder.test`).

use kiln::dialects::builders::OpBuilder;
use kiln::ir::registry::{Arity, ElemClass};
use kiln::{DialectDef, Engine, Module, OpDef, OpId, Tensor, TierMode, Traits, Type, Value};
use std::sync::Arc;

/// The result has the operand's type (symbolic dimensions included).
fn same_type(m: &Module, op: OpId) -> Result<Vec<Type>, String> {
    Ok(vec![m.value_type(m.operand_value(op, 0))])
}

/// `toy.silu` for tiers 1-3: `x * sigmoid(x)` in Kiln's tensor ops.
fn decompose_silu(m: &mut Module, op: OpId) -> Result<Vec<Value>, String> {
    let x = m.operand_value(op, 0);
    let mut b = OpBuilder::before(m, op);
    let s = b.tensor_sigmoid(x);
    Ok(vec![b.tensor_mul(x, s)])
}

/// A unary f32 op with `f` as its tier-0 kernel.
fn unary(name: &str, summary: &str, f: fn(&Module, OpId, f32) -> f32) -> OpDef {
    OpDef {
        traits: Traits::PURE | Traits::SAME_OPERANDS_AND_RESULT_TYPE,
        operands: Arity::Exact(1),
        results: Arity::Exact(1),
        operand_elems: ElemClass::Float,
        infer_types: Some(same_type),
        parse: Some(kiln::dialects::syntax::parse_std),
        print: Some(kiln::dialects::syntax::print_std),
        kernel: Some(kiln::kernel(move |m, op, args: &[Tensor]| {
            let x = args[0].data::<f32>().map_err(|e| e.to_string())?;
            let y = x.iter().map(|&v| f(m, op, v)).collect();
            Ok(vec![Tensor::from_vec(args[0].shape(), y).map_err(|e| e.to_string())?])
        })),
        ..OpDef::new(name, summary)
    }
}

fn factor(m: &Module, op: OpId) -> f64 {
    m.attr(op, "factor").and_then(|a| m.ctx().attr_f64(a)).unwrap_or(1.0)
}

/// The frontend's pass: `toy.scale %x {factor = k}` becomes `x * splat(k)`.
mod lower_scale {
    use kiln::dialects::builders::OpBuilder;
    use kiln::ir::pass::{Pass, PassContext, PassFailed};
    use kiln::ir::rewrite::{apply_patterns_greedily, GreedyConfig, PatternSet, RewritePattern, Rewriter};
    use kiln::{Module, OpId};
    use std::sync::Arc;

    kiln::ir::declare_pass! {
        argument: "toy-lower-scale", display: "ToyLowerScale",
        summary: "Lower toy.scale to a multiplication by a splat",
        options: Options {},
        create: |_: Options| Box::new(LowerScale),
    }

    struct LowerScale;

    impl Pass for LowerScale {
        kiln::ir::declared_pass_names!();
        fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
            let mut patterns = PatternSet::new();
            patterns.add(&m.ctx().clone(), Arc::new(ScaleToMul));
            apply_patterns_greedily(m, root, &patterns, GreedyConfig::default()).map_err(|d| {
                cx.diags.push(d);
                PassFailed
            })?;
            Ok(())
        }
    }

    struct ScaleToMul;

    impl RewritePattern for ScaleToMul {
        fn name(&self) -> &str {
            "toy-scale-to-mul"
        }
        fn root(&self) -> Option<&str> {
            Some("toy.scale")
        }
        fn match_and_rewrite(&self, op: OpId, rw: &mut Rewriter<'_>) -> bool {
            let (x, k) = (rw.m.operand_value(op, 0), super::factor(rw.m, op));
            let mut b = OpBuilder::before(rw.m, op);
            let splat = b.splat_like(k, x);
            let y = b.tensor_mul(x, splat);
            rw.replace_op(op, &[y]);
            true
        }
    }
}

fn context() -> Arc<kiln::Context> {
    let mut ctx = kiln::dialects::context();
    let mut toy = DialectDef::new("toy", "A frontend's ops");
    toy.ops.push(OpDef {
        decompose: Some(decompose_silu),
        ..unary("toy.silu", "x * sigmoid(x)", |_, _, x| x / (1.0 + (-x).exp()))
    });
    toy.ops.push(OpDef {
        inherent_attrs: vec!["factor"],
        ..unary("toy.scale", "x * factor", |m, op, x| (factor(m, op) * x as f64) as f32)
    });
    toy.ops
        .push(unary("toy.opaque", "x + 1, with no lowering", |_, _, x| x + 1.0));
    ctx.register_dialect(toy);
    ctx.register_pass(lower_scale::info());
    Arc::new(ctx)
}

const MODEL: &str = "func.func @act(%x: tensor<Nx64xf32>) -> tensor<Nx64xf32> {
  %0 = toy.scale %x {factor = 1.5 : f32} : tensor<Nx64xf32>
  %1 = toy.silu %0 : tensor<Nx64xf32>
  return %1 : tensor<Nx64xf32>
}
";

const OPAQUE: &str = "func.func @opaque(%x: tensor<Nx64xf32>) -> tensor<Nx64xf32> {
  %0 = toy.opaque %x : tensor<Nx64xf32>
  return %0 : tensor<Nx64xf32>
}
";

fn engine(ctx: &Arc<kiln::Context>, mode: TierMode) -> Result<Engine, kiln::EngineError> {
    Engine::builder()
        .context(ctx.clone())
        .first_passes("toy-lower-scale")
        .mode(mode)
        .preset(kiln::Preset::Development)
        .synchronous(true)
        .build()
}

fn input(n: usize) -> Tensor {
    let v = (0..n * 64).map(|i| ((i * 37 % 101) as f32 - 50.0) / 7.0).collect();
    Tensor::from_vec(&[n, 64], v).expect("a valid shape")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    kiln::init_logging();
    let ctx = context();

    // The frontend's pass and the decomposition in a textual pipeline.
    let mut m = kiln::parse(&ctx, MODEL, "model.mlir")?;
    kiln::run_pipeline(&mut m, "builtin.module(toy-lower-scale,decompose,canonicalize)")?;
    println!("// lowered:\n{}", kiln::print(&m));

    // Every tier, checked against tier 0 (the kernels) on three batch sizes.
    let sizes = [1, 7, 64];
    let reference = {
        let e = engine(&ctx, TierMode::Fixed(0))?;
        e.load_text(MODEL, "model.mlir")?;
        let f = e.function("act")?;
        sizes
            .iter()
            .map(|&n| f.call(&[input(n)]))
            .collect::<Result<Vec<_>, _>>()?
    };
    for tier in 1..=3u8 {
        let e = engine(&ctx, TierMode::Fixed(tier))?;
        e.load_text(MODEL, "model.mlir")?;
        let f = e.function("act")?;
        let mut worst = 0.0f32;
        for (&n, want) in sizes.iter().zip(&reference) {
            let got = f.call(&[input(n)])?;
            let (g, w) = (got[0].data::<f32>()?, want[0].data::<f32>()?);
            for (a, b) in g.iter().zip(w) {
                worst = worst.max((a - b).abs() / b.abs().max(1.0));
            }
        }
        assert!(worst < 1e-5, "tier {tier} differs from tier 0 by {worst}");
        let served = f.calls_by_tier();
        println!("tier {tier}: agrees with tier 0 (worst relative difference {worst:.1e}), calls by tier {served:?}");
    }

    // Auto mode promotes through the tiers, each compile running the frontend's pass first.
    let e = engine(&ctx, TierMode::Auto)?;
    e.load_text(MODEL, "model.mlir")?;
    let f = e.function("act")?;
    for _ in 0..4 {
        let got = f.call(&[input(7)])?;
        assert_eq!(got[0].shape(), &[7, 64]);
    }
    println!("auto: reached tier {}", f.tier());

    // An op that no native tier can run: rejected at load with its location, or kept at tier 0.
    match engine(&ctx, TierMode::Fixed(2))?.load_text(OPAQUE, "opaque.mlir") {
        Ok(_) => panic!("tier 2 cannot run toy.opaque"),
        Err(e) => println!("tier 2 load: {e}"),
    }
    let e = engine(&ctx, TierMode::Auto)?;
    e.load_text(OPAQUE, "opaque.mlir")?;
    let f = e.function("opaque")?;
    for _ in 0..4 {
        f.call(&[input(2)])?;
    }
    let r = e.report();
    println!("auto: @opaque at tier {}: {}", f.tier(), r.functions[0].status);
    Ok(())
}
