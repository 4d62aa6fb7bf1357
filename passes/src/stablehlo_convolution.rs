//! `stablehlo.convolution` with two spatial dimensions as `ktensor.conv2d` (NHWC input, HWCF
//! filter): any layout of the dimension numbers by transposes, lhs dilation by interior padding,
//! window reversal by reversing the filter, and feature groups (depthwise convolutions) by one
//! conv2d per group joined by a concat. Other forms are left for the diagnostic.

use crate::stablehlo_to_tensor::{dense_ints, dialect_body, emit};
use kiln_ir::conversion::ConversionRewriter;
use kiln_ir::{Dim, OpId, Type, Value};

/// `[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]` as three label lists.
fn labels(body: &str) -> Option<[Vec<String>; 3]> {
    let inner = body
        .trim_start_matches(".conv")
        .trim_start_matches('<')
        .trim_end_matches('>');
    let (lhs, rest) = inner.split_once("]x[")?;
    let (rhs, out) = rest.split_once("]->[")?;
    let list = |s: &str| -> Vec<String> {
        s.trim_matches(|c| c == '[' || c == ']')
            .split(',')
            .map(|w| w.trim().to_string())
            .collect()
    };
    Some([list(lhs), list(rhs), list(out)])
}

/// Where each of `want` sits in `list`, when the list is exactly those four labels.
fn positions(list: &[String], want: [&str; 4]) -> Option<[usize; 4]> {
    if list.len() != 4 {
        return None;
    }
    let mut out = [0; 4];
    for (k, w) in want.iter().enumerate() {
        out[k] = list.iter().position(|l| l == w)?;
    }
    Some(out)
}

fn ints_or(rw: &ConversionRewriter<'_>, op: OpId, name: &str, default: Vec<i64>) -> Option<Vec<i64>> {
    match rw.m.attr(op, name) {
        Some(a) => dense_ints(rw.m.ctx(), a),
        None => Some(default),
    }
}

fn dims_of(rw: &ConversionRewriter<'_>, v: Value) -> Option<(Vec<Dim>, Type)> {
    let ctx = rw.m.ctx();
    let t = rw.m.value_type(v);
    Some((ctx.ty(t).shape()?.to_vec(), ctx.ty(t).element_type()?))
}

fn constant(d: &Dim) -> Option<i64> {
    match d {
        Dim::Const(c) => Some(*c),
        _ => None,
    }
}

/// `transpose(v, perm)` unless `perm` is the identity.
fn transpose(rw: &mut ConversionRewriter<'_>, at: OpId, v: Value, perm: [usize; 4]) -> Option<Value> {
    if perm == [0, 1, 2, 3] {
        return Some(v);
    }
    let ctx = rw.m.ctx().clone();
    let (dims, e) = dims_of(rw, v)?;
    let ty = ctx.tensor_type(perm.iter().map(|&p| dims[p].clone()).collect(), e);
    let perm: Vec<i64> = perm.iter().map(|&p| p as i64).collect();
    Some(emit(
        rw,
        at,
        "ktensor.transpose",
        &[v],
        vec![("perm", ctx.i64_array_attr(&perm))],
        ty,
    ))
}

/// `slice(v)` along dimension `d` from `lo` to `hi` (every dimension must be constant).
fn slice(rw: &mut ConversionRewriter<'_>, at: OpId, v: Value, d: usize, lo: i64, hi: i64) -> Option<Value> {
    let ctx = rw.m.ctx().clone();
    let (dims, e) = dims_of(rw, v)?;
    let mut limit: Vec<i64> = dims.iter().map(constant).collect::<Option<_>>()?;
    let mut start = vec![0; dims.len()];
    start[d] = lo;
    limit[d] = hi;
    let out: Vec<Dim> = start.iter().zip(&limit).map(|(s, l)| Dim::Const(l - s)).collect();
    let props = vec![
        ("start", ctx.i64_array_attr(&start)),
        ("limit", ctx.i64_array_attr(&limit)),
        ("strides", ctx.i64_array_attr(&vec![1; dims.len()])),
    ];
    Some(emit(rw, at, "ktensor.slice", &[v], props, ctx.tensor_type(out, e)))
}

pub(crate) fn convolution(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
    lower(op, operands, rw).is_some()
}

