//! Kiln's dialects. Each op is declared once, as an [`OpDef`](kiln_ir::OpDef) literal holding
//! its traits, inherent attributes, verifier, folder, canonicalization patterns and syntax.

pub mod arith;
pub mod builders;
pub mod elementwise;
pub mod func;
pub mod kiln;
pub mod llvm;
#[path = "loop.rs"]
pub mod loops;
pub mod math;
pub mod stablehlo;
pub mod syntax;
pub mod tensor;
pub mod tensor_indexing;
pub mod tensor_regions;
pub mod vector;

use kiln_ir::Context;

/// Registers every Kiln dialect in `ctx`.
pub fn register_all(ctx: &mut Context) {
    ctx.register_dialect(func::dialect());
    ctx.register_dialect(arith::dialect());
    ctx.register_dialect(math::dialect());
    ctx.register_dialect(tensor::dialect());
    ctx.register_dialect(loops::dialect());
    ctx.register_dialect(vector::dialect());
    ctx.register_dialect(llvm::dialect());
    ctx.register_dialect(stablehlo::dialect());
    ctx.register_dialect(stablehlo::chlo_dialect());
    ctx.register_dialect(kiln::dialect());
}

/// A context with every Kiln dialect registered.
pub fn context() -> Context {
    let mut c = Context::new();
    register_all(&mut c);
    c
}
