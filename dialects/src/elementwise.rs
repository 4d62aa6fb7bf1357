//! The tensor dialect's elementwise family, declared once.
//!
//! One row per op gives everything Kiln knows about it outside its tier-0 kernel: the name,
//! summary, operand count, the element types it takes, its scalar form on floats and on
//! integers (the `arith`/`math` op one element is computed with), the StableHLO ops that
//! import to it, whether it commutes and its folder. From this table come the op definitions
//! of the `ktensor` dialect (`tensor.rs`), the importer's renames (`convert-stablehlo-to-tensor`)
//! and the scalar op of every loop body (`convert-tensor-to-loop`). Adding an elementwise op
//! is one row here plus its tier-0 kernel (a completeness test names a missing one).
//!
//! A scalar form of `None` means the loop lowering composes it from several scalar ops (sign,
//! relu, sigmoid, shifts, integer negation and division, which need more than one instruction
//! or a run-time check).

use kiln_ir::registry::{ElemClass, FoldFn};

/// One elementwise op.
#[derive(Clone, Copy, Debug)]
pub struct Elementwise {
    /// `ktensor.<name>`.
    pub name: &'static str,
    /// One-line description (the op's summary).
    pub summary: &'static str,
    /// Operand count (one result).
    pub operands: usize,
    /// The element types it takes (the op definition's `operand_elems`).
    pub class: ElemClass,
    /// The scalar op on float elements.
    pub float: Option<&'static str>,
    /// The scalar op on integer elements.
    pub int: Option<&'static str>,
    /// The StableHLO (or CHLO) ops with the same meaning, imported as this op.
    pub stablehlo: &'static [&'static str],
    /// Operands may be swapped (canonicalization moves constants right).
    pub commutative: bool,
    /// Constant folding.
    pub fold: Option<FoldFn>,
    /// The meaning on one float element, in f64, when the float scalar op does not give it
    /// (see [`Elementwise::meaning`]).
    pub eval: Eval,
}

/// An elementwise op's float meaning, element by element.
#[derive(Clone, Copy, Debug)]
pub enum Eval {
    /// Not given (integer ops, and the composite ones whose kernels are the reference).
    None,
    /// `f(x)`.
    Unary(fn(f64) -> f64),
    /// `f(x, y)`.
    Binary(fn(f64, f64) -> f64),
}

impl Elementwise {
    /// The meaning on one float element, in f64 (rounded to the element type): what tier 0
    /// computes for an op without a kernel of its own, and what its kernels are tested
    /// against. A row whose float form is a `math` op means what that op means.
    pub fn meaning(&self) -> Eval {
        match (self.eval, self.float.and_then(crate::math::lookup)) {
            (Eval::None, Some(m)) => m.eval,
            (e, _) => e,
        }
    }
    /// The scalar op computing this op on elements of a float (`true`) or integer type.
    pub fn scalar(&self, float: bool) -> Option<&'static str> {
        if float {
            self.float
        } else {
            self.int
        }
    }
}

use crate::tensor::{fold_add, fold_div, fold_max, fold_min, fold_mul, fold_sub};
use ElemClass::{Float, Int, Numeric};

impl Elementwise {
    const fn commutes(self, commutative: bool) -> Self {
        Elementwise { commutative, ..self }
    }
    const fn folds(self, fold: FoldFn) -> Self {
        Elementwise {
            fold: Some(fold),
            ..self
        }
    }
    const fn unary(self, f: fn(f64) -> f64) -> Self {
        Elementwise {
            eval: Eval::Unary(f),
            ..self
        }
    }
    const fn binary(self, f: fn(f64, f64) -> f64) -> Self {
        Elementwise {
            eval: Eval::Binary(f),
            ..self
        }
    }
}

