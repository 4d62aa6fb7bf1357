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

/// Both tiers start with `decompose`, which rewrites an embedder's ops into ops the lowerings
/// know (a no-op on modules without such ops).
///
/// Tier 1, the baseline: the cheap half of tier 2. Greedy fusion without the e-graph
/// (`tensor-fusion{egraph=false}`), contractions as calls of the runtime's GEMM, the
/// vector-math expansions (scaling by 2^n in one `vscalefps` on AVX-512 hosts:
/// `ldexp=host`), Kiln's loop vectorizer and parallel loops, then a short LLVM
/// pipeline of cleanups ([`super::orc::CodegenOptions::FAST`]). Entry functions take the
/// runtime's contiguous buffers (`contiguous-entry-arguments`): strides are products of the
/// extents.
pub const TIER1_PIPELINE: &str = "builtin.module(decompose,canonicalize,cse,shape-infer,tensor-fusion{egraph=false},convert-tensor-to-loop{library-calls=true},math-approximation{ldexp=host},vectorize-loops,convert-loop-to-llvm{contiguous-entry-arguments=true parallel=true},convert-vector-to-llvm,convert-arith-to-llvm,convert-func-to-llvm)";

/// Tier 2: cleanups and shape inference at the tensor level, e-graph fusion, matrix products
/// as calls of the runtime's GEMM, cleanups again at the loop level (the lowering leaves
/// redundant index arithmetic), Kiln's loop vectorizer (then cleanups of its index
/// arithmetic), contiguous entry arguments, then LLVM `default<O2>` (without loop unrolling)
/// for the host CPU.
pub const TIER2_PIPELINE: &str = "builtin.module(decompose,canonicalize,cse,shape-infer,tensor-fusion,convert-tensor-to-loop{library-calls=true},math-approximation{ldexp=host},canonicalize,cse,vectorize-loops,canonicalize,cse,convert-loop-to-llvm{contiguous-entry-arguments=true parallel=true},convert-vector-to-llvm,convert-arith-to-llvm,convert-func-to-llvm)";

/// Tier 1's codegen level: no optimization, so LLVM uses fast instruction selection and the
/// fast register allocator. Measured on K1-K7 with Kiln's vectorizer (1 thread): compiles take
/// 4-13 ms at `None` against 6-21 ms at `Less`; `Less`'s code is up to 2.2x faster (K4
/// layernorm 0.85 against 1.87 ms), which is tier 2's job. Before fusion, vector math and
/// vectorization came to tier 1, its scalar loops ran 2-100x slower than the interpreter.
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
