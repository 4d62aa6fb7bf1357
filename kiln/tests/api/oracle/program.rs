//! A random program as data: parameters, statements and returned values, printed as a
//! `func.func` of the tensor dialect. Statements are text templates over their operands, so
//! the minimizer can cut a program down without knowing any op.

use kiln::{DType, Tensor};

/// Element types the generator uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Elem {
    F32,
    F64,
    I32,
    I64,
    I1,
}

impl Elem {
    pub fn text(self) -> &'static str {
        match self {
            Elem::F32 => "f32",
            Elem::F64 => "f64",
            Elem::I32 => "i32",
            Elem::I64 => "i64",
            Elem::I1 => "i1",
        }
    }
    pub fn is_float(self) -> bool {
        matches!(self, Elem::F32 | Elem::F64)
    }
    /// Integers other than `i1`.
    pub fn is_int(self) -> bool {
        matches!(self, Elem::I32 | Elem::I64)
    }
    fn dtype(self) -> DType {
        match self {
            Elem::F32 => DType::F32,
            Elem::F64 => DType::F64,
            Elem::I32 => DType::I32,
            Elem::I64 => DType::I64,
            Elem::I1 => DType::I1,
        }
    }
}

/// An extent `c + n*N + m*M` over the two symbols a program's parameters may use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Dim {
    pub c: i64,
    pub n: i64,
    pub m: i64,
}

impl Dim {
    pub const N: Dim = Dim { c: 0, n: 1, m: 0 };
    pub const M: Dim = Dim { c: 0, n: 0, m: 1 };
    pub const fn k(c: i64) -> Dim {
        Dim { c, n: 0, m: 0 }
    }
    pub fn as_const(self) -> Option<i64> {
        (self.n == 0 && self.m == 0).then_some(self.c)
    }
    pub fn add(self, o: Dim) -> Dim {
        Dim {
            c: self.c + o.c,
            n: self.n + o.n,
            m: self.m + o.m,
        }
    }
    pub fn scale(self, k: i64) -> Dim {
        Dim {
            c: self.c * k,
            n: self.n * k,
            m: self.m * k,
        }
    }
    pub fn eval(self, b: Binding) -> i64 {
        self.c + self.n * b.n + self.m * b.m
    }
    fn text(self) -> String {
        let mut terms = Vec::new();
        for (k, s) in [(self.n, "N"), (self.m, "M")] {
            match k {
                0 => {}
                1 => terms.push(s.to_string()),
                k => terms.push(format!("{k}*{s}")),
            }
        }
        if self.c != 0 || terms.is_empty() {
            terms.push(self.c.to_string());
        }
        if terms.len() == 1 && !terms[0].contains('*') {
            terms.pop().unwrap()
        } else {
            format!("({})", terms.join("+"))
        }
    }
}

/// Every symbol is bound to at least this at a call, so slices of symbolic extents up to it
/// are in bounds.
pub const MIN_SYMBOL: i64 = 2;

/// The symbols' values at one call.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Binding {
    pub n: i64,
    pub m: i64,
}

/// A ranked tensor type.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Ty {
    pub dims: Vec<Dim>,
    pub elem: Elem,
}

impl Ty {
    pub fn new(dims: Vec<Dim>, elem: Elem) -> Ty {
        Ty { dims, elem }
    }
    pub fn with_elem(&self, elem: Elem) -> Ty {
        Ty::new(self.dims.clone(), elem)
    }
    pub fn rank(&self) -> usize {
        self.dims.len()
    }
    pub fn text(&self) -> String {
        let mut s = String::from("tensor<");
        for d in &self.dims {
            s += &d.text();
            s.push('x');
        }
        s += self.elem.text();
        s.push('>');
        s
    }
    pub fn shape(&self, b: Binding) -> Vec<usize> {
        self.dims.iter().map(|d| d.eval(b).max(0) as usize).collect()
    }
}

/// A value: a parameter, or result `j` of statement `i`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Val {
    Param(usize),
    Res(usize, usize),
}

/// How a parameter's elements are drawn.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Fill {
    /// Floats in [-3, 3] (two decimals); with `specials`, a few NaN, ±Inf, ±0, huge and
    /// subnormal values among them.
    Float {
        specials: bool,
    },
    /// Integers in [-20, 20].
    Int,
    /// Integers in [lo, hi] (indices).
    Index(i64, i64),
    Bool,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub ty: Ty,
    pub fill: Fill,
    pub seed: u64,
}

/// One statement: `text` with `$r` for its result name (without `%`) and `$0`, `$1`, ... for
/// its operands.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub text: String,
    pub operands: Vec<Val>,
    /// Result types, and whether every tier must compute the result bit for bit (otherwise
    /// within a float tolerance).
    pub results: Vec<(Ty, bool)>,
    /// A float sum or product in an order each tier chooses (tier 0 accumulates in f64,
    /// native code in the element type, in vector lanes): where one tier overflows, another
    /// may not, so an infinity or NaN here or downstream is not a disagreement.
    pub reassociated: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Program {
    pub params: Vec<Param>,
    pub stmts: Vec<Stmt>,
    pub rets: Vec<Val>,
}