macro_rules! elementwise {
    ($($name:literal: $summary:literal, $operands:literal, $class:ident,
       float = $float:expr, int = $int:expr, stablehlo = [$($hlo:literal),*]
       $(, commutative = $comm:literal)? $(, fold = $fold:ident)?
       $(, f = $f:expr)? $(, f2 = $f2:expr)?;)*) => {
        /// Every elementwise op of the tensor dialect (`cmp`, `select`, `convert`, `bitcast`,
        /// `is_finite` and `reduce_precision`, which take attributes or change the element
        /// type, are declared with the other tensor ops).
        pub const ELEMENTWISE: &[Elementwise] = &[$(Elementwise {
            name: $name,
            summary: $summary,
            operands: $operands,
            class: $class,
            float: $float,
            int: $int,
            stablehlo: &[$($hlo),*],
            commutative: false,
            fold: None,
            eval: Eval::None,
        }$(.commutes($comm))?$(.folds($fold))?$(.unary($f))?$(.binary($f2))?),*];
    };
}

elementwise! {
    "ktensor.add": "Elementwise addition", 2, Numeric,
        float = Some("arith.addf"), int = Some("arith.addi"), stablehlo = ["stablehlo.add"],
        commutative = true, fold = fold_add,
        f2 = |x, y| x + y;
    "ktensor.sub": "Elementwise subtraction", 2, Numeric,
        float = Some("arith.subf"), int = Some("arith.subi"), stablehlo = ["stablehlo.subtract"],
        fold = fold_sub,
        f2 = |x, y| x - y;
    "ktensor.mul": "Elementwise multiplication", 2, Numeric,
        float = Some("arith.mulf"), int = Some("arith.muli"), stablehlo = ["stablehlo.multiply"],
        commutative = true, fold = fold_mul,
        f2 = |x, y| x * y;
    "ktensor.div": "Elementwise division (integer division by zero is a run-time error)", 2, Numeric,
        float = Some("arith.divf"), int = None, stablehlo = ["stablehlo.divide"], fold = fold_div,
        f2 = |x, y| x / y;
    "ktensor.rem": "Elementwise remainder", 2, Numeric,
        float = Some("arith.remf"), int = None, stablehlo = ["stablehlo.remainder"],
        f2 = |x, y| x % y;
    "ktensor.max": "Elementwise maximum (NaN-propagating)", 2, Numeric,
        float = Some("arith.maximumf"), int = Some("arith.maxsi"), stablehlo = ["stablehlo.maximum"],
        commutative = true, fold = fold_max,
        f2 = kiln_ir::float::maximum;
    "ktensor.min": "Elementwise minimum (NaN-propagating)", 2, Numeric,
        float = Some("arith.minimumf"), int = Some("arith.minsi"), stablehlo = ["stablehlo.minimum"],
        commutative = true, fold = fold_min,
        f2 = kiln_ir::float::minimum;
    "ktensor.pow": "Elementwise power", 2, Float,
        float = Some("math.powf"), int = None, stablehlo = ["stablehlo.power"];
    "ktensor.atan2": "Elementwise atan2(lhs, rhs): the angle of the point (rhs, lhs)", 2, Float,
        float = Some("math.atan2"), int = None, stablehlo = ["stablehlo.atan2"];
    "ktensor.and": "Elementwise bitwise and", 2, Int,
        float = None, int = Some("arith.andi"), stablehlo = ["stablehlo.and"];
    "ktensor.or": "Elementwise bitwise or", 2, Int,
        float = None, int = Some("arith.ori"), stablehlo = ["stablehlo.or"];
    "ktensor.xor": "Elementwise bitwise xor", 2, Int,
        float = None, int = Some("arith.xori"), stablehlo = ["stablehlo.xor"];
    "ktensor.shift_left": "Elementwise x << y (0 once y reaches the width)", 2, Int,
        float = None, int = None, stablehlo = ["stablehlo.shift_left"];
    "ktensor.shift_right_arithmetic": "Elementwise x >> y filling with the sign bit", 2, Int,
        float = None, int = None, stablehlo = ["stablehlo.shift_right_arithmetic"];
    "ktensor.shift_right_logical": "Elementwise x >> y filling with zeros", 2, Int,
        float = None, int = None, stablehlo = ["stablehlo.shift_right_logical"];
    "ktensor.neg": "Elementwise negation", 1, Numeric,
        float = Some("arith.negf"), int = None, stablehlo = ["stablehlo.negate"],
        f = |x| -x;
    "ktensor.abs": "Elementwise absolute value", 1, Numeric,
        float = Some("math.absf"), int = Some("math.absi"), stablehlo = ["stablehlo.abs"];
    "ktensor.exp": "Elementwise e^x", 1, Float,
        float = Some("math.exp"), int = None, stablehlo = ["stablehlo.exponential"];
    "ktensor.log": "Elementwise natural logarithm", 1, Float,
        float = Some("math.log"), int = None, stablehlo = ["stablehlo.log"];
    "ktensor.tanh": "Elementwise hyperbolic tangent", 1, Float,
        float = Some("math.tanh"), int = None, stablehlo = ["stablehlo.tanh"];
    "ktensor.sqrt": "Elementwise square root", 1, Float,
        float = Some("math.sqrt"), int = None, stablehlo = ["stablehlo.sqrt"];
    "ktensor.rsqrt": "Elementwise 1/sqrt(x)", 1, Float,
        float = Some("math.rsqrt"), int = None, stablehlo = ["stablehlo.rsqrt"];
    "ktensor.erf": "Elementwise error function", 1, Float,
        float = Some("math.erf"), int = None, stablehlo = ["chlo.erf"];
    "ktensor.floor": "Elementwise round down", 1, Float,
        float = Some("math.floor"), int = None, stablehlo = ["stablehlo.floor"];
    "ktensor.ceil": "Elementwise round up", 1, Float,
        float = Some("math.ceil"), int = None, stablehlo = ["stablehlo.ceil"];
    "ktensor.round": "Elementwise round, half away from zero", 1, Float,
        float = Some("math.round"), int = None, stablehlo = ["stablehlo.round_nearest_afz"];
    "ktensor.roundeven": "Elementwise round, half to even", 1, Float,
        float = Some("math.roundeven"), int = None, stablehlo = ["stablehlo.round_nearest_even"];
    "ktensor.sin": "Elementwise sine", 1, Float,
        float = Some("math.sin"), int = None, stablehlo = ["stablehlo.sine"];
    "ktensor.cos": "Elementwise cosine", 1, Float,
        float = Some("math.cos"), int = None, stablehlo = ["stablehlo.cosine"];
    "ktensor.tan": "Elementwise tangent", 1, Float,
        float = Some("math.tan"), int = None, stablehlo = ["stablehlo.tan"];
    "ktensor.expm1": "Elementwise e^x - 1", 1, Float,
        float = Some("math.expm1"), int = None, stablehlo = ["stablehlo.exponential_minus_one"];
    "ktensor.log1p": "Elementwise ln(1 + x)", 1, Float,
        float = Some("math.log1p"), int = None, stablehlo = ["stablehlo.log_plus_one"];
    "ktensor.cbrt": "Elementwise cube root", 1, Float,
        float = Some("math.cbrt"), int = None, stablehlo = ["stablehlo.cbrt"];
    "ktensor.erf_inv": "Elementwise inverse error function", 1, Float,
        float = Some("kmath.erf_inv"), int = None, stablehlo = ["chlo.erf_inv"];
    "ktensor.atan": "Elementwise arctangent", 1, Float,
        float = Some("math.atan"), int = None, stablehlo = ["chlo.atan"];
    "ktensor.asinh": "Elementwise inverse hyperbolic sine", 1, Float,
        float = Some("math.asinh"), int = None, stablehlo = ["chlo.asinh"];
    "ktensor.sign": "Elementwise -1, 0 or 1 (keeps ±0 and NaN)", 1, Numeric,
        float = None, int = None, stablehlo = ["stablehlo.sign"];
    "ktensor.relu": "Elementwise max(x, 0)", 1, Numeric,
        float = None, int = None, stablehlo = [],
        f = |x| if x > 0.0 || x.is_nan() { x } else { 0.0 };
    "ktensor.sigmoid": "Elementwise 1/(1+e^-x)", 1, Float,
        float = None, int = None, stablehlo = ["stablehlo.logistic"],
        f = |x| 1.0 / (1.0 + (-x).exp());
    "ktensor.popcnt": "Elementwise count of set bits", 1, Int,
        float = None, int = Some("math.ctpop"), stablehlo = ["stablehlo.popcnt"];
    "ktensor.clz": "Elementwise count of leading zero bits", 1, Int,
        float = None, int = Some("math.ctlz"), stablehlo = ["stablehlo.count_leading_zeros"];
}

