//! MLIR text in every form Kiln reads (generic and pretty, any dialect): parsing and
//! verifying never panics, and a module that verifies prints, in both forms, text that
//! parses and verifies again (the printer and the parser agree).
#![no_main]

use kiln_fuzz::{config, context, parse_verified};
use kiln_ir::parser::parse_source;
use kiln_ir::printer::{print_module, PrintOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(m) = parse_verified(data) else { return };
    for generic in [false, true] {
        let printed = print_module(
            &m,
            PrintOptions {
                generic,
                ..Default::default()
            },
        );
        let again = parse_source(&context(), &printed, &config()).unwrap_or_else(|d| {
            panic!(
                "printed text does not parse (generic: {generic}): {}\n{printed}",
                d.message
            )
        });
        if let Err(ds) = kiln_ir::verify::verify(&again, again.root()) {
            panic!(
                "printed text does not verify (generic: {generic}): {}\n{printed}",
                ds[0].message
            );
        }
    }
});
