//! Kernels of the `func` dialect (`func.return` is a terminator handled by the interpreter).

use super::{Exec, KResult, Kernel};
use crate::tensor::Tensor;
use kiln_ir::{AttrKind, OpId};
use rustc_hash::FxHashMap;

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    k.insert("func.call", call);
    k.insert("llvm.call", call);
}

fn call(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let m = ex.m;
    let callee = match m.attr(op, "callee").map(|a| m.ctx().attr(a)) {
        Some(AttrKind::SymbolRef { root, .. }) => m.ctx().str(*root).to_string(),
        _ => return Err("call without a callee".into()),
    };
    let f = kiln_ir::symbol::lookup_nearest(m, op, &callee).ok_or_else(|| format!("unknown function '@{callee}'"))?;
    Ok(ex.call_function(f, &ins)?)
}