impl Program {
    pub fn ty(&self, v: Val) -> &Ty {
        match v {
            Val::Param(i) => &self.params[i].ty,
            Val::Res(s, j) => &self.stmts[s].results[j].0,
        }
    }
    pub fn exact(&self, v: Val) -> bool {
        match v {
            Val::Param(_) => true,
            Val::Res(s, j) => self.stmts[s].results[j].1,
        }
    }
    /// Whether `v` depends on a reassociated float sum or product ([`Stmt::reassociated`]).
    pub fn overflow_dependent(&self, v: Val) -> bool {
        let Val::Res(last, _) = v else {
            return false;
        };
        let mut dep = vec![false; last + 1];
        for (i, s) in self.stmts[..=last].iter().enumerate() {
            dep[i] = s.reassociated || s.operands.iter().any(|o| matches!(o, Val::Res(j, _) if dep[*j]));
        }
        dep[last]
    }

    /// The symbols some parameter binds (an extent that is the bare symbol).
    pub fn bound(&self) -> Vec<Dim> {
        [Dim::N, Dim::M]
            .into_iter()
            .filter(|s| self.params.iter().any(|p| p.ty.dims.contains(s)))
            .collect()
    }

    /// Whether every extent in the program is known at a call: the symbols its statements'
    /// types use are bound by parameters.
    pub fn symbols_bound(&self) -> bool {
        let bound = self.bound();
        let uses = |d: &Dim, s: Dim| (s == Dim::N && d.n != 0) || (s == Dim::M && d.m != 0);
        self.params
            .iter()
            .map(|p| &p.ty)
            .chain(self.stmts.iter().flat_map(|s| s.results.iter().map(|r| &r.0)))
            .all(|t| {
                t.dims
                    .iter()
                    .all(|d| [Dim::N, Dim::M].iter().all(|&s| !uses(d, s) || bound.contains(&s)))
            })
    }

    fn name(&self, v: Val) -> String {
        match v {
            Val::Param(i) => format!("%a{i}"),
            Val::Res(s, j) if self.stmts[s].results.len() == 1 => {
                debug_assert_eq!(j, 0);
                format!("%v{s}")
            }
            Val::Res(s, j) => format!("%v{s}#{j}"),
        }
    }

    /// The program as a function named `name`.
    pub fn text(&self, name: &str) -> String {
        let params: Vec<String> = (0..self.params.len())
            .map(|i| format!("%a{i}: {}", self.params[i].ty.text()))
            .collect();
        let rtys: Vec<String> = self.rets.iter().map(|&v| self.ty(v).text()).collect();
        let mut s = format!("func.func @{name}({}) -> ({}) {{\n", params.join(", "), rtys.join(", "));
        for (i, st) in self.stmts.iter().enumerate() {
            let mut t = st.text.replace("$r", &format!("v{i}"));
            for (k, &o) in st.operands.iter().enumerate().rev() {
                t = t.replace(&format!("${k}"), &self.name(o));
            }
            for line in t.lines() {
                s += "  ";
                s += line;
                s.push('\n');
            }
        }
        let names: Vec<String> = self.rets.iter().map(|&v| self.name(v)).collect();
        s += &format!("  return {} : {}\n}}\n", names.join(", "), rtys.join(", "));
        s
    }

    /// The arguments of a call at `b`.
    pub fn inputs(&self, b: Binding) -> Vec<Tensor> {
        self.params.iter().map(|p| fill(p, b)).collect()
    }
}

/// splitmix64: a seeded stream of test data and choices (a few lines, so the oracle's
/// programs do not depend on a crate's stream staying the same across versions).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// In `[0, n)`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// In `[lo, hi]`.
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % (hi - lo + 1) as u64) as i64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

fn fill(p: &Param, b: Binding) -> Tensor {
    let shape = p.ty.shape(b);
    let n: usize = shape.iter().product();
    let mut r = Rng::new(p.seed ^ (b.n as u64) << 32 ^ (b.m as u64) << 48);
    const SPECIAL: [f64; 8] = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -0.0,
        0.0,
        3.0e38,
        -1.0e-40,
        1.0e-41,
    ];
    let values: Vec<f64> = (0..n)
        .map(|_| match p.fill {
            Fill::Float { specials } if specials && r.chance(0.15) => *r.pick(&SPECIAL),
            Fill::Float { .. } => r.range(-300, 300) as f64 / 100.0,
            Fill::Int => r.range(-20, 20) as f64,
            Fill::Index(lo, hi) => r.range(lo, hi.max(lo)) as f64,
            Fill::Bool => r.below(2) as f64,
        })
        .collect();
    let out = match p.ty.elem {
        Elem::F32 => t_f32(&shape, &values),
        Elem::F64 => Tensor::from_vec(&shape, values).unwrap(),
        Elem::I32 => Tensor::from_vec(&shape, values.iter().map(|&v| v as i32).collect::<Vec<_>>()).unwrap(),
        Elem::I64 => Tensor::from_vec(&shape, values.iter().map(|&v| v as i64).collect::<Vec<_>>()).unwrap(),
        Elem::I1 => Tensor::from_vec(&shape, values.iter().map(|&v| v as u8).collect::<Vec<_>>()).unwrap(),
    };
    debug_assert_eq!(out.dtype(), p.ty.elem.dtype());
    out
}

fn t_f32(shape: &[usize], v: &[f64]) -> Tensor {
    Tensor::from_vec(shape, v.iter().map(|&x| x as f32).collect::<Vec<_>>()).unwrap()
}
