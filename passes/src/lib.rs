//! Kiln's passes. [`register_all`] adds every pass to a registry, which is what `jit-opt` and the
//! runtime's tier pipelines draw from.

pub mod arith_to_llvm;
pub mod canonicalize;
pub mod cse;
pub mod dce;
pub mod decompose;
pub mod func_to_llvm;
pub mod fusion;
pub mod inline;
pub mod loop_to_llvm;
pub mod math_approx;
pub mod name_dims;
pub mod outline_parallel;
pub mod runtime_abi;
pub mod shape_infer;
pub mod shape_specialize;
pub mod specialize;
mod stablehlo_convolution;
pub mod stablehlo_to_tensor;
mod stablehlo_unsigned;
pub mod symbol_dce;
pub mod tensor_to_loop;
pub mod to_llvm;
pub mod vector_to_llvm;
pub mod vectorize;

use kiln_ir::pass::PassRegistry;

/// Registers every pass of this crate.
pub fn register_all(reg: &mut PassRegistry) {
    reg.register(canonicalize::info());
    reg.register(cse::info());
    reg.register(dce::info());
    reg.register(decompose::info());
    reg.register(symbol_dce::info());
    reg.register(inline::info());
    reg.register(name_dims::info());
    reg.register(shape_infer::info());
    reg.register(shape_specialize::info());
    reg.register(specialize::info());
    reg.register(stablehlo_to_tensor::info());
    reg.register(fusion::info());
    reg.register(tensor_to_loop::info());
    reg.register(loop_to_llvm::info());
    reg.register(math_approx::info());
    reg.register(arith_to_llvm::info());
    reg.register(func_to_llvm::info());
    reg.register(vector_to_llvm::info());
    reg.register(vectorize::info());
}

/// A registry holding every pass.
pub fn registry() -> PassRegistry {
    let mut r = PassRegistry::new();
    register_all(&mut r);
    r
}

/// Every pass of this crate plus the passes registered on `ctx`
/// ([`kiln_ir::Context::register_pass`]), which take precedence: the registry pipelines run
/// on `ctx`'s modules draw from.
pub fn registry_for(ctx: &kiln_ir::Context) -> PassRegistry {
    let mut r = registry();
    r.extend(ctx.passes());
    r
}
