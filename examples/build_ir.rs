//! For frontend authors: build a function with the Rust builder API (no text), register a
//! dialect of your own, verify, optimize and print.
//!
//! Run with `cargo run -p kiln --example build_ir`.

use kiln::dialects::builders::build_func;
use kiln::ir::registry::{DialectDef, OpDef, Traits};
use std::sync::Arc;

fn main() -> Result<(), kiln::Error> {
    // A frontend dialect with one pure op, registered next to Kiln's own.
    let mut ctx = kiln::dialects::context();
    let mut mine = DialectDef::new("toy", "A frontend's own ops");
    mine.ops.push(OpDef {
        traits: Traits::PURE,
        ..OpDef::new("toy.square", "x * x")
    });
    ctx.register_dialect(mine);
    let ctx = Arc::new(ctx);

    let loc = ctx.file_loc("model.py", 1, 1);
    let mut m = kiln::Module::new(ctx.clone(), loc);
    let i32 = ctx.i32();

    // func.func @f(%x: i32) -> i32 { (x + 0) squared, computed twice, returned once }, with
    // the typed builders (`one` creates an op that has no typed builder, such as a frontend's).
    build_func(&mut m, "f", &[i32], &[i32], |b, args| {
        let zero = b.constant_int(i32, 0);
        let s = b.addi(args[0], zero);
        let sq1 = b.one("toy.square", &[s], vec![], i32);
        let sq2 = b.one("toy.square", &[s], vec![], i32);
        vec![b.addi(sq1, sq2)]
    });

    kiln::verify(&m)?;
    println!("// built:\n{}", kiln::print(&m));
    kiln::run_pipeline(&mut m, "builtin.module(canonicalize,cse)")?;
    println!("// after canonicalize,cse:\n{}", kiln::print(&m));
    Ok(())
}
