//! The generator: seeded, well-typed programs of the tensor dialect over static and symbolic
//! shapes. Every op of the dialect that computes values appears (all but `dim` and `cast`;
//! the elementwise family from its table, so a new row is generated without a change here),
//! with regions: `if`, `while`,
//! `reduce_region`, `reduce_window`, `sort`, `general_scatter` and `fused`.
//!
//! Results are compared bit for bit where every tier must agree exactly (integers, layout
//! ops, IEEE's correctly rounded operations) and within a tolerance elsewhere (transcendental
//! functions, whose tiers use different approximations, and reassociated sums). Ops that
//! are discontinuous (comparisons, rounding, float-to-integer conversion, sort keys...) only
//! take exact operands, and functions with a restricted domain get operands moved inside it,
//! so a last-bit difference upstream cannot become a large one: what remains is a bug.

use super::program::{Binding, Dim, Elem, Fill, Param, Program, Rng, Stmt, Ty, Val, MIN_SYMBOL};
use kiln::dialects::elementwise::{Elementwise, ELEMENTWISE};
use kiln::ir::registry::ElemClass;

/// Float rows whose result is exact when their operands are (IEEE correctly rounded, or no
/// rounding at all).
const EXACT_FLOAT: &[&str] = &[
    "add",
    "sub",
    "mul",
    "div",
    "max",
    "min",
    "neg",
    "abs",
    "relu",
    "sign",
    "floor",
    "ceil",
    "round",
    "roundeven",
    "sqrt",
    "rem",
];
/// Float rows that jump: their operands must be exact.
const DISCONTINUOUS: &[&str] = &["floor", "ceil", "round", "roundeven", "sign", "rem", "atan2"];
/// Float rows defined on the positive numbers only (an inexact operand is made positive).
const POSITIVE_DOMAIN: &[&str] = &["log", "sqrt", "rsqrt", "log1p", "pow"];
/// Float rows defined on (-1, 1) only, or with poles outside it.
const UNIT_DOMAIN: &[&str] = &["erf_inv", "tan"];
/// Rows the generator knows; any other row takes exact operands only and is compared with
/// the tolerance.
const KNOWN_INEXACT: &[&str] = &[
    "pow", "exp", "log", "tanh", "rsqrt", "erf", "sin", "cos", "tan", "expm1", "log1p", "cbrt", "erf_inv", "atan",
    "asinh", "sigmoid", "atan2",
];

fn short(row: &Elementwise) -> &'static str {
    row.name.trim_start_matches("ktensor.")
}

/// Builds one program.
pub struct Gen {
    r: Rng,
    p: Program,
    /// The next parameter's seed.
    seeds: u64,
    /// Making the first parameters, which may bind new symbols.
    binding_params: bool,
}

/// The calls the oracle makes of a program: two bindings, and the first again (tier 3's
/// guard then holds, misses and holds).
pub fn bindings(seed: u64) -> Vec<Binding> {
    let mut r = Rng::new(seed ^ 0x5eed);
    let a = Binding {
        n: r.range(MIN_SYMBOL, 6),
        m: r.range(MIN_SYMBOL, 5),
    };
    let b = Binding {
        n: r.range(MIN_SYMBOL, 9),
        m: r.range(MIN_SYMBOL, 4),
    };
    vec![a, b, a]
}

impl Gen {
    /// A program of about `size` statements.
    pub fn program(seed: u64, size: usize) -> Program {
        let mut g = Gen {
            r: Rng::new(seed),
            p: Program::default(),
            seeds: seed.wrapping_mul(0x2545_f491_4f6c_dd1d),
            binding_params: true,
        };
        let n = 1 + g.r.below(3);
        for _ in 0..n {
            let elem = *g.r.pick(&[Elem::F32, Elem::F32, Elem::F32, Elem::I32, Elem::F64]);
            let ty = g.random_ty(elem);
            g.fresh(ty);
        }
        g.binding_params = false;
        let mut tries = 0;
        while g.p.stmts.len() < size && tries < size * 20 {
            tries += 1;
            g.step();
        }
        g.returns();
        g.p
    }

    fn step(&mut self) {
        type Op = fn(&mut Gen) -> Option<()>;
        const OPS: &[(u32, Op)] = &[
            (14, Gen::unary),
            (14, Gen::binary),
            (4, Gen::cmp_select),
            (3, Gen::convert),
            (1, Gen::bits),
            (4, Gen::broadcast),
            (4, Gen::reshape),
            (3, Gen::transpose),
            (3, Gen::slice),
            (2, Gen::concat),
            (2, Gen::pad),
            (2, Gen::reverse),
            (1, Gen::iota),
            (5, Gen::reduce),
            (2, Gen::reduce_region),
            (2, Gen::reduce_window),
            (2, Gen::sort),
            (3, Gen::contraction),
            (1, Gen::conv2d),
            (2, Gen::dynamic_slice),
            (1, Gen::dynamic_update_slice),
            (2, Gen::gather_scatter),
            (1, Gen::general_gather_scatter),
            (2, Gen::if_op),
            (2, Gen::while_op),
            (2, Gen::fused),
        ];
        let total: u32 = OPS.iter().map(|o| o.0).sum();
        let mut k = self.r.below(total as usize) as u32;
        for &(w, op) in OPS {
            if k < w {
                let _ = op(self);
                return;
            }
            k -= w;
        }
    }

    // ---- values ----

    fn fresh_with(&mut self, ty: Ty, fill: Fill) -> Val {
        self.seeds = self.seeds.wrapping_add(0x9e37_79b9_7f4a_7c15);
        self.p.params.push(Param {
            ty,
            fill,
            seed: self.seeds,
        });
        Val::Param(self.p.params.len() - 1)
    }

    fn fresh(&mut self, ty: Ty) -> Val {
        let fill = match ty.elem {
            Elem::F32 | Elem::F64 => Fill::Float {
                specials: self.r.chance(0.15),
            },
            Elem::I32 | Elem::I64 => Fill::Int,
            Elem::I1 => Fill::Bool,
        };
        self.fresh_with(ty, fill)
    }

