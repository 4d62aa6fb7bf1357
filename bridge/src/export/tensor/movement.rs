//! Data movement: reshapes, broadcasts, padding, gathers and slices with run-time bounds.

use super::*;

impl TensorExport<'_> {
    /// `r = tensor.reshape src(shape)` with `shape` the result's extents (index values).
    pub(super) fn reshape_to(&mut self, r: Value, src: &str, src_t: &str, rt: Type, shape: &[String]) {
        let st = format!("tensor<{}xindex>", shape.len());
        let s = self.fresh();
        if shape.is_empty() {
            self.line(&format!("{s} = tensor.empty() : {st}"));
        } else {
            self.line(&format!("{s} = tensor.from_elements {} : {st}", shape.join(", ")));
        }
        let (n, t) = (self.name(r), self.ty(rt));
        self.line(&format!("{n} = tensor.reshape {src}({s}) : ({src_t}, {st}) -> {t}"));
    }

    pub(super) fn broadcast(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let x = m.operand_value(op, 0);
        let shape = (m.num_operands(op) == 2).then(|| m.operand_value(op, 1));
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let rdims = self.dims(rt);
        let xdims = self.dims(m.value_type(x));
        let bdims: Vec<usize> = ints(m, op, "dims")
            .unwrap_or_default()
            .iter()
            .map(|&d| d as usize)
            .collect();
        let sizes = self.sizes(op, rt, |s, k| match shape {
            Some(sh) => Some(s.shape_entry(sh, k)),
            None => {
                let j = bdims.iter().position(|&d| d == k)?;
                (xdims[j].as_const() != Some(1)).then(|| s.ext(x, j))
            }
        })?;
        let rank = rdims.len();
        let exprs: Vec<String> = bdims
            .iter()
            .enumerate()
            .map(|(j, &d)| {
                if xdims[j].as_const() == Some(1) && rdims.get(d).and_then(|e| e.as_const()) != Some(1) {
                    "0".to_string()
                } else {
                    format!("d{d}")
                }
            })
            .collect();
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let et = self.scalar_ty(self.elem_of(rt));
        let ins = vec![(self.name(x), self.vty(x), map(rank, &exprs))];
        let name = self.name(r);
        self.generic(
            &name,
            &vec![false; rank],
            &ins,
            std::slice::from_ref(&et),
            &init,
            &out_t,
            &identity(rank),
            &et,
            |_, b| Ok(b[0].clone()),
        )
    }

    /// `x` (named `xn`, of extents `dims`) edge-padded by `low`/`high` (non-negative) with
    /// the scalar `v`: the padded name, its upstream type and extents.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn edge_pad(
        &mut self,
        xn: &str,
        xt: &str,
        dims: &[Dim],
        elem: Type,
        low: &[i64],
        high: &[i64],
        v: &str,
    ) -> (String, String, Vec<Dim>) {
        let pdims: Vec<Dim> = dims
            .iter()
            .enumerate()
            .map(|(k, d)| match d.as_const() {
                Some(c) => Dim::Const(c + low[k] + high[k]),
                None => Dim::Dynamic,
            })
            .collect();
        if low.iter().chain(high).all(|&p| p == 0) {
            return (xn.to_string(), xt.to_string(), dims.to_vec());
        }
        let pt = self.shape_ty(&pdims, elem);
        let et = self.scalar_ty(elem);
        let list = |v: &[i64]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
        let p = self.fresh();
        let idx: Vec<String> = (0..dims.len()).map(|_| format!("{}: index", self.fresh())).collect();
        self.line(&format!(
            "{p} = tensor.pad {xn} low[{}] high[{}] {{",
            list(low),
            list(high)
        ));
        self.line(&format!("^bb0({}):", idx.join(", ")));
        self.line(&format!("  tensor.yield {v} : {et}"));
        self.line(&format!("}} : {xt} to {pt}"));
        (p, pt, pdims)
    }

    /// `pad` with attribute bounds: `tensor.pad` for edge padding, a fill and a strided
    /// `tensor.insert_slice` for interior padding.
    pub(super) fn pad(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let (x, pv) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let low = ints(m, op, "low").unwrap_or_default();
        let high = ints(m, op, "high").unwrap_or_default();
        let rank = low.len();
        let interior = ints(m, op, "interior").unwrap_or_else(|| vec![0; rank]);
        if interior.iter().any(|&p| p < 0) {
            return Err(cannot(m, op, "negative interior padding is invalid"));
        }
        if interior.iter().any(|&p| p > 0) && low.iter().chain(&high).any(|&p| p < 0) {
            let c = |s: &mut Self, v: &[i64]| v.iter().map(|&x| s.index_const(x)).collect::<Vec<_>>();
            let (l, h, i) = (c(self, &low), c(self, &high), c(self, &interior));
            return self.general_pad(op, &l, &h, &i);
        }
        let xdims = self.dims(m.value_type(x));
        let elem = self.elem_of(m.value_type(x));
        let et = self.scalar_ty(elem);
        let v = self.scalar_of(pv);
        let list = |v: &[i64]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ");
        let (xn, xt) = (self.name(x), self.vty(x));
        let r = m.result(op, 0);
        if interior.iter().all(|&i| i == 0) {
            // Negative edges cut first (a slice), then the positive ones pad.
            let (mut src, mut st, mut dims) = (xn.clone(), xt.clone(), xdims.clone());
            if low.iter().chain(&high).any(|&p| p < 0) {
                let mut sizes = Vec::new();
                let mut sdims = Vec::new();
                for k in 0..rank {
                    let cut = (-low[k]).max(0) + (-high[k]).max(0);
                    match xdims[k].as_const() {
                        Some(c) => {
                            sizes.push((c - cut).max(0).to_string());
                            sdims.push(Dim::Const((c - cut).max(0)));
                        }
                        None => {
                            let (e, c) = (self.ext(x, k), self.index_const(cut));
                            let d = self.fresh();
                            self.line(&format!("{d} = arith.subi {e}, {c} : index"));
                            sizes.push(d);
                            sdims.push(Dim::Dynamic);
                        }
                    }
                }
                let offs: Vec<i64> = low.iter().map(|&l| (-l).max(0)).collect();
                let t = self.shape_ty(&sdims, elem);
                let sl = self.fresh();
                if sdims.contains(&Dim::Const(0)) {
                    // Cut to nothing: upstream's verifier rejects an offset at the extent.
                    self.line(&format!("{sl} = tensor.empty() : {t}"));
                } else {
                    self.line(&format!(
                        "{sl} = tensor.extract_slice {xn}[{}] [{}] [{}] : {xt} to {t}",
                        list(&offs),
                        sizes.join(", "),
                        vec!["1"; rank].join(", ")
                    ));
                }
                (src, st, dims) = (sl, t, sdims);
            }
            let lo: Vec<i64> = low.iter().map(|&l| l.max(0)).collect();
            let hi: Vec<i64> = high.iter().map(|&h| h.max(0)).collect();
            let (p, pt, _) = self.edge_pad(&src, &st, &dims, elem, &lo, &hi, &v);
            self.cast_to(r, &p, &pt);
            return Ok(());
        }
        // Extent: low + high + n + (n - 1) * interior (n >= 1).
        let mut sizes = Vec::new();
        let mut dims = Vec::new();
        let mut xexts = Vec::new();
        for k in 0..rank {
            let n = self.ext(x, k);
            xexts.push(match xdims[k].as_const() {
                Some(c) => c.to_string(),
                None => n.clone(),
            });
            match xdims[k].as_const() {
                Some(c) => dims.push(Dim::Const(low[k] + high[k] + c + (c - 1).max(0) * interior[k])),
                None => {
                    dims.push(Dim::Dynamic);
                    let (a, b, c) = (self.fresh(), self.fresh(), self.fresh());
                    let one = self.index_const(1);
                    let stride = self.index_const(interior[k] + 1);
                    let edges = self.index_const(low[k] + high[k]);
                    self.line(&format!("{a} = arith.subi {n}, {one} : index"));
                    self.line(&format!("{b} = arith.muli {a}, {stride} : index"));
                    self.line(&format!("{c} = arith.addi {b}, {one} : index"));
                    let s = self.fresh();
                    self.line(&format!("{s} = arith.addi {c}, {edges} : index"));
                    sizes.push(s);
                }
            }
        }
        let pt = self.shape_ty(&dims, elem);
        let init = self.empty(&pt, &sizes);
        let filled = self.fresh();
        self.line(&format!(
            "{filled} = linalg.fill ins({v} : {et}) outs({init} : {pt}) -> {pt}"
        ));
        let strides: Vec<i64> = interior.iter().map(|i| i + 1).collect();
        let p = self.fresh();
        self.line(&format!(
            "{p} = tensor.insert_slice {xn} into {filled}[{}] [{}] [{}] : {xt} into {pt}",
            list(&low),
            xexts.join(", "),
            list(&strides)
        ));
        self.cast_to(r, &p, &pt);
        Ok(())
    }

    /// Any `pad` (negative edges with interior padding, or run-time `low`/`high`/`interior`
    /// index values): a `linalg.generic` over the result reading the source where
    /// `(out - low)` is a multiple of `interior + 1` inside it, the padding value elsewhere.
    pub(super) fn general_pad(&mut self, op: OpId, low: &[String], high: &[String], interior: &[String]) -> R<()> {
        let m = self.m;
        let (x, pv) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let rank = low.len();
        let v = self.scalar_of(pv);
        let (zero, one) = (self.index_const(0), self.index_const(1));
        let mut exts = Vec::new();
        let mut steps = Vec::new();
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let mut out_sizes = Vec::new();
        for k in 0..rank {
            // low + high + n + max(n - 1, 0) * interior
            let n = self.ext(x, k);
            let (st, a, b, c, d, e) = (
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
                self.fresh(),
            );
            // A run-time interior below 0 is invalid; the step stays >= 1 so nothing divides
            // by zero, and the extent >= 0 so nothing allocates a negative size.
            let st0 = self.fresh();
            self.line(&format!("{st0} = arith.addi {}, {one} : index", interior[k]));
            self.line(&format!("{st} = arith.maxsi {st0}, {one} : index"));
            self.line(&format!("{a} = arith.subi {n}, {one} : index"));
            self.line(&format!("{b} = arith.maxsi {a}, {zero} : index"));
            self.line(&format!("{c} = arith.muli {b}, {} : index", interior[k]));
            self.line(&format!("{d} = arith.addi {n}, {c} : index"));
            self.line(&format!("{e} = arith.addi {d}, {} : index", low[k]));
            let f = self.fresh();
            self.line(&format!("{f} = arith.addi {e}, {} : index", high[k]));
            let g = self.fresh();
            self.line(&format!("{g} = arith.maxsi {f}, {zero} : index"));
            let f = g;
            exts.push(n);
            steps.push(st);
            out_sizes.push(f);
        }
        let sizes = self.sizes(op, rt, |_, k| Some(out_sizes[k].clone()))?;
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let et = self.scalar_ty(self.elem_of(rt));
        let (xn, xt, name) = (self.name(x), self.vty(x), self.name(r));
        self.generic(
            &name,
            &vec![false; rank],
            &[],
            &[],
            &init,
            &out_t,
            &identity(rank),
            &et,
            |s, _| {
                let mut ok: Option<String> = None;
                let mut src = Vec::new();
                for k in 0..rank {
                    let (i, rel) = (s.fresh(), s.fresh());
                    s.line(&format!("{i} = linalg.index {k} : index"));
                    s.line(&format!("{rel} = arith.subi {i}, {} : index", low[k]));
                    let q = s.dilated_index(&rel, &steps[k], &exts[k], &zero, &mut ok);
                    src.push(q);
                }
                let y = s.extract_or(&ok, &xn, &xt, &src, &et, &v);
                Ok(y)
            },
        )
    }

    /// `general_gather` with attribute slice sizes: a `linalg.generic` over the result whose
    /// body reads the operand with `tensor.extract` at the clamped start of its batch
    /// position plus its offset (StableHLO's gather, as Kiln's lowering reads it).
    pub(super) fn general_gather(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let g = kiln_dialects::tensor_indexing::GatherDims::of(m, op).map_err(|e| cannot(m, op, &e))?;
        let (src, ids) = (m.operand_value(op, 0), m.operand_value(op, 1));
        let slice = ints(m, op, "slice_sizes").unwrap_or_default();
        let orank = self.dims(m.value_type(src)).len();
        let irank = self.dims(m.value_type(ids)).len();
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let out_rank = self.dims(rt).len();
        let ivd = g.index_vector_dim as usize;
        let has = |v: &[i64], d: usize| v.contains(&(d as i64));
        let batch_ids: Vec<usize> = (0..irank).filter(|&i| i != ivd).collect();
        let batch_pos: Vec<usize> = (0..out_rank).filter(|&i| !has(&g.offset_dims, i)).collect();
        let window: Vec<usize> = (0..orank)
            .filter(|&d| !has(&g.collapsed_slice_dims, d) && !has(&g.operand_batching_dims, d))
            .collect();
        // Slice sizes: the attribute, or a run-time operand (dynamic_gather).
        let run_time = (m.num_operands(op) == 3).then(|| m.operand_value(op, 2));
        let slice_sizes: Vec<String> = (0..orank)
            .map(|d| match run_time {
                Some(sv) => self.shape_entry(sv, d),
                None => self.index_const(slice.get(d).copied().unwrap_or(1)),
            })
            .collect();
        let sizes = self.sizes(op, rt, |s, k| match batch_pos.iter().position(|&p| p == k) {
            Some(j) => Some(s.ext(ids, batch_ids[j])),
            None => {
                let w = g.offset_dims.iter().position(|&o| o == k as i64)?;
                Some(slice_sizes[window[w]].clone())
            }
        })?;
        // Outside the body: the highest start of each dimension, max(extent - size, 0).
        let zero = self.index_const(0);
        let mut highest = Vec::new();
        for (d, sz) in slice_sizes.iter().enumerate() {
            let e = self.ext(src, d);
            let (a, b) = (self.fresh(), self.fresh());
            self.line(&format!("{a} = arith.subi {e}, {sz} : index"));
            self.line(&format!("{b} = arith.maxsi {a}, {zero} : index"));
            highest.push(b);
        }
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let et = self.scalar_ty(self.elem_of(rt));
        let ie = self.elem_of(m.value_type(ids));
        let (sn, st, idn, idt) = (self.name(src), self.vty(src), self.name(ids), self.vty(ids));
        let name = self.name(r);
        self.generic(
            &name,
            &vec![false; out_rank],
            &[],
            &[],
            &init,
            &out_t,
            &identity(out_rank),
            &et,
            |s, _| {
                let ivs: Vec<String> = (0..out_rank)
                    .map(|k| {
                        let i = s.fresh();
                        s.line(&format!("{i} = linalg.index {k} : index"));
                        i
                    })
                    .collect();
                let batch: Vec<String> = batch_pos.iter().map(|&p| ivs[p].clone()).collect();
                let mut at = vec![zero.clone(); orank];
                for (k, &d) in g.start_index_map.iter().enumerate() {
                    let d = d as usize;
                    let mut iidx = batch.clone();
                    if ivd < irank {
                        let c = s.index_const(k as i64);
                        iidx.insert(ivd, c);
                    }
                    let v = s.fresh();
                    s.line(&format!("{v} = tensor.extract {idn}[{}] : {idt}", iidx.join(", ")));
                    let i = s.as_index(&v, ie);
                    let (lo, c) = (s.fresh(), s.fresh());
                    s.line(&format!("{lo} = arith.maxsi {i}, {zero} : index"));
                    s.line(&format!("{c} = arith.minsi {lo}, {} : index", highest[d]));
                    at[d] = c;
                }
                for (&od, &id) in g.operand_batching_dims.iter().zip(&g.start_indices_batching_dims) {
                    let j = batch_ids.iter().position(|&x| x == id as usize).unwrap_or(0);
                    let a = s.fresh();
                    s.line(&format!("{a} = arith.addi {}, {} : index", at[od as usize], batch[j]));
                    at[od as usize] = a;
                }
                for (&d, &o) in window.iter().zip(&g.offset_dims) {
                    let a = s.fresh();
                    s.line(&format!("{a} = arith.addi {}, {} : index", at[d], ivs[o as usize]));
                    at[d] = a;
                }
                let v = s.fresh();
                s.line(&format!("{v} = tensor.extract {sn}[{}] : {st}", at.join(", ")));
                Ok(v)
            },
        )
    }

    /// `slice` with run-time start, limit and strides (1-D tensors): `tensor.extract_slice`
    /// at dynamic offsets, sizes and strides, checked (a failed check reports the bounds) and
    /// clamped so that the read stays inside the operand whatever the bounds are.
    pub(super) fn dynamic_bounds_slice(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let x = m.operand_value(op, 0);
        let (sv, lv, tv) = (m.operand_value(op, 1), m.operand_value(op, 2), m.operand_value(op, 3));
        let rank = self.dims(m.value_type(x)).len();
        let (zero, one) = (self.index_const(0), self.index_const(1));
        let (mut offs, mut sizes, mut strides) = (Vec::new(), Vec::new(), Vec::new());
        for k in 0..rank {
            let (s0, l, t0) = (
                self.shape_entry(sv, k),
                self.shape_entry(lv, k),
                self.shape_entry(tv, k),
            );
            let e = self.ext(x, k);
            let (ok1, ok2, ok3, ok4) = (self.fresh(), self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{ok1} = arith.cmpi sge, {s0}, {zero} : index"));
            self.line(&format!("{ok2} = arith.cmpi sle, {s0}, {l} : index"));
            self.line(&format!("{ok3} = arith.cmpi sle, {l}, {e} : index"));
            self.line(&format!("{ok4} = arith.cmpi sge, {t0}, {one} : index"));
            let (a, b, ok) = (self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{a} = arith.andi {ok1}, {ok2} : i1"));
            self.line(&format!("{b} = arith.andi {ok3}, {ok4} : i1"));
            self.line(&format!("{ok} = arith.andi {a}, {b} : i1"));
            let vals: Vec<String> = [&s0, &l, &t0, &e]
                .iter()
                .map(|v| {
                    let c = self.fresh();
                    self.line(&format!("{c} = arith.index_cast {v} : index to i64"));
                    c
                })
                .collect();
            self.check(
                &ok,
                format!("slice of dimension {k}: start {{0}}, limit {{1}} and stride {{2}} do not fit extent {{3}}"),
                &vals,
            );
            // Clamped: start in [0, e], limit in [start, e], stride >= 1.
            let (s1, s2, l1, l2, t) = (self.fresh(), self.fresh(), self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{s1} = arith.maxsi {s0}, {zero} : index"));
            self.line(&format!("{s2} = arith.minsi {s1}, {e} : index"));
            self.line(&format!("{l1} = arith.minsi {l}, {e} : index"));
            self.line(&format!("{l2} = arith.maxsi {l1}, {s2} : index"));
            self.line(&format!("{t} = arith.maxsi {t0}, {one} : index"));
            // ceil((limit - start) / stride)
            let (d, d1, n) = (self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{d} = arith.subi {l2}, {s2} : index"));
            self.line(&format!("{d1} = arith.addi {d}, {t} : index"));
            let d2 = self.fresh();
            self.line(&format!("{d2} = arith.subi {d1}, {one} : index"));
            self.line(&format!("{n} = arith.divsi {d2}, {t} : index"));
            offs.push(s2);
            sizes.push(n);
            strides.push(t);
        }
        let elem = self.elem_of(m.value_type(x));
        let st = self.shape_ty(&vec![Dim::Dynamic; rank], elem);
        let (xn, xt) = (self.name(x), self.vty(x));
        let s = self.fresh();
        self.line(&format!(
            "{s} = tensor.extract_slice {xn}[{}] [{}] [{}] : {xt} to {st}",
            offs.join(", "),
            sizes.join(", "),
            strides.join(", ")
        ));
        self.cast_to(m.result(op, 0), &s, &st);
        Ok(())
    }

    /// Clamped start offsets of a window of `sizes` (index values) in `x`, from the rank-0
    /// start operands: StableHLO's `clamp(0, start, dim - size)`.
    pub(super) fn clamped_starts(&mut self, x: Value, starts: &[Value], sizes: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        let zero = self.index_const(0);
        for (k, &s) in starts.iter().enumerate() {
            let v = self.scalar_of(s);
            let et = self.elem_of(self.m.value_type(s));
            let i = self.as_index(&v, et);
            let d = self.ext(x, k);
            let (hi, lo, c) = (self.fresh(), self.fresh(), self.fresh());
            self.line(&format!("{hi} = arith.subi {d}, {} : index", sizes[k]));
            self.line(&format!("{lo} = arith.maxsi {i}, {zero} : index"));
            self.line(&format!("{c} = arith.minsi {lo}, {hi} : index"));
            out.push(c);
        }
        out
    }
}
