//! StableHLO and CHLO text (as JAX exports it) through the engine's import
//! (`convert-stablehlo-to-tensor,name-dims`) and then tier 2's whole pass pipeline (fusion,
//! loops, vector math, vectorization, the llvm dialect; not LLVM's code generation): a
//! module that parses and verifies imports and lowers or fails with diagnostics, never a
//! panic, and what imports verifies.
#![no_main]

use kiln_fuzz::{parse_verified, run};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(mut m) = parse_verified(data) else { return };
    if !run(&mut m, kiln_runtime::engine::IMPORT_PIPELINE) {
        return;
    }
    if let Err(ds) = kiln_ir::verify::verify(&m, m.root()) {
        panic!("the import produced IR that does not verify: {}", ds[0].message);
    }
    run(&mut m, kiln_runtime::jit::TIER2_PIPELINE);
});
