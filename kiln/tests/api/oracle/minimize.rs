//! Cuts a failing program down: one returned value, statements replaced by new parameters
//! or bypassed by one of their operands, dead code and unused parameters dropped; each step
//! kept only if the program still fails.

use super::program::{Elem, Fill, Param, Program, Stmt, Val};
use std::collections::HashSet;

/// The smallest program found that still `fails`.
pub fn minimize(p: &Program, fails: &mut dyn FnMut(&Program) -> bool) -> Program {
    let pruned = prune(p.clone());
    let mut best = if fails(&pruned) { pruned } else { p.clone() };
    loop {
        let mut changed = false;
        for cand in candidates(&best) {
            let cand = prune(cand);
            if size(&cand) < size(&best) && cand.symbols_bound() && fails(&cand) {
                best = cand;
                changed = true;
                break;
            }
        }
        if !changed {
            return best;
        }
    }
}

fn size(p: &Program) -> (usize, usize, usize) {
    (p.stmts.len(), p.rets.len(), p.params.len())
}

/// Smaller variants of `p`, most promising first.
fn candidates(p: &Program) -> Vec<Program> {
    let mut out = Vec::new();
    if p.rets.len() > 1 {
        for &r in &p.rets {
            out.push(Program {
                rets: vec![r],
                ..p.clone()
            });
        }
    }
    for s in (0..p.stmts.len()).rev() {
        // Its operands instead of its results, where the types agree.
        for j in 0..p.stmts[s].results.len() {
            for &o in &p.stmts[s].operands {
                if p.ty(o) == &p.stmts[s].results[j].0 {
                    out.push(replace(p, Val::Res(s, j), o));
                }
            }
        }
        // New parameters instead of its results.
        let mut q = p.clone();
        for (j, (ty, _)) in p.stmts[s].results.iter().enumerate() {
            let fill = match ty.elem {
                Elem::F32 | Elem::F64 => Fill::Float { specials: false },
                Elem::I32 | Elem::I64 => Fill::Int,
                Elem::I1 => Fill::Bool,
            };
            q.params.push(Param {
                ty: ty.clone(),
                fill,
                seed: 0x51ce ^ (s as u64) << 8 ^ j as u64,
            });
            let v = Val::Param(q.params.len() - 1);
            q = replace(&q, Val::Res(s, j), v);
        }
        out.push(q);
    }
    out
}

/// `p` with every use of `from` (operands and returns) reading `to`.
fn replace(p: &Program, from: Val, to: Val) -> Program {
    let mut q = p.clone();
    let sub = |v: &mut Val| {
        if *v == from {
            *v = to;
        }
    };
    for s in &mut q.stmts {
        s.operands.iter_mut().for_each(sub);
    }
    q.rets.iter_mut().for_each(sub);
    q
}

/// Drops the statements and parameters the returned values do not need, renumbering.
fn prune(p: Program) -> Program {
    let mut live_stmts = HashSet::new();
    let mut live_params = HashSet::new();
    let mut work: Vec<Val> = p.rets.clone();
    while let Some(v) = work.pop() {
        match v {
            Val::Param(i) => {
                live_params.insert(i);
            }
            Val::Res(s, _) => {
                if live_stmts.insert(s) {
                    work.extend(p.stmts[s].operands.iter().copied());
                }
            }
        }
    }
    let mut stmt_map = vec![usize::MAX; p.stmts.len()];
    let mut param_map = vec![usize::MAX; p.params.len()];
    let mut q = Program::default();
    for (i, prm) in p.params.iter().enumerate() {
        if live_params.contains(&i) {
            param_map[i] = q.params.len();
            q.params.push(prm.clone());
        }
    }
    let map = |v: Val, stmt_map: &[usize]| match v {
        Val::Param(i) => Val::Param(param_map[i]),
        Val::Res(s, j) => Val::Res(stmt_map[s], j),
    };
    for (i, s) in p.stmts.iter().enumerate() {
        if live_stmts.contains(&i) {
            stmt_map[i] = q.stmts.len();
            let operands = s.operands.iter().map(|&v| map(v, &stmt_map)).collect();
            q.stmts.push(Stmt { operands, ..s.clone() });
        }
    }
    q.rets = p.rets.iter().map(|&v| map(v, &stmt_map)).collect();
    q
}
