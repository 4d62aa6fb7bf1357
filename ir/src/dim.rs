//! Symbolic dimension algebra: canonical forms, equality, substitution.
//!
//! A dimension expression is normalized to a polynomial with integer coefficients over atoms.
//! An atom is a symbol, or a floor division or remainder that does not divide out, kept as
//! an opaque unit. Two expressions are equal exactly when their difference normalizes to zero.
//! A nonzero constant difference means they certainly differ; anything else is unknown until
//! run time. Terms are ordered by symbol *name*, so the canonical text does not depend on the
//! order symbols were interned in.

use crate::context::{Context, Sym};
use crate::types::{Dim, DimOp};
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
struct Atom {
    /// Sort key and identity: the symbol name, or the printed opaque expression.
    key: String,
    dim: Dim,
}

impl PartialEq for Atom {
    fn eq(&self, o: &Self) -> bool {
        self.key == o.key
    }
}
impl Eq for Atom {}
impl PartialOrd for Atom {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Atom {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.key.cmp(&o.key)
    }
}

type Monomial = Vec<Atom>;

/// A polynomial: monomial (sorted atoms; empty for the constant term) to nonzero coefficient.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
struct Poly(BTreeMap<Monomial, i64>);

impl Poly {
    fn constant(c: i64) -> Poly {
        let mut m = BTreeMap::new();
        if c != 0 {
            m.insert(Vec::new(), c);
        }
        Poly(m)
    }
    fn atom(a: Atom) -> Poly {
        let mut m = BTreeMap::new();
        m.insert(vec![a], 1);
        Poly(m)
    }
    fn as_const(&self) -> Option<i64> {
        match self.0.len() {
            0 => Some(0),
            1 => self.0.get(&Vec::new()).copied(),
            _ => None,
        }
    }
    fn add(mut self, o: &Poly, sign: i64) -> Poly {
        for (k, v) in &o.0 {
            let e = self.0.entry(k.clone()).or_insert(0);
            *e = e.wrapping_add(v.wrapping_mul(sign));
            if *e == 0 {
                self.0.remove(k);
            }
        }
        self
    }
    fn mul(&self, o: &Poly) -> Poly {
        let mut out = Poly::default();
        for (ka, va) in &self.0 {
            for (kb, vb) in &o.0 {
                let mut k: Monomial = ka.iter().chain(kb.iter()).cloned().collect();
                k.sort();
                let mut term = Poly::default();
                term.0.insert(k, va.wrapping_mul(*vb));
                out = out.add(&term, 1);
            }
        }
        out
    }
    fn all_divisible_by(&self, c: i64) -> bool {
        c != 0 && self.0.values().all(|v| v % c == 0)
    }
    fn div_exact(&self, c: i64) -> Poly {
        Poly(self.0.iter().map(|(k, v)| (k.clone(), v / c)).collect())
    }
}

fn opaque(ctx: &Context, d: Dim) -> Poly {
    let mut key = String::new();
    crate::printer::print_dim(ctx, &d, &mut key);
    Poly::atom(Atom { key, dim: d })
}

/// `None` when the expression contains `?` (which is not an algebraic quantity).
fn to_poly(ctx: &Context, d: &Dim) -> Option<Poly> {
    Some(match d {
        Dim::Const(c) => Poly::constant(*c),
        Dim::Dynamic => return None,
        Dim::Sym(s) => Poly::atom(Atom {
            key: ctx.str(*s).to_string(),
            dim: Dim::Sym(*s),
        }),
        Dim::Expr(e) => {
            let l = to_poly(ctx, &e.lhs)?;
            let r = to_poly(ctx, &e.rhs)?;
            match e.op {
                DimOp::Add => l.add(&r, 1),
                DimOp::Sub => l.add(&r, -1),
                DimOp::Mul => l.mul(&r),
                DimOp::Div => match (l.as_const(), r.as_const()) {
                    (Some(a), Some(b)) if b != 0 => {
                        Poly::constant(a.div_euclid(b) - if a.rem_euclid(b) != 0 && b < 0 { 1 } else { 0 })
                    }
                    (_, Some(b)) if l.all_divisible_by(b) => l.div_exact(b),
                    _ if l == r && !l.0.is_empty() => Poly::constant(1),
                    _ => opaque(ctx, Dim::expr(DimOp::Div, from_poly(&l), from_poly(&r))),
                },
                DimOp::Mod => match (l.as_const(), r.as_const()) {
                    (Some(a), Some(b)) if b != 0 => Poly::constant(a.rem_euclid(b)),
                    (_, Some(b)) if l.all_divisible_by(b) => Poly::constant(0),
                    _ => opaque(ctx, Dim::expr(DimOp::Mod, from_poly(&l), from_poly(&r))),
                },
            }
        }
    })
}

