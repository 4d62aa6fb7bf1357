//! Tier 0 on generic-form mutants: every op of every lit test with one operand or result too
//! few or too many and its element types swapped (the passes' mutation test's mutants). A
//! mutant that verifies is called with small inputs; it may fail with an error, never panic.

#[path = "../../../passes/tests/common/mutants.rs"]
mod mutants;

use super::Interpreter;
use crate::tensor::Tensor;
use kiln_ir::parser::parse_source;
use kiln_ir::{Dim, Module, TypeKind};
use std::path::Path;
use std::sync::Arc;

/// Inputs for `f`'s parameters: every extent that is not a constant is 2, every element 1.
fn inputs(m: &Module, f: kiln_ir::OpId) -> Option<Vec<Tensor>> {
    let ctx = m.ctx();
    let (params, _) = kiln_dialects::func::signature(m, f)?;
    params
        .iter()
        .map(|&t| {
            let (dims, elem) = match ctx.ty(t) {
                TypeKind::Tensor {
                    shape: Some(s), elem, ..
                }
                | TypeKind::MemRef {
                    shape: Some(s), elem, ..
                } => (s.to_vec(), *elem),
                TypeKind::Integer { .. } | TypeKind::Index | TypeKind::Float(_) => (Vec::new(), t),
                _ => return None,
            };
            let shape: Vec<usize> = dims
                .iter()
                .map(|d| match d {
                    Dim::Const(c) => (*c).clamp(0, 64) as usize,
                    _ => 2,
                })
                .collect();
            let dtype = super::dtype_of(ctx, elem)?;
            let ones = crate::tensor::Tensor::from_vec(&[1], vec![1.0f64]).ok()?;
            let one = super::elementwise::convert(&ones, dtype, false).ok()?;
            let n: usize = shape.iter().product();
            let bytes: Vec<u8> = one.bytes().iter().copied().cycle().take(n * dtype.size()).collect();
            Tensor::from_bytes(dtype, &shape, &bytes).ok()
        })
        .collect()
}

#[test]
fn tier0_runs_generic_form_mutants_without_panicking() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../test");
    let ctx = Arc::new(kiln_dialects::context());
    let cfg = mutants::strict_config();
    let (mut called, mut panics) = (0usize, Vec::new());
    let mut seen = std::collections::HashSet::new();
    for (f, text) in mutants::generic_programs(&ctx, &root) {
        // Loops whose trip count a mutant changes could run for ever on these inputs.
        if text.contains("while") {
            continue;
        }
        for (label, body) in mutants::mutated_modules(&text, &mut seen) {
            let Ok(m) = parse_source(&ctx, &body, &cfg) else {
                continue;
            };
            if kiln_ir::verify::verify(&m, m.root()).is_err() {
                continue;
            }
            let funcs: Vec<(String, Vec<Tensor>)> = m
                .block_ops(m.body())
                .filter(|&o| m.op_name(o) == "func.func")
                .filter_map(|o| {
                    let name = kiln_ir::symbol::symbol_name(&m, o)?.to_string();
                    Some((name, inputs(&m, o)?))
                })
                .collect();
            let m = Arc::new(m);
            for (name, args) in funcs {
                called += 1;
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let mut interp = Interpreter::new(m.clone());
                    let _ = interp.call(&name, &args);
                }));
                if let Err(p) = outcome {
                    let why = mutants::panic_message(p.as_ref());
                    panics.push(format!("{}: @{name}: {why}\n  {label}", f.display()));
                }
            }
        }
    }
    assert!(called > 150, "called {called} mutated functions");
    assert!(
        panics.is_empty(),
        "{} of {called} calls panicked:\n{}",
        panics.len(),
        panics.join("\n")
    );
}

/// The oracle on element types the tests never used: every tensor-level test program with all
/// its f32 (or i32, i64) retyped (f64, f16, bf16, i32, i64, ui32, ui64) that verifies and
/// compiles is run at tiers 1 and 2 and compared with tier 0, loop- and vector-level programs
/// included (their accesses are bounds-checked in native code).
#[test]
fn native_tiers_agree_with_tier0_on_element_type_mutants() {
    use crate::jit::{tier_spec, Jit, NativeModule};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../test");
    let ctx = Arc::new(kiln_dialects::context());
    let cfg = mutants::strict_config();
    let tiers: Vec<_> = [1, 2]
        .iter()
        .map(|&t| {
            let spec = tier_spec(t).unwrap();
            (spec, Jit::new(spec.codegen).unwrap())
        })
        .collect();
    let reg = kiln_passes::registry();
    let (mut compared, mut bad) = (0, Vec::new());
    for (f, text) in mutants::generic_programs(&ctx, &root) {
        if ["while", "stablehlo.", "llvm."].iter().any(|k| text.contains(k)) {
            continue;
        }
        for mutant in mutants::module_mutants(&text) {
            let Ok(m) = parse_source(&ctx, &mutant, &cfg) else {
                continue;
            };
            if kiln_ir::verify::verify(&m, m.root()).is_err() {
                continue;
            }
            let funcs: Vec<(String, Vec<Tensor>)> = m
                .block_ops(m.body())
                .filter(|&o| m.op_name(o) == "func.func")
                .filter(|&o| m.attr(o, "sym_visibility").is_none())
                .filter_map(|o| Some((kiln_ir::symbol::symbol_name(&m, o)?.to_string(), inputs(&m, o)?)))
                .collect();
            let am = Arc::new(m);
            for (spec, jit) in &tiers {
                let Ok(m2) = parse_source(&ctx, &mutant, &cfg) else {
                    continue;
                };
                let Ok(native) = NativeModule::compile(jit, m2, &reg, spec.pipeline, spec.ir_passes) else {
                    continue;
                };
                for (name, args) in &funcs {
                    let want = Interpreter::new(am.clone()).call(name, args);
                    let got = native.call(name, args);
                    let (Ok(w), Ok(g)) = (want, got) else { continue };
                    compared += 1;
                    for (k, (a, b)) in w.iter().zip(&g).enumerate() {
                        let (x, y) = (a.to_f64_vec(), b.to_f64_vec());
                        let close = a.shape() == b.shape()
                            && x.iter().zip(&y).all(|(p, q)| {
                                p == q || (p.is_nan() && q.is_nan()) || (p - q).abs() <= 1e-2 * (1.0 + q.abs())
                            });
                        if !close {
                            bad.push(format!(
                                "{} @{name} result {k} at tier {}: tier 0 {a:?} {:?}, native {b:?} {:?}",
                                f.display(),
                                spec.tier,
                                &x[..x.len().min(6)],
                                &y[..y.len().min(6)]
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(compared > 300, "compared {compared} calls");
    assert!(bad.is_empty(), "{} disagreements:\n{}", bad.len(), bad.join("\n\n"));
}
