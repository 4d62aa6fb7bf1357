//! Kernels of the `kiln` dialect.

use super::tensor::int;
use super::{Exec, KResult, Kernel};
use crate::tensor::Tensor;
use kiln_ir::OpId;
use rustc_hash::FxHashMap;

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    k.insert("kiln.guard", guard);
}

/// Fails with the binding it expected and what it got; the engine then runs the generic
/// version (see the `kiln` dialect).
fn guard(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let want = int(ex, op, "equals")?;
    let v = &ins[0];
    let (got, what) = match ex.m.attr(op, "dim").and_then(|a| ex.ctx().attr_int(a)) {
        Some(d) => (
            *v.shape().get(d as usize).ok_or("guard dimension out of range")? as i64,
            format!("dimension {d}"),
        ),
        None => (
            v.int_value().ok_or("a value guard expects one integer")?,
            "value".to_string(),
        ),
    };
    if got == want {
        return Ok(Vec::new());
    }
    let name =
        ex.m.attr(op, "symbol")
            .and_then(|a| ex.ctx().attr_str(a))
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
    Err(format!("guard failed: {what}{name} is {got}, the specialization expects {want}").into())
}
