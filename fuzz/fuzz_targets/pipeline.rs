//! The textual pass-pipeline syntax (`builtin.module(canonicalize{max-iterations=2},cse)`):
//! parsing a pipeline and building its pass manager (pass names, nesting, option values)
//! fails with a message or succeeds, never a panic; a pipeline that builds runs on a small
//! module without panicking.
#![no_main]

use kiln_fuzz::{config, context};
use kiln_ir::parser::parse_source;
use kiln_ir::pass::{OpPassManager, RunOptions};
use libfuzzer_sys::fuzz_target;

const MODULE: &str = "func.func @f(%x: tensor<Nx4xf32>) -> tensor<Nx4xf32> {
  %0 = ktensor.add %x, %x : tensor<Nx4xf32>
  %1 = ktensor.exp %0 : tensor<Nx4xf32>
  return %1 : tensor<Nx4xf32>
}";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = kiln_ir::pass::parse_pipeline(text);
    let ctx = context();
    let reg = kiln_passes::registry_for(&ctx);
    let Ok(mut pm) = OpPassManager::parse(text, &reg) else {
        return;
    };
    let mut m = parse_source(&ctx, MODULE, &config()).expect("the module parses");
    let root = m.root();
    let _ = pm.run(&mut m, root, &mut RunOptions::default());
});