fn monomial_dim(atoms: &[Atom]) -> Dim {
    let mut it = atoms.iter();
    let first = it.next().map(|a| a.dim.clone()).unwrap_or(Dim::Const(1));
    it.fold(first, |acc, a| Dim::expr(DimOp::Mul, acc, a.dim.clone()))
}

fn term_dim(coef: i64, atoms: &[Atom]) -> Dim {
    if atoms.is_empty() {
        return Dim::Const(coef);
    }
    let m = monomial_dim(atoms);
    if coef == 1 {
        m
    } else {
        Dim::expr(DimOp::Mul, Dim::Const(coef), m)
    }
}

/// Canonical order: positive terms by decreasing degree then name, then the constant, then
/// negative terms subtracted.
fn from_poly(p: &Poly) -> Dim {
    if let Some(c) = p.as_const() {
        return Dim::Const(c);
    }
    let mut terms: Vec<(&Monomial, i64)> =
        p.0.iter()
            .filter(|(k, _)| !k.is_empty())
            .map(|(k, v)| (k, *v))
            .collect();
    terms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(b.0)));
    let constant = p.0.get(&Vec::new()).copied().unwrap_or(0);
    let mut acc: Option<Dim> = None;
    for (k, v) in terms.iter().filter(|(_, v)| *v > 0) {
        let t = term_dim(*v, k);
        acc = Some(match acc {
            None => t,
            Some(a) => Dim::expr(DimOp::Add, a, t),
        });
    }
    if constant != 0 {
        acc = Some(match acc {
            None => Dim::Const(constant),
            Some(a) if constant > 0 => Dim::expr(DimOp::Add, a, Dim::Const(constant)),
            Some(a) => Dim::expr(DimOp::Sub, a, Dim::Const(-constant)),
        });
    }
    for (k, v) in terms.iter().filter(|(_, v)| *v < 0) {
        let t = term_dim(-*v, k);
        acc = Some(Dim::expr(DimOp::Sub, acc.unwrap_or(Dim::Const(0)), t));
    }
    acc.unwrap_or(Dim::Const(0))
}

/// The canonical form of `d` (`?` stays `?`; an expression containing `?` becomes `?`).
pub fn simplify(ctx: &Context, d: &Dim) -> Dim {
    match d {
        Dim::Const(_) | Dim::Dynamic | Dim::Sym(_) => d.clone(),
        Dim::Expr(_) => match to_poly(ctx, d) {
            Some(p) => from_poly(&p),
            None => Dim::Dynamic,
        },
    }
}

/// Decides `a == b`: `Some(true)` always equal, `Some(false)` never equal, `None` unknown until
/// run time (different symbols, or `?`).
pub fn equal(ctx: &Context, a: &Dim, b: &Dim) -> Option<bool> {
    let (pa, pb) = (to_poly(ctx, a)?, to_poly(ctx, b)?);
    let diff = pa.add(&pb, -1);
    match diff.as_const() {
        Some(0) => Some(true),
        Some(_) => Some(false),
        None => None,
    }
}

/// `a + b`, simplified.
pub fn add(ctx: &Context, a: &Dim, b: &Dim) -> Dim {
    simplify(ctx, &Dim::expr(DimOp::Add, a.clone(), b.clone()))
}

/// `a * b`, simplified.
pub fn mul(ctx: &Context, a: &Dim, b: &Dim) -> Dim {
    simplify(ctx, &Dim::expr(DimOp::Mul, a.clone(), b.clone()))
}

/// Applies `op`, simplified.
pub fn apply(ctx: &Context, op: DimOp, a: &Dim, b: &Dim) -> Dim {
    simplify(ctx, &Dim::expr(op, a.clone(), b.clone()))
}

/// The product of `dims`, simplified (`?` if any is `?`).
pub fn product(ctx: &Context, dims: &[Dim]) -> Dim {
    dims.iter().fold(Dim::Const(1), |acc, d| {
        if matches!(d, Dim::Dynamic) || matches!(acc, Dim::Dynamic) {
            Dim::Dynamic
        } else {
            mul(ctx, &acc, d)
        }
    })
}

/// Replaces bound symbols by their values and simplifies.
pub fn substitute(ctx: &Context, d: &Dim, bind: &dyn Fn(Sym) -> Option<i64>) -> Dim {
    fn go(d: &Dim, bind: &dyn Fn(Sym) -> Option<i64>) -> Dim {
        match d {
            Dim::Sym(s) => bind(*s).map(Dim::Const).unwrap_or(Dim::Sym(*s)),
            Dim::Expr(e) => Dim::expr(e.op, go(&e.lhs, bind), go(&e.rhs, bind)),
            _ => d.clone(),
        }
    }
    simplify(ctx, &go(d, bind))
}

