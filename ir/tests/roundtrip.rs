//! Round trips over the shared corpus and the invariants of use lists and dominance.

use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::printer::{print_module, PrintOptions};
use kiln_ir::Context;
use std::sync::Arc;

fn cfg() -> ParseConfig {
    ParseConfig {
        allow_unregistered: true,
        file_name: "t.mlir".into(),
        first_line: 1,
    }
}

fn corpus_files() -> Vec<std::path::PathBuf> {
    let shared = std::env::var("KILN_SHARED_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    let root = shared.join("corpus");
    let mut v = Vec::new();
    if let Ok(rd) = std::fs::read_dir(&root) {
        for e in rd.flatten() {
            if e.path().is_dir() {
                for f in std::fs::read_dir(e.path()).unwrap().flatten() {
                    if f.path().extension().is_some_and(|x| x == "mlir")
                        && f.path().to_string_lossy().contains("generic")
                    {
                        v.push(f.path());
                    }
                }
            }
        }
    }
    v.sort();
    v
}

#[test]
fn corpus_generic_round_trips() {
    let files = corpus_files();
    assert!(
        files.len() >= 14,
        "expected the shared JAX corpus beside the project, found {} files",
        files.len()
    );
    for f in files {
        let ctx = Arc::new(Context::new());
        let src = std::fs::read_to_string(&f).unwrap();
        let m = parse_source(&ctx, &src, &cfg()).unwrap_or_else(|d| panic!("{}: {}", f.display(), d.message));
        let opts = PrintOptions {
            generic: true,
            debug_info: false,
            ..Default::default()
        };
        let p1 = print_module(&m, opts);
        let m2 =
            parse_source(&ctx, &p1, &cfg()).unwrap_or_else(|d| panic!("reparse {}: {}\n{p1}", f.display(), d.message));
        let p2 = print_module(&m2, opts);
        assert_eq!(p1, p2, "{}", f.display());
        kiln_ir::verify::verify(&m2, m2.root()).unwrap();
    }
}