fn lower(op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> Option<()> {
    let ctx = rw.m.ctx().clone();
    let [lhs, rhs, out] = labels(&dialect_body(rw, op, "dimension_numbers")?)?;
    let lhs_perm = positions(&lhs, ["b", "0", "1", "f"])?;
    let rhs_perm = positions(&rhs, ["0", "1", "i", "o"])?;
    let out_pos = positions(&out, ["b", "0", "1", "f"])?;
    let int = |name: &str| rw.m.attr(op, name).and_then(|a| ctx.attr_int(a)).unwrap_or(1) as i64;
    let (groups, batch_groups) = (int("feature_group_count"), int("batch_group_count"));
    let strides = ints_or(rw, op, "window_strides", vec![1, 1])?;
    let lhs_dil = ints_or(rw, op, "lhs_dilation", vec![1, 1])?;
    let rhs_dil = ints_or(rw, op, "rhs_dilation", vec![1, 1])?;
    let pad = ints_or(rw, op, "padding", vec![0; 4])?;
    let reverse = ints_or(rw, op, "window_reversal", vec![0, 0])?;
    let well_formed = [&strides, &lhs_dil, &rhs_dil, &reverse].iter().all(|v| v.len() == 2) && pad.len() == 4;
    if !well_formed || batch_groups != 1 || groups < 1 || pad.iter().any(|&p| p < 0) || operands.len() != 2 {
        return None;
    }
    let (odims, elem) = dims_of(rw, rw.m.result(op, 0))?;
    // Every check comes before the first op is created: a declined match leaves the IR alone.
    let (xd, _) = dims_of(rw, operands[0])?;
    let (wd, _) = dims_of(rw, operands[1])?;
    if xd.len() != 4 || wd.len() != 4 || odims.len() != 4 {
        return None;
    }
    let x_nhwc: Vec<Dim> = lhs_perm.iter().map(|&p| xd[p].clone()).collect();
    let w_hwio: Vec<Dim> = rhs_perm.iter().map(|&p| wd[p].clone()).collect();
    if lhs_dil.iter().any(|&d| d != 1) && (constant(&x_nhwc[1]).is_none() || constant(&x_nhwc[2]).is_none()) {
        return None;
    }
    if groups > 1 {
        let all_const = x_nhwc.iter().chain(&w_hwio).all(|d| constant(d).is_some());
        let (c, o) = (constant(&x_nhwc[3]).unwrap_or(0), constant(&w_hwio[3]).unwrap_or(0));
        if !all_const || c % groups != 0 || o % groups != 0 {
            return None;
        }
    }
    let mut x = transpose(rw, op, operands[0], lhs_perm)?;
    let mut w = transpose(rw, op, operands[1], rhs_perm)?;
    if reverse.iter().any(|&r| r != 0) {
        let dims: Vec<i64> = (0..2).filter(|&k| reverse[k as usize] != 0).collect();
        let ty = rw.m.value_type(w);
        w = emit(
            rw,
            op,
            "ktensor.reverse",
            &[w],
            vec![("dims", ctx.i64_array_attr(&dims))],
            ty,
        );
    }
    if lhs_dil.iter().any(|&d| d != 1) {
        // Dilating the input is interior padding with zeros.
        let (xd, e) = dims_of(rw, x)?;
        let mut nd = xd.clone();
        for k in 0..2 {
            let n = constant(&xd[k + 1])?;
            nd[k + 1] = Dim::Const(if n == 0 { 0 } else { (n - 1) * lhs_dil[k] + 1 });
        }
        let zero_ty = ctx.tensor_type(vec![], e);
        let width = ctx.bit_width(e).map_or(4, |b| (b as usize).div_ceil(8));
        let zero = emit(
            rw,
            op,
            "ktensor.constant",
            &[],
            vec![("value", ctx.dense_attr(zero_ty, vec![0; width]))],
            zero_ty,
        );
        let props = vec![
            ("low", ctx.i64_array_attr(&[0; 4])),
            ("high", ctx.i64_array_attr(&[0; 4])),
            ("interior", ctx.i64_array_attr(&[0, lhs_dil[0] - 1, lhs_dil[1] - 1, 0])),
        ];
        x = emit(rw, op, "ktensor.pad", &[x, zero], props, ctx.tensor_type(nd, e));
    }
    // NHWC dimension k of the result sits at `out_pos[k]` of the declared result.
    let nhwc: Vec<Dim> = out_pos.iter().map(|&p| odims[p].clone()).collect();
    let conv_props = || {
        vec![
            ("strides", ctx.i64_array_attr(&strides)),
            ("padding", ctx.i64_array_attr(&pad)),
            ("dilations", ctx.i64_array_attr(&rhs_dil)),
        ]
    };
    let y = if groups == 1 {
        emit(
            rw,
            op,
            "ktensor.conv2d",
            &[x, w],
            conv_props(),
            ctx.tensor_type(nhwc, elem),
        )
    } else {
        let c = constant(&dims_of(rw, x)?.0[3])?;
        let o = constant(&dims_of(rw, w)?.0[3])?;
        if c % groups != 0 || o % groups != 0 {
            return None;
        }
        let (cg, og) = (c / groups, o / groups);
        let mut parts = Vec::new();
        for g in 0..groups {
            let xs = slice(rw, op, x, 3, g * cg, (g + 1) * cg)?;
            let ws = slice(rw, op, w, 3, g * og, (g + 1) * og)?;
            let mut d = nhwc.clone();
            d[3] = Dim::Const(og);
            parts.push(emit(
                rw,
                op,
                "ktensor.conv2d",
                &[xs, ws],
                conv_props(),
                ctx.tensor_type(d, elem),
            ));
        }
        let dim3 = ctx.int_attr(3, ctx.i64());
        emit(
            rw,
            op,
            "ktensor.concat",
            &parts,
            vec![("dim", dim3)],
            ctx.tensor_type(nhwc, elem),
        )
    };
    let mut back = [0usize; 4];
    for (k, &p) in out_pos.iter().enumerate() {
        back[p] = k;
    }
    let r = transpose(rw, op, y, back)?;
    rw.replace_op(op, &[r]);
    Some(())
}