/// Why [`evaluate`] has no value: the result does not fit an i64 (or divides by zero).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Overflow;

/// The value of `d` with symbols bound by `bind`, in checked arithmetic, with the algebra's
/// meaning (`/` floors, `%` is never negative). `Ok(None)` when it mentions `?` or an unbound
/// symbol; `Err(Overflow)` when a step does not fit an i64. Run-time extents go through this
/// rather than [`substitute`], whose polynomial arithmetic wraps: a wrapped extent would size
/// a buffer smaller than the loops that fill it.
pub fn evaluate(d: &Dim, bind: &dyn Fn(Sym) -> Option<i64>) -> Result<Option<i64>, Overflow> {
    Ok(Some(match d {
        Dim::Const(c) => *c,
        Dim::Dynamic => return Ok(None),
        Dim::Sym(s) => match bind(*s) {
            Some(v) => v,
            None => return Ok(None),
        },
        Dim::Expr(e) => {
            let (Some(a), Some(b)) = (evaluate(&e.lhs, bind)?, evaluate(&e.rhs, bind)?) else {
                return Ok(None);
            };
            match e.op {
                DimOp::Add => a.checked_add(b),
                DimOp::Sub => a.checked_sub(b),
                DimOp::Mul => a.checked_mul(b),
                DimOp::Div => a.checked_div_euclid(b).zip(a.checked_rem_euclid(b)).and_then(|(q, r)| {
                    if r != 0 && b < 0 {
                        q.checked_sub(1)
                    } else {
                        Some(q)
                    }
                }),
                DimOp::Mod => a.checked_rem_euclid(b),
            }
            .ok_or(Overflow)?
        }
    }))
}

/// The symbols `d` mentions.
pub fn symbols(d: &Dim, out: &mut Vec<Sym>) {
    match d {
        Dim::Sym(s) if !out.contains(s) => out.push(*s),
        Dim::Expr(e) => {
            symbols(&e.lhs, out);
            symbols(&e.rhs, out);
        }
        _ => {}
    }
}

/// The more specific of two dimensions known (or assumed) equal: a constant over an expression
/// over `?`; between two symbolic forms, the first.
pub fn refine(a: &Dim, b: &Dim) -> Dim {
    match (a, b) {
        (Dim::Dynamic, x) | (x, Dim::Dynamic) => x.clone(),
        (Dim::Const(_), _) => a.clone(),
        (_, Dim::Const(_)) => b.clone(),
        _ => a.clone(),
    }
}

/// Rewrites every dimension inside `t` (through tensors, memrefs, functions and tuples).
pub fn map_type_dims(ctx: &Context, t: crate::types::Type, f: &dyn Fn(&Dim) -> Dim) -> crate::types::Type {
    use crate::types::TypeKind;
    match ctx.ty(t).clone() {
        TypeKind::Tensor {
            shape: Some(s),
            elem,
            encoding,
        } => {
            let shape = s.iter().map(f).collect::<Vec<_>>().into();
            ctx.intern_type(TypeKind::Tensor {
                shape: Some(shape),
                elem: map_type_dims(ctx, elem, f),
                encoding,
            })
        }
        TypeKind::MemRef {
            shape: Some(s),
            elem,
            layout,
            memory_space,
        } => {
            let shape = s.iter().map(f).collect::<Vec<_>>().into();
            ctx.intern_type(TypeKind::MemRef {
                shape: Some(shape),
                elem,
                layout,
                memory_space,
            })
        }
        TypeKind::Function { inputs, results } => {
            let i: Vec<_> = inputs.iter().map(|&x| map_type_dims(ctx, x, f)).collect();
            let r: Vec<_> = results.iter().map(|&x| map_type_dims(ctx, x, f)).collect();
            ctx.function_type(&i, &r)
        }
        TypeKind::Tuple(ts) => ctx.intern_type(TypeKind::Tuple(ts.iter().map(|&x| map_type_dims(ctx, x, f)).collect())),
        _ => t,
    }
}