    fn stmt(&mut self, text: String, operands: Vec<Val>, results: Vec<(Ty, bool)>) -> Val {
        self.p.stmts.push(Stmt {
            text,
            operands,
            results,
            reassociated: false,
        });
        Val::Res(self.p.stmts.len() - 1, 0)
    }

    /// Marks the last statement's float sums or products as reassociated.
    fn reassociated(&mut self, float: bool) {
        if float {
            self.p.stmts.last_mut().expect("a statement").reassociated = true;
        }
    }

    fn values(&self) -> Vec<Val> {
        let mut v: Vec<Val> = (0..self.p.params.len()).map(Val::Param).collect();
        for (i, s) in self.p.stmts.iter().enumerate() {
            v.extend((0..s.results.len()).map(|j| Val::Res(i, j)));
        }
        v
    }

    /// An existing value satisfying `ok`, favouring recent ones.
    fn pick(&mut self, ok: impl Fn(&Program, Val) -> bool) -> Option<Val> {
        let vs: Vec<Val> = self.values().into_iter().filter(|&v| ok(&self.p, v)).collect();
        if vs.is_empty() {
            return None;
        }
        let i = vs.len() - 1 - self.r.below(vs.len()).min(self.r.below(vs.len()));
        Some(vs[i])
    }

    fn t(&self, v: Val) -> Ty {
        self.p.ty(v).clone()
    }

    fn exact(&self, v: Val) -> bool {
        self.p.exact(v)
    }

    /// An extent: a constant, or a symbol a parameter binds (the first parameters bind
    /// them), so every extent is known at a call.
    fn random_dim(&mut self) -> Dim {
        let bound = self.p.bound();
        let d = *self.r.pick(&[
            Dim::N,
            Dim::N,
            Dim::M,
            Dim::k(1),
            Dim::k(2),
            Dim::k(3),
            Dim::k(4),
            Dim::k(5),
            Dim::k(7),
        ]);
        if d.as_const().is_some() || bound.contains(&d) || self.binding_params {
            d
        } else {
            Dim::k(self.r.range(1, 4))
        }
    }

    fn random_ty(&mut self, elem: Elem) -> Ty {
        let rank = *self.r.pick(&[0, 1, 1, 2, 2, 2, 3]);
        let dims = (0..rank).map(|_| self.random_dim()).collect();
        Ty::new(dims, elem)
    }

    /// A value of exactly `ty` (exact if `exact`): an existing one, a splat or a new
    /// parameter.
    fn of_type(&mut self, ty: &Ty, exact: bool) -> Val {
        if self.r.chance(0.6) {
            if let Some(v) = self.pick(|p, v| p.ty(v) == ty && (!exact || p.exact(v))) {
                return v;
            }
        }
        if self.r.chance(0.2) {
            let x = match ty.elem {
                Elem::I1 => 1.0,
                Elem::I32 | Elem::I64 => self.r.range(-3, 5) as f64,
                _ => *self.r.pick(&[0.5, -1.25, 2.0, 0.0, 3.0]),
            };
            return self.splat(x, ty);
        }
        self.fresh(ty.clone())
    }

    /// `x` broadcast to `ty`.
    fn splat(&mut self, x: f64, ty: &Ty) -> Val {
        let lit = match ty.elem {
            Elem::I1 => (if x != 0.0 { "true" } else { "false" }).to_string(),
            Elem::I32 | Elem::I64 => format!("{}", x as i64),
            _ => format!("{x:?}"),
        };
        let scalar = Ty::new(vec![], ty.elem);
        let text = if ty.rank() == 0 {
            format!("%$r = ktensor.constant dense<{lit}> : {}", scalar.text())
        } else {
            format!(
                "%$r_c = ktensor.constant dense<{lit}> : {}\n%$r = ktensor.broadcast_in_dim %$r_c {{dims = array<i64>}} : ({}) -> {}",
                scalar.text(),
                scalar.text(),
                ty.text()
            )
        };
        self.stmt(text, vec![], vec![(ty.clone(), true)])
    }

    /// A float value moved inside (0.5, inf): `abs(v) + 0.5`.
    fn positive(&mut self, v: Val) -> Val {
        let ty = self.t(v);
        let half = self.splat(0.5, &ty);
        let text = format!(
            "%$r_a = ktensor.abs $0 : {t}\n%$r = ktensor.add %$r_a, $1 : {t}",
            t = ty.text()
        );
        let e = self.exact(v);
        self.stmt(text, vec![v, half], vec![(ty, e)])
    }

    /// A float value moved inside (-0.9, 0.9): `tanh(v) * 0.9`.
    fn unit(&mut self, v: Val) -> Val {
        let ty = self.t(v);
        let k = self.splat(0.9, &ty);
        let text = format!(
            "%$r_a = ktensor.tanh $0 : {t}\n%$r = ktensor.mul %$r_a, $1 : {t}",
            t = ty.text()
        );
        self.stmt(text, vec![v, k], vec![(ty, false)])
    }

    /// A float value without NaN (NaN becomes 0): `select(v == v, v, 0)`.
    fn no_nan(&mut self, v: Val) -> Val {
        let ty = self.t(v);
        let zero = self.splat(0.0, &ty);
        let b = ty.with_elem(Elem::I1);
        let text = format!(
            "%$r_p = ktensor.cmp $0, $0 {{predicate = \"eq\"}} : ({t}, {t}) -> {b}\n%$r = ktensor.select %$r_p, $0, $1 : ({b}, {t}, {t}) -> {t}",
            t = ty.text(),
            b = b.text()
        );
        let e = self.exact(v);
        self.stmt(text, vec![v, zero], vec![(ty, e)])
    }

    /// `%r = ktensor.<op> $0<attrs> : (T) -> U` on `v`: a result exact when `v` is.
    fn on_one(&mut self, v: Val, op: &str, attrs: String, out: Ty) -> Option<()> {
        let e = self.exact(v);
        let text = format!(
            "%$r = ktensor.{op} $0{attrs} : ({}) -> {}",
            self.p.ty(v).text(),
            out.text()
        );
        self.stmt(text, vec![v], vec![(out, e)]);
        Some(())
    }

