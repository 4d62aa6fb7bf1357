//! `math-approximation`: `math.exp`, `math.tanh`, `math.log`, `math.erf`, `math.sin`, `math.cos` and `kmath.erf_inv` on f32 scalars become the
//! polynomial approximations of `kiln_dialects::approx` in `arith` ops, so the loops around
//! them have no calls and `vectorize-loops` widens them for the host's vector width (libm's `expf`,
//! `tanhf`, `logf`, `erff`, `sinf` and `cosf` are scalar calls, which keep a loop scalar). Tier 0 computes the
//! same approximations (but erf_inv, which has no libm function: tier 0 evaluates it in f64).
//! Accuracy (whole f32 range): exp, log, erf, sin and cos within 1 ulp of the correctly rounded result,
//! tanh within 3, erf_inv within 4; infinities, NaN, signed zeros, overflow and underflow
//! (through the subnormals) as in IEEE 754.
//!
//! With `ldexp=on` (or `host` on an AVX-512 host, as tiers 1 and 2 run it), exp scales by 2^n
//! with `kmath.ldexp`, which LLVM lowers to one `vscalefps` off the multiply ports, instead of
//! two multiplies: the same values, bit for bit. (tanh keeps its one multiply-add: fewer
//! operations on a shorter chain than ldexp's conversion, scale and add.)
//!
//! `0.5 · (1 + tanh x)`, GELU's factor, becomes one approximation with one multiply fewer
//! (`approx::half_one_plus_tanh`), bit for bit the three ops' value.

use kiln_dialects::approx::{self, Emit};
use kiln_dialects::builders::OpBuilder;
use kiln_ir::pass::{Pass, PassContext, PassFailed};
use kiln_ir::{Builder, Module, OpId, Order, TypeKind};

kiln_ir::declare_pass! {
    argument: "math-approximation", display: "MathApproximation",
    summary: "Expand f32 math.exp, math.tanh, math.log, math.erf, math.sin, math.cos and kmath.erf_inv into polynomial approximations in arith ops (vectorizable; within 1, 3, 1, 1, 1, 1 and 4 ulp)",
    options: MathApproximationOptions {
        ops: String = String::new(), "ops",
            "Comma-separated ops to expand (exp, tanh, log, erf, sin, cos, erf_inv); empty: all of them";
        ldexp: String = "off".to_string(), "ldexp",
            "Scale exp's results (and so the logistic function's and erf's) by 2^n with kmath.ldexp instead of multiplies (the same values): on, off, or host (on where the host has AVX-512, whose vscalefps computes it in one instruction; LLVM calls a library function elsewhere)";
    },
    create: |o: MathApproximationOptions| Box::new(MathApproximation { expanded: 0, fused: 0, opts: o }),
}

struct MathApproximation {
    expanded: u64,
    fused: u64,
    opts: MathApproximationOptions,
}

/// For `tanh` (an f32 `math.tanh`) whose only user is `1 + tanh` whose only user is
/// `0.5 · (1 + tanh)`, the tanh form of GELU (`jax.nn.gelu`, PyTorch's `approximate='tanh'`):
/// the add and the multiply, which `approx::half_one_plus_tanh` computes with one multiply
/// fewer than the three ops, bit for bit.
fn half_one_plus(m: &Module, tanh: OpId) -> Option<(OpId, OpId)> {
    let is_const =
        |v, want: f64| kiln_ir::rewrite::constant_value(m, v).and_then(|a| m.ctx().attr_f64(a)) == Some(want);
    // The single user of `v`, if it is `name` with `v` on one side and `c` on the other.
    let only_user = |v, name: &str, c: f64| {
        let mut uses = m.uses(v);
        let (u, None) = (uses.next()?, uses.next()) else {
            return None;
        };
        if m.op_name(u.op) != name || m.num_operands(u.op) != 2 {
            return None;
        }
        let other = m.operand_value(u.op, 1 - u.index as usize);
        (other != v && is_const(other, c)).then_some(u.op)
    };
    let add = only_user(m.result(tanh, 0), "arith.addf", 1.0)?;
    let mul = only_user(m.result(add, 0), "arith.mulf", 0.5)?;
    Some((add, mul))
}

/// Whether `ldexp=<setting>` builds `kmath.ldexp`.
fn use_ldexp(setting: &str) -> Result<bool, String> {
    match setting {
        "on" => Ok(true),
        "off" => Ok(false),
        "host" => Ok(crate::vectorize::host_vector_bits() >= 512),
        other => Err(format!("option 'ldexp' takes on, off or host, not '{other}'")),
    }
}

impl Pass for MathApproximation {
    kiln_ir::declared_pass_names!(opts);
    fn run(&mut self, m: &mut Module, root: OpId, cx: &mut PassContext) -> Result<(), PassFailed> {
        let ldexp = match use_ldexp(&self.opts.ldexp) {
            Ok(on) => on,
            Err(e) => {
                cx.diags.push(kiln_ir::Diagnostic::error(m.loc(root), e));
                return Err(PassFailed);
            }
        };
        let ops: Vec<OpId> = m
            .walk(root, Order::Pre)
            .into_iter()
            .filter(|&o| {
                let name = m.op_name(o);
                matches!(
                    name,
                    "math.exp" | "math.tanh" | "math.log" | "math.erf" | "math.sin" | "math.cos" | "kmath.erf_inv"
                ) && (self.opts.ops.is_empty()
                    || self
                        .opts
                        .ops
                        .split(',')
                        .any(|k| name.split_once(".").map(|(_, op)| op) == Some(k.trim())))
            })
            .filter(|&o| {
                let t = m.value_type(m.result(o, 0));
                matches!(m.ctx().ty(t), TypeKind::Float(kiln_ir::FloatKind::F32))
            })
            .collect();
        for op in ops {
            let x = m.operand_value(op, 0);
            let loc = m.loc(op);
            let name = m.op_name(op).to_string();
            let gelu = if name == "math.tanh" {
                half_one_plus(m, op)
            } else {
                None
            };
            let mut b = OpBuilder::new(m, Builder::before(op), loc);
            let e = &mut Emit { b: &mut b, ldexp };
            let v = match name.as_str() {
                "math.exp" => approx::exp(e, x),
                "math.log" => approx::log(e, x),
                "math.erf" => approx::erf(e, x),
                "kmath.erf_inv" => approx::erf_inv(e, x),
                "math.sin" => approx::sin(e, x),
                "math.cos" => approx::cos(e, x),
                _ if gelu.is_some() => approx::half_one_plus_tanh(e, x),
                _ => approx::tanh(e, x),
            };
            // The half form replaces `0.5 · (1 + tanh x)`: the multiply's result, then the
            // add and the tanh, whose only users these were.
            let replaced = gelu.map_or(op, |(_, mul)| mul);
            let r = m.result(replaced, 0);
            m.replace_all_uses(r, v);
            m.erase_op(replaced);
            if let Some((add, _)) = gelu {
                m.erase_op(add);
                m.erase_op(op);
                self.fused += 1;
            }
            self.expanded += 1;
        }
        Ok(())
    }
    fn statistics(&self) -> Vec<kiln_ir::pass::Statistic> {
        vec![
            kiln_ir::pass::Statistic {
                name: "num-expanded",
                desc: "math ops expanded into polynomials",
                value: self.expanded,
            },
            kiln_ir::pass::Statistic {
                name: "num-gelu-fused",
                desc: "0.5 * (1 + tanh x) computed as one approximation",
                value: self.fused,
            },
        ]
    }
}
