//! Malformed input never panics: every truncation prefix of every lit test file (and of the JAX
//! corpus) either parses or gives a diagnostic; what parses and verifies also survives the
//! generic passes and prints something that parses again.

use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::pass::{OpPassManager, RunOptions};
use kiln_ir::printer::{print_module, PrintOptions};
use kiln_ir::split::split_input;
use std::path::{Path, PathBuf};

// The generic-form mutants, shared with the runtime's tier-0 mutation test.
#[path = "common/mutants.rs"]
mod mutants;
use std::sync::Arc;

/// Lowerings from StableHLO or the tensor level to the llvm dialect, without LLVM itself: every
/// op on its own (the plain conversions, as a custom pipeline runs them), and tier 2's (as
/// `kiln_runtime::jit::tiers` runs it: fusion after the e-graph, library calls, vector math,
/// parallel loops outlined; tier 1's is the same without the e-graph).
const TIER1_LOWERING: &str = "builtin.module(convert-stablehlo-to-tensor,name-dims,shape-infer,convert-tensor-to-loop,math-approximation,convert-loop-to-llvm,convert-arith-to-llvm,convert-vector-to-llvm,convert-func-to-llvm)";
const TIER2_LOWERING: &str = "builtin.module(convert-stablehlo-to-tensor,name-dims,shape-infer,canonicalize,cse,tensor-fusion,convert-tensor-to-loop{library-calls=true},math-approximation,canonicalize,convert-loop-to-llvm{contiguous-entry-arguments=true parallel=true},convert-arith-to-llvm,convert-vector-to-llvm,convert-func-to-llvm)";

fn mlir_files(dir: &Path, out: &mut Vec<PathBuf>) {
    out.extend(mutants::mlir_files(dir));
}

fn check_text(ctx: &Arc<kiln_ir::Context>, text: &str, reg: &kiln_ir::pass::PassRegistry) -> (usize, usize) {
    let cfg = ParseConfig {
        allow_unregistered: true,
        file_name: "t.mlir".into(),
        first_line: 1,
    };
    let mut parsed = 0;
    let mut boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    boundaries.push(text.len());
    for &end in &boundaries {
        let prefix = &text[..end];
        let Ok(mut m) = parse_source(ctx, prefix, &cfg) else {
            continue;
        };
        parsed += 1;
        let root = m.root();
        if kiln_ir::verify::verify(&m, root).is_err() {
            continue;
        }
        // Only the full text and a sample of prefixes go through the passes (cost, not safety).
        if end == text.len() || end % 97 == 0 {
            let mut pm = OpPassManager::parse("builtin.module(inline,canonicalize,cse,dce,symbol-dce)", reg).unwrap();
            let mut ro = RunOptions {
                verify_each: true,
                ..Default::default()
            };
            let _ = pm.run(&mut m, root, &mut ro);
            let printed = print_module(
                &m,
                PrintOptions {
                    generic: true,
                    debug_info: true,
                    ..Default::default()
                },
            );
            parse_source(ctx, &printed, &cfg)
                .unwrap_or_else(|d| panic!("printed IR does not parse: {}\n{printed}", d.message));
        }
        // The full text also goes through import and the tier-1 lowering: errors are fine,
        // panics are not.
        if end == text.len() {
            let mut m = parse_source(ctx, prefix, &cfg).expect("parsed above");
            let root = m.root();
            let mut pm = OpPassManager::parse(
                "builtin.module(convert-stablehlo-to-tensor,name-dims,convert-tensor-to-loop,convert-loop-to-llvm,convert-arith-to-llvm,convert-func-to-llvm)",
                reg,
            )
            .unwrap();
            let mut ro = RunOptions {
                verify_each: true,
                ..Default::default()
            };
            let _ = pm.run(&mut m, root, &mut ro);
        }
    }
    (boundaries.len(), parsed)
}

#[test]
fn every_truncation_prefix_is_handled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    mlir_files(&root.join("test"), &mut files);
    assert!(
        files.len() >= 15,
        "expected the lit test files under test/, found {}",
        files.len()
    );
    let shared = std::env::var("KILN_SHARED_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("../shared"));
    let corpus = shared.join("corpus");
    let mut corpus_files = Vec::new();
    mlir_files(&corpus, &mut corpus_files);
    files.extend(
        corpus_files
            .into_iter()
            .filter(|p| p.to_string_lossy().contains("generic"))
            .take(4),
    );
    files.sort();
    let ctx = Arc::new(kiln_dialects::context());
    let reg = kiln_passes::registry();
    let (mut total, mut ok) = (0, 0);
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        for chunk in split_input(&src) {
            let (t, p) = check_text(&ctx, chunk.text, &reg);
            total += t;
            ok += p;
        }
    }
    // Sanity: the run exercised both outcomes.
    assert!(ok > 100 && ok < total, "parsed {ok} of {total} prefixes");
}