/// The row of elementwise op `name`.
pub fn lookup(name: &str) -> Option<&'static Elementwise> {
    ELEMENTWISE.iter().find(|e| e.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_consistent() {
        let mut names: Vec<&str> = ELEMENTWISE.iter().map(|e| e.name).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), ELEMENTWISE.len(), "one row per op");
        for e in ELEMENTWISE {
            assert!(matches!(e.operands, 1 | 2), "{}", e.name);
            // A class without floats has no float form, and one without integers no int form.
            if e.class == ElemClass::Int {
                assert!(e.float.is_none(), "{}", e.name);
            }
            if e.class == ElemClass::Float {
                assert!(e.int.is_none(), "{}", e.name);
            }
            for s in [e.float, e.int].into_iter().flatten() {
                assert!(
                    s.starts_with("arith.") || s.starts_with("math.") || s.starts_with("kmath."),
                    "{}: {s}",
                    e.name
                );
            }
        }
    }

    #[test]
    fn every_name_a_row_uses_is_a_registered_op() {
        let ctx = crate::context();
        for e in ELEMENTWISE {
            let def = ctx
                .op_def(e.name)
                .unwrap_or_else(|| panic!("{} is not registered", e.name));
            assert_eq!(def.operands, kiln_ir::registry::Arity::Exact(e.operands), "{}", e.name);
            for n in [e.float, e.int]
                .into_iter()
                .flatten()
                .chain(e.stablehlo.iter().copied())
            {
                let scalar = ctx
                    .op_def(n)
                    .unwrap_or_else(|| panic!("{}: {n} is not registered", e.name));
                assert_eq!(
                    scalar.operands,
                    kiln_ir::registry::Arity::Exact(e.operands),
                    "{}: {n}",
                    e.name
                );
            }
        }
    }

    /// The element-type class of every elementwise and math op is declared on its definition
    /// and enforced by the verifier: a generic-form instance on the wrong element type is a
    /// located error (at verify, before any hook or lowering sees it).
    #[test]
    fn every_row_rejects_the_wrong_element_type() {
        use kiln_ir::parser::{parse_source, ParseConfig};
        let ctx = std::sync::Arc::new(crate::context());
        let rows = ELEMENTWISE
            .iter()
            .map(|e| (e.name, e.operands, e.class, "tensor<4x", ">"))
            .chain(crate::math::MATH.iter().map(|r| (r.name, r.operands, r.class, "", "")));
        for (name, n, class, pre, post) in rows {
            assert_eq!(ctx.op_def(name).unwrap().operand_elems, class, "{name}");
            let wrong = if class == ElemClass::Float { "i32" } else { "f32" };
            if class == ElemClass::Numeric {
                continue;
            }
            let t = format!("{pre}{wrong}{post}");
            let args: Vec<String> = (0..n).map(|i| format!("%a{i}: {t}")).collect();
            let uses: Vec<String> = (0..n).map(|i| format!("%a{i}")).collect();
            let tys = vec![t.clone(); n].join(", ");
            let src = format!(
                "func.func @f({}) {{\n  %0 = \"{name}\"({}) : ({tys}) -> {t}\n  return\n}}\n",
                args.join(", "),
                uses.join(", ")
            );
            let m = parse_source(&ctx, &src, &ParseConfig::default()).expect("parses");
            let errs = kiln_ir::verify::verify(&m, m.root()).expect_err(name);
            let msg = &errs[0].message;
            assert!(
                msg.contains(&format!("operand #0 must be {}", class.describe())),
                "{name}: {msg}"
            );
            let line = errs[0].loc.and_then(|l| ctx.file_line_col(l)).map(|(_, line, _)| line);
            assert_eq!(line, Some(2), "{name}: the error is located at the op");
        }
    }
}
