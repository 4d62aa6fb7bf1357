//! Kiln's runtime layer. It will hold host tensors and the call ABI, the tier-0 interpreter, LLVM
//! IR translation and ORC execution, and the tiered engine (see DESIGN.md and ARCHITECTURE.md).
//!
//! For now it holds only the tier pipelines that exist: the passes a tier runs are a named
//! textual pipeline, so `jit-opt` and the runtime agree on them.

use kiln_ir::pass::{OpPassManager, PassRegistry};

/// The textual pipeline run before any tier compiles a module: generic cleanups that need only
/// the IR core. Later tiers extend it with lowering and LLVM stages.
pub const CLEANUP_PIPELINE: &str = "builtin.module(inline,canonicalize,cse,symbol-dce)";

/// Builds the cleanup pipeline from `reg`.
pub fn cleanup_pipeline(reg: &PassRegistry) -> Result<OpPassManager, String> {
    OpPassManager::parse(CLEANUP_PIPELINE, reg)
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
