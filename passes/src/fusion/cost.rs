//! The cost model of fusion: bytes moved to and from memory, floating-point work and loop
//! nests. Symbolic extents count as `SYMBOLIC_EXTENT` elements: the model ranks choices, it
//! does not predict times.

use super::plan::{self, Role};
use kiln_ir::{Dim, Module, OpId, Value};
use rustc_hash::FxHashSet;

/// What an extent that is not a constant counts as.
pub const SYMBOLIC_EXTENT: u64 = 1024;

/// The cost of running some ops.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Cost {
    /// Bytes read and written in memory.
    pub bytes: u64,
    /// Arithmetic, in element operations (a transcendental function counts as 10).
    pub flops: u64,
    /// Loop nests (each one a pass over its data).
    pub nests: u64,
}

impl Cost {
    /// One number to compare by: memory traffic dominates on these kernels (a byte costs about
    /// as much as 4 element operations on one core), plus a fixed price per nest.
    pub fn scalar(&self) -> u64 {
        self.bytes
            .saturating_mul(4)
            .saturating_add(self.flops)
            .saturating_add(self.nests.saturating_mul(4096))
    }
}

impl std::fmt::Display for Cost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} bytes, {} flops, {} nests", self.bytes, self.flops, self.nests)
    }
}

/// Elements of a value (symbolic extents estimated).
pub fn elements(m: &Module, v: Value) -> u64 {
    plan::dims(m, v)
        .iter()
        .map(|d| match d {
            Dim::Const(c) => (*c).max(0) as u64,
            _ => SYMBOLIC_EXTENT,
        })
        .fold(1u64, |a, b| a.saturating_mul(b))
}

/// Bytes of a value.
pub fn bytes(m: &Module, v: Value) -> u64 {
    let ctx = m.ctx();
    let t = m.value_type(v);
    let e = ctx.ty(t).element_type().unwrap_or(t);
    let w = ctx.bit_width(e).map_or(4, |b| (b as u64).div_ceil(8));
    elements(m, v).saturating_mul(w)
}

/// The work of an elementwise op per element: 10 for a transcendental function, else 1.
pub fn flops_per_element(m: &Module, op: OpId) -> u64 {
    flops_per_name(m.op_name(op))
}

/// [`flops_per_element`] by op name.
pub fn flops_per_name(name: &str) -> u64 {
    match name {
        "ktensor.exp" | "ktensor.log" | "ktensor.tanh" | "ktensor.erf" | "ktensor.sigmoid" | "ktensor.pow"
        | "ktensor.sin" | "ktensor.cos" | "ktensor.tan" | "ktensor.expm1" | "ktensor.log1p" | "ktensor.atan2"
        | "ktensor.cbrt" | "ktensor.asinh" => 10,
        _ => 1,
    }
}

/// The work of one op per element of its result (or operand, for a reduction).
fn flops(m: &Module, op: OpId) -> u64 {
    match plan::role(m, op) {
        Some(Role::Reduce) => elements(m, m.operand_value(op, 0)),
        Some(Role::Elementwise) => flops_per_element(m, op) * elements(m, m.result(op, 0)),
        _ => 0,
    }
}

/// Each op its own nest: every operand read and every result written (broadcasts read in
/// place by their users, unless the broadcast is the result itself; splats free).
pub fn unfused(m: &Module, ops: &[OpId]) -> Cost {
    let mut c = Cost::default();
    let inside: FxHashSet<OpId> = ops.iter().copied().collect();
    for &op in ops {
        match plan::role(m, op) {
            Some(Role::Splat) | None => continue,
            Some(Role::Broadcast) if m.uses(m.result(op, 0)).all(|u| inside.contains(&u.op)) => continue,
            _ => {}
        }
        c.nests += 1;
        c.flops += flops(m, op);
        c.bytes += m.operands(op).map(|v| bytes(m, v)).sum::<u64>() + bytes(m, m.result(op, 0));
    }
    c
}

/// One nest (plus one inner pass per reduction): each input read once per pass that reads
/// it, the root written once.
pub fn fused(m: &Module, ops: &[OpId]) -> Cost {
    let inside: FxHashSet<OpId> = ops.iter().copied().collect();
    let mut inputs: Vec<Value> = Vec::new();
    let mut c = Cost::default();
    for &op in ops {
        c.flops += flops(m, op);
        if plan::role(m, op) == Some(Role::Reduce) {
            c.nests += 1;
        }
        for v in m.operands(op) {
            let outside = m
                .defining_op(v)
                .is_none_or(|d| !inside.contains(&d) && plan::role(m, d) != Some(Role::Splat));
            if outside && !inputs.contains(&v) {
                inputs.push(v);
            }
        }
    }
    c.nests += 1;
    // Each pass of the nest (the reductions' and the results') reads the inputs it needs; a
    // row of the inputs usually stays in cache between passes, so count them once.
    c.bytes = inputs.iter().map(|&v| bytes(m, v)).sum::<u64>();
    if let Some(&last) = ops.last() {
        c.bytes += bytes(m, m.result(last, 0));
    }
    c
}