#[test]
fn garbage_bytes_are_diagnosed() {
    let ctx = Arc::new(kiln_dialects::context());
    let cfg = ParseConfig::default();
    for text in [
        "\u{0}\u{1}",
        "%",
        "^",
        "#",
        "!",
        "@",
        "\"",
        "{-#",
        "}}}}",
        "((((",
        "\"a.b\"() : (",
        "func.func @f(%a: tensor<",
        "x = dense<\"0xZZ\">",
        "#a = loc(",
        "\u{feff}func",
        "💥",
    ] {
        let r = parse_source(&ctx, text, &cfg);
        assert!(r.is_err(), "{text:?} should not parse");
    }
}

/// Every op of every lit test, in generic form, with one operand or result too few or too
/// many and its element types swapped: each mutant is a diagnostic at parse or verify, or it
/// survives the generic passes, the import and the tier-1 and tier-2 lowerings. Nothing panics.
#[test]
fn generic_form_mutants_of_every_op_never_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let ctx = Arc::new(kiln_dialects::context());
    let reg = kiln_passes::registry();
    let cfg = mutants::strict_config();
    let pipelines = [
        "builtin.module(canonicalize,cse,inline,symbol-dce)",
        TIER1_LOWERING,
        TIER2_LOWERING,
    ];
    let (mut tried, mut verified, mut panics) = (0usize, 0usize, Vec::new());
    let mut seen = std::collections::HashSet::new();
    for (f, text) in mutants::generic_programs(&ctx, &root.join("test")) {
        for (label, body) in mutants::mutated_modules(&text, &mut seen) {
            tried += 1;
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let Ok(m) = parse_source(&ctx, &body, &cfg) else {
                    return false;
                };
                if kiln_ir::verify::verify(&m, m.root()).is_err() {
                    return false;
                }
                for p in pipelines {
                    let mut m = parse_source(&ctx, &body, &cfg).expect("parsed above");
                    let root = m.root();
                    let mut pm = OpPassManager::parse(p, &reg).unwrap();
                    let mut ro = RunOptions {
                        verify_each: true,
                        ..Default::default()
                    };
                    let _ = pm.run(&mut m, root, &mut ro);
                }
                true
            }));
            match outcome {
                Ok(true) => verified += 1,
                Ok(false) => {}
                Err(p) => {
                    let why = mutants::panic_message(p.as_ref());
                    panics.push(format!("{}: {}\n  {}", f.display(), why, label));
                }
            }
        }
    }
    assert!(
        tried > 1000 && verified > 50,
        "tried {tried} mutants, {verified} verified"
    );
    assert!(
        panics.is_empty(),
        "{} of {tried} mutants panicked:\n{}",
        panics.len(),
        panics.join("\n")
    );
}

/// Every op of the tensor dialect lowers at tiers 1 and 2: some test program that uses it
/// goes through the whole lowering to the llvm dialect without an error. An op no test
/// lowers fails this, with its name.
#[test]
fn every_tensor_op_lowers_in_some_test() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    mlir_files(&root.join("test"), &mut files);
    files.sort();
    let ctx = Arc::new(kiln_dialects::context());
    let reg = kiln_passes::registry();
    let cfg = ParseConfig {
        allow_unregistered: false,
        file_name: "m.mlir".into(),
        first_line: 1,
    };
    let (tier1, tier2) = (TIER1_LOWERING, TIER2_LOWERING);
    let mut lowered: std::collections::HashSet<String> = std::collections::HashSet::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        for chunk in split_input(&src) {
            let Ok(m) = parse_source(&ctx, chunk.text, &cfg) else {
                continue;
            };
            if kiln_ir::verify::verify(&m, m.root()).is_err() {
                continue;
            }
            // The tensor ops the program holds, after import (StableHLO programs too).
            let mut imported = parse_source(&ctx, chunk.text, &cfg).expect("parsed above");
            let root_op = imported.root();
            let mut pm = OpPassManager::parse("builtin.module(convert-stablehlo-to-tensor)", &reg).unwrap();
            if pm.run(&mut imported, root_op, &mut RunOptions::default()).is_err() {
                continue;
            }
            let names: Vec<String> = imported
                .walk(root_op, kiln_ir::Order::Pre)
                .into_iter()
                .map(|o| imported.op_name(o).to_string())
                .filter(|n| n.starts_with("ktensor.") && !lowered.contains(n))
                .collect();
            if names.is_empty() {
                continue;
            }
            let lowers = [tier1, tier2].iter().all(|p| {
                let mut m = parse_source(&ctx, chunk.text, &cfg).expect("parsed above");
                let root_op = m.root();
                let mut pm = OpPassManager::parse(p, &reg).unwrap();
                pm.run(&mut m, root_op, &mut RunOptions::default()).is_ok()
            });
            if lowers {
                lowered.extend(names);
            }
        }
    }
    let missing: Vec<&str> = ctx
        .op_defs()
        .map(|d| d.name.as_str())
        .filter(|n| n.starts_with("ktensor.") && !lowered.contains(*n))
        .collect();
    assert!(lowered.len() > 60, "{} ops lowered", lowered.len());
    assert!(
        missing.is_empty(),
        "tensor ops no test lowers at tiers 1 and 2: {missing:?}"
    );
}
