//! The compiled tiers, each a named textual pipeline plus LLVM settings, so that any compile
//! the engine runs can be reproduced offline with `jit-opt --tier=N`.

use super::orc::CodegenOptions;
use inkwell::OptimizationLevel;

/// One compiled tier.
#[derive(Copy, Clone, Debug)]
pub struct TierSpec {
    /// 1 (baseline) or 2 (optimizing).
    pub tier: u8,
    /// The Kiln pipeline that lowers a tensor-level module to the `llvm` dialect.
    pub pipeline: &'static str,
    /// LLVM's code generation level (instruction selection, register allocation).
    pub codegen: OptimizationLevel,
    /// The LLVM IR pass pipeline run before code generation.
    pub ir_passes: CodegenOptions,
}

/// Tier 1: lowering only, LLVM at a fast setting. Entry functions take the runtime's
/// contiguous buffers (`contiguous-entry-arguments`): strides are products of the extents.
pub const TIER1_PIPELINE: &str =
    "builtin.module(convert-tensor-to-loop,convert-loop-to-llvm{contiguous-entry-arguments=true},convert-vector-to-llvm,convert-arith-to-llvm,convert-func-to-llvm)";

/// Tier 2: cleanups and shape inference at the tensor level, matrix products as calls of the
/// runtime's GEMM, cleanups again at the loop level (the lowering leaves redundant index
/// arithmetic), contiguous entry arguments, then LLVM `default<O2>` (without loop unrolling)
/// for the host CPU.
pub const TIER2_PIPELINE: &str = "builtin.module(canonicalize,cse,shape-infer,tensor-fusion,convert-tensor-to-loop{library-calls=true},math-approximation,canonicalize,cse,convert-loop-to-llvm{contiguous-entry-arguments=true parallel=true},convert-vector-to-llvm,convert-arith-to-llvm,convert-func-to-llvm)";

/// Tier 1's codegen level: no optimization, so LLVM uses fast instruction selection. Measured
/// on the MLP block (K5, batch 64): about 5 ms to compile at `None` against 22 ms at `Less`,
/// whose code runs 4x faster. Tier 1 runs on first calls, so compile time wins; speed is tier 2's.
pub const TIER1_CODEGEN: OptimizationLevel = OptimizationLevel::None;

/// The compiled tiers, in order.
pub const TIERS: [TierSpec; 2] = [
    TierSpec {
        tier: 1,
        pipeline: TIER1_PIPELINE,
        codegen: TIER1_CODEGEN,
        ir_passes: CodegenOptions::FAST,
    },
    TierSpec {
        tier: 2,
        pipeline: TIER2_PIPELINE,
        codegen: OptimizationLevel::Default,
        ir_passes: CodegenOptions::OPTIMIZED,
    },
];

/// The spec of compiled tier `tier` (1 or 2).
pub fn tier_spec(tier: u8) -> Option<&'static TierSpec> {
    TIERS.iter().find(|t| t.tier == tier)
}
