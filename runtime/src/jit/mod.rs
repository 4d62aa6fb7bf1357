//! Native execution: translation of the `llvm` dialect to LLVM IR and the ORC JIT.

mod builtins;
pub mod conv;
pub mod native;
pub mod orc;
pub mod parallel;
pub mod pool;
pub mod tiers;
pub mod translate;
mod trap;

pub use inkwell::OptimizationLevel as OptLevel;
pub use native::{Artifact, ArtifactMeta, Lowered, NativeError, NativeModule, PackedCode};
pub use orc::{runtime_symbols, CodegenOptions, CompiledModule, Jit, JitError, Object, PackedFn};
pub use tiers::{tier_spec, TierSpec, TIER1_CODEGEN, TIER1_PIPELINE, TIER2_PIPELINE, TIERS};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runtime_function_of_the_abi_is_defined() {
        let defined: Vec<&str> = orc::runtime_symbols().iter().map(|(f, _)| f.name).collect();
        for f in kiln_passes::runtime_abi::ALL {
            assert!(defined.contains(&f.name), "{} has no definition", f.name);
        }
        assert_eq!(defined.len(), kiln_passes::runtime_abi::ALL.len(), "{defined:?}");
    }
    use kiln_ir::parser::{parse_source, ParseConfig};
    use std::ffi::c_void;
    use std::sync::Arc;

    const SUM: &str = r#"
llvm.func @expf(f32) -> f32
llvm.func @sum(%p: !llvm.ptr, %n: i64) -> f32 {
  %c0 = llvm.mlir.constant(0 : i64) : i64
  %c1 = llvm.mlir.constant(1 : i64) : i64
  %z = llvm.mlir.constant(0.000000e+00 : f32) : f32
  llvm.br ^loop(%c0, %z : i64, f32)
^loop(%i: i64, %acc: f32):
  %done = llvm.icmp %i, %n {predicate = "sge"} : (i64, i64) -> i1
  llvm.cond_br %done, ^exit(%acc : f32), ^body
^body:
  %q = llvm.getelementptr %p, %i {elem_type = f32} : (!llvm.ptr, i64) -> !llvm.ptr
  %v = llvm.load %q {alignment = 4 : i64} : (!llvm.ptr) -> f32
  %e = llvm.call @expf(%v) : (f32) -> f32
  %s = llvm.fadd %acc, %e : f32
  %i2 = llvm.add %i, %c1 : i64
  llvm.br ^loop(%i2, %s : i64, f32)
^exit(%r: f32):
  llvm.return %r : f32
}
"#;

    fn module(text: &str) -> kiln_ir::Module {
        let ctx = Arc::new(kiln_dialects::context());
        parse_source(&ctx, text, &ParseConfig::default()).expect("parses")
    }

    #[test]
    fn compiles_and_calls_a_loop_with_a_libm_call() {
        let m = module(SUM);
        let jit = Jit::new(inkwell::OptimizationLevel::Less).unwrap();
        let code = jit.compile(&m, m.root(), CodegenOptions::FAST).unwrap();
        let f = code.packed("sum").expect("packed entry");
        let data = [0.0f32, 1.0, 2.0];
        let (mut p, mut n, mut out) = (data.as_ptr(), data.len() as i64, 0f32);
        let mut args: [*mut c_void; 3] = [
            (&mut p as *mut *const f32).cast(),
            (&mut n as *mut i64).cast(),
            (&mut out as *mut f32).cast(),
        ];
        unsafe { f(args.as_mut_ptr()) };
        let want: f32 = data.iter().map(|x| x.exp()).sum();
        assert!((out - want).abs() < 1e-5, "{out} vs {want}");
        // The optimizing pipeline gives the same answer; dropping the code frees it.
        let code2 = jit.compile(&m, m.root(), CodegenOptions::OPTIMIZED).unwrap();
        drop(code);
        let mut out2 = 0f32;
        args[2] = (&mut out2 as *mut f32).cast();
        unsafe { code2.packed("sum").unwrap()(args.as_mut_ptr()) };
        assert_eq!(out, out2);
    }

    #[test]
    fn emits_llvm_ir_and_reports_untranslatable_ops() {
        let m = module(SUM);
        let jit = Jit::new(inkwell::OptimizationLevel::Less).unwrap();
        let ir = jit.emit_llvm(&m, m.root(), CodegenOptions::FAST).unwrap();
        assert!(ir.contains("define float @sum(ptr %0, i64 %1)"), "{ir}");
        assert!(ir.contains("phi float"), "{ir}");
        let bad = module("llvm.func @g(tensor<4xf32>) -> f32");
        let e = jit
            .compile(&bad, bad.root(), CodegenOptions::FAST)
            .err()
            .expect("fails");
        assert!(e.to_string().contains("has no LLVM translation"), "{e}");
    }
}
