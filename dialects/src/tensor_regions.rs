//! Shape functions and verifiers of the tensor ops that carry a combiner or comparator region:
//! `reduce_region`, `reduce_window`, `sort` and `general_scatter`. Region arguments are scalars
//! or rank-0 tensors of the element types (imported StableHLO bodies use rank-0 tensors).

use crate::tensor::{axis, i64s, int_attr, opt_i64s, reduced_dims, shape_of, show, tensor, unify, R};
use kiln_ir::module::{Module, OpId};
use kiln_ir::printer::type_to_string;
use kiln_ir::{dim, Dim, Type, TypeKind};

/// The element type of `t` when it is that scalar or a rank-0 tensor of it.
fn scalar_elem(m: &Module, t: Type) -> Option<Type> {
    match m.ctx().ty(t) {
        TypeKind::Tensor {
            shape: Some(s), elem, ..
        } if s.is_empty() => Some(*elem),
        TypeKind::Tensor { .. } => None,
        _ => Some(t),
    }
}

/// Checks that the region's block takes scalars of `args` and its terminator yields scalars of
/// `yields` (each as the scalar type or a rank-0 tensor).
pub(crate) fn check_region(m: &Module, op: OpId, what: &str, args: &[Type], yields: &[Type]) -> R<()> {
    let names = |ts: &[Type]| {
        ts.iter()
            .map(|&t| type_to_string(m.ctx(), t))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let r = *m
        .regions(op)
        .first()
        .ok_or_else(|| format!("expects a {what} region"))?;
    let b = *m
        .region_blocks(r)
        .first()
        .ok_or_else(|| format!("expects a non-empty {what}"))?;
    let got: Vec<Option<Type>> = m
        .block_args(b)
        .iter()
        .map(|&a| scalar_elem(m, m.value_type(a)))
        .collect();
    if got.len() != args.len() || got.iter().zip(args).any(|(g, w)| *g != Some(*w)) {
        return Err(format!("expects the {what} to take ({}) arguments", names(args)));
    }
    let t = m
        .last_op(b)
        .ok_or_else(|| format!("expects the {what} to end with a terminator"))?;
    let got: Vec<Option<Type>> = m.operands(t).map(|v| scalar_elem(m, m.value_type(v))).collect();
    if got.len() != yields.len() || got.iter().zip(yields).any(|(g, w)| *g != Some(*w)) {
        return Err(format!("expects the {what} to yield ({})", names(yields)));
    }
    Ok(())
}

/// Splits operands `inputs..., inits...` and checks the inputs share a shape and each init is a
/// scalar of its input's element type. Returns the shape and the element types.
fn inputs_and_inits(m: &Module, op: OpId) -> R<(Vec<Dim>, Vec<Type>)> {
    let n = m.num_operands(op) - dynamic_window_operands(m, op);
    if n == 0 || !n.is_multiple_of(2) {
        return Err(format!(
            "expects inputs followed by as many initial values, got {n} operands"
        ));
    }
    let n = n / 2;
    let (mut dims, _) = shape_of(m, m.operand_value(op, 0))?;
    let mut elems = Vec::with_capacity(n);
    for i in 0..n {
        let v = m.operand_value(op, i);
        let (_, e) = shape_of(m, v)?;
        if i > 0 {
            let u = unify(m, m.operand_value(op, 0), v)?;
            dims = dims.iter().zip(&u).map(|(a, b)| dim::refine(a, b)).collect();
        }
        let init = m.operand_value(op, n + i);
        if scalar_elem(m, m.value_type(init)) != Some(e) {
            return Err(format!(
                "expects initial value #{i} to be a '{}' scalar, got '{}'",
                type_to_string(m.ctx(), e),
                show(m, init)
            ));
        }
        elems.push(e);
    }
    Ok((dims, elems))
}

/// `reduce_region(inputs..., inits...)`: the combiner takes the accumulators then the elements.
pub(crate) fn infer_reduce_region(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (dims, elems) = inputs_and_inits(m, op)?;
    let args: Vec<Type> = elems.iter().chain(&elems).copied().collect();
    check_region(m, op, "combiner", &args, &elems)?;
    let out = reduced_dims(m, op, &dims)?;
    Ok(elems.iter().map(|&e| tensor(m.ctx(), out.clone(), e)).collect())
}

/// How many trailing operands of a `reduce_window` are its run-time window (5: window
/// dimensions, strides, base and window dilations, padding as `[low, high]` pairs, JAX's
/// `stablehlo.dynamic_reduce_window` under shape polymorphism); 0 when the window is
/// attributes. Inputs and initial values pair up, so a run-time window makes the count odd.
pub fn dynamic_window_operands(m: &Module, op: OpId) -> usize {
    if m.op_name(op) == "ktensor.reduce_window" && m.num_operands(op) % 2 == 1 {
        5
    } else {
        0
    }
}

/// The window attributes of `reduce_window`, defaulted, for a rank-`rank` input.
pub struct Window {
    pub dims: Vec<i64>,
    pub strides: Vec<i64>,
    pub base_dilations: Vec<i64>,
    pub window_dilations: Vec<i64>,
    /// `(low, high)` per dimension.
    pub padding: Vec<(i64, i64)>,
}

impl Window {
    /// Reads and checks the attributes of a `reduce_window` (also used by the interpreter).
    pub fn of(m: &Module, op: OpId, rank: usize) -> R<Window> {
        let lists = [
            i64s(m, op, "window_dimensions")?,
            opt_i64s(m, op, "window_strides", vec![1; rank])?,
            opt_i64s(m, op, "base_dilations", vec![1; rank])?,
            opt_i64s(m, op, "window_dilations", vec![1; rank])?,
            opt_i64s(m, op, "padding", vec![0; 2 * rank])?,
        ];
        Self::from_values(rank, lists)
    }

    /// A window from its five lists (the attributes, or the values of a run-time window, see
    /// [`dynamic_window_operands`]), checked: `rank` positive sizes, strides and dilations,
    /// `2·rank` padding entries.
    pub fn from_values(rank: usize, lists: [Vec<i64>; 5]) -> R<Window> {
        let [dims, strides, base_dilations, window_dilations, pad] = lists;
        for (name, v) in [
            ("window_dimensions", &dims),
            ("window_strides", &strides),
            ("base_dilations", &base_dilations),
            ("window_dilations", &window_dilations),
        ] {
            if v.len() != rank {
                return Err(format!("expects '{name}' to have {rank} entries, got {}", v.len()));
            }
            if v.iter().any(|&x| x < 1) {
                return Err(format!("expects '{name}' to be positive"));
            }
        }
        if pad.len() != 2 * rank {
            return Err(format!(
                "expects 'padding' to have {} entries (low, high per dimension)",
                2 * rank
            ));
        }
        let padding = pad.chunks(2).map(|c| (c[0], c[1])).collect();
        Ok(Window {
            dims,
            strides,
            base_dilations,
            window_dilations,
            padding,
        })
    }

    /// The output extent along `d` for an input extent `n`, or None when it is empty or negative.
    pub fn out_extent(&self, d: usize, n: i64) -> i64 {
        let padded = if n == 0 {
            0
        } else {
            (n - 1) * self.base_dilations[d] + 1
        } + self.padding[d].0
            + self.padding[d].1;
        let span = (self.dims[d] - 1) * self.window_dilations[d] + 1;
        if padded < span {
            0
        } else {
            (padded - span) / self.strides[d] + 1
        }
    }

    /// True when dimension `d` maps each element to itself (window 1, stride 1, no padding).
    fn is_identity(&self, d: usize) -> bool {
        self.dims[d] == 1 && self.strides[d] == 1 && self.base_dilations[d] == 1 && self.padding[d] == (0, 0)
    }
}

/// `reduce_window(inputs..., inits...)`: a reduction over each window; a dimension that is not
/// constant keeps its extent only when its window is trivial, else becomes `?`.
pub(crate) fn infer_reduce_window(m: &Module, op: OpId) -> R<Vec<Type>> {
    let (dims, elems) = inputs_and_inits(m, op)?;
    let args: Vec<Type> = elems.iter().chain(&elems).copied().collect();
    check_region(m, op, "combiner", &args, &elems)?;
    let extra = dynamic_window_operands(m, op);
    if extra > 0 {
        // The window is known at run time: integer lists of `rank` entries, the padding
        // `2·rank` (or `rank x 2`); every extent is `?`.
        let first = m.num_operands(op) - extra;
        let rank = dims.len() as i64;
        for i in first..m.num_operands(op) {
            let (s, e) = shape_of(m, m.operand_value(op, i))?;
            let want: &[&[Dim]] = if i == m.num_operands(op) - 1 {
                &[&[Dim::Const(2 * rank)], &[Dim::Const(rank), Dim::Const(2)]]
            } else {
                &[&[Dim::Const(rank)]]
            };
            if !want.contains(&&s[..]) || !m.ctx().ty(e).is_integer_like() {
                return Err(format!(
                    "expects the run-time window operands to be integer lists of static length {rank} (the padding {}, or {rank}x2), got '{}'",
                    2 * rank,
                    show(m, m.operand_value(op, i))
                ));
            }
        }
        let out = vec![Dim::Dynamic; dims.len()];
        return Ok(elems.iter().map(|&e| tensor(m.ctx(), out.clone(), e)).collect());
    }
    let w = Window::of(m, op, dims.len())?;
    let out: Vec<Dim> = dims
        .iter()
        .enumerate()
        .map(|(d, x)| match x {
            Dim::Const(n) => Dim::Const(w.out_extent(d, *n)),
            _ if w.is_identity(d) => x.clone(),
            _ => Dim::Dynamic,
        })
        .collect();
    Ok(elems.iter().map(|&e| tensor(m.ctx(), out.clone(), e)).collect())
}

/// `sort(inputs...)` along `dimension`: the comparator takes (lhs, rhs) of each input in turn
/// and yields i1 "lhs goes first".
pub(crate) fn infer_sort(m: &Module, op: OpId) -> R<Vec<Type>> {
    let n = m.num_operands(op);
    if n == 0 {
        return Err("expects at least one operand".into());
    }
    let (dims, _) = shape_of(m, m.operand_value(op, 0))?;
    let mut args = Vec::with_capacity(2 * n);
    for i in 0..n {
        let v = m.operand_value(op, i);
        let (_, e) = shape_of(m, v)?;
        unify(m, m.operand_value(op, 0), v)?;
        args.extend([e, e]);
    }
    if !dims.is_empty() {
        axis(dims.len(), int_attr(m, op, "dimension")?, "sort dimension")?;
    }
    check_region(m, op, "comparator", &args, &[m.ctx().i1()])?;
    Ok(m.operands(op).map(|v| m.value_type(v)).collect())
}