/// Checks that `declared` can hold a value of type `inferred`: same kind and element type, same
/// rank, and no dimension pair that certainly differs.
pub fn check_compatible(
    ctx: &Context,
    declared: crate::types::Type,
    inferred: crate::types::Type,
) -> Result<(), String> {
    use crate::types::TypeKind;
    if declared == inferred {
        return Ok(());
    }
    let show = |t| crate::printer::type_to_string(ctx, t);
    let mismatch = || {
        Err(format!(
            "result type '{}' is incompatible with the inferred type '{}'",
            show(declared),
            show(inferred)
        ))
    };
    match (ctx.ty(declared), ctx.ty(inferred)) {
        (TypeKind::Tensor { shape: a, elem: ea, .. }, TypeKind::Tensor { shape: b, elem: eb, .. })
        | (TypeKind::MemRef { shape: a, elem: ea, .. }, TypeKind::MemRef { shape: b, elem: eb, .. }) => {
            if ea != eb {
                return mismatch();
            }
            match (a, b) {
                (Some(a), Some(b)) => {
                    if a.len() != b.len() || a.iter().zip(b.iter()).any(|(x, y)| equal(ctx, x, y) == Some(false)) {
                        return mismatch();
                    }
                    Ok(())
                }
                _ => Ok(()),
            }
        }
        _ => mismatch(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printer::print_dim;

    fn parse(ctx: &std::sync::Arc<Context>, s: &str) -> Dim {
        let t = crate::parser::parse_type_str(ctx, &format!("tensor<{s}xf32>")).unwrap();
        ctx.ty(t).shape().unwrap()[0].clone()
    }
    fn show(ctx: &Context, d: &Dim) -> String {
        let mut s = String::new();
        print_dim(ctx, d, &mut s);
        s
    }

    #[test]
    fn evaluate_is_checked_and_floors_like_the_algebra() {
        let ctx = std::sync::Arc::new(Context::new());
        let n = ctx.sym("N");
        let bind = |v: i64| move |s: Sym| (s == n).then_some(v);
        let eval = |text: &str, v: i64| evaluate(&parse(&ctx, text), &bind(v));
        assert_eq!(eval("(N*N+1)", 3), Ok(Some(10)));
        assert_eq!(eval("(N/2)", -3), Ok(Some(-2)), "floor division");
        assert_eq!(eval("(N%2)", -3), Ok(Some(1)), "never negative, as simplify computes");
        assert_eq!(eval("(N*N)", 1 << 32), Err(Overflow), "2^64 does not wrap to 0");
        assert_eq!(eval("(N+1)", i64::MAX), Err(Overflow));
        assert_eq!(eval("(N/0)", 5), Err(Overflow));
        assert_eq!(evaluate(&parse(&ctx, "(M+1)"), &bind(1)), Ok(None), "an unbound symbol");
        // The algebra agrees where nothing overflows.
        for text in ["(N*4/2)", "(N*N-1)", "(7/2)", "((N+1)*(N-1))", "(N*3%4)"] {
            for v in [-7, -1, 0, 1, 5, 1000] {
                let d = parse(&ctx, text);
                assert_eq!(
                    eval(text, v).unwrap(),
                    substitute(&ctx, &d, &bind(v)).as_const(),
                    "{text} at N={v}"
                );
            }
        }
    }

    #[test]
    fn canonical_forms() {
        let ctx = std::sync::Arc::new(Context::new());
        let cases = [
            ("(N*2)", "(2*N)"),
            ("(2*N)", "(2*N)"),
            ("(N+N)", "(2*N)"),
            ("(M+N-M)", "N"),
            ("(N*M+1-1)", "(M*N)"),
            ("((N+1)*(N-1))", "(N*N-1)"),
            ("(N*4/2)", "(2*N)"),
            ("(N*4%2)", "0"),
            ("(7/2)", "3"),
            ("(N/3)", "(N/3)"),
            ("(N-M)", "(N-M)"),
            ("(B*S*4)", "(4*B*S)"),
        ];
        for (src, want) in cases {
            let d = simplify(&ctx, &parse(&ctx, src));
            assert_eq!(show(&ctx, &d), want, "{src}");
        }
    }

    #[test]
    fn equality_decisions() {
        let ctx = std::sync::Arc::new(Context::new());
        let p = |s| parse(&ctx, s);
        assert_eq!(equal(&ctx, &p("(N*2)"), &p("(N+N)")), Some(true));
        assert_eq!(equal(&ctx, &p("64"), &p("128")), Some(false));
        assert_eq!(equal(&ctx, &p("(N+1)"), &p("N")), Some(false));
        assert_eq!(equal(&ctx, &p("N"), &p("M")), None);
        assert_eq!(equal(&ctx, &p("?"), &p("4")), None);
        assert_eq!(equal(&ctx, &p("((A+B)*(A+B))"), &p("(A*A+2*A*B+B*B)")), Some(true));
    }

    #[test]
    fn substitution() {
        let ctx = std::sync::Arc::new(Context::new());
        let n = ctx.sym("N");
        let d = parse(&ctx, "(N*2+M)");
        let s = substitute(&ctx, &d, &|s| (s == n).then_some(64));
        assert_eq!(show(&ctx, &s), "(M+128)");
        let all = substitute(&ctx, &s, &|_| Some(3));
        assert_eq!(all, Dim::Const(131));
        assert_eq!(
            product(&ctx, &[Dim::Const(4), parse(&ctx, "N"), Dim::Const(2)]).clone(),
            parse(&ctx, "(8*N)")
        );
    }
}
