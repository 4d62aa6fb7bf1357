//! Malformed input never panics: every truncation prefix of every lit test file (and of the JAX
//! corpus) either parses or gives a diagnostic; what parses and verifies also survives the
//! generic passes and prints something that parses again.

use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::pass::{OpPassManager, RunOptions};
use kiln_ir::printer::{print_module, PrintOptions};
use kiln_ir::split::split_input;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn mlir_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            mlir_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "mlir") {
            out.push(p);
        }
    }
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
