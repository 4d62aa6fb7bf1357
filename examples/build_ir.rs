//! For frontend authors: build a function with the Rust builder API (no text), register a
//! dialect of your own, verify, optimize and print.
//!
//! Run with `cargo run -p kiln --example build_ir`.

use kiln::ir::registry::{DialectDef, OpDef, Traits};
use kiln::{Builder, OperationState};
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

    // func.func @f(%x: i32) -> i32 { (x + 0) squared, computed twice, returned once }
    let (body, entry) = Builder::region_with_block(&mut m, &[i32], loc);
    let mut f = OperationState::new(ctx.sym("func.func"), loc);
    f.props.push((ctx.sym("sym_name"), ctx.str_attr("f")));
    f.props.push((
        ctx.sym("function_type"),
        ctx.type_attr(ctx.function_type(&[i32], &[i32])),
    ));
    f.regions.push(body);
    Builder::at_end(m.body()).create(&mut m, f);

    let b = Builder::at_end(entry);
    let x = m.block_args(entry)[0];
    let zero = b.op(
        &mut m,
        "arith.constant",
        &[],
        &[i32],
        &[("value", ctx.int_attr(0, i32))],
        loc,
    );
    let z = m.result(zero, 0);
    let sum = b.op(&mut m, "arith.addi", &[x, z], &[i32], &[], loc);
    let s = m.result(sum, 0);
    let sq1 = b.op(&mut m, "toy.square", &[s], &[i32], &[], loc);
    let sq2 = b.op(&mut m, "toy.square", &[s], &[i32], &[], loc);
    let (r1, r2) = (m.result(sq1, 0), m.result(sq2, 0));
    let total = b.op(&mut m, "arith.addi", &[r1, r2], &[i32], &[], loc);
    let t = m.result(total, 0);
    b.op(&mut m, "func.return", &[t], &[], &[], loc);

    kiln::verify(&m)?;
    println!("// built:\n{}", kiln::print(&m));
    kiln::run_pipeline(&mut m, "builtin.module(canonicalize,cse)")?;
    println!("// after canonicalize,cse:\n{}", kiln::print(&m));
    Ok(())
}
