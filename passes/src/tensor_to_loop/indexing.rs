//! Ops that index with run-time values or bounds: gathers and scatters (indices checked at
//! run time), dynamic slices (starts clamped), pad and concat, and the run-time check helper.

use super::*;
use kiln_dialects::tensor_indexing::{GatherDims, ScatterDims};

impl Lower<'_> {
    pub(super) fn concat(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let axis = self.m.attr(op, "dim").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
        let bufs: Vec<Value> = operands.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let r = self.m.result(op, 0);
        let first = bufs[0];
        // Extents the type does not give: the first operand's off the axis, the operands' sum
        // along it.
        let dims = shape(&ctx, self.m.value_type(r));
        let mut out = Vec::new();
        for (k, d) in dims.iter().enumerate() {
            out.push(if k == axis && matches!(d, Dim::Dynamic) {
                let mut sum = self.index_const(&at, 0);
                for &src in &bufs {
                    let n = self.dim_of(&at, src, axis);
                    sum = self.b(&at).addi(sum, n);
                }
                sum
            } else {
                self.extent(&at, op, d, (k != axis).then_some((first, k)))?
            });
        }
        let (b, _) = self.result_buffer_sized(op, r, out);
        let mut offset = self.index_const(&at, 0);
        for &src in &bufs {
            let rank = shape(&ctx, self.m.value_type(src)).len();
            let sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
            let (ivs, inner) = self.nest(&at, &sizes);
            let v = self.load(&inner, src, &ivs);
            let mut idx = ivs.clone();
            idx[axis] = self.b(&inner).addi(ivs[axis], offset);
            self.store(&inner, v, b, &idx);
            offset = self.b(&at).addi(offset, sizes[axis]);
        }
        Ok(())
    }

    /// A run-time check inside generated code: when `ok` is false, reports `message` (its
    /// `{i}` filled with `values`, i64 scalars) through `kiln_rt_assert_failed`, like a
    /// failed `ktensor.assert`.
    pub(super) fn runtime_check(&mut self, at: &Builder, op: OpId, ok: Value, message: &str, values: &[Value]) {
        let ctx = self.m.ctx().clone();
        let msg = match ctx.file_line_col(self.m.loc(op)) {
            Some((f, l, c)) => format!("{f}:{l}:{c}: error: {message}"),
            None => format!("error: {message}"),
        };
        let id = add_assert_message(self.m, &msg);
        let t = self.b(at).constant(ctx.intern_attr(AttrKind::Bool(true)), ctx.i1());
        let failed = self.b(at).xori(ok, t);
        let inner = self.guard(at, failed);
        // One declaration serves every check of the module, whatever its number of values:
        // the buffer's extent is dynamic (the runtime reads it from the descriptor).
        let vt = ctx.memref_type(vec![Dim::Dynamic], ctx.i64());
        let n = self.index_const(&inner, values.len().max(1) as i64);
        let vals = self.b(&inner).alloc(vt, &[n]);
        for (k, &v) in values.iter().enumerate() {
            let i = self.index_const(&inner, k as i64);
            self.store(&inner, v, vals, &[i]);
        }
        let idv = self.int_const(&inner, ctx.i64(), id as i64);
        let rt = crate::runtime_abi::ASSERT_FAILED;
        declare_runtime(self.m, rt.name, &[ctx.i64(), vt]);
        self.b(&inner).call(rt.name, &[idv, vals], &[]);
        self.b(&inner).dealloc(vals);
    }

    /// The index `ids[pos]` as index, checked against `[0, n)` (reported like tier 0), and
    /// whether it is in range: the access must run only then (an empty extent has no element
    /// a clamped index could read).
    pub(super) fn checked_index(
        &mut self,
        at: &Builder,
        op: OpId,
        what: &str,
        ids: Value,
        pos: &[Value],
        n: Value,
    ) -> (Value, Value) {
        let ctx = self.m.ctx().clone();
        let raw = self.load(at, ids, pos);
        let i = {
            let t = self.index;
            self.b(at).index_cast(raw, t)
        };
        let ok = self.in_bounds(at, i, n);
        let i64v = self.b(at).index_cast(i, ctx.i64());
        let n64 = self.b(at).index_cast(n, ctx.i64());
        self.runtime_check(
            at,
            op,
            ok,
            &format!("{what} index {{0}} is out of range [0, {{1}})"),
            &[i64v, n64],
        );
        (i, ok)
    }

    /// gather along one axis: out[o.., i.., r..] = table[o.., ids[i..], r..].
    pub(super) fn gather_axis(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let (table, ids) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        let a = self.m.attr(op, "axis").and_then(|x| ctx.attr_int(x)).unwrap_or(0) as usize;
        let trank = shape(&ctx, self.m.value_type(table)).len();
        let irank = shape(&ctx, self.m.value_type(ids)).len();
        let r = self.m.result(op, 0);
        let like = move |k: usize| {
            if k < a {
                Some((table, k))
            } else if k < a + irank {
                Some((ids, k - a))
            } else {
                Some((table, k - irank + 1))
            }
        };
        let (b, sizes) = self.result_buffer(op, r, &like)?;
        let n = self.dim_of(&at, table, a);
        let (ivs, inner) = self.nest_parallel(&at, &sizes);
        let (i, ok) = self.checked_index(&inner, op, "gather", ids, &ivs[a..a + irank], n);
        let mut tidx: Vec<Value> = ivs[..a].to_vec();
        tidx.push(i);
        tidx.extend_from_slice(&ivs[a + irank..]);
        debug_assert_eq!(tidx.len(), trank);
        let inside = self.guard(&inner, ok);
        let v = self.load(&inside, table, &tidx);
        self.store(&inside, v, b, &ivs);
        Ok(())
    }

    /// scatter along one axis: a copy of dest with updates written (or added) at the indices.
    pub(super) fn scatter_axis(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let (dest, ids, upd) = (
            self.buf(op, operands[0])?,
            self.buf(op, operands[1])?,
            self.buf(op, operands[2])?,
        );
        let a = self.m.attr(op, "axis").and_then(|x| ctx.attr_int(x)).unwrap_or(0) as usize;
        let add = self.m.attr(op, "kind").and_then(|x| ctx.attr_str(x)) == Some("add");
        let irank = shape(&ctx, self.m.value_type(ids)).len();
        let urank = shape(&ctx, self.m.value_type(upd)).len();
        let r = self.m.result(op, 0);
        let like = move |k: usize| Some((dest, k));
        let (b, _) = self.result_buffer(op, r, &like)?;
        if b != dest {
            self.copy(&at, dest, b)?;
        }
        let n = self.dim_of(&at, dest, a);
        let usz: Vec<Value> = (0..urank).map(|k| self.dim_of(&at, upd, k)).collect();
        let (ivs, outer) = self.nest(&at, &usz);
        let (i, ok) = self.checked_index(&outer, op, "scatter", ids, &ivs[a..a + irank], n);
        let inner = self.guard(&outer, ok);
        let mut didx: Vec<Value> = ivs[..a].to_vec();
        didx.push(i);
        didx.extend_from_slice(&ivs[a + irank..]);
        let u = self.load(&inner, upd, &ivs);
        let v = if add {
            let cur = self.load(&inner, b, &didx);
            let e = self.m.value_type(u);
            let n = if ctx.ty(e).is_float() {
                "arith.addf"
            } else {
                "arith.addi"
            };
            self.b(&inner).one(n, &[cur, u], vec![], e)
        } else {
            u
        };
        self.store(&inner, v, b, &didx);
        Ok(())
    }

    /// `clamp(start, 0, extent - size)` of a rank-0 integer start buffer, as index.
    pub(super) fn clamped_start(
        &mut self,
        at: &Builder,
        op: OpId,
        start: Value,
        extent: Value,
        size: Value,
    ) -> R<Value> {
        let b = self.buf(op, start)?;
        let v = self.load(at, b, &[]);
        let i = {
            let t = self.index;
            self.b(at).index_cast(v, t)
        };
        let zero = self.index_const(at, 0);
        let hi = self.b(at).subi(extent, size);
        let hi = self.b(at).maxsi(hi, zero);
        let lo = self.b(at).maxsi(i, zero);
        Ok(self.b(at).minsi(lo, hi))
    }

    /// dynamic_slice (`update` false) and dynamic_update_slice (`update` true), starts clamped.
    pub(super) fn dynamic_slice(&mut self, op: OpId, operands: &[Value], update: bool) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let src = self.buf(op, operands[0])?;
        let rank = shape(&ctx, self.m.value_type(src)).len();
        let r = self.m.result(op, 0);
        let extents: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        if update {
            let upd = self.buf(op, operands[1])?;
            let like = move |k: usize| Some((src, k));
            let (b, _) = self.result_buffer(op, r, &like)?;
            if b != src {
                self.copy(&at, src, b)?;
            }
            let usz: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, upd, k)).collect();
            let mut starts = Vec::new();
            for k in 0..rank {
                starts.push(self.clamped_start(&at, op, operands[2 + k], extents[k], usz[k])?);
            }
            let (ivs, inner) = self.nest(&at, &usz);
            let v = self.load(&inner, upd, &ivs);
            let idx: Vec<Value> = (0..rank).map(|k| self.b(&inner).addi(ivs[k], starts[k])).collect();
            self.store(&inner, v, b, &idx);
        } else {
            let (b, sizes) = self.result_buffer(op, r, &|_| None)?;
            let mut starts = Vec::new();
            for k in 0..rank {
                starts.push(self.clamped_start(&at, op, operands[1 + k], extents[k], sizes[k])?);
            }
            self.copy_indexed(&at, &sizes, src, b, |lw, inner, ivs| {
                (0..rank).map(|k| lw.b(inner).addi(ivs[k], starts[k])).collect()
            });
        }
        Ok(())
    }

    /// general_gather with static slice sizes: each result element reads the operand at the
    /// clamped start of its batch position plus its offset.
    pub(super) fn general_gather(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        // The dimension numbers, read as the verifier and tier 0 read them.
        let g = GatherDims::of(self.m, op).map_err(|e| Diagnostic::error(self.m.loc(op), e))?;
        let (offset_dims, collapsed, obatch, ibatch, start_map) = (
            g.offset_dims,
            g.collapsed_slice_dims,
            g.operand_batching_dims,
            g.start_indices_batching_dims,
            g.start_index_map,
        );
        let sizes_attr = int_list(self.m, op, "slice_sizes");
        let ivd = g.index_vector_dim as usize;
        let src = self.buf(op, operands[0])?;
        let ids = self.buf(op, operands[1])?;
        let orank = shape(&ctx, self.m.value_type(src)).len();
        let irank = shape(&ctx, self.m.value_type(ids)).len();
        let r = self.m.result(op, 0);
        let out_rank = shape(&ctx, self.m.value_type(r)).len();
        let batch_ids: Vec<usize> = (0..irank).filter(|&i| i != ivd).collect();
        let batch_pos: Vec<usize> = (0..out_rank).filter(|i| !offset_dims.contains(&(*i as i64))).collect();
        // Slice sizes: the attribute, or a run-time operand (dynamic_gather).
        let size_vals: Vec<Value> = match operands.get(2) {
            Some(&sv) => {
                let sb = self.buf(op, sv)?;
                (0..orank).map(|d| self.read_int(&at, sb, d)).collect()
            }
            None => (0..orank)
                .map(|d| self.index_const(&at, sizes_attr.get(d).copied().unwrap_or(1)))
                .collect(),
        };
        let window_dims: Vec<usize> = (0..orank)
            .filter(|d| !collapsed.contains(&(*d as i64)) && !obatch.contains(&(*d as i64)))
            .collect();
        let (b, sizes) = if operands.len() == 3 {
            let mut sizes = Vec::new();
            let (mut bi, mut wi) = (0, 0);
            for k in 0..out_rank {
                if offset_dims.contains(&(k as i64)) {
                    sizes.push(size_vals[window_dims[wi]]);
                    wi += 1;
                } else {
                    sizes.push(self.dim_of(&at, ids, batch_ids[bi]));
                    bi += 1;
                }
            }
            self.result_buffer_sized(op, r, sizes)
        } else {
            let like = |k: usize| batch_pos.iter().position(|&p| p == k).map(|j| (ids, batch_ids[j]));
            self.result_buffer(op, r, &like)?
        };
        let extents: Vec<Value> = (0..orank).map(|k| self.dim_of(&at, src, k)).collect();
        let (ivs, inner) = self.nest(&at, &sizes);
        let batch: Vec<Value> = batch_pos.iter().map(|&p| ivs[p]).collect();
        let offs: Vec<Value> = offset_dims.iter().map(|&p| ivs[p as usize]).collect();
        let window: Vec<usize> = (0..orank)
            .filter(|d| !collapsed.contains(&(*d as i64)) && !obatch.contains(&(*d as i64)))
            .collect();
        let zero = self.index_const(&inner, 0);
        let mut at_idx = vec![zero; orank];
        for (k, &d) in start_map.iter().enumerate() {
            let d = d as usize;
            let mut iidx = batch.clone();
            if ivd < irank {
                let kk = self.index_const(&inner, k as i64);
                iidx.insert(ivd, kk);
            }
            let v = self.load(&inner, ids, &iidx);
            let i = {
                let t = self.index;
                self.b(&inner).index_cast(v, t)
            };
            let hi = self.b(&inner).subi(extents[d], size_vals[d]);
            let hi = self.b(&inner).maxsi(hi, zero);
            let lo = self.b(&inner).maxsi(i, zero);
            at_idx[d] = self.b(&inner).minsi(lo, hi);
        }
        for (&od, &id) in obatch.iter().zip(&ibatch) {
            let j = batch_ids.iter().position(|&x| x == id as usize).unwrap_or(0);
            at_idx[od as usize] = self.b(&inner).addi(at_idx[od as usize], batch[j]);
        }
        for (&d, &o) in window.iter().zip(&offs) {
            at_idx[d] = self.b(&inner).addi(at_idx[d], o);
        }
        let v = self.load(&inner, src, &at_idx);
        self.store(&inner, v, b, &ivs);
        Ok(())
    }

    /// pad: fill with the padding value, then place every source element (those cropped by
    /// negative padding are skipped).
    /// Element `k` of a 1-D integer buffer, as index.
    pub(super) fn read_int(&mut self, at: &Builder, buf: Value, k: usize) -> Value {
        let i = self.index_const(at, k as i64);
        let v = self.load(at, buf, &[i]);
        {
            let t = self.index;
            self.b(at).index_cast(v, t)
        }
    }

    /// slice with run-time start, limit and strides (real_dynamic_slice): each extent is
    /// `ceil((limit - start) / stride)`.
    pub(super) fn slice_dynamic(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let src = self.buf(op, operands[0])?;
        let rank = shape(&ctx, self.m.value_type(src)).len();
        let [sb, lb, tb] = [
            self.buf(op, operands[1])?,
            self.buf(op, operands[2])?,
            self.buf(op, operands[3])?,
        ];
        let (mut starts, mut steps, mut sizes) = (Vec::new(), Vec::new(), Vec::new());
        for k in 0..rank {
            let (s0, l, t) = (
                self.read_int(&at, sb, k),
                self.read_int(&at, lb, k),
                self.read_int(&at, tb, k),
            );
            // Bounds are checked as tier 0 checks them; invalid ones give an empty slice after
            // the error is recorded (nothing is read out of bounds, nothing divides by zero).
            let zero = self.index_const(&at, 0);
            let one = self.index_const(&at, 1);
            let extent = self.dim_of(&at, src, k);
            let c1 = self.b(&at).cmpi(CmpI::Sgt, t, zero);
            let c2 = self.b(&at).cmpi(CmpI::Sge, s0, zero);
            let c3 = self.b(&at).cmpi(CmpI::Sle, l, extent);
            let valid = self.and_all(&at, vec![c1, c2, c3]).expect("three checks");
            let vals: Vec<Value> = [s0, l, t]
                .iter()
                .map(|&v| self.b(&at).index_cast(v, ctx.i64()))
                .collect();
            let msg = format!("invalid slice bounds in dimension {k}: start {{0}} limit {{1}} stride {{2}}");
            self.runtime_check(&at, op, valid, &msg, &vals);
            let t = self.b(&at).select(valid, t, one);
            let span = self.b(&at).subi(l, s0);
            let up = self.b(&at).addi(span, t);
            let up = self.b(&at).subi(up, one);
            let n = self.b(&at).divsi(up, t);
            let n = self.b(&at).maxsi(n, zero);
            sizes.push(self.b(&at).select(valid, n, zero));
            starts.push(s0);
            steps.push(t);
        }
        let r = self.m.result(op, 0);
        let (b, sizes) = self.result_buffer_sized(op, r, sizes);
        self.copy_indexed(&at, &sizes, src, b, |lw, inner, ivs| {
            (0..rank)
                .map(|k| {
                    let m = lw.b(inner).muli(ivs[k], steps[k]);
                    lw.b(inner).addi(m, starts[k])
                })
                .collect()
        });
        Ok(())
    }

    pub(super) fn pad(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let src = self.buf(op, operands[0])?;
        let pv = self.buf(op, operands[1])?;
        let rank = shape(&ctx, self.m.value_type(src)).len();
        let r = self.m.result(op, 0);
        // low, high and interior: attributes, or run-time operands (dynamic_pad).
        let (low, high, mut interior) = if operands.len() == 5 {
            let bufs = [
                self.buf(op, operands[2])?,
                self.buf(op, operands[3])?,
                self.buf(op, operands[4])?,
            ];
            let mut vs: Vec<Vec<Value>> = Vec::new();
            for b in bufs {
                let v = (0..rank).map(|k| self.read_int(&at, b, k)).collect();
                vs.push(v);
            }
            (vs[0].clone(), vs[1].clone(), vs[2].clone())
        } else {
            let get = |lw: &mut Self, n: &str, d: i64| -> Vec<Value> {
                let v = int_list(lw.m, op, n);
                (0..rank)
                    .map(|k| lw.index_const(&at, v.get(k).copied().unwrap_or(d)))
                    .collect()
            };
            (get(self, "low", 0), get(self, "high", 0), get(self, "interior", 0))
        };
        let dims = shape(&ctx, self.m.value_type(r));
        let (b, osz) = if operands.len() == 5 || dims.iter().any(|d| matches!(d, Dim::Dynamic)) {
            // n + low + high + max(n - 1, 0) * interior, with interior padding checked and the
            // size kept non-negative (padding crops at most everything): for run-time padding,
            // and for '?' extents of the result (an operand extent only known at run time).
            let mut sizes = Vec::new();
            for k in 0..rank {
                let zero = self.index_const(&at, 0);
                let ok = self.b(&at).cmpi(CmpI::Sge, interior[k], zero);
                let v = self.b(&at).index_cast(interior[k], ctx.i64());
                let msg = format!("interior padding {{0}} of dimension {k} is negative");
                self.runtime_check(&at, op, ok, &msg, &[v]);
                interior[k] = self.b(&at).select(ok, interior[k], zero);
                let n = self.dim_of(&at, src, k);
                let one = self.index_const(&at, 1);
                let zero = self.index_const(&at, 0);
                let gaps = self.b(&at).subi(n, one);
                let gaps = self.b(&at).maxsi(gaps, zero);
                let inner = self.b(&at).muli(gaps, interior[k]);
                let t = self.b(&at).addi(n, low[k]);
                let t = self.b(&at).addi(t, high[k]);
                let size = self.b(&at).addi(t, inner);
                let zero = self.index_const(&at, 0);
                sizes.push(self.b(&at).maxsi(size, zero));
            }
            self.result_buffer_sized(op, r, sizes)
        } else {
            self.result_buffer(op, r, &|_| None)?
        };
        let (ivs, inner) = self.nest(&at, &osz);
        let v = self.load(&inner, pv, &[]);
        self.store(&inner, v, b, &ivs);
        let ssz: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        let (ivs, inner) = self.nest(&at, &ssz);
        let zero = self.index_const(&inner, 0);
        let mut idx = Vec::new();
        let mut inside: Option<Value> = None;
        for k in 0..rank {
            let one = self.index_const(&inner, 1);
            let step = self.b(&inner).addi(interior[k], one);
            let m = self.b(&inner).muli(ivs[k], step);
            let p = self.b(&inner).addi(m, low[k]);
            let c1 = self.b(&inner).cmpi(CmpI::Sge, p, zero);
            let c2 = self.b(&inner).cmpi(CmpI::Slt, p, osz[k]);
            let c = self.b(&inner).andi(c1, c2);
            inside = Some(match inside {
                Some(i) => self.b(&inner).andi(i, c),
                None => c,
            });
            idx.push(p);
        }
        let x = self.load(&inner, src, &ivs);
        match inside {
            Some(c) => {
                let then = self.b(&inner).if_then(c);
                self.store(&then, x, b, &idx);
            }
            None => self.store(&inner, x, b, &idx),
        }
        Ok(())
    }

    /// An `if` with an empty else before `at`; returns a builder for its then block.
    pub(super) fn guard(&mut self, at: &Builder, cond: Value) -> Builder {
        self.b(at).if_then(cond)
    }

    /// `0 <= i < n` as an i1.
    pub(super) fn in_bounds(&mut self, at: &Builder, i: Value, n: Value) -> Value {
        let zero = self.index_const(at, 0);
        let a = self.b(at).cmpi(CmpI::Sge, i, zero);
        let b = self.b(at).cmpi(CmpI::Slt, i, n);
        self.b(at).andi(a, b)
    }

    pub(super) fn and_all(&mut self, at: &Builder, cs: Vec<Value>) -> Option<Value> {
        let mut acc: Option<Value> = None;
        for c in cs {
            acc = Some(match acc {
                Some(a) => self.b(at).andi(a, c),
                None => c,
            });
        }
        acc
    }

    /// general_scatter: copy the input, then combine every update in at its index; updates
    /// outside the input are skipped.
    pub(super) fn general_scatter(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let d = ScatterDims::of(self.m, op).map_err(|e| Diagnostic::error(self.m.loc(op), e))?;
        let (uwd, iwd, ibd, sibd, sd2o) = (
            d.update_window_dims,
            d.inserted_window_dims,
            d.input_batching_dims,
            d.scatter_indices_batching_dims,
            d.scatter_dims_to_operand_dims,
        );
        let ivd = d.index_vector_dim as usize;
        let (input, ids, upd) = (
            self.buf(op, operands[0])?,
            self.buf(op, operands[1])?,
            self.buf(op, operands[2])?,
        );
        let irank = shape(&ctx, self.m.value_type(input)).len();
        let idrank = shape(&ctx, self.m.value_type(ids)).len();
        let urank = shape(&ctx, self.m.value_type(upd)).len();
        let r = self.m.result(op, 0);
        let like = move |k: usize| Some((input, k));
        let (out, osz) = self.result_buffer(op, r, &like)?;
        if out != input {
            self.copy(&at, input, out)?;
        }
        let usz: Vec<Value> = (0..urank).map(|k| self.dim_of(&at, upd, k)).collect();
        let (ivs, inner) = self.nest(&at, &usz);
        let batch: Vec<Value> = (0..urank)
            .filter(|d| !uwd.contains(&(*d as i64)))
            .map(|d| ivs[d])
            .collect();
        let win: Vec<Value> = uwd.iter().map(|&d| ivs[d as usize]).collect();
        let batch_ids: Vec<usize> = (0..idrank).filter(|&i| i != ivd).collect();
        let zero = self.index_const(&inner, 0);
        let mut idx = vec![zero; irank];
        for (k, &d) in sd2o.iter().enumerate() {
            let mut iidx = batch.clone();
            if ivd < idrank {
                let kk = self.index_const(&inner, k as i64);
                iidx.insert(ivd, kk);
            }
            let v = self.load(&inner, ids, &iidx);
            let i = {
                let t = self.index;
                self.b(&inner).index_cast(v, t)
            };
            idx[d as usize] = self.b(&inner).addi(idx[d as usize], i);
        }
        for (&id, &sd) in ibd.iter().zip(&sibd) {
            let j = batch_ids.iter().position(|&x| x == sd as usize).unwrap_or(0);
            idx[id as usize] = self.b(&inner).addi(idx[id as usize], batch[j]);
        }
        let wdims: Vec<usize> = (0..irank)
            .filter(|d| !iwd.contains(&(*d as i64)) && !ibd.contains(&(*d as i64)))
            .collect();
        for (&d, &w) in wdims.iter().zip(&win) {
            idx[d] = self.b(&inner).addi(idx[d], w);
        }
        let checks: Vec<Value> = (0..irank).map(|k| self.in_bounds(&inner, idx[k], osz[k])).collect();
        let t = match self.and_all(&inner, checks) {
            Some(c) => self.guard(&inner, c),
            None => inner,
        };
        let cur = self.load(&t, out, &idx);
        let u = self.load(&t, upd, &ivs);
        let block = self.m.region_blocks(self.m.regions(op)[0])[0];
        let res = self.scalarize(&t, op, block, &[cur, u])?;
        self.store(&t, res[0], out, &idx);
        Ok(())
    }
}
