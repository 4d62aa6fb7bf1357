//! Which tiers can run a loaded module, decided at load time: a module with an op some tier
//! cannot run is rejected for that tier with the op's location, never at the first call.

use crate::interp::can_interpret;
use kiln_ir::{Diagnostic, Module, OpId, Order};
use rustc_hash::FxHashSet;

/// The dialects the native tiers' lowerings know (`stablehlo` and `chlo` are imported before).
const COMPILED_DIALECTS: [&str; 10] = [
    "builtin", "func", "arith", "math", "kmath", "ktensor", "loop", "kvector", "kiln", "llvm",
];

/// Rounds of decomposition at load before giving up (a decomposition that rebuilds its op).
const MAX_ROUNDS: usize = 16;

/// Decomposes the ops tier 0 can run only through their decomposition (no kernel), so the
/// interpreter sees ops it knows. Ops with a kernel stay: tier 0 runs the kernel, and the
/// native tiers' `decompose` pass rewrites them.
pub(super) fn decompose_for_tier0(m: &mut Module) -> Result<(), Diagnostic> {
    let root = m.root();
    for _ in 0..MAX_ROUNDS {
        let work: Vec<OpId> = m
            .walk(root, Order::Pre)
            .into_iter()
            .filter(|&op| !can_interpret(m, op) && m.op_def(op).is_some_and(|d| d.decompose.is_some()))
            .collect();
        if work.is_empty() {
            return Ok(());
        }
        for op in work {
            if m.is_alive(op) {
                kiln_passes::decompose::decompose_one(m, op)?;
            }
        }
    }
    Ok(())
}

/// The first op of the module tier 0 cannot run, as an error.
pub(super) fn check_tier0(m: &Module) -> Result<(), Diagnostic> {
    let root = m.root();
    match m
        .walk(root, Order::Pre)
        .into_iter()
        .find(|&op| op != root && !can_interpret(m, op))
    {
        None => Ok(()),
        Some(op) => Err(Diagnostic::error(m.loc(op), cannot_run(m, op, 0))),
    }
}

/// The first op that function `f` (or a function it calls) holds and the native tiers cannot
/// lower, as an error.
pub(super) fn check_native(m: &Module, f: OpId, tier: u8) -> Result<(), Diagnostic> {
    let mut bad = None;
    walk_reachable(m, f, |op| {
        bad = (!compilable(m, op)).then_some(op);
        bad.is_none()
    });
    match bad {
        None => Ok(()),
        Some(op) => Err(Diagnostic::error(m.loc(op), cannot_run(m, op, tier))),
    }
}

/// Visits every op of function `f` and of the functions it calls, transitively (each once),
/// until `visit` returns false.
pub(super) fn walk_reachable(m: &Module, f: OpId, mut visit: impl FnMut(OpId) -> bool) {
    let mut seen = FxHashSet::default();
    let mut stack = vec![f];
    while let Some(g) = stack.pop() {
        if !seen.insert(g) {
            continue;
        }
        for op in m.walk(g, Order::Pre) {
            if !visit(op) {
                return;
            }
            let callee = m.attr(op, "callee").and_then(|a| match m.ctx().attr(a) {
                kiln_ir::AttrKind::SymbolRef { root, .. } => Some(m.ctx().str(*root).to_string()),
                _ => None,
            });
            if let Some(h) = callee.and_then(|c| kiln_ir::symbol::lookup_nearest(m, op, &c)) {
                stack.push(h);
            }
        }
    }
}

/// A registered op of a dialect the lowerings know, or one that declares a decomposition or a
/// loop lowering.
fn compilable(m: &Module, op: OpId) -> bool {
    let Some(def) = m.op_def(op) else {
        return false;
    };
    def.decompose.is_some()
        || def.lower_to_loops.is_some()
        || COMPILED_DIALECTS.contains(&def.name.split('.').next().unwrap_or(""))
}

fn cannot_run(m: &Module, op: OpId, tier: u8) -> String {
    let name = m.op_name(op);
    let Some(def) = m.op_def(op) else {
        return format!("'{name}' is not a registered op: no tier can run it");
    };
    if tier == 0 {
        let why = if def.kernel.is_some() {
            "its kernel is not a kiln_runtime::interp::custom_kernel"
        } else {
            "the interpreter has no kernel for it and it declares none (OpDef::kernel) and no decomposition (OpDef::decompose)"
        };
        format!("'{name}' cannot run at tier 0: {why}")
    } else {
        format!(
            "'{name}' cannot run at tier {tier}: the native tiers lower only Kiln's dialects, and it declares no decomposition (OpDef::decompose) and no loop lowering (OpDef::lower_to_loops)"
        )
    }
}
