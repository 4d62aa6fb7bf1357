//! Kiln's dialects. Each op is declared once, as an [`OpDef`](kiln_ir::OpDef) literal holding
//! its traits, inherent attributes, verifier, folder, canonicalization patterns and syntax.

pub mod approx;
pub mod arith;
pub mod builders;
pub mod elementwise;
pub mod func;
pub mod kiln;
pub mod ldexp;
pub mod llvm;
mod llvm_syntax;
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
    ctx.register_dialect(math::kmath_dialect());
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

#[cfg(test)]
mod arity_tests {
    use kiln_ir::registry::Arity;

    /// Every op declares how many operands and results it takes, except the truly variadic
    /// ones named here (each for its reason): the verifier checks arity before any hook.
    #[test]
    fn every_op_declares_its_arity() {
        // Operands and results both follow a signature or a region's values.
        let variadic = [
            "builtin.unrealized_conversion_cast", // N:M casts
            "func.call",                          // the callee's signature
            "llvm.call",                          // the callee's signature
            "llvm.call_intrinsic",                // the intrinsic's signature (operands only)
            "func.return",                        // the function's results (operands only)
            "llvm.br",                            // the successor's arguments (operands only)
            "loop.alloc",                         // one index per dynamic extent (operands only)
            "loop.for",                           // iter_args (results)
            "loop.if",                            // yielded values (results)
            "loop.while",                         // state in buffers; cond operands
            "loop.yield",                         // the parent's results
            "stablehlo.case",                     // the branches' results
            "stablehlo.composite",                // the decomposition's signature
            "stablehlo.custom_call",              // whatever the target takes
            "stablehlo.if",                       // the branches' results
            "stablehlo.optimization_barrier",     // passes any values through
            "stablehlo.return",                   // the region's results
            "stablehlo.while",                    // carried values
            "ktensor.fused",                      // the fused body's inputs and outputs
            "ktensor.if",                         // the branches' results
            "ktensor.while",                      // carried values
            "ktensor.yield",                      // the region's results
        ];
        let ctx = super::context();
        let undeclared: Vec<String> = ctx
            .op_defs()
            .filter(|d| (d.operands == Arity::Any || d.results == Arity::Any) && !variadic.contains(&d.name.as_str()))
            .map(|d| d.name.clone())
            .collect();
        assert!(undeclared.is_empty(), "ops without an arity: {undeclared:?}");
    }
}
