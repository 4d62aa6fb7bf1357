//! Region ops: `if`, `while` (iteration buffers), and the ops whose combiner or comparator
//! region runs as scalar code at each use (`reduce_region`, `reduce_window`, `sort`).

use super::*;

impl Lower<'_> {
    /// The scalar i1 of a condition operand (a `tensor<i1>` value, the buffer of a function
    /// argument, which bufferization has already retyped, or an i1).
    pub(super) fn condition(&mut self, at: &Builder, op: OpId, c: Value) -> R<Value> {
        let ty = self.m.value_type(c);
        if is_tensor(self.m.ctx(), ty) {
            let b = self.buf(op, c)?;
            Ok(self.load(at, b, &[]))
        } else if matches!(self.m.ctx().ty(ty), TypeKind::MemRef { .. }) {
            Ok(self.load(at, c, &[]))
        } else {
            Ok(c)
        }
    }

    /// Moves the ops of `old` (but its terminator) before `before`, lowers them, and returns the
    /// old terminator. Buffers they allocate are freed before `before` unless kept.
    pub(super) fn inline_block(&mut self, old: kiln_ir::BlockId, before: OpId) -> R<(OpId, Vec<Value>)> {
        let saved = std::mem::take(&mut self.temps);
        let ops: Vec<OpId> = self.m.block_ops(old).collect();
        let (term, body) = ops.split_last().expect("a terminated block");
        for &o in body {
            self.m.move_op_before(o, before);
        }
        for &o in body {
            self.lower(o, &[])?;
        }
        let region_temps = std::mem::replace(&mut self.temps, saved);
        Ok((*term, region_temps))
    }

    /// Copies `srcs[j]` into `dests[j]` before `at`, staging sources that are themselves
    /// destinations (a loop that swaps its carried values) through temporaries.
    pub(super) fn copy_into(&mut self, at: &Builder, srcs: &[Value], dests: &[Value]) -> R<()> {
        let mut srcs = srcs.to_vec();
        let mut staged = Vec::new();
        for j in 0..srcs.len() {
            if srcs[j] != dests[j] && dests.contains(&srcs[j]) {
                let t = self.alloc_like(at, srcs[j]);
                self.copy(at, srcs[j], t)?;
                staged.push(t);
                srcs[j] = t;
            }
        }
        for j in 0..srcs.len() {
            if srcs[j] != dests[j] {
                self.copy(at, srcs[j], dests[j])?;
            }
        }
        for t in staged {
            self.b(at).dealloc(t);
        }
        Ok(())
    }

    pub(super) fn free(&mut self, at: &Builder, bufs: Vec<Value>, keep: &[Value]) {
        for b in bufs {
            if !keep.contains(&b) {
                self.b(at).dealloc(b);
            }
        }
    }

    /// `ktensor.if`: results get buffers before the branch; each branch computes into its own
    /// temporaries and copies what it yields into them.
    pub(super) fn lower_if(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
        let c = self.condition(&at, op, operands[0])?;
        let mut dests = Vec::new();
        for (i, r) in self.m.results(op).collect::<Vec<_>>().into_iter().enumerate() {
            // The result buffer exists before the branch runs, so its extents must be known
            // there: named dimensions are, a '?' (one the branches disagree on, or that
            // name-dims could not follow) is not.
            let b = self.result_buffer(op, r, &|_| None).map_err(|_| {
                Diagnostic::error(
                    self.m.loc(op),
                    format!(
                        "not supported at tiers 1-3: result #{i} of 'ktensor.if' ('{}') has a '?' extent only its branches compute",
                        kiln_ir::printer::type_to_string(&ctx, self.m.value_type(r))
                    ),
                )
            })?;
            dests.push(b.0);
        }
        let regions = self.m.regions(op).to_vec();
        let (tr, tb) = Builder::region_with_block(self.m, &[], loc);
        let (er, eb) = Builder::region_with_block(self.m, &[], loc);
        let mut st = OperationState::new(ctx.sym("loop.if"), loc);
        st.operands.push(c);
        st.regions.extend([tr, er]);
        at.create(self.m, st);
        for (old, new) in [(regions[0], tb), (regions[1], eb)] {
            let y = Builder::at_end(new).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
            let old_block = self.m.region_blocks(old)[0];
            let (term, temps) = self.inline_block(old_block, y)?;
            let vals: Vec<Value> = self.m.operands(term).collect();
            let srcs: Vec<Value> = vals.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
            let yat = Builder::before(y);
            self.copy_into(&yat, &srcs, &dests)?;
            self.free(&yat, temps, &dests);
        }
        Ok(())
    }

    /// `ktensor.while`: each carried value lives in an iteration buffer (the result's); both
    /// regions read them through their arguments and the body's yield copies into them.
    pub(super) fn lower_while(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
        let inits: Vec<Value> = operands.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let mut iters = Vec::new();
        for (k, r) in self.m.results(op).collect::<Vec<_>>().into_iter().enumerate() {
            let init = inits[k];
            let like = move |d: usize| Some((init, d));
            let (b, _) = self.result_buffer(op, r, &like)?;
            iters.push(b);
        }
        self.copy_into(&at, &inits, &iters)?;
        let regions = self.m.regions(op).to_vec();
        for &r in &regions {
            let blk = self.m.region_blocks(r)[0];
            for (a, &b) in self.m.block_args(blk).to_vec().into_iter().zip(&iters) {
                self.bufs.insert(a, b);
            }
        }
        let (cr, cb) = Builder::region_with_block(self.m, &[], loc);
        let (br, bb) = Builder::region_with_block(self.m, &[], loc);
        let mut st = OperationState::new(ctx.sym("loop.while"), loc);
        st.regions.extend([cr, br]);
        at.create(self.m, st);
        // cond: compute, read the condition, free, continue while true.
        let mut cst = OperationState::new(ctx.sym("loop.condition"), loc);
        let placeholder = self
            .b(&Builder::at_end(cb))
            .constant(ctx.intern_attr(AttrKind::Bool(false)), ctx.i1());
        cst.operands.push(placeholder);
        let cond_term = Builder::at_end(cb).create(self.m, cst);
        let old_cond = self.m.region_blocks(regions[0])[0];
        let (term, temps) = self.inline_block(old_cond, cond_term)?;
        let cv = self.m.operand_value(term, 0);
        let cat = Builder::before(cond_term);
        let c = self.condition(&cat, op, cv)?;
        self.free(&cat, temps, &iters);
        self.m.set_operand(cond_term, 0, c);
        let pdef = self.m.defining_op(placeholder).expect("constant");
        self.m.erase_op(pdef);
        // body: compute, copy the yielded values into the iteration buffers, free.
        let y = Builder::at_end(bb).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
        let old_body = self.m.region_blocks(regions[1])[0];
        let (term, temps) = self.inline_block(old_body, y)?;
        let vals: Vec<Value> = self.m.operands(term).collect();
        let srcs: Vec<Value> = vals.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let yat = Builder::before(y);
        self.copy_into(&yat, &srcs, &iters)?;
        self.free(&yat, temps, &iters);
        Ok(())
    }

    /// Emits the ops of a combiner or comparator region as scalar code before `at`, with its
    /// arguments bound to `args`; returns the scalars it yields. Region ops on rank-0 tensors
    /// become their scalar forms.
    pub(super) fn scalarize(
        &mut self,
        at: &Builder,
        op: OpId,
        block: kiln_ir::BlockId,
        args: &[Value],
    ) -> R<Vec<Value>> {
        let ctx = self.m.ctx().clone();
        let loc = self.m.loc(op);
        let mut map: FxHashMap<Value, Value> = FxHashMap::default();
        for (&a, &v) in self.m.block_args(block).to_vec().iter().zip(args) {
            map.insert(a, v);
        }
        for o in self.m.block_ops(block).collect::<Vec<_>>() {
            let name = self.m.op_name(o).to_string();
            let mut ins = Vec::new();
            for v in self.m.operands(o).collect::<Vec<_>>() {
                ins.push(match map.get(&v) {
                    Some(&x) => x,
                    // A value from outside the region: a scalar, or a rank-0 tensor's element.
                    None if !is_tensor(&ctx, self.m.value_type(v)) => v,
                    None => {
                        let b = self.buf(op, v)?;
                        if !shape(&ctx, self.m.value_type(b)).is_empty() {
                            return Err(Diagnostic::error(
                                loc,
                                "a region reads a whole tensor from outside it; not lowered yet",
                            ));
                        }
                        self.load(at, b, &[])
                    }
                });
            }
            if matches!(name.as_str(), "ktensor.yield" | "loop.yield" | "stablehlo.return") {
                return Ok(ins);
            }
            let Some(r) = self.m.results(o).next() else {
                return Err(Diagnostic::error(
                    self.m.loc(o),
                    format!("'{name}' in a region has no scalar lowering"),
                ));
            };
            let rt = elem_or_self(&ctx, self.m.value_type(r));
            let v = match name.as_str() {
                "ktensor.constant" | "arith.constant" => {
                    let a = self.m.attr(o, "value").expect("verified constant");
                    let a = match ctx.attr(a).clone() {
                        AttrKind::Dense { data, .. } => dense_elements(&ctx, rt, &data)[0],
                        _ => a,
                    };
                    self.b(at).constant(a, rt)
                }
                n if n.starts_with("arith.") || n.starts_with("math.") => {
                    let props: Vec<(String, kiln_ir::Attr)> = ctx
                        .dict_entries(self.m.props(o))
                        .iter()
                        .map(|p| (ctx.str(p.name).to_string(), p.value))
                        .collect();
                    let props: Vec<(&str, kiln_ir::Attr)> = props.iter().map(|(n, a)| (n.as_str(), *a)).collect();
                    self.b(at).one(n, &ins, props, rt)
                }
                _ => self.scalar_elementwise(at, o, &name, &ins, rt)?,
            };
            map.insert(r, v);
        }
        Err(Diagnostic::error(loc, "a region without a terminator"))
    }

    pub(super) fn compare(
        &mut self,
        at: &Builder,
        loc: kiln_ir::Attr,
        p: &str,
        vals: &[Value],
        in_elem: Type,
    ) -> R<Value> {
        let ctx = self.m.ctx().clone();
        let float = ctx.ty(in_elem).is_float();
        let (opname, names): (&str, &[&str]) = if float {
            ("arith.cmpf", &kiln_dialects::arith::CMPF)
        } else {
            ("arith.cmpi", &kiln_dialects::arith::CMPI)
        };
        let want = match (float, p) {
            (true, "ne") => "une".to_string(),
            (true, q) => format!("o{q}"),
            (false, "eq" | "ne") => p.to_string(),
            (false, q) if q.starts_with('u') => q.to_string(),
            (false, q) => format!("s{q}"),
        };
        let idx = names
            .iter()
            .position(|&n| n == want)
            .ok_or_else(|| Diagnostic::error(loc, format!("predicate '{p}' has no loop lowering")))?;
        let pa = ctx.int_attr(idx as i128, ctx.i64());
        Ok(self.b(at).one(opname, vals, vec![("predicate", pa)], ctx.i1()))
    }

    /// reduce_region: results start at the initial values, then every element is folded in
    /// by the combiner (accumulators, then elements), in row-major order as tier 0 does.
    pub(super) fn reduce_region(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let n = operands.len() / 2;
        let axes: Vec<usize> = int_list(self.m, op, "axes").into_iter().map(|a| a as usize).collect();
        let keep = self.m.attr(op, "keep_dims").is_some();
        let ins: Vec<Value> = operands[..n].iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let inits: Vec<Value> = operands[n..].to_vec();
        let rank = shape(&ctx, self.m.value_type(ins[0])).len();
        let kept: Vec<usize> = (0..rank).filter(|d| !axes.contains(d)).collect();
        let src = ins[0];
        let mut outs = Vec::new();
        let mut out_sizes = Vec::new();
        for r in self.m.results(op).collect::<Vec<_>>() {
            let like = |k: usize| {
                if keep {
                    (!axes.contains(&k)).then_some((src, k))
                } else {
                    kept.get(k).map(|&d| (src, d))
                }
            };
            let (b, sz) = self.result_buffer(op, r, &like)?;
            outs.push(b);
            out_sizes = sz;
        }
        // Initial values: rank-0 buffers (or scalars).
        let (ivs, inner) = self.nest(&at, &out_sizes);
        for (k, &iv) in inits.iter().enumerate() {
            let v = if is_tensor(&ctx, self.m.value_type(iv)) {
                let b = self.buf(op, iv)?;
                self.load(&inner, b, &[])
            } else {
                iv
            };
            self.store(&inner, v, outs[k], &ivs);
        }
        let in_sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        let (ivs, inner) = self.nest(&at, &in_sizes);
        let out_idx = self.reduced_index(&inner, &ivs, &axes, &kept, keep);
        let mut args = Vec::new();
        for &o in &outs {
            args.push(self.load(&inner, o, &out_idx));
        }
        for &i in &ins {
            args.push(self.load(&inner, i, &ivs));
        }
        let block = self.m.region_blocks(self.m.regions(op)[0])[0];
        let res = self.scalarize(&inner, op, block, &args)?;
        for (k, &v) in res.iter().enumerate() {
            self.store(&inner, v, outs[k], &out_idx);
        }
        Ok(())
    }

    /// reduce_window (any number of inputs): every output starts at the initial value and folds in its
    /// window; padding and base-dilation holes contribute the initial value, as tier 0 does.
    pub(super) fn reduce_window(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let extra = kiln_dialects::tensor_regions::dynamic_window_operands(self.m, op);
        let n_in = (operands.len() - extra) / 2;
        let srcs: Vec<Value> = operands[..n_in].iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let inits: Vec<Value> = operands[n_in..2 * n_in]
            .iter()
            .map(|&v| self.buf(op, v))
            .collect::<R<_>>()?;
        let src = srcs[0];
        let rank = shape(&ctx, self.m.value_type(src)).len();
        // The window: attributes, or (JAX's dynamic_reduce_window) five run-time lists, whose
        // sizes, strides and dilations are checked to be positive (clamped to 1 otherwise, so
        // nothing divides by zero after the reported error).
        let lists: [Vec<Value>; 5] = if extra > 0 {
            // Lengths are static (the verifier checks them against the rank).
            let bufs: Vec<Value> = operands[2 * n_in..]
                .iter()
                .map(|&v| self.buf(op, v))
                .collect::<R<_>>()?;
            let mut lists: Vec<Vec<Value>> = Vec::new();
            for (j, &b) in bufs.iter().enumerate() {
                let len = if j == 4 { 2 * rank } else { rank };
                // The padding may be `rank x 2`: read it as its row-major list.
                let b = if shape(&ctx, self.m.value_type(b)).len() == 2 {
                    let e = elem_or_self(&ctx, self.m.value_type(b));
                    let flat = ctx.memref_type(vec![Dim::Dynamic], e);
                    self.b(&at).view(b, flat)
                } else {
                    b
                };
                let mut vs = Vec::new();
                for k in 0..len {
                    let mut v = self.read_int(&at, b, k);
                    if j < 4 {
                        let one = self.index_const(&at, 1);
                        let pos = self.b(&at).cmpi(CmpI::Sge, v, one);
                        let v64 = self.b(&at).index_cast(v, ctx.i64());
                        self.runtime_check(
                            &at,
                            op,
                            pos,
                            "a run-time window size, stride or dilation is {0}, not positive",
                            &[v64],
                        );
                        v = self.b(&at).select(pos, v, one);
                    }
                    vs.push(v);
                }
                lists.push(vs);
            }
            lists.try_into().expect("five lists")
        } else {
            let get = |lw: &mut Self, n: &str, d: i64, len: usize| -> Vec<Value> {
                let v = int_list(lw.m, op, n);
                let v = if v.is_empty() { vec![d; len] } else { v };
                v.iter().map(|&x| lw.index_const(&at, x)).collect()
            };
            [
                get(self, "window_dimensions", 1, rank),
                get(self, "window_strides", 1, rank),
                get(self, "base_dilations", 1, rank),
                get(self, "window_dilations", 1, rank),
                get(self, "padding", 0, 2 * rank),
            ]
        };
        let [wd, ws, bd, wdl, pad] = lists;
        // Extents the result type does not give: ((n - 1)·base + 1 + low + high - span) /
        // stride + 1 with span = (window - 1)·dilation + 1, or 0 when the window does not fit.
        let rdims = shape(&ctx, self.m.value_type(self.m.result(op, 0)));
        let mut want = Vec::new();
        for (d, rd) in rdims.iter().enumerate() {
            if !matches!(rd, Dim::Dynamic) {
                want.push(self.extent(&at, op, rd, None)?);
                continue;
            }
            let n = self.dim_of(&at, src, d);
            let (zero, one) = (self.index_const(&at, 0), self.index_const(&at, 1));
            let nm1 = self.b(&at).subi(n, one);
            let dil = self.b(&at).muli(nm1, bd[d]);
            let base = self.b(&at).addi(dil, one);
            let empty = self.b(&at).cmpi(CmpI::Eq, n, zero);
            let base = self.b(&at).select(empty, zero, base);
            let padded = self.b(&at).addi(base, pad[2 * d]);
            let padded = self.b(&at).addi(padded, pad[2 * d + 1]);
            let wm1 = self.b(&at).subi(wd[d], one);
            let span = self.b(&at).muli(wm1, wdl[d]);
            let span = self.b(&at).addi(span, one);
            let fits = self.b(&at).cmpi(CmpI::Sge, padded, span);
            let diff = self.b(&at).subi(padded, span);
            let q = self.b(&at).divsi(diff, ws[d]);
            let q = self.b(&at).addi(q, one);
            want.push(self.b(&at).select(fits, q, zero));
        }
        let mut outs = Vec::new();
        let mut osz = Vec::new();
        for r in self.m.results(op).collect::<Vec<_>>() {
            let (b, sz) = self.result_buffer_sized(op, r, want.clone());
            outs.push(b);
            osz = sz;
        }
        let (ivs, inner) = self.nest(&at, &osz);
        for (k, &o) in outs.iter().enumerate() {
            let init = self.load(&inner, inits[k], &[]);
            self.store(&inner, init, o, &ivs);
        }
        let wsz: Vec<Value> = wd.clone();
        let xsz: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        let mut sizes = osz.clone();
        sizes.extend(wsz);
        let (ivs, inner) = self.nest(&at, &sizes);
        let mut xi = Vec::new();
        let mut oks = Vec::new();
        for d in 0..rank {
            // q = o*stride + k*dilation - low; an element when q % base == 0 and q / base < n.
            let (s, dl, lo, b) = (ws[d], wdl[d], pad[2 * d], bd[d]);
            let a = self.b(&inner).muli(ivs[d], s);
            let k = self.b(&inner).muli(ivs[rank + d], dl);
            let q = self.b(&inner).addi(a, k);
            let q = self.b(&inner).subi(q, lo);
            let zero = self.index_const(&inner, 0);
            let nonneg = self.b(&inner).cmpi(CmpI::Sge, q, zero);
            let rem = self.b(&inner).remsi(q, b);
            let exact = self.b(&inner).cmpi(CmpI::Eq, rem, zero);
            let i = self.b(&inner).divsi(q, b);
            let below = self.b(&inner).cmpi(CmpI::Slt, i, xsz[d]);
            oks.extend([nonneg, exact, below]);
            xi.push(i);
        }
        // A rank-0 window has no bounds to check: its one element is always inside.
        let ok = match self.and_all(&inner, oks) {
            Some(ok) => ok,
            None => self.b(&inner).constant(ctx.intern_attr(AttrKind::Bool(true)), ctx.i1()),
        };
        let accs: Vec<Value> = outs.iter().map(|&o| self.load(&inner, o, &ivs[..rank])).collect();
        // The element, or the initial value in padding (loads are guarded by a select on a
        // clamped index so no access leaves the buffer).
        let zero = self.index_const(&inner, 0);
        let safe: Vec<Value> = xi.iter().map(|&i| self.b(&inner).select(ok, i, zero)).collect();
        let mut args = accs;
        for k in 0..n_in {
            let x = self.load(&inner, srcs[k], &safe);
            let init2 = self.load(&inner, inits[k], &[]);
            let v = self.b(&inner).select(ok, x, init2);
            args.push(v);
        }
        let block = self.m.region_blocks(self.m.regions(op)[0])[0];
        let res = self.scalarize(&inner, op, block, &args)?;
        for (k, &o) in outs.iter().enumerate() {
            self.store(&inner, res[k], o, &ivs[..rank]);
        }
        Ok(())
    }

    /// sort: a stable insertion sort of each lane along `dimension`, moving every operand
    /// together; the comparator runs as scalar code. Quadratic in the lane length: a
    /// baseline for tier 1, not a sorting kernel.
    pub(super) fn sort(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let loc = self.loc;
        let ins: Vec<Value> = operands.iter().map(|&v| self.buf(op, v)).collect::<R<_>>()?;
        let rank = shape(&ctx, self.m.value_type(ins[0])).len();
        if rank == 0 {
            for (k, r) in self.m.results(op).collect::<Vec<_>>().into_iter().enumerate() {
                self.bufs.insert(r, ins[k]);
            }
            return Ok(());
        }
        let d = self.m.attr(op, "dimension").and_then(|a| ctx.attr_int(a)).unwrap_or(0) as usize;
        let mut outs = Vec::new();
        for (k, r) in self.m.results(op).collect::<Vec<_>>().into_iter().enumerate() {
            let src = ins[k];
            let like = move |j: usize| Some((src, j));
            let (b, _) = self.result_buffer(op, r, &like)?;
            if b != src {
                self.copy(&at, src, b)?;
            }
            outs.push(b);
        }
        let sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, outs[0], k)).collect();
        let jt = ctx.memref_type(vec![], ctx.i64());
        let jb = self.b(&at).alloc(jt, &[]);
        let others: Vec<Value> = (0..rank).filter(|&k| k != d).map(|k| sizes[k]).collect();
        let (ovs, lane) = self.nest(&at, &others);
        // for i in 1..n
        let one = self.index_const(&lane, 1);
        let (region, block) = Builder::region_with_block(self.m, &[self.index], loc);
        let mut st = OperationState::new(ctx.sym("loop.for"), loc);
        st.operands.extend([one, sizes[d], one]);
        st.regions.push(region);
        lane.create(self.m, st);
        let fy = Builder::at_end(block).create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
        let body = Builder::before(fy);
        let i = self.m.block_args(block)[0];
        let i64v = self.b(&body).index_cast(i, ctx.i64());
        self.store(&body, i64v, jb, &[]);
        let idx_at = |ovs: &[Value], pos: Value| -> Vec<Value> {
            let mut v = ovs.to_vec();
            v.insert(d, pos);
            v
        };
        let (cr, cb) = Builder::region_with_block(self.m, &[], loc);
        let (br, bb) = Builder::region_with_block(self.m, &[], loc);
        let mut st = OperationState::new(ctx.sym("loop.while"), loc);
        st.regions.extend([cr, br]);
        body.create(self.m, st);
        // cond: j > 0 && comparator(out[j], out[j-1])
        let c = Builder::at_end(cb);
        let j = self.load(&c, jb, &[]);
        let ji = {
            let t = self.index;
            self.b(&c).index_cast(j, t)
        };
        let zero = self.index_const(&c, 0);
        let onec = self.index_const(&c, 1);
        let pos = self.b(&c).cmpi(CmpI::Sgt, ji, zero);
        let jm1 = self.b(&c).subi(ji, onec);
        let safe = self.b(&c).select(pos, jm1, zero);
        let mut args = Vec::new();
        for &o in &outs {
            args.push(self.load(&c, o, &idx_at(&ovs, ji)));
            args.push(self.load(&c, o, &idx_at(&ovs, safe)));
        }
        let rb = self.m.region_blocks(self.m.regions(op)[0])[0];
        let less = self.scalarize(&c, op, rb, &args)?;
        let go = self.b(&c).andi(pos, less[0]);
        let mut cs = OperationState::new(ctx.sym("loop.condition"), loc);
        cs.operands.push(go);
        c.create(self.m, cs);
        // body: swap out[j] and out[j-1] in every operand; j -= 1
        let b = Builder::at_end(bb);
        let j = self.load(&b, jb, &[]);
        let ji = {
            let t = self.index;
            self.b(&b).index_cast(j, t)
        };
        let oneb = self.index_const(&b, 1);
        let jm1 = self.b(&b).subi(ji, oneb);
        for &o in &outs {
            let (p, q) = (idx_at(&ovs, ji), idx_at(&ovs, jm1));
            let x = self.load(&b, o, &p);
            let y = self.load(&b, o, &q);
            self.store(&b, y, o, &p);
            self.store(&b, x, o, &q);
        }
        let j1 = self.b(&b).index_cast(jm1, ctx.i64());
        self.store(&b, j1, jb, &[]);
        b.create(self.m, OperationState::new(ctx.sym("loop.yield"), loc));
        self.b(&at).dealloc(jb);
        Ok(())
    }
}