    // ---- ops ----

    fn rows(&mut self, operands: usize, elem: Elem) -> Vec<&'static Elementwise> {
        ELEMENTWISE
            .iter()
            .filter(|r| r.operands == operands)
            .filter(|r| match r.class {
                ElemClass::Float => elem.is_float(),
                ElemClass::Int => elem.is_int(),
                _ => elem.is_float() || elem.is_int(),
            })
            .collect()
    }

    /// Prepares float operands for `row`: `None` if the row needs exact operands and these
    /// are not.
    fn domain(&mut self, name: &str, vs: &mut [Val], float: bool) -> Option<bool> {
        if !float {
            return Some(vs.iter().all(|&v| self.exact(v)));
        }
        let all_exact = vs.iter().all(|&v| self.exact(v));
        let known = EXACT_FLOAT.contains(&name) || KNOWN_INEXACT.contains(&name);
        if (DISCONTINUOUS.contains(&name) || !known) && !all_exact {
            return None;
        }
        if POSITIVE_DOMAIN.contains(&name) && !self.exact(vs[0]) {
            vs[0] = self.positive(vs[0]);
        }
        if UNIT_DOMAIN.contains(&name) && (!self.exact(vs[0]) || name == "erf_inv") {
            vs[0] = self.unit(vs[0]);
        }
        Some(all_exact && EXACT_FLOAT.contains(&name) && vs.iter().all(|&v| self.exact(v)))
    }

    fn unary(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).elem != Elem::I1)?;
        let ty = self.t(v);
        let rows = self.rows(1, ty.elem);
        let row = *self.r.pick(&rows);
        let mut vs = [v];
        let exact = self.domain(short(row), &mut vs, ty.elem.is_float())?;
        let text = format!("%$r = {} $0 : {}", row.name, ty.text());
        self.stmt(text, vs.to_vec(), vec![(ty, exact)]);
        Some(())
    }

    fn binary(&mut self) -> Option<()> {
        let a = self.pick(|p, v| p.ty(v).elem != Elem::I1)?;
        let ty = self.t(a);
        let rows = self.rows(2, ty.elem);
        let row = *self.r.pick(&rows);
        let name = short(row);
        let need_exact = DISCONTINUOUS.contains(&name) || (!ty.elem.is_float());
        if need_exact && !self.exact(a) {
            return None;
        }
        let mut b = self.of_type(&ty, need_exact);
        if ty.elem.is_int() && (name == "div" || name == "rem") {
            // A divisor with its low bit set is never zero.
            let one = self.splat(1.0, &ty);
            let text = format!("%$r = ktensor.or $0, $1 : {}", ty.text());
            b = self.stmt(text, vec![b, one], vec![(ty.clone(), true)]);
        }
        let mut vs = [a, b];
        let exact = self.domain(name, &mut vs, ty.elem.is_float())?;
        let text = format!("%$r = {} $0, $1 : {}", row.name, ty.text());
        self.stmt(text, vs.to_vec(), vec![(ty, exact)]);
        Some(())
    }

    fn cmp_select(&mut self) -> Option<()> {
        let a = self.pick(|p, v| p.exact(v) && p.ty(v).elem != Elem::I1)?;
        let ty = self.t(a);
        let b = self.of_type(&ty, true);
        let pred = *self.r.pick(&["eq", "ne", "lt", "le", "gt", "ge"]);
        let bt = ty.with_elem(Elem::I1);
        let c = self.stmt(
            format!(
                "%$r = ktensor.cmp $0, $1 {{predicate = \"{pred}\"}} : ({t}, {t}) -> {}",
                bt.text(),
                t = ty.text()
            ),
            vec![a, b],
            vec![(bt.clone(), true)],
        );
        if self.r.chance(0.7) {
            let x = self.pick(|p, v| p.ty(v).dims == ty.dims && p.ty(v).elem != Elem::I1)?;
            let xt = self.t(x);
            let y = self.of_type(&xt, false);
            let e = self.exact(x) && self.exact(y);
            self.stmt(
                format!(
                    "%$r = ktensor.select $0, $1, $2 : ({}, {t}, {t}) -> {t}",
                    bt.text(),
                    t = xt.text()
                ),
                vec![c, x, y],
                vec![(xt, e)],
            );
        }
        Some(())
    }

    fn convert(&mut self) -> Option<()> {
        let v = self.pick(|_, _| true)?;
        let ty = self.t(v);
        let to = *self.r.pick(&[Elem::F32, Elem::F64, Elem::I32, Elem::I64, Elem::I1]);
        if to == ty.elem || (ty.elem.is_float() && !to.is_float() && !self.exact(v)) {
            return None;
        }
        self.on_one(v, "convert", String::new(), ty.with_elem(to))
    }

    /// `is_finite`, `bitcast` and `reduce_precision`: exact operands, exact results.
    fn bits(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.exact(v) && p.ty(v).elem.is_float())?;
        let ty = self.t(v);
        let which = self.r.below(3);
        let v = if which == 1 { self.no_nan(v) } else { v };
        let (text, out) = match which {
            0 => {
                let o = ty.with_elem(Elem::I1);
                (
                    format!("%$r = ktensor.is_finite $0 : ({}) -> {}", ty.text(), o.text()),
                    o,
                )
            }
            1 => {
                // NaN's sign and payload after arithmetic are unspecified (IEEE 754, XLA), and
                // rewrites such as -(x*y) = (-x)*y change them: the bits are compared with
                // NaN replaced.
                let o = ty.with_elem(if ty.elem == Elem::F32 { Elem::I32 } else { Elem::I64 });
                (format!("%$r = ktensor.bitcast $0 : ({}) -> {}", ty.text(), o.text()), o)
            }
            _ => {
                let (e, m) = *self.r.pick(&[(5, 2), (4, 3), (8, 7), (5, 10)]);
                (
                    format!(
                        "%$r = ktensor.reduce_precision $0 {{exponent_bits = {e} : i32, mantissa_bits = {m} : i32}} : {}",
                        ty.text()
                    ),
                    ty.clone(),
                )
            }
        };
        self.stmt(text, vec![v], vec![(out, true)]);
        Some(())
    }

    fn broadcast(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() < 3)?;
        let ty = self.t(v);
        // Target: the source's dimensions in order (each size-1 one maybe expanded), with new
        // ones inserted.
        let mut target: Vec<Dim> = Vec::new();
        let mut dims = Vec::new();
        let extra = 1 + self.r.below(3 - ty.rank());
        let mut src = ty.dims.iter().peekable();
        let total = ty.rank() + extra;
        let mut inserted = 0;
        while target.len() < total {
            let insert_here = src.peek().is_none() || (inserted < extra && self.r.chance(0.5));
            if insert_here {
                let d = self.random_dim();
                target.push(d);
                inserted += 1;
            } else {
                let &d = src.next().unwrap();
                dims.push(target.len());
                let d = if d == Dim::k(1) && self.r.chance(0.5) {
                    self.random_dim()
                } else {
                    d
                };
                target.push(d);
            }
        }
        let attrs = format!(
            " {{dims = array<i64{}{}>}}",
            if dims.is_empty() { "" } else { ": " },
            list(&dims)
        );
        self.on_one(v, "broadcast_in_dim", attrs, Ty::new(target, ty.elem))
    }

    fn reshape(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1)?;
        let ty = self.t(v);
        let mut d = ty.dims.clone();
        match self.r.below(4) {
            0 if d.len() >= 2 => {
                // Merge two neighbours, one of them constant.
                let i = self.r.below(d.len() - 1);
                let merged = match (d[i].as_const(), d[i + 1].as_const()) {
                    (Some(k), _) => d[i + 1].scale(k),
                    (_, Some(k)) => d[i].scale(k),
                    _ => return None,
                };
                d.splice(i..i + 2, [merged]);
            }
            1 => {
                let i = self.r.below(d.len());
                let k = d[i].as_const()?;
                let p = [2, 3].into_iter().find(|p| k % p == 0 && k > *p)?;
                d.splice(i..i + 1, [Dim::k(p), Dim::k(k / p)]);
            }
            2 if d.len() < 4 => {
                let i = self.r.below(d.len() + 1);
                d.insert(i, Dim::k(1));
            }
            _ => {
                let i = d.iter().position(|&x| x == Dim::k(1))?;
                d.remove(i);
            }
        }
        self.on_one(v, "reshape", String::new(), Ty::new(d, ty.elem))
    }

    fn transpose(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 2)?;
        let ty = self.t(v);
        let mut perm: Vec<usize> = (0..ty.rank()).collect();
        for i in (1..perm.len()).rev() {
            let j = self.r.below(i + 1);
            perm.swap(i, j);
        }
        let out = Ty::new(perm.iter().map(|&p| ty.dims[p]).collect(), ty.elem);
        self.on_one(v, "transpose", format!(" {{perm = array<i64: {}>}}", list(&perm)), out)
    }

    fn slice(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1)?;
        let ty = self.t(v);
        let (mut start, mut limit, mut strides, mut out) = (vec![], vec![], vec![], vec![]);
        for d in &ty.dims {
            let n = d.as_const().unwrap_or(MIN_SYMBOL);
            let s = self.r.range(0, n);
            let l = self.r.range(s, n);
            let st = self.r.range(1, 2);
            start.push(s);
            limit.push(l);
            strides.push(st);
            out.push(Dim::k((l - s + st - 1) / st));
        }
        let attrs = format!(
            " {{start = array<i64: {}>, limit = array<i64: {}>, strides = array<i64: {}>}}",
            list(&start),
            list(&limit),
            list(&strides)
        );
        self.on_one(v, "slice", attrs, Ty::new(out, ty.elem))
    }

    fn concat(&mut self) -> Option<()> {
        let a = self.pick(|p, v| p.ty(v).rank() >= 1)?;
        let ty = self.t(a);
        let dim = self.r.below(ty.rank());
        let mut bt = ty.clone();
        bt.dims[dim] = self.random_dim();
        let b = self.of_type(&bt, false);
        let mut out = ty.clone();
        out.dims[dim] = ty.dims[dim].add(bt.dims[dim]);
        let e = self.exact(a) && self.exact(b);
        self.stmt(
            format!(
                "%$r = ktensor.concat $0, $1 {{dim = {dim}}} : ({}, {}) -> {}",
                ty.text(),
                bt.text(),
                out.text()
            ),
            vec![a, b],
            vec![(out, e)],
        );
        Some(())
    }

    fn pad(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1)?;
        let ty = self.t(v);
        let (mut lo, mut hi, mut interior, mut out) = (vec![], vec![], vec![], vec![]);
        for d in &ty.dims {
            let (l, h, i) = match d.as_const() {
                // Negative padding cuts; interior padding needs a known extent.
                Some(k) if k >= 1 => {
                    let i = self.r.range(0, 1);
                    let full = k + (k - 1) * i;
                    let l = self.r.range(-1, 2);
                    let h = self.r.range(-1, 2).max(-(full + l).min(full + l + 1));
                    if full + l + h < 0 {
                        return None;
                    }
                    (l, h, i)
                }
                _ => (self.r.range(0, 2), self.r.range(0, 2), 0),
            };
            let o = match d.as_const() {
                Some(k) if k >= 1 => Dim::k(k + (k - 1) * i + l + h),
                _ => d.add(Dim::k(l + h)),
            };
            lo.push(l);
            hi.push(h);
            interior.push(i);
            out.push(o);
        }
        let pv = self.of_type(&Ty::new(vec![], ty.elem), false);
        let out = Ty::new(out, ty.elem);
        let e = self.exact(v) && self.exact(pv);
        self.stmt(
            format!(
                "%$r = ktensor.pad $0, $1 {{low = array<i64: {}>, high = array<i64: {}>, interior = array<i64: {}>}} : ({}, {}) -> {}",
                list(&lo),
                list(&hi),
                list(&interior),
                ty.text(),
                Ty::new(vec![], ty.elem).text(),
                out.text()
            ),
            vec![v, pv],
            vec![(out, e)],
        );
        Some(())
    }

    fn reverse(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1)?;
        let ty = self.t(v);
        let dims: Vec<usize> = (0..ty.rank()).filter(|_| self.r.chance(0.6)).collect();
        let attrs = format!(
            " {{dims = array<i64{}{}>}}",
            if dims.is_empty() { "" } else { ": " },
            list(&dims)
        );
        self.on_one(v, "reverse", attrs, ty)
    }

    fn iota(&mut self) -> Option<()> {
        let elem = *self.r.pick(&[Elem::I32, Elem::F32, Elem::I64]);
        let mut ty = self.random_ty(elem);
        if ty.rank() == 0 {
            let d = self.random_dim();
            ty.dims.push(d);
        }
        let dim = self.r.below(ty.rank());
        self.stmt(
            format!("%$r = ktensor.iota {{dim = {dim}}} : () -> {}", ty.text()),
            vec![],
            vec![(ty, true)],
        );
        Some(())
    }

    /// A non-empty set of axes of a rank-`n` value.
    fn axes(&mut self, n: usize) -> Vec<usize> {
        loop {
            let a: Vec<usize> = (0..n).filter(|_| self.r.chance(0.5)).collect();
            if !a.is_empty() {
                return a;
            }
        }
    }

    fn reduce(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1 && p.ty(v).elem != Elem::I1)?;
        let ty = self.t(v);
        let float = ty.elem.is_float();
        let kind = *self.r.pick(if float {
            &["sum", "max", "min", "prod", "mean"][..]
        } else {
            &["sum", "max", "min", "prod"][..]
        });
        // A float product reassociated (the compiled tiers multiply in vector lanes) overflows
        // or underflows at a different step than tier 0's order when its factors reach the
        // extremes (seed 9200030689: 3e38, 1e-41 and others gave -inf at tier 1, a finite
        // value at tier 0), so its factors are kept inside (-0.9, 0.9).
        let v = if float && kind == "prod" { self.unit(v) } else { v };
        let axes = self.axes(ty.rank());
        let keep = self.r.chance(0.3);
        let out: Vec<Dim> = (0..ty.rank())
            .filter_map(|i| match (axes.contains(&i), keep) {
                (true, true) => Some(Dim::k(1)),
                (true, false) => None,
                _ => Some(ty.dims[i]),
            })
            .collect();
        let out = Ty::new(out, ty.elem);
        let e = self.exact(v) && (!float || kind == "max" || kind == "min");
        self.stmt(
            format!(
                "%$r = ktensor.reduce $0 {{kind = \"{kind}\", axes = array<i64: {}>{}}} : ({}) -> {}",
                list(&axes),
                if keep { ", keep_dims" } else { "" },
                ty.text(),
                out.text()
            ),
            vec![v],
            vec![(out, e)],
        );
        self.reassociated(float && !matches!(kind, "max" | "min"));
        Some(())
    }

    fn reduce_region(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1 && matches!(p.ty(v).elem, Elem::F32 | Elem::I32))?;
        let ty = self.t(v);
        let float = ty.elem.is_float();
        let (op, init, exact) = match (float, self.r.below(2)) {
            (true, 0) => ("arith.addf", "0.0", false),
            (true, _) => ("arith.maximumf", "0xFF800000", true),
            (false, 0) => ("arith.addi", "0", true),
            (false, _) => ("arith.maxsi", "-2147483648", true),
        };
        let axes = self.axes(ty.rank());
        let out = Ty::new(
            (0..ty.rank())
                .filter(|i| !axes.contains(i))
                .map(|i| ty.dims[i])
                .collect(),
            ty.elem,
        );
        let e = ty.elem.text();
        let exact = exact && self.exact(v);
        self.stmt(
            format!(
                "%$r_i = arith.constant {init} : {e}\n%$r = ktensor.reduce_region $0, %$r_i {{axes = array<i64: {}>}} : ({}, {e}) -> {} {{\n^bb0(%$r_p: {e}, %$r_q: {e}):\n  %$r_s = {op} %$r_p, %$r_q : {e}\n  ktensor.yield %$r_s : {e}\n}}",
                list(&axes),
                ty.text(),
                out.text()
            ),
            vec![v],
            vec![(out, exact)],
        );
        self.reassociated(op == "arith.addf");
        Some(())
    }

    fn reduce_window(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1 && matches!(p.ty(v).elem, Elem::F32 | Elem::I32 | Elem::F64))?;
        let ty = self.t(v);
        let (mut win, mut strides, mut out) = (vec![], vec![], vec![]);
        for d in &ty.dims {
            match d.as_const() {
                Some(k) if k >= 1 => {
                    let w = self.r.range(1, k.min(3));
                    let s = self.r.range(1, 2);
                    win.push(w);
                    strides.push(s);
                    out.push(Dim::k((k - w) / s + 1));
                }
                _ => {
                    win.push(1);
                    strides.push(1);
                    out.push(*d);
                }
            }
        }
        let float = ty.elem.is_float();
        let max = self.r.chance(0.5);
        let st = Ty::new(vec![], ty.elem);
        let init = self.of_type(&st, true);
        let out = Ty::new(out, ty.elem);
        let exact = self.exact(v) && (max || !float);
        self.stmt(
            format!(
                "%$r = ktensor.reduce_window $0, $1 {{window_dimensions = array<i64: {}>, window_strides = array<i64: {}>}} : ({}, {s}) -> {} {{\n^bb0(%$r_p: {s}, %$r_q: {s}):\n  %$r_m = ktensor.{} %$r_p, %$r_q : {s}\n  ktensor.yield %$r_m : {s}\n}}",
                list(&win),
                list(&strides),
                ty.text(),
                out.text(),
                if max { "max" } else { "add" },
                s = st.text()
            ),
            vec![v, init],
            vec![(out, exact)],
        );
        self.reassociated(float && !max);
        Some(())
    }

    fn sort(&mut self) -> Option<()> {
        let k = self.pick(|p, v| p.exact(v) && p.ty(v).rank() >= 1 && p.ty(v).elem != Elem::I1)?;
        let k = if self.p.ty(k).elem.is_float() {
            self.no_nan(k)
        } else {
            k
        };
        let kt = self.t(k);
        let dim = self.r.below(kt.rank());
        let pred = *self.r.pick(&["lt", "gt"]);
        let s = Ty::new(vec![], kt.elem);
        if self.r.chance(0.5) {
            // Keys and a payload (argsort when the payload is an iota).
            let pt = kt.with_elem(*self.r.pick(&[Elem::I32, Elem::F32]));
            let payload = if self.r.chance(0.5) {
                self.stmt(
                    format!("%$r = ktensor.iota {{dim = {dim}}} : () -> {}", pt.text()),
                    vec![],
                    vec![(pt.clone(), true)],
                )
            } else {
                self.of_type(&pt, false)
            };
            let ps = Ty::new(vec![], pt.elem);
            let e = self.exact(payload);
            self.stmt(
                format!(
                    "%$r:2 = ktensor.sort $0, $1 {{dimension = {dim} : i64, is_stable}} : ({}, {}) -> ({}, {}) {{\n^bb0(%$r_a: {s}, %$r_b: {s}, %$r_c: {ps}, %$r_d: {ps}):\n  %$r_l = ktensor.cmp %$r_a, %$r_b {{predicate = \"{pred}\"}} : ({s}, {s}) -> tensor<i1>\n  ktensor.yield %$r_l : tensor<i1>\n}}",
                    kt.text(),
                    pt.text(),
                    kt.text(),
                    pt.text(),
                    s = s.text(),
                    ps = ps.text()
                ),
                vec![k, payload],
                vec![(kt, true), (pt, e)],
            );
        } else {
            self.stmt(
                format!(
                    "%$r = ktensor.sort $0 {{dimension = {dim} : i64, is_stable}} : {} {{\n^bb0(%$r_a: {s}, %$r_b: {s}):\n  %$r_l = ktensor.cmp %$r_a, %$r_b {{predicate = \"{pred}\"}} : ({s}, {s}) -> tensor<i1>\n  ktensor.yield %$r_l : tensor<i1>\n}}",
                    kt.text(),
                    s = s.text()
                ),
                vec![k],
                vec![(kt, true)],
            );
        }
        Some(())
    }

    /// `matmul`, `batch_matmul` and `dot_general` against a new operand.
    fn contraction(&mut self) -> Option<()> {
        let which = self.r.below(3);
        let rank = if which == 1 { 3 } else { 2 };
        let a = self.pick(|p, v| p.ty(v).rank() == rank && p.ty(v).elem.is_float())?;
        let at = self.t(a);
        let n = self.random_dim();
        let (bt, out, text) = match which {
            0 => {
                let bt = Ty::new(vec![at.dims[1], n], at.elem);
                let out = Ty::new(vec![at.dims[0], n], at.elem);
                (
                    bt.clone(),
                    out.clone(),
                    format!(
                        "%$r = ktensor.matmul $0, $1 : ({}, {}) -> {}",
                        at.text(),
                        bt.text(),
                        out.text()
                    ),
                )
            }
            1 => {
                let bt = Ty::new(vec![at.dims[0], at.dims[2], n], at.elem);
                let out = Ty::new(vec![at.dims[0], at.dims[1], n], at.elem);
                (
                    bt.clone(),
                    out.clone(),
                    format!(
                        "%$r = ktensor.batch_matmul $0, $1 : ({}, {}) -> {}",
                        at.text(),
                        bt.text(),
                        out.text()
                    ),
                )
            }
            _ => {
                // Contract the first dimensions: [K, A] x [K, B] -> [A, B].
                let bt = Ty::new(vec![at.dims[0], n], at.elem);
                let out = Ty::new(vec![at.dims[1], n], at.elem);
                (bt.clone(), out.clone(), format!(
                    "%$r = ktensor.dot_general $0, $1 {{lhs_batch = array<i64>, rhs_batch = array<i64>, lhs_contract = array<i64: 0>, rhs_contract = array<i64: 0>}} : ({}, {}) -> {}",
                    at.text(), bt.text(), out.text()))
            }
        };
        let b = self.of_type(&bt, false);
        self.stmt(text, vec![a, b], vec![(out, false)]);
        self.reassociated(true);
        Some(())
    }

    fn conv2d(&mut self) -> Option<()> {
        let (h, w, c, f) = (
            self.r.range(2, 6),
            self.r.range(2, 6),
            self.r.range(1, 3),
            self.r.range(1, 3),
        );
        let (kh, kw) = (self.r.range(1, h.min(3)), self.r.range(1, w.min(3)));
        let (s, p) = (self.r.range(1, 2), self.r.range(0, 1));
        let batch = if self.r.chance(0.5) {
            self.random_dim()
        } else {
            Dim::k(1)
        };
        let img = Ty::new(vec![batch, Dim::k(h), Dim::k(w), Dim::k(c)], Elem::F32);
        let ker = Ty::new(vec![Dim::k(kh), Dim::k(kw), Dim::k(c), Dim::k(f)], Elem::F32);
        let out = Ty::new(
            vec![
                batch,
                Dim::k((h + 2 * p - kh) / s + 1),
                Dim::k((w + 2 * p - kw) / s + 1),
                Dim::k(f),
            ],
            Elem::F32,
        );
        let x = self.of_type(&img, false);
        let k = self.of_type(&ker, false);
        self.stmt(
            format!(
                "%$r = ktensor.conv2d $0, $1 {{strides = array<i64: {s}, {s}>, padding = array<i64: {p}, {p}, {p}, {p}>}} : ({}, {}) -> {}",
                img.text(),
                ker.text(),
                out.text()
            ),
            vec![x, k],
            vec![(out, false)],
        );
        self.reassociated(true);
        Some(())
    }

    /// A rank-0 `i32` start index for an extent of at least `n`: sometimes out of range
    /// (dynamic slices clamp).
    fn start_index(&mut self, n: i64) -> Val {
        self.fresh_with(Ty::new(vec![], Elem::I32), Fill::Index(-2, n + 2))
    }

    fn dynamic_slice(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1)?;
        let ty = self.t(v);
        let mut sizes = vec![];
        let mut ops = vec![v];
        for d in &ty.dims {
            let n = d.as_const().unwrap_or(MIN_SYMBOL);
            sizes.push(self.r.range(0, n));
            ops.push(self.start_index(n));
        }
        let out = Ty::new(sizes.iter().map(|&s| Dim::k(s)).collect(), ty.elem);
        let idx: Vec<String> = (1..ops.len()).map(|i| format!("${i}")).collect();
        let e = self.exact(v);
        self.stmt(
            format!(
                "%$r = ktensor.dynamic_slice $0, {} {{sizes = array<i64: {}>}} : ({}, {}) -> {}",
                idx.join(", "),
                list(&sizes),
                ty.text(),
                vec!["tensor<i32>"; ty.rank()].join(", "),
                out.text()
            ),
            ops,
            vec![(out, e)],
        );
        Some(())
    }

    fn dynamic_update_slice(&mut self) -> Option<()> {
        let v = self.pick(|p, v| p.ty(v).rank() >= 1)?;
        let ty = self.t(v);
        let mut ud = vec![];
        let mut idx = vec![];
        for d in &ty.dims {
            let n = d.as_const().unwrap_or(MIN_SYMBOL);
            ud.push(Dim::k(self.r.range(0, n)));
            idx.push(self.start_index(n));
        }
        let ut = Ty::new(ud, ty.elem);
        let u = self.of_type(&ut, false);
        let mut ops = vec![v, u];
        ops.extend(idx);
        let names: Vec<String> = (2..ops.len()).map(|i| format!("${i}")).collect();
        let e = self.exact(v) && self.exact(u);
        self.stmt(
            format!(
                "%$r = ktensor.dynamic_update_slice $0, $1, {} : ({}, {}, {}) -> {}",
                names.join(", "),
                ty.text(),
                ut.text(),
                vec!["tensor<i32>"; ty.rank()].join(", "),
                ty.text()
            ),
            ops,
            vec![(ty, e)],
        );
        Some(())
    }

    /// Indices into an extent `d`: in range, except in one program of twenty (an error at
    /// every tier).
    fn indices(&mut self, shape: Vec<Dim>, d: Dim) -> Val {
        let hi = d.as_const().unwrap_or(MIN_SYMBOL) - 1;
        let fill = if self.r.chance(0.05) {
            Fill::Index(-1, hi + 1)
        } else {
            Fill::Index(0, hi)
        };
        self.fresh_with(Ty::new(shape, Elem::I32), fill)
    }

    /// `gather` along an axis, and `scatter` adding (with repeated indices the order of
    /// `replace` is unspecified).
    fn gather_scatter(&mut self) -> Option<()> {
        let t = self.pick(|p, v| p.ty(v).rank() >= 1 && p.ty(v).rank() <= 2 && p.ty(v).elem != Elem::I1)?;
        let tt = self.t(t);
        let float = tt.elem.is_float();
        let axis = self.r.below(tt.rank());
        let k = *self.r.pick(&[Dim::k(1), Dim::k(3), Dim::M]);
        let ids = self.indices(vec![k], tt.dims[axis]);
        let mut gd = tt.dims.clone();
        gd[axis] = k;
        let gt = Ty::new(gd, tt.elem);
        let it = Ty::new(vec![k], Elem::I32);
        if self.r.chance(0.5) {
            let e = self.exact(t);
            self.stmt(
                format!(
                    "%$r = ktensor.gather $0, $1 {{axis = {axis}}} : ({}, {}) -> {}",
                    tt.text(),
                    it.text(),
                    gt.text()
                ),
                vec![t, ids],
                vec![(gt, e)],
            );
        } else {
            let u = self.of_type(&gt, false);
            let kind = "add";
            let e = self.exact(t) && self.exact(u) && !tt.elem.is_float();
            self.stmt(
                format!(
                    "%$r = ktensor.scatter $0, $1, $2 {{axis = {axis}, kind = \"{kind}\"}} : ({}, {}, {}) -> {}",
                    tt.text(),
                    it.text(),
                    gt.text(),
                    tt.text()
                ),
                vec![t, ids, u],
                vec![(tt, e)],
            );
            self.reassociated(float);
        }
        Some(())
    }

    /// StableHLO's general forms, gathering or scattering rows of a rank-2 table.
    fn general_gather_scatter(&mut self) -> Option<()> {
        // Slices of one row: the table has at least one.
        let t = self.pick(|p, v| p.ty(v).rank() == 2 && p.ty(v).elem != Elem::I1 && p.ty(v).dims[0] != Dim::k(0))?;
        let tt = self.t(t);
        let float = tt.elem.is_float();
        let k = *self.r.pick(&[Dim::k(1), Dim::k(4), Dim::M]);
        // General gathers clamp their start indices: any value is in range.
        let ids = self.fresh_with(Ty::new(vec![k, Dim::k(1)], Elem::I32), Fill::Index(-2, 9));
        let it = Ty::new(vec![k, Dim::k(1)], Elem::I32);
        let rows = Ty::new(vec![k, tt.dims[1]], tt.elem);
        if self.r.chance(0.5) {
            let width = tt.dims[1].as_const()?;
            let e = self.exact(t);
            self.stmt(
                format!(
                    "%$r = ktensor.general_gather $0, $1 {{collapsed_slice_dims = array<i64: 0>, index_vector_dim = 1 : i64, offset_dims = array<i64: 1>, slice_sizes = array<i64: 1, {width}>, start_index_map = array<i64: 0>}} : ({}, {}) -> {}",
                    tt.text(),
                    it.text(),
                    rows.text()
                ),
                vec![t, ids],
                vec![(rows, e)],
            );
        } else {
            let u = self.of_type(&rows, false);
            let s = Ty::new(vec![], tt.elem).text();
            let e = self.exact(t) && self.exact(u) && !tt.elem.is_float();
            self.stmt(
                format!(
                    "%$r = ktensor.general_scatter $0, $1, $2 {{index_vector_dim = 1 : i64, inserted_window_dims = array<i64: 0>, scatter_dims_to_operand_dims = array<i64: 0>, update_window_dims = array<i64: 1>}} : ({}, {}, {}) -> {} {{\n^bb0(%$r_a: {s}, %$r_b: {s}):\n  %$r_s = ktensor.add %$r_a, %$r_b : {s}\n  ktensor.yield %$r_s : {s}\n}}",
                    tt.text(),
                    it.text(),
                    rows.text(),
                    tt.text()
                ),
                vec![t, ids, u],
                vec![(tt, e)],
            );
            self.reassociated(float);
        }
        Some(())
    }

    /// An elementwise op applied to `$k` inside a region (name suffix `sfx`), exact-preserving
    /// or not; returns the text and whether it keeps exactness.
    fn region_unary(&mut self, arg: &str, sfx: &str, ty: &Ty) -> (String, String, bool) {
        let ops: &[(&str, bool)] = if ty.elem.is_float() {
            &[
                ("neg", true),
                ("abs", true),
                ("tanh", false),
                ("exp", false),
                ("relu", true),
            ]
        } else {
            &[("neg", true), ("abs", true), ("popcnt", true)]
        };
        let &(op, exact) = self.r.pick(ops);
        (
            format!("%$r_{sfx} = ktensor.{op} {arg} : {}\n", ty.text()),
            format!("%$r_{sfx}"),
            exact,
        )
    }

    fn if_op(&mut self) -> Option<()> {
        let c = match self.pick(|p, v| p.exact(v) && *p.ty(v) == Ty::new(vec![], Elem::I1)) {
            Some(c) if self.r.chance(0.5) => c,
            _ => self.fresh(Ty::new(vec![], Elem::I1)),
        };
        let x = self.pick(|p, v| p.ty(v).elem != Elem::I1)?;
        let ty = self.t(x);
        let y = self.of_type(&ty, false);
        let (then, tv, te) = self.region_unary("$1", "t", &ty);
        let (els, ev, ee) = if self.r.chance(0.5) {
            self.region_unary("$2", "e", &ty)
        } else {
            (String::new(), "$2".to_string(), true)
        };
        let e = te && ee && self.exact(x) && self.exact(y);
        let t = ty.text();
        self.stmt(
            format!(
                "%$r = ktensor.if $0 : tensor<i1> -> ({t}) {{\n  {}  ktensor.yield {tv} : {t}\n}} else {{\n  {}  ktensor.yield {ev} : {t}\n}}",
                then.replace('\n', "\n  "),
                els.replace('\n', "\n  ")
            )
            .replace("  \n", "\n"),
            vec![c, x, y],
            vec![(ty, e)],
        );
        Some(())
    }

    fn while_op(&mut self) -> Option<()> {
        let x = self.pick(|p, v| p.ty(v).elem != Elem::I1)?;
        let ty = self.t(x);
        let trips = self.r.range(0, 3);
        let (body, bv, be) = self.region_unary("%$r_v", "w", &ty);
        let t = ty.text();
        let e = be && self.exact(x);
        self.stmt(
            format!(
                "%$r_z = ktensor.constant dense<0> : tensor<i32>
%$r:2 = ktensor.while (%$r_z, $0) : (tensor<i32>, {t}) -> (tensor<i32>, {t}) cond {{
^bb0(%$r_i: tensor<i32>, %$r_v: {t}):
  %$r_n = ktensor.constant dense<{trips}> : tensor<i32>
  %$r_p = ktensor.cmp %$r_i, %$r_n {{predicate = \"lt\"}} : (tensor<i32>, tensor<i32>) -> tensor<i1>
  ktensor.condition %$r_p : tensor<i1>
}} body {{
^bb0(%$r_i: tensor<i32>, %$r_v: {t}):
  %$r_o = ktensor.constant dense<1> : tensor<i32>
  %$r_j = ktensor.add %$r_i, %$r_o : tensor<i32>
  {}  ktensor.yield %$r_j, {bv} : tensor<i32>, {t}
}}",
                body.replace('\n', "\n  ")
            ),
            vec![x],
            vec![(Ty::new(vec![], Elem::I32), true), (ty, e)],
        );
        Some(())
    }

    fn fused(&mut self) -> Option<()> {
        let x = self.pick(|p, v| p.ty(v).elem.is_float())?;
        let ty = self.t(x);
        let y = self.of_type(&ty, false);
        let t = ty.text();
        let (u, uv, ue) = self.region_unary("%$r_s", "u", &ty);
        let op = *self.r.pick(&["add", "mul", "max", "sub"]);
        let e = ue && self.exact(x) && self.exact(y);
        self.stmt(
            format!(
                "%$r = ktensor.fused $0, $1 : ({t}, {t}) -> {t} {{\n^bb0(%$r_p: {t}, %$r_q: {t}):\n  %$r_s = ktensor.{op} %$r_p, %$r_q : {t}\n  {}  ktensor.yield {uv} : {t}\n}}",
                u.replace('\n', "\n  ")
            ),
            vec![x, y],
            vec![(ty, e)],
        );
        Some(())
    }

    /// Returns every value nothing uses (at most four, the last ones).
    fn returns(&mut self) {
        let mut used = std::collections::HashSet::new();
        for s in &self.p.stmts {
            used.extend(s.operands.iter().copied());
        }
        let mut sinks: Vec<Val> = self
            .values()
            .into_iter()
            .filter(|v| matches!(v, Val::Res(..)) && !used.contains(v))
            .collect();
        if sinks.is_empty() {
            sinks.push(Val::Param(0));
        }
        let k = sinks.len().saturating_sub(4);
        self.p.rets = sinks.split_off(k);
    }
}

fn list<T: ToString>(xs: &[T]) -> String {
    xs.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ")
}
