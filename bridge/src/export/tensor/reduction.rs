//! Reductions and contractions: `reduce`, `reduce_region`, `reduce_window`, the matrix
//! products and `conv2d`.

use super::*;

impl TensorExport<'_> {
    /// The identity of reduction `kind` on `elem`, as an `arith.constant` literal.
    pub(super) fn reduction_identity(&self, op: OpId, kind: &str, elem: Type) -> R<String> {
        let m = self.m;
        let t = self.scalar_ty(elem);
        let text = match (m.ctx().ty(elem), kind) {
            (TypeKind::Float(_), "sum" | "mean") => "0.0".to_string(),
            (TypeKind::Float(_), "prod") => "1.0".to_string(),
            (TypeKind::Float(f), "max" | "min") => {
                let neg = kind == "max";
                match (f, neg) {
                    (FloatKind::F16, true) => "0xFC00",
                    (FloatKind::F16, false) => "0x7C00",
                    (FloatKind::BF16, true) => "0xFF80",
                    (FloatKind::BF16, false) => "0x7F80",
                    (FloatKind::F32, true) => "0xFF800000",
                    (FloatKind::F32, false) => "0x7F800000",
                    (FloatKind::F64, true) => "0xFFF0000000000000",
                    (FloatKind::F64, false) => "0x7FF0000000000000",
                }
                .to_string()
            }
            (TypeKind::Integer { width, signedness }, _) => {
                let w = *width;
                let unsigned = *signedness == Signedness::Unsigned;
                match kind {
                    "sum" => "0".into(),
                    "prod" => "1".into(),
                    // All ones is the unsigned maximum; the signless literal is -1.
                    "max" if unsigned => "0".into(),
                    "min" if unsigned => "-1".into(),
                    "max" if w == 1 => "0".into(),
                    "min" if w == 1 => "-1".into(),
                    "max" => (-(1i128 << (w - 1))).to_string(),
                    "min" => ((1i128 << (w - 1)) - 1).to_string(),
                    _ => return Err(cannot(m, op, &format!("no '{kind}' reduction of integers"))),
                }
            }
            _ => return Err(cannot(m, op, &format!("no '{kind}' reduction of '{t}'"))),
        };
        Ok(format!("{text} : {t}"))
    }

    pub(super) fn reduce(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        let kind = m
            .attr(op, "kind")
            .and_then(|a| ctx.attr_str(a))
            .unwrap_or("sum")
            .to_string();
        let axes: Vec<usize> = ints(m, op, "axes")
            .unwrap_or_default()
            .iter()
            .map(|&a| a as usize)
            .collect();
        let keep = m.attr(op, "keep_dims").is_some();
        let x = m.operand_value(op, 0);
        let xdims = self.dims(m.value_type(x));
        let elem = self.elem_of(m.value_type(x));
        let rank = xdims.len();
        let kept: Vec<usize> = (0..rank).filter(|d| !axes.contains(d)).collect();
        let red_dims: Vec<Dim> = kept.iter().map(|&d| xdims[d].clone()).collect();
        let red_t = self.shape_ty(&red_dims, elem);
        let mut sizes = Vec::new();
        for &d in &kept {
            if xdims[d].as_const().is_none() {
                sizes.push(self.ext(x, d));
            }
        }
        let init = self.empty(&red_t, &sizes);
        let ident = self.reduction_identity(op, &kind, elem)?;
        let z = self.fresh();
        self.line(&format!("{z} = arith.constant {ident}"));
        let filled = self.fresh();
        let et = self.scalar_ty(elem);
        self.line(&format!(
            "{filled} = linalg.fill ins({z} : {et}) outs({init} : {red_t}) -> {red_t}"
        ));
        let combiner = match kind.as_str() {
            "sum" | "mean" => "ktensor.add",
            "prod" => "ktensor.mul",
            "max" => "ktensor.max",
            "min" => "ktensor.min",
            k => return Err(cannot(m, op, &format!("unknown reduction '{k}'"))),
        };
        let out_map = map(rank, &kept.iter().map(|d| format!("d{d}")).collect::<Vec<_>>());
        let ins = vec![(self.name(x), self.vty(x), identity(rank))];
        let reduction: Vec<bool> = (0..rank).map(|d| axes.contains(&d)).collect();
        let mut res = self.fresh();
        self.generic(
            &res,
            &reduction,
            &ins,
            std::slice::from_ref(&et),
            &filled,
            &red_t,
            &out_map,
            &et,
            |s, b| s.scalar(op, combiner, None, &[b[1].clone(), b[0].clone()], &[elem, elem], elem),
        )?;
        if kind == "mean" {
            // The count of reduced elements, as the element type.
            let mut n = self.index_const(1);
            for &a in &axes {
                let e = self.ext(x, a);
                let p = self.fresh();
                self.line(&format!("{p} = arith.muli {n}, {e} : index"));
                n = p;
            }
            let (i, f) = (self.fresh(), self.fresh());
            self.line(&format!("{i} = arith.index_cast {n} : index to i64"));
            self.line(&format!("{f} = arith.sitofp {i} : i64 to {et}"));
            let init = self.empty(&red_t, &sizes);
            let mean = self.fresh();
            let r = red_dims.len();
            self.generic(
                &mean,
                &vec![false; r],
                &[(res.clone(), red_t.clone(), identity(r))],
                std::slice::from_ref(&et),
                &init,
                &red_t,
                &identity(r),
                &et,
                |s, b| {
                    let q = s.fresh();
                    s.line(&format!("{q} = arith.divf {}, {f} : {et}", b[0]));
                    Ok(q)
                },
            )?;
            res = mean;
        }
        let r = m.result(op, 0);
        if keep {
            let rt = m.value_type(r);
            let shape: Vec<String> = (0..rank)
                .map(|d| {
                    if axes.contains(&d) {
                        self.index_const(1)
                    } else {
                        self.ext(x, d)
                    }
                })
                .collect();
            self.reshape_to(r, &res, &red_t, rt, &shape);
        } else {
            self.names.insert(r, res);
        }
        Ok(())
    }

    /// `reduce_region`: one `linalg.generic` with an output per initial value, the combiner
    /// region as its body (region arguments: accumulators, then elements).
    pub(super) fn reduce_region(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        let n = operands.len() / 2;
        let (inputs, inits) = operands.split_at(n);
        let axes: Vec<usize> = ints(m, op, "axes")
            .unwrap_or_default()
            .iter()
            .map(|&a| a as usize)
            .collect();
        let keep = m.attr(op, "keep_dims").is_some();
        let x0 = inputs[0];
        let xdims = self.dims(m.value_type(x0));
        let rank = xdims.len();
        let kept: Vec<usize> = (0..rank).filter(|d| !axes.contains(d)).collect();
        let red_dims: Vec<Dim> = kept.iter().map(|&d| xdims[d].clone()).collect();
        let mut sizes = Vec::new();
        for &d in &kept {
            if xdims[d].as_const().is_none() {
                sizes.push(self.ext(x0, d));
            }
        }
        let out_map = map(rank, &kept.iter().map(|d| format!("d{d}")).collect::<Vec<_>>());
        let mut outs = Vec::new();
        for &init in inits {
            let elem = self.elem_of(m.value_type(init));
            let t = self.shape_ty(&red_dims, elem);
            let e = self.empty(&t, &sizes);
            let v = self.scalar_of(init);
            let f = self.fresh();
            let et = self.scalar_ty(elem);
            self.line(&format!("{f} = linalg.fill ins({v} : {et}) outs({e} : {t}) -> {t}"));
            outs.push(Out {
                init: f,
                ty: t,
                map: out_map.clone(),
                elem: et,
            });
        }
        let ins: Vec<(String, String, String)> = inputs
            .iter()
            .map(|&v| (self.name(v), self.vty(v), identity(rank)))
            .collect();
        let in_elems: Vec<String> = inputs
            .iter()
            .map(|&v| self.scalar_ty(self.elem_of(m.value_type(v))))
            .collect();
        let reduction: Vec<bool> = (0..rank).map(|d| axes.contains(&d)).collect();
        let names: Vec<String> = (0..n).map(|_| self.fresh()).collect();
        let region = m.regions(op)[0];
        self.generic_n(&names, &reduction, &ins, &in_elems, &outs, |s, b| {
            let mut args: Vec<String> = b[n..].to_vec();
            args.extend(b[..n].iter().cloned());
            s.region_scalars(op, region, &args)
        })?;
        for (k, name) in names.iter().enumerate() {
            let r = m.result(op, k);
            if keep {
                let shape: Vec<String> = (0..rank)
                    .map(|d| {
                        if axes.contains(&d) {
                            self.index_const(1)
                        } else {
                            self.ext(x0, d)
                        }
                    })
                    .collect();
                let t = outs[k].ty.clone();
                self.reshape_to(r, name, &t, m.value_type(r), &shape);
            } else {
                self.names.insert(r, name.clone());
            }
        }
        Ok(())
    }

    /// `reduce_window` (attribute window, no base dilation): the inputs padded with their
    /// initial values, then a `linalg.generic` over output and window loops (the window's
    /// extents come from an empty tensor of its shape, as linalg's pooling ops take them).
    pub(super) fn reduce_window(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        if operands.len() % 2 == 1 {
            return self.reduce_window_runtime(op);
        }
        let n = operands.len() / 2;
        let (inputs, inits) = operands.split_at(n);
        let rank = self.dims(m.value_type(inputs[0])).len();
        let w = kiln_dialects::tensor_regions::Window::of(m, op, rank).map_err(|e| cannot(m, op, &e))?;
        if w.base_dilations.iter().any(|&d| d != 1) || w.padding.iter().any(|&(l, h)| l < 0 || h < 0) {
            return Err(cannot(m, op, "base dilation and negative padding are not exported"));
        }
        let low: Vec<i64> = w.padding.iter().map(|p| p.0).collect();
        let high: Vec<i64> = w.padding.iter().map(|p| p.1).collect();
        let mut ins = Vec::new();
        let mut in_elems = Vec::new();
        let mut init_vals = Vec::new();
        let exprs: Vec<String> = (0..rank)
            .map(|k| {
                let (s, d) = (w.strides[k], w.window_dilations[k]);
                format!("d{k} * {s} + d{} * {d}", rank + k)
            })
            .collect();
        for (&x, &init) in inputs.iter().zip(inits) {
            let elem = self.elem_of(m.value_type(x));
            let v = self.scalar_of(init);
            let (xn, xt) = (self.name(x), self.vty(x));
            let dims = self.dims(m.value_type(x));
            let (p, pt, _) = self.edge_pad(&xn, &xt, &dims, elem, &low, &high, &v);
            ins.push((p, pt, map(2 * rank, &exprs)));
            in_elems.push(self.scalar_ty(elem));
            init_vals.push(v);
        }
        let wt = format!(
            "tensor<{}xf32>",
            w.dims.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("x")
        );
        let win = self.fresh();
        self.line(&format!("{win} = tensor.empty() : {wt}"));
        ins.push((
            win,
            wt,
            map(
                2 * rank,
                &(0..rank).map(|k| format!("d{}", rank + k)).collect::<Vec<_>>(),
            ),
        ));
        in_elems.push("f32".into());
        // Output extents: (in + low + high - (window - 1) * dilation - 1) / stride + 1.
        let rt0 = m.value_type(m.result(op, 0));
        let x0 = inputs[0];
        let sizes = self.sizes(op, rt0, |s, k| {
            let e = s.ext(x0, k);
            let span = low[k] + high[k] - (w.dims[k] - 1) * w.window_dilations[k] - 1;
            let (c, st, one) = (s.index_const(span), s.index_const(w.strides[k]), s.index_const(1));
            let (a, q, r) = (s.fresh(), s.fresh(), s.fresh());
            s.line(&format!("{a} = arith.addi {e}, {c} : index"));
            s.line(&format!("{q} = arith.divsi {a}, {st} : index"));
            s.line(&format!("{r} = arith.addi {q}, {one} : index"));
            Some(r)
        })?;
        let mut outs = Vec::new();
        for (k, v) in init_vals.iter().enumerate() {
            let rt = m.value_type(m.result(op, k));
            let t = self.ty(rt);
            let et = self.scalar_ty(self.elem_of(rt));
            let e = self.empty(&t, &sizes);
            let f = self.fresh();
            self.line(&format!("{f} = linalg.fill ins({v} : {et}) outs({e} : {t}) -> {t}"));
            outs.push(Out {
                init: f,
                ty: t,
                map: identity_of(2 * rank, rank),
                elem: et,
            });
        }
        let reduction: Vec<bool> = (0..2 * rank).map(|l| l >= rank).collect();
        let names: Vec<String> = (0..n).map(|k| self.name(m.result(op, k))).collect();
        let region = m.regions(op)[0];
        self.generic_n(&names, &reduction, &ins, &in_elems, &outs, |s, b| {
            let mut args: Vec<String> = b[n + 1..].to_vec();
            args.extend(b[..n].iter().cloned());
            s.region_scalars(op, region, &args)
        })
    }

    /// A contraction: output loops (batch, lhs free, rhs free) then the contracted loops.
    pub(super) fn contraction(&mut self, op: OpId, lb: &[i64], rb: &[i64], lc: &[i64], rc: &[i64]) -> R<()> {
        let m = self.m;
        let (lhs, rhs) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let (ld, rd) = (self.dims(m.value_type(lhs)), self.dims(m.value_type(rhs)));
        let elem = self.elem_of(rt);
        if self.elem_of(m.value_type(lhs)) != elem || self.elem_of(m.value_type(rhs)) != elem {
            return Err(cannot(m, op, "its operands' element type differs from its result's"));
        }
        let lf: Vec<usize> = (0..ld.len())
            .filter(|&d| !lb.contains(&(d as i64)) && !lc.contains(&(d as i64)))
            .collect();
        let rf: Vec<usize> = (0..rd.len())
            .filter(|&d| !rb.contains(&(d as i64)) && !rc.contains(&(d as i64)))
            .collect();
        let nout = lb.len() + lf.len() + rf.len();
        let loops = nout + lc.len();
        let side = |dims: usize, batch: &[i64], contract: &[i64], free: &[usize], free_at: usize| -> Vec<String> {
            (0..dims)
                .map(|d| {
                    if let Some(p) = batch.iter().position(|&b| b == d as i64) {
                        format!("d{p}")
                    } else if let Some(q) = contract.iter().position(|&c| c == d as i64) {
                        format!("d{}", nout + q)
                    } else {
                        format!("d{}", free_at + free.iter().position(|&f| f == d).unwrap_or(0))
                    }
                })
                .collect()
        };
        let lmap = map(loops, &side(ld.len(), lb, lc, &lf, lb.len()));
        let rmap = map(loops, &side(rd.len(), rb, rc, &rf, lb.len() + lf.len()));
        let omap = map(loops, &(0..nout).map(|d| format!("d{d}")).collect::<Vec<_>>());
        // Where each output extent comes from: (operand, dimension).
        let mut from: Vec<(Value, usize)> = lb.iter().map(|&d| (lhs, d as usize)).collect();
        from.extend(lf.iter().map(|&d| (lhs, d)));
        from.extend(rf.iter().map(|&d| (rhs, d)));
        let sizes = self.sizes(op, rt, |s, k| from.get(k).map(|&(v, d)| s.ext(v, d)))?;
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let et = self.scalar_ty(elem);
        let float = m.ctx().ty(elem).is_float();
        let z = self.fresh();
        self.line(&format!(
            "{z} = arith.constant {} : {et}",
            if float { "0.0" } else { "0" }
        ));
        let filled = self.fresh();
        self.line(&format!(
            "{filled} = linalg.fill ins({z} : {et}) outs({init} : {out_t}) -> {out_t}"
        ));
        let ins = vec![
            (self.name(lhs), self.vty(lhs), lmap),
            (self.name(rhs), self.vty(rhs), rmap),
        ];
        let reduction: Vec<bool> = (0..loops).map(|l| l >= nout).collect();
        let name = self.name(r);
        let (mul, add) = if float {
            ("arith.mulf", "arith.addf")
        } else {
            ("arith.muli", "arith.addi")
        };
        self.generic(
            &name,
            &reduction,
            &ins,
            &[et.clone(), et.clone()],
            &filled,
            &out_t,
            &omap,
            &et,
            |s, b| {
                let (p, q) = (s.fresh(), s.fresh());
                s.line(&format!("{p} = {mul} {}, {} : {et}", b[0], b[1]));
                s.line(&format!("{q} = {add} {}, {p} : {et}", b[2]));
                Ok(q)
            },
        )
    }

    /// `reduce_window` with a run-time window (five integer-list operands after the inits):
    /// a `linalg.generic` over output and window loops whose body reads each input with
    /// `tensor.extract` where the (base-dilated, padded) position falls on an element, and the
    /// initial value elsewhere. A window entry below 1 is reported and taken as 1.
    fn reduce_window_runtime(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        let n = (operands.len() - 5) / 2;
        let (inputs, rest) = operands.split_at(n);
        let (inits, wops) = rest.split_at(n);
        let x0 = inputs[0];
        let rank = self.dims(m.value_type(x0)).len();
        let (zero, one) = (self.index_const(0), self.index_const(1));
        let mut lists: Vec<Vec<String>> = Vec::new();
        for &w in &wops[..4] {
            lists.push((0..rank).map(|k| self.shape_entry(w, k)).collect());
        }
        // The padding: 2·rank entries, or rank x 2.
        let pad = wops[4];
        let (mut lo, mut hi) = (Vec::new(), Vec::new());
        let pe = self.elem_of(m.value_type(pad));
        let (pn, pt) = (self.name(pad), self.vty(pad));
        let two_d = self.dims(m.value_type(pad)).len() == 2;
        for k in 0..rank {
            for (side, out) in [(0, &mut lo), (1, &mut hi)] {
                let at = if two_d {
                    let (a, b) = (self.index_const(k as i64), self.index_const(side));
                    format!("{a}, {b}")
                } else {
                    self.index_const(2 * k as i64 + side)
                };
                let e = self.fresh();
                self.line(&format!("{e} = tensor.extract {pn}[{at}] : {pt}"));
                out.push(self.as_index(&e, pe));
            }
        }
        // Window sizes, strides and dilations must be positive.
        let mut ok: Option<String> = None;
        let mut vals = Vec::new();
        let mut clamped: Vec<Vec<String>> = Vec::new();
        for list in &lists {
            let mut c = Vec::new();
            for v in list {
                let (p, q) = (self.fresh(), self.fresh());
                self.line(&format!("{p} = arith.cmpi sge, {v}, {one} : index"));
                self.line(&format!("{q} = arith.maxsi {v}, {one} : index"));
                ok = Some(match ok {
                    Some(o) => {
                        let a = self.fresh();
                        self.line(&format!("{a} = arith.andi {o}, {p} : i1"));
                        a
                    }
                    None => p,
                });
                let i = self.fresh();
                self.line(&format!("{i} = arith.index_cast {v} : index to i64"));
                vals.push(i);
                c.push(q);
            }
            clamped.push(c);
        }
        if let Some(ok) = ok {
            let list = (0..vals.len())
                .map(|i| format!("{{{i}}}"))
                .collect::<Vec<_>>()
                .join(", ");
            self.check(
                &ok,
                format!(
                    "reduce_window: the run-time window sizes, strides and dilations must be positive, got [{list}]"
                ),
                &vals,
            );
        }
        let (wd, st, bd, wdl) = (&clamped[0], &clamped[1], &clamped[2], &clamped[3]);
        let mut exts = Vec::new();
        let mut out_sizes = Vec::new();
        for k in 0..rank {
            // padded = n > 0 ? (n - 1) * bd + 1 + lo + hi : lo + hi
            let e = self.ext(x0, k);
            let (a, b, c, d, f, g) = (
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
            );
            self.line(&format!("{a} = arith.subi {e}, {one} : index"));
            self.line(&format!("{b} = arith.muli {a}, {} : index", bd[k]));
            self.line(&format!("{c} = arith.addi {b}, {one} : index"));
            self.line(&format!("{d} = arith.cmpi sgt, {e}, {zero} : index"));
            self.line(&format!("{f} = arith.select {d}, {c}, {zero} : index"));
            self.line(&format!("{g} = arith.addi {f}, {} : index", lo[k]));
            let padded = self.fresh();
            self.line(&format!("{padded} = arith.addi {g}, {} : index", hi[k]));
            // out = max(floor((padded - (wd - 1) * wdl - 1) / st) + 1, 0)
            let (h, i, j, l, o, r) = (
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
            );
            self.line(&format!("{h} = arith.subi {}, {one} : index", wd[k]));
            self.line(&format!("{i} = arith.muli {h}, {} : index", wdl[k]));
            self.line(&format!("{j} = arith.subi {padded}, {i} : index"));
            self.line(&format!("{l} = arith.subi {j}, {one} : index"));
            self.line(&format!("{o} = arith.floordivsi {l}, {} : index", st[k]));
            self.line(&format!("{r} = arith.addi {o}, {one} : index"));
            let out = self.fresh();
            self.line(&format!("{out} = arith.maxsi {r}, {zero} : index"));
            exts.push(e);
            out_sizes.push(out);
        }
        let wt = format!("tensor<{}f32>", "?x".repeat(rank));
        let win = self.fresh();
        self.line(&format!("{win} = tensor.empty({}) : {wt}", wd.join(", ")));
        let ins = vec![(
            win,
            wt,
            map(
                2 * rank,
                &(0..rank).map(|k| format!("d{}", rank + k)).collect::<Vec<_>>(),
            ),
        )];
        let mut outs = Vec::new();
        let mut init_vals = Vec::new();
        for (k, &init) in inits.iter().enumerate() {
            let v = self.scalar_of(init);
            let rt = m.value_type(m.result(op, k));
            let t = self.ty(rt);
            let et = self.scalar_ty(self.elem_of(rt));
            let sizes = self.sizes(op, rt, |_, d| Some(out_sizes[d].clone()))?;
            let e = self.empty(&t, &sizes);
            let f = self.fresh();
            self.line(&format!("{f} = linalg.fill ins({v} : {et}) outs({e} : {t}) -> {t}"));
            outs.push(Out {
                init: f,
                ty: t,
                map: identity_of(2 * rank, rank),
                elem: et,
            });
            init_vals.push(v);
        }
        let reduction: Vec<bool> = (0..2 * rank).map(|l| l >= rank).collect();
        let names: Vec<String> = (0..n).map(|k| self.name(m.result(op, k))).collect();
        let region = m.regions(op)[0];
        let xs: Vec<(String, String, String)> = inputs
            .iter()
            .map(|&x| (self.name(x), self.vty(x), self.scalar_ty(self.elem_of(m.value_type(x)))))
            .collect();
        self.generic_n(&names, &reduction, &ins, &["f32".to_string()], &outs, |s, b| {
            // The source position of this (output, window) point, and whether it is an element.
            let mut ok: Option<String> = None;
            let mut src = Vec::new();
            for k in 0..rank {
                let (o, w) = (s.fresh(), s.fresh());
                s.line(&format!("{o} = linalg.index {k} : index"));
                s.line(&format!("{w} = linalg.index {} : index", rank + k));
                let (a, c, p) = (s.fresh(), s.fresh(), s.fresh());
                s.line(&format!("{a} = arith.muli {o}, {} : index", st[k]));
                s.line(&format!("{c} = arith.muli {w}, {} : index", wdl[k]));
                s.line(&format!("{p} = arith.addi {a}, {c} : index"));
                let rel = s.fresh();
                s.line(&format!("{rel} = arith.subi {p}, {} : index", lo[k]));
                let q = s.dilated_index(&rel, &bd[k], &exts[k], &zero, &mut ok);
                src.push(q);
            }
            let elems: Vec<String> = xs
                .iter()
                .zip(&init_vals)
                .map(|((xn, xt, et), v)| s.extract_or(&ok, xn, xt, &src, et, v))
                .collect();
            let mut args: Vec<String> = b[1..].to_vec();
            args.extend(elems);
            s.region_scalars(op, region, &args)
        })
    }

    /// `conv2d` (NHWC input, HWCF filter): zero padding, then `linalg.conv_2d_nhwc_hwcf`.
    pub(super) fn conv2d(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let (x, w) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let get = |n: &str, d: Vec<i64>| ints(m, op, n).unwrap_or(d);
        let strides = get("strides", vec![1, 1]);
        let dil = get("dilations", vec![1, 1]);
        let pad = get("padding", vec![0, 0, 0, 0]);
        if pad.iter().any(|&p| p < 0) {
            return Err(cannot(m, op, "negative padding is not exported"));
        }
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let elem = self.elem_of(rt);
        let et = self.scalar_ty(elem);
        let float = m.ctx().ty(elem).is_float();
        let z = self.fresh();
        self.line(&format!(
            "{z} = arith.constant {} : {et}",
            if float { "0.0" } else { "0" }
        ));
        let (xn, xt) = (self.name(x), self.vty(x));
        let dims = self.dims(m.value_type(x));
        let (low, high) = (vec![0, pad[0], pad[2], 0], vec![0, pad[1], pad[3], 0]);
        let (p, pt, _) = self.edge_pad(&xn, &xt, &dims, elem, &low, &high, &z);
        let sizes = self.sizes(op, rt, |s, k| match k {
            0 => Some(s.ext(x, 0)),
            3 => Some(s.ext(w, 3)),
            _ => {
                let i = k - 1;
                let (e, kw) = (s.ext(x, k), s.ext(w, i));
                let (one, d, st, edges) = (
                    s.index_const(1),
                    s.index_const(dil[i]),
                    s.index_const(strides[i]),
                    s.index_const(pad[2 * i] + pad[2 * i + 1] - 1),
                );
                let (a, b, c, q, r) = (s.fresh(), s.fresh(), s.fresh(), s.fresh(), s.fresh());
                s.line(&format!("{a} = arith.subi {kw}, {one} : index"));
                s.line(&format!("{b} = arith.muli {a}, {d} : index"));
                s.line(&format!("{c} = arith.addi {e}, {edges} : index"));
                s.line(&format!("{q} = arith.subi {c}, {b} : index"));
                let t = s.fresh();
                s.line(&format!("{t} = arith.divsi {q}, {st} : index"));
                s.line(&format!("{r} = arith.addi {t}, {one} : index"));
                Some(r)
            }
        })?;
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let f = self.fresh();
        self.line(&format!(
            "{f} = linalg.fill ins({z} : {et}) outs({init} : {out_t}) -> {out_t}"
        ));
        let (rn, wn, wt) = (self.name(r), self.name(w), self.vty(w));
        self.line(&format!(
            "{rn} = linalg.conv_2d_nhwc_hwcf {{dilations = dense<[{}, {}]> : tensor<2xi64>, strides = dense<[{}, {}]> : tensor<2xi64>}} ins({p}, {wn} : {pt}, {wt}) outs({f} : {out_t}) -> {out_t}",
            dil[0], dil[1], strides[0], strides[1]
        ));
        Ok(())
    }
}
