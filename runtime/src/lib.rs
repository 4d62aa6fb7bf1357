//! Kiln's runtime layer: host tensors and their files, the tier-0 interpreter, LLVM
//! translation, ORC execution and the tiered engine.

pub mod engine;
pub mod interp;
pub mod io;
pub mod jit;
pub mod limits;
pub mod tensor;

pub use interp::{Interpreter, RuntimeError};
pub use tensor::{DType, Element, Tensor, TensorError};

use kiln_ir::pass::{OpPassManager, PassRegistry};

/// The textual pipeline run before any tier compiles a module: generic cleanups that need only
/// the IR core. Later tiers extend it with lowering and LLVM stages.
pub const CLEANUP_PIPELINE: &str = "builtin.module(inline,canonicalize,cse,symbol-dce)";

/// Builds the cleanup pipeline from `reg`.
pub fn cleanup_pipeline(reg: &PassRegistry) -> Result<OpPassManager, String> {
    OpPassManager::parse(CLEANUP_PIPELINE, reg)
}

/// Sends Kiln's `tracing` logs to stderr, filtered by `filter` (a `tracing` filter such as
/// `kiln::engine=info,kiln_passes=debug`), else by `$KILN_LOG`, else `warn`. Returns false
/// when a global subscriber was already installed (then this one is not).
pub fn init_logging(filter: Option<&str>) -> bool {
    let filter = filter
        .map(str::to_string)
        .or_else(|| std::env::var("KILN_LOG").ok())
        .unwrap_or_else(|| "warn".into());
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .try_init()
        .is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn cleanup_pipeline_parses_and_round_trips() {
        let reg = kiln_passes::registry();
        let pm = super::cleanup_pipeline(&reg).unwrap();
        assert_eq!(pm.len(), 4);
        assert!(pm.to_pipeline_string().starts_with("builtin.module(inline{"));
    }
}
