//! Elementwise ops (one scalar function for loop nests and regions), conversions,
//! reductions, contractions (matmul, batch_matmul, dot_general) and conv2d.

use super::*;

impl Lower<'_> {
    /// conv2d (NHWC input, HWCF filter): a direct loop nest; taps that fall in the padding
    /// are skipped.
    pub(super) fn conv2d(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let (x, w) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        let get = |m: &Module, n: &str, d: Vec<i64>| {
            let v = int_list(m, op, n);
            if v.is_empty() {
                d
            } else {
                v
            }
        };
        let strides = get(self.m, "strides", vec![1, 1]);
        let dil = get(self.m, "dilations", vec![1, 1]);
        let pad = get(self.m, "padding", vec![0, 0, 0, 0]);
        let r = self.m.result(op, 0);
        let elem = elem_or_self(&ctx, self.m.value_type(r));
        let like = move |k: usize| match k {
            0 => Some((x, 0)),
            3 => Some((w, 3)),
            _ => None,
        };
        let (out, osz) = self.result_buffer(op, r, &like)?;
        let f32_only = [x, w, out]
            .iter()
            .all(|&v| elem_or_self(&ctx, self.m.value_type(v)) == ctx.f32());
        if self.library_calls && f32_only && pad.len() == 4 && strides.len() == 2 && dil.len() == 2 {
            // One call of the runtime's convolution: im2col and the GEMM, as tier 0 runs it.
            let any = ctx.memref_type(vec![Dim::Dynamic; 4], elem);
            let abi = crate::runtime_abi::CONV2D_F32;
            let mut params = vec![any, any, any];
            params.extend(std::iter::repeat_n(ctx.i64(), 8));
            super::declare_runtime(self.m, abi.name, &params);
            let cast = |lw: &mut Self, v: Value| lw.b(&at).one("builtin.unrealized_conversion_cast", &[v], vec![], any);
            let mut args = vec![cast(self, x), cast(self, w), cast(self, out)];
            for &v in strides.iter().chain(&dil).chain(&pad) {
                args.push(self.b(&at).constant(ctx.int_attr(v as i128, ctx.i64()), ctx.i64()));
            }
            self.b(&at).call(abi.name, &args, &[]);
            return Ok(());
        }
        let (ivs, inner) = self.nest(&at, &osz);
        let z = self.scalar_const(&inner, elem, 0.0);
        self.store(&inner, z, out, &ivs);
        let wsz: Vec<Value> = (0..3).map(|k| self.dim_of(&at, w, k)).collect();
        let xh = self.dim_of(&at, x, 1);
        let xw = self.dim_of(&at, x, 2);
        let mut sizes = osz.clone();
        sizes.extend(wsz.iter().copied());
        let (ivs, inner) = self.nest(&at, &sizes);
        let (n, oy, ox, f, ky, kx, c) = (ivs[0], ivs[1], ivs[2], ivs[3], ivs[4], ivs[5], ivs[6]);
        let coord = |lw: &mut Self, o: Value, k: Value, i: usize| -> Value {
            let s = lw.index_const(&inner, strides[i]);
            let d = lw.index_const(&inner, dil[i]);
            let p = lw.index_const(&inner, pad[2 * i]);
            let a = lw.b(&inner).muli(o, s);
            let b = lw.b(&inner).muli(k, d);
            let t = lw.b(&inner).addi(a, b);
            lw.b(&inner).subi(t, p)
        };
        let iy = coord(self, oy, ky, 0);
        let ix = coord(self, ox, kx, 1);
        let zero = self.index_const(&inner, 0);
        // 0 <= iy < H and 0 <= ix < W
        let c1 = self.b(&inner).cmpi(CmpI::Sge, iy, zero);
        let c2 = self.b(&inner).cmpi(CmpI::Slt, iy, xh);
        let c3 = self.b(&inner).cmpi(CmpI::Sge, ix, zero);
        let c4 = self.b(&inner).cmpi(CmpI::Slt, ix, xw);
        let a1 = self.b(&inner).andi(c1, c2);
        let a2 = self.b(&inner).andi(c3, c4);
        let inside = self.b(&inner).andi(a1, a2);
        let t = self.b(&inner).if_then(inside);
        let xv = self.load(&t, x, &[n, iy, ix, c]);
        let wv = self.load(&t, w, &[ky, kx, c, f]);
        let acc = self.load(&t, out, &[n, oy, ox, f]);
        let float = ctx.ty(elem).is_float();
        let (mul, add) = if float {
            ("arith.mulf", "arith.addf")
        } else {
            ("arith.muli", "arith.addi")
        };
        let p = self.b(&t).one(mul, &[xv, wv], vec![], elem);
        let s = self.b(&t).one(add, &[acc, p], vec![], elem);
        self.store(&t, s, out, &[n, oy, ox, f]);
        Ok(())
    }

    pub(super) fn elementwise(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let name = self.m.op_name(op).to_string();
        let at = Builder::before(op);
        // Broadcast operands that stayed virtual are read from their sources in place.
        let r = self.m.result(op, 0);
        let first = operands
            .iter()
            .rev()
            .find(|v| !self.virt.contains_key(v))
            .map(|&v| self.buf(op, v))
            .transpose()?
            .ok_or_else(|| Diagnostic::error(self.m.loc(op), "an elementwise op on broadcasts only"))?;
        let like = move |k: usize| Some((first, k));
        let (b, sizes) = self.result_buffer(op, r, &like)?;
        let (ivs, inner) = self.nest_parallel(&at, &sizes);
        let mut vals = Vec::with_capacity(operands.len());
        for &v in operands {
            vals.push(match self.virt.get(&v).cloned() {
                Some((src, src_dims, map)) => {
                    let idx = self.broadcast_index(&inner, src, &src_dims, &map, &ivs);
                    self.load(&inner, src, &idx)
                }
                None => {
                    let s = self.buf(op, v)?;
                    self.load(&inner, s, &ivs)
                }
            });
        }
        let out_elem = elem_or_self(&ctx, self.m.value_type(r));
        let v = self.scalar_elementwise(&inner, op, &name, &vals, out_elem)?;
        self.store(&inner, v, b, &ivs);
        Ok(())
    }

    /// The scalar form of elementwise tensor op `op` (named `name`) on `vals`.
    pub(super) fn scalar_elementwise(
        &mut self,
        at: &Builder,
        op: OpId,
        name: &str,
        vals: &[Value],
        out_elem: Type,
    ) -> R<Value> {
        let ctx = self.m.ctx().clone();
        let loc = self.m.loc(op);
        let in_elem = self.m.value_type(vals[vals.len() - 1]);
        let v = match name {
            "ktensor.cmp" => {
                let p = self
                    .m
                    .attr(op, "predicate")
                    .and_then(|a| ctx.attr_str(a))
                    .unwrap_or("eq")
                    .to_string();
                self.compare(at, loc, &p, vals, in_elem)?
            }
            "ktensor.convert" => self.convert(at, vals[0], out_elem)?,
            "ktensor.relu" => {
                let z = self.scalar_const(at, in_elem, 0.0);
                let n = if ctx.ty(in_elem).is_float() {
                    "arith.maximumf"
                } else {
                    "arith.maxsi"
                };
                self.b(at).one(n, &[vals[0], z], vec![], in_elem)
            }
            "ktensor.sigmoid" if in_elem == ctx.f32() => {
                // The vector-math form every tier computes (kiln_dialects::approx).
                let mut b = self.b(at);
                kiln_dialects::approx::sigmoid(&mut kiln_dialects::approx::Emit::new(&mut b), vals[0])
            }
            "ktensor.sigmoid" => {
                // e/(1 + e) below zero (e = e^-|x|): large negative x gives e^x's small values
                // instead of 1/(1 + overflow) = 0.
                let one = self.scalar_const(at, in_elem, 1.0);
                let zero = self.scalar_const(at, in_elem, 0.0);
                let a = self.b(at).absf(vals[0]);
                let n = self.b(at).negf(a);
                let e = self.b(at).exp(n);
                let d = self.b(at).addf(one, e);
                let s = self.b(at).divf(one, d);
                let es = self.b(at).divf(e, d);
                let neg = self.b(at).cmpf(CmpF::Olt, vals[0], zero);
                self.b(at).select(neg, es, s)
            }
            "ktensor.sign" => {
                // 1 above zero, -1 below, else the value itself (keeps ±0 and NaN).
                let float = ctx.ty(in_elem).is_float();
                let zero = self.scalar_const(at, in_elem, 0.0);
                let one = self.scalar_const(at, in_elem, 1.0);
                let minus = self.scalar_const(at, in_elem, -1.0);
                let (g, l) = if float {
                    (
                        self.b(at).cmpf(CmpF::Ogt, vals[0], zero),
                        self.b(at).cmpf(CmpF::Olt, vals[0], zero),
                    )
                } else {
                    (
                        self.b(at).cmpi(CmpI::Sgt, vals[0], zero),
                        self.b(at).cmpi(CmpI::Slt, vals[0], zero),
                    )
                };
                let neg = self.b(at).select(l, minus, vals[0]);
                self.b(at).select(g, one, neg)
            }
            "ktensor.neg" if !ctx.ty(in_elem).is_float() => {
                let z = self.scalar_const(at, in_elem, 0.0);
                self.b(at).subi(z, vals[0])
            }
            "ktensor.div" | "ktensor.rem" if !ctx.ty(in_elem).is_float() => {
                // Division by zero is an error (as at tier 0), not a hardware trap; MIN / -1
                // wraps. Neither reaches the divide instruction.
                let (a, b) = (vals[0], vals[1]);
                let zero = self.scalar_const(at, in_elem, 0.0);
                let one = self.scalar_const(at, in_elem, 1.0);
                let minus = self.scalar_const(at, in_elem, -1.0);
                let nonzero = self.b(at).cmpi(CmpI::Ne, b, zero);
                self.runtime_check(at, op, nonzero, "integer division by zero", &[]);
                let is_m1 = self.b(at).cmpi(CmpI::Eq, b, minus);
                let is_zero = self.b(at).cmpi(CmpI::Eq, b, zero);
                let special = self.b(at).ori(is_m1, is_zero);
                let safe = self.b(at).select(special, one, b);
                let (q, by_m1) = if name == "ktensor.div" {
                    (self.b(at).divsi(a, safe), self.b(at).subi(zero, a))
                } else {
                    (self.b(at).remsi(a, safe), zero)
                };
                self.b(at).select(is_m1, by_m1, q)
            }
            "ktensor.bitcast" => self.b(at).bitcast(vals[0], out_elem),
            "ktensor.reduce_precision" => {
                let get = |n: &str| self.m.attr(op, n).and_then(|a| ctx.attr_int(a)).unwrap_or(0) as i64;
                let (e, mb) = (get("exponent_bits"), get("mantissa_bits"));
                if !(1..=8).contains(&e) || !(0..=23).contains(&mb) {
                    return Err(Diagnostic::error(
                        loc,
                        format!("reduce_precision to e{e}m{mb} has no loop lowering (f32 holds e8m23)"),
                    ));
                }
                self.reduce_precision(at, vals[0], in_elem, e, mb)
            }
            "ktensor.shift_left" | "ktensor.shift_right_arithmetic" | "ktensor.shift_right_logical" => {
                // StableHLO: an amount outside [0, width) gives 0, or the sign fill for an
                // arithmetic shift; the LLVM shift's result there is unused (select).
                let w = ctx.bit_width(in_elem).unwrap_or(32) as f64;
                let width = self.scalar_const(at, in_elem, w);
                let ok = self.b(at).cmpi(CmpI::Ult, vals[1], width);
                let (opn, fallback) = match name {
                    "ktensor.shift_left" => ("arith.shli", None),
                    "ktensor.shift_right_logical" => ("arith.shrui", None),
                    _ => ("arith.shrsi", Some(w - 1.0)),
                };
                let sh = self.b(at).one(opn, vals, vec![], in_elem);
                let fb = match fallback {
                    Some(k) => {
                        let kc = self.scalar_const(at, in_elem, k);
                        self.b(at).shrsi(vals[0], kc)
                    }
                    None => self.scalar_const(at, in_elem, 0.0),
                };
                self.b(at).select(ok, sh, fb)
            }
            "ktensor.is_finite" => {
                // |x| < inf: false for infinities and NaN.
                let a = self.b(at).absf(vals[0]);
                let inf = self.scalar_const(at, in_elem, f64::INFINITY);
                self.b(at).cmpf(CmpF::Olt, a, inf)
            }
            _ => {
                let s = scalar_op(&ctx, name, in_elem)
                    .ok_or_else(|| Diagnostic::error(loc, format!("'{name}' has no loop lowering for this type")))?;
                self.b(at).one(s, vals, vec![], out_elem)
            }
        };
        Ok(v)
    }

    /// XLA's rounding of a float to `e` exponent and `mb` mantissa bits, on the f32 bits:
    /// mantissa to nearest even, exponents past the range to infinity or signed zero, NaN
    /// kept (as infinity when no mantissa bit is left).
    pub(super) fn reduce_precision(&mut self, at: &Builder, x: Value, elem: Type, e: i64, mb: i64) -> Value {
        let ctx = self.m.ctx().clone();
        let (f32t, i32t) = (ctx.f32(), ctx.i32());
        let xf = if elem == f32t {
            x
        } else {
            let n = if ctx.bit_width(elem).unwrap_or(32) > 32 {
                "arith.truncf"
            } else {
                "arith.extf"
            };
            self.b(at).one(n, &[x], vec![], f32t)
        };
        let c = |lw: &mut Self, v: i64| lw.scalar_const(at, i32t, (v as i32) as f64);
        let mut bits = self.b(at).bitcast(xf, i32t);
        if mb < 23 {
            let last = 1i64 << (23 - mb);
            let lastc = c(self, last);
            let shift = c(self, 23 - mb);
            let base = c(self, (last >> 1) - 1);
            let lb = self.b(at).andi(bits, lastc);
            let lb = self.b(at).shrui(lb, shift);
            let bias = self.b(at).addi(lb, base);
            let mask = c(self, !(last - 1));
            let sum = self.b(at).addi(bits, bias);
            bits = self.b(at).andi(sum, mask);
        }
        if e < 8 {
            let sign = c(self, 0x8000_0000u32 as i32 as i64);
            let expm = c(self, 0x7f80_0000);
            let s = self.b(at).andi(bits, sign);
            let x_exp = self.b(at).andi(bits, expm);
            let rb = (1i64 << (e - 1)) - 1;
            let maxe = c(self, (127 + rb) << 23);
            let mine = c(self, (127 - rb) << 23);
            let over = self.b(at).cmpi(CmpI::Ugt, x_exp, maxe);
            let under = self.b(at).cmpi(CmpI::Ule, x_exp, mine);
            let inf = self.b(at).ori(s, expm);
            let t = self.b(at).select(under, s, bits);
            bits = self.b(at).select(over, inf, t);
        }
        let r = self.b(at).bitcast(bits, f32t);
        let nan = self.b(at).cmpf(CmpF::Uno, xf, xf);
        let keep = if mb > 0 {
            xf
        } else {
            self.scalar_const(at, f32t, f64::INFINITY)
        };
        let r = self.b(at).select(nan, keep, r);
        if elem == f32t {
            r
        } else {
            let n = if ctx.bit_width(elem).unwrap_or(32) > 32 {
                "arith.extf"
            } else {
                "arith.truncf"
            };
            self.b(at).one(n, &[r], vec![], elem)
        }
    }

    pub(super) fn convert(&mut self, at: &Builder, v: Value, to: Type) -> R<Value> {
        let ctx = self.m.ctx().clone();
        let from = self.m.value_type(v);
        if from == to {
            return Ok(v);
        }
        let fw = ctx.bit_width(from).unwrap_or(0);
        let tw = ctx.bit_width(to).unwrap_or(0);
        let (ff, tf) = (ctx.ty(from).is_float(), ctx.ty(to).is_float());
        let name = match (ff, tf) {
            (true, true) if tw > fw => "arith.extf",
            (true, true) => "arith.truncf",
            // Booleans convert as numbers: true is 1.
            (false, true) if fw == 1 => "arith.uitofp",
            (false, true) => "arith.sitofp",
            (true, false) => "arith.fptosi",
            (false, false) if fw == 1 => "arith.extui",
            (false, false) if tw > fw => "arith.extsi",
            // Between signednesses of one width (i32 and ui32): the same bits.
            (false, false) if tw == fw => "arith.bitcast",
            (false, false) => "arith.trunci",
        };
        if !tf && tw == 1 {
            // To i1: nonzero (StableHLO's rule; NaN is nonzero).
            let z = self.scalar_const(at, from, 0.0);
            return Ok(if ff {
                self.b(at).cmpf(CmpF::Une, v, z)
            } else {
                self.b(at).cmpi(CmpI::Ne, v, z)
            });
        }
        if ff && !tf && tw <= 64 {
            // Saturating, NaN to 0, as XLA and tier 0 convert: LLVM's fptosi is poison out of
            // range. The bounds are powers of two: exact, or past the type's largest finite
            // value (f16's 2^31 is +Inf), where only an infinity reaches them.
            let bound = (tw - 1) as i32;
            let hi = self.scalar_const(at, from, 2f64.powi(bound));
            let lo = self.scalar_const(at, from, -(2f64.powi(bound)));
            let raw = self.b(at).one(name, &[v], vec![], to);
            let max = self.b(at).constant_int(to, ((1u64 << bound) - 1) as i64);
            let min = self.b(at).constant_int(to, (1u64 << bound).wrapping_neg() as i64);
            let zero = self.b(at).constant_int(to, 0);
            let over = self.b(at).cmpf(CmpF::Oge, v, hi);
            let under = self.b(at).cmpf(CmpF::Olt, v, lo);
            let nan = self.b(at).cmpf(CmpF::Uno, v, v);
            let r = self.b(at).select(over, max, raw);
            let r = self.b(at).select(under, min, r);
            return Ok(self.b(at).select(nan, zero, r));
        }
        Ok(self.b(at).one(name, &[v], vec![], to))
    }

    /// The identity of a reduction: what an empty one gives. Max starts at the element
    /// type's lowest value and min at its highest (i1 is unsigned: max is "any", min "all").
    pub(super) fn reduction_identity(&mut self, at: &Builder, kind: &str, elem: Type) -> Value {
        let ctx = self.m.ctx().clone();
        if ctx.ty(elem).is_float() {
            let v = match kind {
                "prod" => 1.0,
                "max" => f64::NEG_INFINITY,
                "min" => f64::INFINITY,
                _ => 0.0,
            };
            return self.scalar_const(at, elem, v);
        }
        let w = ctx.bit_width(elem).unwrap_or(64).min(64);
        let (lo, hi) = match w {
            1 => (0, 1),
            64 => (i64::MIN, i64::MAX),
            w => (-(1i64 << (w - 1)), (1i64 << (w - 1)) - 1),
        };
        let v = match kind {
            "prod" => 1,
            "max" => lo,
            "min" => hi,
            _ => 0,
        };
        self.int_const(at, elem, v)
    }

    pub(super) fn reduce(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let ctx = self.m.ctx().clone();
        let loc = self.m.loc(op);
        let at = Builder::before(op);
        let kind = self
            .m
            .attr(op, "kind")
            .and_then(|a| ctx.attr_str(a))
            .unwrap_or("sum")
            .to_string();
        let axes: Vec<usize> = int_list(self.m, op, "axes").into_iter().map(|a| a as usize).collect();
        let keep = self.m.attr(op, "keep_dims").is_some();
        let src = self.buf(op, operands[0])?;
        let rank = shape(&ctx, self.m.value_type(operands[0])).len();
        let kept: Vec<usize> = (0..rank).filter(|d| !axes.contains(d)).collect();
        let r = self.m.result(op, 0);
        let elem = elem_or_self(&ctx, self.m.value_type(r));
        let float = ctx.ty(elem).is_float();
        let like = |k: usize| {
            if keep {
                (!axes.contains(&k)).then_some((src, k))
            } else {
                kept.get(k).map(|&d| (src, d))
            }
        };
        let (b, out_sizes) = self.result_buffer(op, r, &like)?;
        let comb = reduction_combiner(&ctx, &kind, elem)
            .ok_or_else(|| Diagnostic::error(loc, format!("reduction '{kind}' has no loop lowering")))?;
        let in_sizes: Vec<Value> = (0..rank).map(|k| self.dim_of(&at, src, k)).collect();
        let mut sorted = axes.clone();
        sorted.sort_unstable();
        if !sorted.is_empty() && sorted.iter().enumerate().all(|(k, &a)| a == kept.len() + k) {
            // The reduced axes are the innermost: each output element accumulates in a
            // register over its contiguous run of the input, reassociably (as in fused
            // reductions and XLA), so the run is summed in vector lanes. The general form
            // below accumulates in the output buffer, one element after another.
            let kept_sizes: Vec<Value> = kept.iter().map(|&d| in_sizes[d]).collect();
            let count = (kind == "mean").then(|| self.reduced_count(&at, &axes, &in_sizes, elem));
            let (outer, body) = self.nest_parallel(&at, &kept_sizes);
            let zero = self.index_const(&body, 0);
            let one = self.index_const(&body, 1);
            let mut acc = self.reduction_identity(&body, &kind, elem);
            let mut cur = body;
            let mut levels = Vec::new();
            let mut idx = outer.clone();
            for &a in &sorted {
                let (iv, iters, inner, results) = self.b(&cur).for_loop_iter(zero, in_sizes[a], one, &[acc]);
                levels.push((inner, results[0]));
                idx.push(iv);
                (acc, cur) = (iters[0], inner);
            }
            let x = self.load(&cur, src, &idx);
            let next = self.b(&cur).one(comb, &[acc, x], vec![], elem);
            if float {
                let d = self.m.defining_op(next).expect("an op result");
                self.m
                    .set_attr(d, "fastmath", kiln_dialects::arith::fastmath_attr(&ctx, "reassoc"));
            }
            let mut carried = next;
            for (inner, result) in levels.iter().rev() {
                self.b(inner).yield_values(&[carried]);
                carried = *result;
            }
            let mut v = carried;
            if let Some(n) = count {
                v = self.b(&body).divf(v, n);
            }
            let mut out_idx = outer;
            if keep {
                out_idx.extend(std::iter::repeat_n(zero, axes.len()));
            }
            self.store(&body, v, b, &out_idx);
            return Ok(());
        }
        let (ivs, inner) = self.nest(&at, &out_sizes);
        let c = self.reduction_identity(&inner, &kind, elem);
        self.store(&inner, c, b, &ivs);
        let (ivs, inner) = self.nest(&at, &in_sizes);
        let out_idx = self.reduced_index(&inner, &ivs, &axes, &kept, keep);
        let x = self.load(&inner, src, &ivs);
        let acc = self.load(&inner, b, &out_idx);
        let v = self.b(&inner).one(comb, &[acc, x], vec![], elem);
        self.store(&inner, v, b, &out_idx);
        if kind == "mean" {
            let n = self.reduced_count(&at, &axes, &in_sizes, elem);
            let (ivs, inner) = self.nest(&at, &out_sizes);
            let s = self.load(&inner, b, &ivs);
            let d = self.b(&inner).divf(s, n);
            self.store(&inner, d, b, &ivs);
        }
        Ok(())
    }

    /// How many elements each result of a reduction over `axes` combines, as a float of type
    /// `elem` (a mean's divisor).
    fn reduced_count(&mut self, at: &Builder, axes: &[usize], sizes: &[Value], elem: Type) -> Value {
        let ctx = self.m.ctx().clone();
        let mut count = self.index_const(at, 1);
        for &a in axes {
            count = self.b(at).muli(count, sizes[a]);
        }
        let i64c = self.b(at).index_cast(count, ctx.i64());
        self.b(at).sitofp(i64c, elem)
    }

    pub(super) fn batch_matmul(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let (a, b) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        self.contract(op, a, b, &[0], &[0], &[2], &[1])
    }

    pub(super) fn matmul(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let (a, b) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        self.contract(op, a, b, &[], &[], &[1], &[0])
    }

    pub(super) fn dot_general(&mut self, op: OpId, operands: &[Value]) -> R<()> {
        let (a, b) = (self.buf(op, operands[0])?, self.buf(op, operands[1])?);
        let l = |n: &str| -> Vec<usize> { int_list(self.m, op, n).into_iter().map(|x| x as usize).collect() };
        let (lb, rb, lc, rc) = (l("lhs_batch"), l("rhs_batch"), l("lhs_contract"), l("rhs_contract"));
        self.contract(op, a, b, &lb, &rb, &lc, &rc)
    }

    /// out[batch, lhs free, rhs free] = sum over contracting dims of a * b.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn contract(
        &mut self,
        op: OpId,
        a: Value,
        b: Value,
        lb: &[usize],
        rb: &[usize],
        lc: &[usize],
        rc: &[usize],
    ) -> R<()> {
        let ctx = self.m.ctx().clone();
        let at = Builder::before(op);
        let ra = shape(&ctx, self.m.value_type(a)).len();
        let rbk = shape(&ctx, self.m.value_type(b)).len();
        let lfree: Vec<usize> = (0..ra).filter(|d| !lb.contains(d) && !lc.contains(d)).collect();
        let rfree: Vec<usize> = (0..rbk).filter(|d| !rb.contains(d) && !rc.contains(d)).collect();
        let r = self.m.result(op, 0);
        let elem = elem_or_self(&ctx, self.m.value_type(r));
        let float = ctx.ty(elem).is_float();
        let src: Vec<(Value, usize)> = lb
            .iter()
            .map(|&d| (a, d))
            .chain(lfree.iter().map(|&d| (a, d)))
            .chain(rfree.iter().map(|&d| (b, d)))
            .collect();
        let like = |k: usize| src.get(k).copied();
        let (out, out_sizes) = self.result_buffer(op, r, &like)?;
        let bits = ctx.bit_width(elem).unwrap_or(0);
        if self.library_calls
            && float
            && (bits == 32 || bits == 64)
            && lb.is_empty()
            && ra == 2
            && rbk == 2
            && lc.len() == 1
            && rc.len() == 1
        {
            // One call of the runtime's GEMM (blocked, vectorized, multithreaded), which reads
            // the operands through their descriptors' strides: a transposed operand is a
            // stride swap, not a copy.
            let name = if bits == 32 {
                crate::runtime_abi::MATMUL_F32.name
            } else {
                crate::runtime_abi::MATMUL_F64.name
            };
            let any = ctx.memref_type(vec![Dim::Dynamic, Dim::Dynamic], elem);
            super::declare_runtime(self.m, name, &[any, any, any, ctx.i64(), ctx.i64()]);
            let cast = |lw: &mut Self, v: Value| lw.b(&at).one("builtin.unrealized_conversion_cast", &[v], vec![], any);
            let (ca, cb, co) = (cast(self, a), cast(self, b), cast(self, out));
            let flag = |lw: &mut Self, on: bool| lw.b(&at).constant(ctx.int_attr(on as i128, ctx.i64()), ctx.i64());
            // A is [M, K] unless it contracts its first dimension; B is [K, N] unless it
            // contracts its second.
            let (ta, tb) = (flag(self, lc[0] == 0), flag(self, rc[0] == 1));
            self.b(&at).call(name, &[ca, cb, co, ta, tb], &[]);
            return Ok(());
        }
        let (ivs, inner) = self.nest(&at, &out_sizes);
        let z = self.scalar_const(&inner, elem, 0.0);
        self.store(&inner, z, out, &ivs);
        // Loops: batch, lhs free, contracting, rhs free (rhs free innermost: unit-stride rows).
        let mut sizes = Vec::new();
        for &d in lb.iter().chain(&lfree) {
            sizes.push(self.dim_of(&at, a, d));
        }
        for &d in lc {
            sizes.push(self.dim_of(&at, a, d));
        }
        for &d in &rfree {
            sizes.push(self.dim_of(&at, b, d));
        }
        let (ivs, inner) = self.nest(&at, &sizes);
        let (nb, nl, nc) = (lb.len(), lfree.len(), lc.len());
        // Every index is overwritten below; the placeholder only sizes the lists (with no loop
        // at all, a product of scalars, there is no induction variable to borrow).
        let placeholder = self.index_const(&at, 0);
        let mut aidx = vec![placeholder; ra];
        let mut bidx = vec![placeholder; rbk];
        for (k, &d) in lb.iter().enumerate() {
            aidx[d] = ivs[k];
        }
        for (k, &d) in rb.iter().enumerate() {
            bidx[d] = ivs[k];
        }
        for (k, &d) in lfree.iter().enumerate() {
            aidx[d] = ivs[nb + k];
        }
        for (k, &d) in lc.iter().enumerate() {
            aidx[d] = ivs[nb + nl + k];
        }
        for (k, &d) in rc.iter().enumerate() {
            bidx[d] = ivs[nb + nl + k];
        }
        for (k, &d) in rfree.iter().enumerate() {
            bidx[d] = ivs[nb + nl + nc + k];
        }
        let oidx: Vec<Value> = ivs[..nb + nl].iter().chain(&ivs[nb + nl + nc..]).copied().collect();
        let x = self.load(&inner, a, &aidx);
        let y = self.load(&inner, b, &bidx);
        let acc = self.load(&inner, out, &oidx);
        let (mul, add) = if float {
            ("arith.mulf", "arith.addf")
        } else {
            ("arith.muli", "arith.addi")
        };
        let p = self.b(&inner).one(mul, &[x, y], vec![], elem);
        let s = self.b(&inner).one(add, &[acc, p], vec![], elem);
        self.store(&inner, s, out, &oidx);
        Ok(())
    }
}

/// The scalar op combining an accumulator with the next element in a reduction `kind` (i1
/// compares unsigned, so max is "any" and min "all", as at tier 0).
pub(super) fn reduction_combiner(ctx: &kiln_ir::Context, kind: &str, elem: Type) -> Option<&'static str> {
    let float = ctx.ty(elem).is_float();
    let bool_ = ctx.bit_width(elem) == Some(1) && !float;
    Some(match (kind, float) {
        ("sum" | "mean", true) => "arith.addf",
        ("sum" | "mean", false) => "arith.addi",
        ("prod", true) => "arith.mulf",
        ("prod", false) => "arith.muli",
        ("max", true) => "arith.maximumf",
        ("max", false) if bool_ => "arith.maxui",
        ("max", false) => "arith.maxsi",
        ("min", true) => "arith.minimumf",
        ("min", false) if bool_ => "arith.minui",
        ("min", false) => "arith.minsi",
        _ => return None,
    })
}
