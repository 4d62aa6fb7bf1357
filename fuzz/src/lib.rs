//! What the fuzz targets share: parsing fuzz input as a module, and running a pipeline the
//! way the engine and `jit-opt` do.

use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::pass::{OpPassManager, RunOptions};
use kiln_ir::{Context, Module};
use std::sync::Arc;

/// A context with every Kiln dialect, made once per process (the targets run millions of
/// inputs; building the op registry each time would dominate).
pub fn context() -> Arc<Context> {
    static CTX: std::sync::OnceLock<Arc<Context>> = std::sync::OnceLock::new();
    CTX.get_or_init(|| Arc::new(kiln_dialects::context())).clone()
}

/// The parse configuration of every target: the file name diagnostics carry.
pub fn config() -> ParseConfig {
    ParseConfig {
        file_name: "fuzz.mlir".into(),
        ..Default::default()
    }
}

/// The input as a module that parses and verifies, if it is one.
pub fn parse_verified(data: &[u8]) -> Option<Module> {
    let text = std::str::from_utf8(data).ok()?;
    let m = parse_source(&context(), text, &config()).ok()?;
    kiln_ir::verify::verify(&m, m.root()).ok()?;
    Some(m)
}

/// Runs `pipeline` with verification after each pass; true when it succeeded without errors.
pub fn run(m: &mut Module, pipeline: &str) -> bool {
    let reg = kiln_passes::registry_for(m.ctx());
    let mut pm = OpPassManager::parse(pipeline, &reg).expect("a valid pipeline");
    let mut ro = RunOptions {
        verify_each: true,
        ..Default::default()
    };
    let root = m.root();
    let ok = pm.run(m, root, &mut ro).is_ok();
    ok && !ro.diags.iter().any(|d| d.severity == kiln_ir::Severity::Error)
}
