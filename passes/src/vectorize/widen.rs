//! Rewrites one loop that [`super::legality`] accepted into vector loops:
//!
//! ```text
//! t = max(hi - lo, 0)
//! for j in 0 .. t / (U*W)      { U vector iterations at lo + (j*U + u)*W, U accumulators }
//! for k in ... .. ceil(t / W)  { one vector iteration under the mask lane < hi - i }   (masked tail)
//! reduce the accumulators' lanes, then combine with the loop's initial value
//! ```
//!
//! With an unmasked tail the original loop stays, starting where the vectors stop and starting
//! from the reduced values. The main loop keeps the `kiln.parallel` mark of the original (it
//! starts at 0 with step 1, which is what the outliner splits into chunks); the tail runs on the
//! calling thread after it.

use super::legality::{Identity, Plan};
use crate::tensor_to_loop::PARALLEL;
use kiln_dialects::builders::{CmpF, CmpI, OpBuilder};
use kiln_ir::module::IrMapping;
use kiln_ir::{Attr, Builder, Module, OpId, OperationState, Type, TypeKind, Value};
use rustc_hash::{FxHashMap, FxHashSet};

/// One copy of the body being emitted: where, at which index, under which mask.
struct Copy<'p> {
    plan: &'p Plan,
    at: Builder,
    loc: Attr,
    iv: Value,
    mask: Option<Value>,
    /// Original scalar value → its value in this copy (a vector when varying).
    map: IrMapping,
    splats: FxHashMap<Value, Value>,
    /// Buffers whose unmasked stores are non-temporal (see `nontemporal_stores`).
    nontemporal: &'p FxHashSet<Value>,
    layout: &'p Layout,
}

/// What one accumulator of the vector loops holds.
#[derive(Copy, Clone, Debug, PartialEq)]
enum Slot {
    /// Reduction `r` of the plan.
    Reduction(usize),
    /// The largest magnitude's bits reduction `r` saw (above infinity's: a NaN).
    Nan(usize),
    /// The smallest of the bits reduction `r` saw, with the sign bit flipped for a minimum
    /// (zero: the zero that wins, +0 for a maximum or -0 for a minimum, was there).
    Zero(usize),
    /// The smallest magnitude's bits less one of the fast divisions' dividends (a zero wraps
    /// to the largest, so it never counts as small).
    DivLo,
    /// The largest magnitude's bits of the fast divisions' dividends.
    DivHi,
}

/// The accumulators of the vector loops: the reductions', then their trackers, then the fast
/// divisions' range trackers; and the reciprocals those divisions multiply by.
struct Layout {
    slots: Vec<Slot>,
    /// Per reduction, the slot of its `Nan` tracker (its `Zero` tracker follows).
    trackers: Vec<Option<usize>>,
    /// The slot of `DivLo` (`DivHi` follows).
    div_slot: Option<usize>,
    /// Divisor → (1/|d|, |d|, the sign bit of d as an i32), computed before the loops.
    recips: FxHashMap<Value, (Value, Value, Value)>,
}

impl Layout {
    fn of(plan: &Plan) -> Layout {
        let mut slots: Vec<Slot> = (0..plan.reductions.len()).map(Slot::Reduction).collect();
        let mut trackers = Vec::new();
        for (r, red) in plan.reductions.iter().enumerate() {
            trackers.push(red.tracked.then_some(slots.len()));
            if red.tracked {
                slots.extend([Slot::Nan(r), Slot::Zero(r)]);
            }
        }
        let div_slot = (!plan.fast_divs.is_empty()).then_some(slots.len());
        if div_slot.is_some() {
            slots.extend([Slot::DivLo, Slot::DivHi]);
        }
        Layout {
            slots,
            trackers,
            div_slot,
            recips: FxHashMap::default(),
        }
    }
}

/// The integer type of `t`'s width (`i32` for `f32`), shaped like `t`.
fn bits_type(m: &Module, t: Type) -> Type {
    let ctx = m.ctx().clone();
    let elem = ctx.ty(t).element_type().unwrap_or(t);
    let w = ctx.bit_width(elem).expect("a float lane");
    let i = ctx.int_type(w);
    match ctx.ty(t) {
        TypeKind::Vector { shape, .. } => ctx.vector_type(&shape.clone(), i),
        _ => i,
    }
}

/// An integer constant of `t` (scalar or splatted vector) with `bits` as its two's-complement
/// bits.
fn int_const(b: &mut OpBuilder, t: Type, bits: i64) -> Value {
    let ctx = b.module().ctx().clone();
    match ctx.ty(t).clone() {
        TypeKind::Vector { elem, .. } => {
            let s = b.constant_int(elem, bits);
            b.broadcast(s, t)
        }
        _ => b.constant_int(t, bits),
    }
}

/// The float widths' constants: (magnitude mask, infinity's bits, sign bit).
fn float_bits(m: &Module, t: Type) -> (i64, i64, i64) {
    let ctx = m.ctx();
    let elem = ctx.ty(t).element_type().unwrap_or(t);
    if ctx.bit_width(elem) == Some(64) {
        (i64::MAX, 0x7ff0_0000_0000_0000, i64::MIN)
    } else {
        (0x7fff_ffff, 0x7f80_0000, 0x8000_0000_u32 as i32 as i64)
    }
}

/// The fast division's range, by the magnitudes' bits: where |d| and |x| are in these ranges
/// (or x is ±0), every step below stays normal and the corrected product is x/d rounded
/// (see `fast_division`). |d| in [2^-60, 2^24], |x| in [2^-76, 2^64].
const DIV_D_LO: i64 = (127 - 60) << 23;
const DIV_D_HI: i64 = (127 + 24) << 23;
const DIV_X_LO: i64 = (127 - 76) << 23;
const DIV_X_HI: i64 = (127 + 64) << 23;

fn vector_of(m: &Module, lanes: u64, t: Type) -> Type {
    m.ctx().vector_type(&[lanes], t)
}

/// The scalar constant `id` of type `t`.
fn identity(b: &mut OpBuilder, t: Type, id: Identity) -> Value {
    let ctx = b.module().ctx().clone();
    let width = match ctx.ty(t) {
        TypeKind::Integer { width, .. } => *width,
        _ => 64,
    };
    match id {
        Identity::Float(x) => b.constant_float(t, x),
        Identity::Int(x) => b.constant_int(t, x),
        Identity::Ones => b.constant_int(t, -1),
        Identity::SignedMin => b.constant(ctx.int_attr(-(1i128 << (width - 1)), t), t),
        Identity::SignedMax => b.constant(ctx.int_attr((1i128 << (width - 1)) - 1, t), t),
    }
}

/// On a `kvector.store`: a non-temporal store, and the address is aligned to the vector's
/// size (the lowering relies on it).
pub const NONTEMPORAL: &str = "kiln.nontemporal";

impl Copy<'_> {
    /// The op just created at this copy's insertion point.
    fn at_prev(&self, m: &Module) -> OpId {
        match self.at.ip {
            kiln_ir::builder::InsertPoint::End(b) => m.last_op(b).expect("an op was created"),
            kiln_ir::builder::InsertPoint::Before(o) => m.prev_op(o).expect("an op was created"),
            kiln_ir::builder::InsertPoint::None => unreachable!("copies build in a block"),
        }
    }

    fn b<'a>(&self, m: &'a mut Module) -> OpBuilder<'a> {
        OpBuilder::new(m, self.at, self.loc)
    }

    /// `v` as a vector: its widened value, or its scalar splatted (once per copy).
    fn vector(&mut self, m: &mut Module, v: Value) -> Value {
        if self.plan.varying.contains(&v) {
            return self.map.lookup(v);
        }
        if let Some(&s) = self.splats.get(&v) {
            return s;
        }
        let t = vector_of(m, self.plan.lanes, m.value_type(v));
        let s = self.map.lookup(v);
        let s = self.b(m).broadcast(s, t);
        self.splats.insert(v, s);
        s
    }

    /// The scalar `s` (defined before the loops) in every lane, once per copy.
    fn splat(&mut self, m: &mut Module, s: Value) -> Value {
        if let Some(&v) = self.splats.get(&s) {
            return v;
        }
        let t = vector_of(m, self.plan.lanes, m.value_type(s));
        let v = self.b(m).broadcast(s, t);
        self.splats.insert(s, v);
        v
    }

    /// The indices of an access along the loop, at this copy's index.
    fn indices(&self, idx: &[Value]) -> Vec<Value> {
        let mut out: Vec<Value> = idx.iter().map(|&v| self.map.lookup(v)).collect();
        *out.last_mut().expect("an access along the loop") = self.iv;
        out
    }

    /// Emits `op` of the body; `accs` are the reductions' vector accumulators, which a
    /// combining op replaces by their next values.
    fn emit(&mut self, m: &mut Module, op: OpId, accs: &mut [Value]) {
        let lanes = self.plan.lanes;
        {
            let name = m.op_name(op).to_string();
            let operands: Vec<Value> = m.operands(op).collect();
            if let Some(r) = self.plan.reductions.iter().position(|r| r.op == op) {
                let red = self.plan.reductions[r];
                let block = m.parent_block(op).expect("in the loop body");
                let acc = m.block_args(block)[1 + red.arg];
                let acc_pos = operands.iter().position(|&v| v == acc).expect("an accumulator operand");
                let x = operands[1 - acc_pos];
                let mut xv = self.vector(m, x);
                if let Some(mask) = self.mask {
                    // Lanes past the end contribute the identity.
                    let t = m.value_type(x);
                    let id = identity(&mut self.b(m), t, red.combine.identity);
                    let vt = vector_of(m, lanes, t);
                    let id = self.b(m).broadcast(id, vt);
                    xv = self.b(m).select(mask, xv, id);
                }
                let mut ops = [accs[r], xv];
                if acc_pos == 1 {
                    ops.swap(0, 1);
                }
                accs[r] = self.widened(m, op, &ops);
                if let Some(t) = self.layout.trackers[r] {
                    let new = m.defining_op(accs[r]).expect("the combining op");
                    m.set_attr(new, "fastmath", no_nan_flags(m));
                    let max = red.combine.kind == "maximumf";
                    let vt = m.value_type(xv);
                    let it = bits_type(m, vt);
                    let (mag, _, sign) = float_bits(m, vt);
                    let mut b = self.b(m);
                    let bits = b.bitcast(xv, it);
                    let magv = int_const(&mut b, it, mag);
                    let abs = b.andi(bits, magv);
                    accs[t] = b.maxui(accs[t], abs);
                    let zb = if max {
                        bits
                    } else {
                        let s = int_const(&mut b, it, sign);
                        b.xori(bits, s)
                    };
                    accs[t + 1] = b.minui(accs[t + 1], zb);
                }
                return;
            }
            if name == "arith.divf" && self.layout.recips.contains_key(&operands[1]) {
                let x = self.vector(m, operands[0]);
                let (y, ad, sign) = self.layout.recips[&operands[1]];
                let (y, ad, sign) = (self.splat(m, y), self.splat(m, ad), self.splat(m, sign));
                let r = fast_division(&mut self.b(m), x, y, ad, sign);
                self.map.map(m.result(op, 0), r);
                let slot = self.layout.div_slot.expect("division trackers");
                let it = m.value_type(sign);
                let mut b = self.b(m);
                let bits = b.bitcast(x, it);
                let magv = int_const(&mut b, it, 0x7fff_ffff);
                let abs = b.andi(bits, magv);
                let one = int_const(&mut b, it, 1);
                let less = b.subi(abs, one);
                accs[slot] = b.minui(accs[slot], less);
                accs[slot + 1] = b.maxui(accs[slot + 1], abs);
                return;
            }
            match name.as_str() {
                "loop.load" if self.plan.varying.contains(&m.result(op, 0)) => {
                    let idx = self.indices(&operands[1..]);
                    let r = m.result(op, 0);
                    let vt = vector_of(m, lanes, m.value_type(r));
                    let v = match self.mask {
                        Some(mask) => {
                            let t = m.value_type(r);
                            let zero = if m.ctx().ty(t).is_float() {
                                Identity::Float(0.0)
                            } else {
                                Identity::Int(0)
                            };
                            let z = identity(&mut self.b(m), t, zero);
                            let pass = self.b(m).broadcast(z, vt);
                            self.b(m).masked_load(operands[0], &idx, mask, pass)
                        }
                        None => self.b(m).vector_load(operands[0], &idx, vt),
                    };
                    self.map.map(r, v);
                }
                "loop.store" => {
                    let v = self.vector(m, operands[0]);
                    let idx = self.indices(&operands[2..]);
                    match self.mask {
                        Some(mask) => self.b(m).masked_store(v, operands[1], &idx, mask),
                        None => {
                            self.b(m).vector_store(v, operands[1], &idx);
                            if self.nontemporal.contains(&operands[1]) {
                                let st = self.at_prev(m);
                                m.set_attr(st, NONTEMPORAL, m.ctx().unit_attr());
                            }
                        }
                    }
                }
                _ if m.results(op).any(|r| self.plan.varying.contains(&r)) => {
                    let ops: Vec<Value> = operands.iter().map(|&v| self.vector(m, v)).collect();
                    let r = self.widened(m, op, &ops);
                    self.map.map(m.result(op, 0), r);
                }
                _ => {
                    // Uniform: once per vector iteration, as a scalar.
                    let c = m.clone_op(op, &mut self.map);
                    self.at.insert(m, c);
                }
            }
        }
    }

    /// `op` on `operands` (vectors), its result widened.
    fn widened(&mut self, m: &mut Module, op: OpId, operands: &[Value]) -> Value {
        let mut st = OperationState::new(m.op_name_sym(op), self.loc);
        st.operands.extend_from_slice(operands);
        let r = m.result(op, 0);
        st.result_types.push(vector_of(m, self.plan.lanes, m.value_type(r)));
        let new = self.at.create(m, st);
        m.set_props(new, m.props(op));
        m.set_attrs(new, m.attrs(op));
        m.result(new, 0)
    }
}

/// Replaces loop `l` by its vector form; `unroll` vectors per main-loop iteration (each
/// reduction gets that many accumulators, so consecutive adds do not wait on each other, and
/// independent chains of work sit side by side). With fast divisions, returns the copy of the
/// original loop that runs when an operand was out of their range (still scalar: the caller
/// widens it with divisions).
pub(super) fn widen(m: &mut Module, l: OpId, plan: &Plan, unroll: u64, nontemporal: &FxHashSet<Value>) -> Option<OpId> {
    let ctx = m.ctx().clone();
    let loc = m.loc(l);
    let at = Builder::before(l);
    let lanes = plan.lanes;
    let block = m.region_blocks(m.regions(l)[0])[0];
    let ops: Vec<OpId> = m.block_ops(block).collect();
    let body = &ops[..ops.len() - 1];
    let (lo, hi) = (m.operand_value(l, 0), m.operand_value(l, 1));
    let inits: Vec<Value> = m.operands(l).skip(3).collect();
    let acc_types: Vec<Type> = plan.reductions.iter().map(|r| m.value_type(inits[r.arg])).collect();
    let mut layout = Layout::of(plan);
    let fallback = (!plan.fast_divs.is_empty()).then(|| m.clone_op(l, &mut IrMapping::default()));

    let constant = |m: &Module, v: Value| kiln_ir::rewrite::constant_value(m, v).and_then(|a| m.ctx().attr_int(a));
    let static_trips = constant(m, lo).zip(constant(m, hi)).map(|(l, h)| (h - l).max(0) as u64);
    // A static trip count: no more vectors per main-loop iteration than it has whole vectors,
    // and no main loop without one (nothing downstream removes a dead loop at tier 1, and its
    // code generation cost 15 ms on a 4x40 softmax).
    let unroll = static_trips.map_or(unroll, |n| unroll.min((n / lanes).max(1)));
    let emit_main = static_trips.is_none_or(|n| n >= lanes * unroll);

    let mut b = OpBuilder::new(m, at, loc);
    let zero = b.index(0);
    let one = b.index(1);
    let w = b.index(lanes as i64);
    let uw = b.index((lanes * unroll) as i64);
    let span = b.subi(hi, lo);
    let t = b.maxsi(span, zero);
    let main_trips = if emit_main { b.divui(t, uw) } else { zero };
    // The fast divisions' reciprocals, once before the loops; and whether a divisor is out of
    // range.
    let mut divisors_out: Option<Value> = None;
    for &op in &plan.fast_divs {
        let d = b.module().operand_value(op, 1);
        if layout.recips.contains_key(&d) {
            continue;
        }
        let ft = b.module().value_type(d);
        let it = ctx.i32();
        let bits = b.bitcast(d, it);
        let magv = b.constant_int(it, 0x7fff_ffff);
        let mag = b.andi(bits, magv);
        let ad = b.bitcast(mag, ft);
        let onef = b.constant_float(ft, 1.0);
        let y = b.divf(onef, ad);
        let signv = b.constant_int(it, 0x8000_0000_u32 as i32 as i64);
        let sign = b.andi(bits, signv);
        let dlo = b.constant_int(it, DIV_D_LO);
        let off = b.subi(mag, dlo);
        let span_d = b.constant_int(it, DIV_D_HI - DIV_D_LO);
        let out = b.cmpi(CmpI::Ugt, off, span_d);
        divisors_out = Some(match divisors_out {
            Some(prev) => b.ori(prev, out),
            None => out,
        });
        layout.recips.insert(d, (y, ad, sign));
    }
    let slot_type = |m: &Module, s: Slot| match s {
        Slot::Reduction(r) => acc_types[r],
        Slot::Nan(r) | Slot::Zero(r) => bits_type(m, acc_types[r]),
        Slot::DivLo | Slot::DivHi => m.ctx().i32(),
    };
    let mut start_accs = Vec::new();
    for &s in &layout.slots {
        let ty = slot_type(b.module(), s);
        let vt = ctx.vector_type(&[lanes], ty);
        let v = match s {
            Slot::Reduction(r) => {
                let id = identity(&mut b, ty, plan.reductions[r].combine.identity);
                b.broadcast(id, vt)
            }
            Slot::Nan(_) | Slot::DivHi => int_const(&mut b, vt, 0),
            Slot::Zero(_) | Slot::DivLo => int_const(&mut b, vt, -1),
        };
        start_accs.extend(std::iter::repeat_n(v, unroll as usize));
    }

    // The main loop: `unroll` unmasked vectors per iteration.
    let results = if emit_main {
        main_loop(
            m,
            l,
            plan,
            &layout,
            body,
            unroll,
            (lo, main_trips),
            &start_accs,
            nontemporal,
        )
    } else {
        start_accs.clone()
    };
    // One accumulator per slot: the unrolled ones combined pairwise.
    let mut accs: Vec<Value> = Vec::new();
    for (k, &s) in layout.slots.iter().enumerate() {
        let mut parts: Vec<Value> = results[k * unroll as usize..(k + 1) * unroll as usize].to_vec();
        while parts.len() > 1 {
            let mut merged = Vec::new();
            for pair in parts.chunks(2) {
                merged.push(match pair {
                    [a, c] => merge(m, at, loc, plan, s, *a, *c),
                    [a] => *a,
                    _ => unreachable!("chunks of two"),
                });
            }
            parts = merged;
        }
        accs.push(parts[0]);
    }
    let mut b = OpBuilder::new(m, at, loc);
    let u = b.index(unroll as i64);
    let done_vectors = b.muli(main_trips, u);
    let mut erase = true;
    let finals = if static_trips.is_some_and(|n| n % (lanes * unroll) == 0) {
        // No tail (static trip count, a multiple of the main loop's step): none is emitted,
        // which spares LLVM a copy of the body to remove.
        replace_loop(m, l, plan, &layout, &accs, &inits);
        accs
    } else if plan.masked_tail {
        // The rest, one (possibly partial) vector at a time.
        let w1 = b.index(lanes as i64 - 1);
        let up = b.addi(t, w1);
        let all_vectors = b.divui(up, w);
        let (k, kaccs, tail_at, tail_results) = b.for_loop_iter(done_vectors, all_vectors, one, &accs);
        let mut tb = OpBuilder::new(m, tail_at, loc);
        let off = tb.muli(k, w);
        let iv = tb.addi(lo, off);
        let left = tb.subi(hi, iv);
        let mask = tb.create_mask(left, lanes);
        let mut copy = Copy {
            plan,
            at: tail_at,
            loc,
            iv,
            mask: Some(mask),
            map: IrMapping::default(),
            splats: FxHashMap::default(),
            nontemporal,
            layout: &layout,
        };
        let mut next = kaccs.clone();
        for &op in body {
            copy.emit(m, op, &mut next);
        }
        OpBuilder::new(m, tail_at, loc).yield_values(&next);
        replace_loop(m, l, plan, &layout, &tail_results, &inits);
        tail_results
    } else {
        // The original loop finishes the last partial vector, starting from the reduced values.
        // (Integer division traps on masked-off lanes; a loop with one has no fast divisions,
        // which are float.)
        let done = b.muli(done_vectors, w);
        let new_lo = b.addi(lo, done);
        for (r, red) in plan.reductions.iter().enumerate() {
            let v = reduce(&mut b, red, &layout, r, &accs, inits[red.arg]);
            b.module().set_operand(l, 3 + red.arg, v);
        }
        m.set_operand(l, 0, new_lo);
        m.remove_attr(l, PARALLEL);
        erase = false;
        accs
    };
    let Some(fallback) = fallback else {
        if erase {
            m.erase_op(l);
        }
        return None;
    };
    // Out of range: the copy of the original loop runs (and stores every element again).
    let slot = layout.div_slot.expect("division trackers");
    let mut b = OpBuilder::new(m, at, loc);
    let least = b.reduction("minui", finals[slot], None);
    let most = b.reduction("maxui", finals[slot + 1], None);
    let it = ctx.i32();
    let xlo = b.constant_int(it, DIV_X_LO - 1);
    let small = b.cmpi(CmpI::Ult, least, xlo);
    let xhi = b.constant_int(it, DIV_X_HI);
    let large = b.cmpi(CmpI::Ugt, most, xhi);
    let out = b.ori(small, large);
    let bad_d = divisors_out.expect("a divisor");
    let bad = b.ori(out, bad_d);
    let then = b.if_then(bad);
    then.insert(m, fallback);
    if erase {
        m.erase_op(l);
    }
    Some(fallback)
}

/// Two of slot `s`'s partial accumulators combined.
fn merge(m: &mut Module, at: Builder, loc: Attr, plan: &Plan, s: Slot, a: Value, c: Value) -> Value {
    match s {
        Slot::Reduction(r) => {
            let red = &plan.reductions[r];
            let mut st = OperationState::new(m.op_name_sym(red.op), loc);
            st.operands.extend([a, c]);
            st.result_types.push(m.value_type(a));
            let o = at.create(m, st);
            m.set_props(o, m.props(red.op));
            m.set_attrs(o, m.attrs(red.op));
            if red.tracked {
                let fm = no_nan_flags(m);
                m.set_attr(o, "fastmath", fm);
            }
            m.result(o, 0)
        }
        Slot::Nan(_) | Slot::DivHi => OpBuilder::new(m, at, loc).maxui(a, c),
        Slot::Zero(_) | Slot::DivLo => OpBuilder::new(m, at, loc).minui(a, c),
    }
}

/// `reassoc,nnan,nsz`: a tracked maximum's (minimum's) vector accumulators, which become the
/// plain maximum instruction (`vmaxps`: one instruction off the FMA pipes, where LLVM's exact
/// `llvm.maximum` takes five, two of them on those pipes: K3's softmax 22.6 → 20.9 cycles per
/// 16 elements, measured). A NaN makes the accumulator LLVM's poison, and the result then
/// comes from the trackers instead (`tracked_result`), so the poison is never used.
fn no_nan_flags(m: &Module) -> Attr {
    kiln_dialects::arith::fastmath_attr(m.ctx(), "reassoc,nnan,nsz")
}

/// `x / d` for the lanes of `x`, given y = 1/|d| rounded, |d| and d's sign bit (splats):
/// q = x·y, r = q·|d| - x (exact, by a multiply-add), x/|d| = q - r·y rounded once, with d's
/// sign. Markstein's theorem gives the correctly rounded quotient from a q within an ulp of
/// it and y within half an ulp of 1/|d|; x·y can be off by more (when |x| < |d|), but then
/// the correction still rounds right except where x and d are within a few ulps of a power
/// of two, which an exhaustive check of those corners found none of (the api test
/// `fast_division_is_the_division`). Zeros keep their sign (r is +0, q - (+0) = q). Every
/// step must stay normal: the loop checks |d| and |x| against `DIV_*` and runs again with
/// divisions when one is outside. Three operations on the multiply pipes instead of the
/// divider (~6 cycles per 16 lanes on Zen 4): K3's softmax 22.6 → 21.3 cycles per 16
/// elements.
fn fast_division(b: &mut OpBuilder, x: Value, y: Value, ad: Value, sign: Value) -> Value {
    let q = b.mulf(x, y);
    let nx = b.negf(x);
    let r = b.fma(q, ad, nx);
    let nr = b.negf(r);
    let q1 = b.fma(nr, y, q);
    let it = b.module().value_type(sign);
    let ft = b.module().value_type(x);
    let qb = b.bitcast(q1, it);
    let sb = b.xori(qb, sign);
    b.bitcast(sb, ft)
}

/// Emits the main loop before `l`: `trips` iterations of `unroll` unmasked vectors from `lo`,
/// starting from the accumulators `start` (`unroll` per slot); returns its results.
#[allow(clippy::too_many_arguments)]
fn main_loop(
    m: &mut Module,
    l: OpId,
    plan: &Plan,
    layout: &Layout,
    body: &[OpId],
    unroll: u64,
    (lo, trips): (Value, Value),
    start: &[Value],
    nontemporal: &FxHashSet<Value>,
) -> Vec<Value> {
    let ctx = m.ctx().clone();
    let loc = m.loc(l);
    let lanes = plan.lanes;
    let mut b = OpBuilder::new(m, Builder::before(l), loc);
    let zero = b.index(0);
    let one = b.index(1);
    let uw = b.index((lanes * unroll) as i64);
    let (j, accs, body_at, results) = b.for_loop_iter(zero, trips, one, start);
    if m.attr(l, PARALLEL).is_some() && layout.slots.is_empty() {
        let main = m
            .value_block(j)
            .and_then(|bl| m.block_region(bl))
            .and_then(|r| m.region_op(r));
        if let Some(main) = main {
            m.set_attr(main, PARALLEL, ctx.unit_attr());
        }
    }
    let mut next = accs.clone();
    {
        let mut bb = OpBuilder::new(m, body_at, loc);
        let first = bb.muli(j, uw);
        let base = bb.addi(lo, first);
        let mut copies: Vec<Copy> = (0..unroll)
            .map(|u| {
                let mut bb = OpBuilder::new(m, body_at, loc);
                let off = bb.index((u * lanes) as i64);
                let iv = bb.addi(base, off);
                Copy {
                    plan,
                    at: body_at,
                    loc,
                    iv,
                    mask: None,
                    map: IrMapping::default(),
                    splats: FxHashMap::default(),
                    nontemporal,
                    layout,
                }
            })
            .collect();
        // Op by op across the copies (as LLVM interleaves), so that independent work sits
        // side by side for the scheduler.
        let n = layout.slots.len();
        let mut mine: Vec<Vec<Value>> = (0..unroll as usize)
            .map(|u| (0..n).map(|r| next[r * unroll as usize + u]).collect())
            .collect();
        for &op in body {
            for (copy, accs) in copies.iter_mut().zip(mine.iter_mut()) {
                copy.emit(m, op, accs);
            }
        }
        for (u, accs) in mine.into_iter().enumerate() {
            for (r, v) in accs.into_iter().enumerate() {
                next[r * unroll as usize + u] = v;
            }
        }
        OpBuilder::new(m, body_at, loc).yield_values(&next);
    }
    results
}

/// Replaces the results of the original loop `l` by the lane reductions of the final
/// accumulators `accs` (the caller erases `l`).
fn replace_loop(m: &mut Module, l: OpId, plan: &Plan, layout: &Layout, accs: &[Value], inits: &[Value]) {
    let mut b = OpBuilder::new(m, Builder::before(l), m.loc(l));
    for (r, red) in plan.reductions.iter().enumerate() {
        let v = reduce(&mut b, red, layout, r, accs, inits[red.arg]);
        let old = b.module().result(l, red.arg);
        b.module().replace_all_uses(old, v);
    }
}

/// Reduction `r`'s lanes (slot `r` of `accs`) folded with the loop's initial value `init`;
/// reassociable like the combining op (so LLVM folds the lanes as a tree).
fn reduce(
    b: &mut OpBuilder,
    red: &super::legality::Reduction,
    layout: &Layout,
    r: usize,
    accs: &[Value],
    init: Value,
) -> Value {
    if let Some(t) = layout.trackers[r] {
        let v = tracked_result(b, red, accs[r], accs[t], accs[t + 1]);
        let name = b.module().op_name(red.op).to_string();
        return if name == "arith.maximumf" {
            b.maximumf(v, init)
        } else {
            b.minimumf(v, init)
        };
    }
    let v = b.reduction(red.combine.kind, accs[r], Some(init));
    let m = b.module();
    if let (Some(fm), Some(op)) = (m.attr(red.op, "fastmath"), m.defining_op(v)) {
        m.set_attr(op, "fastmath", fm);
    }
    v
}

/// The exact maximum (minimum) of the lanes of a tracked reduction: the plain maximum of the
/// accumulator `acc`, NaN when the `nan` tracker saw one, and a zero result with the sign
/// IEEE 754's maximum gives (+0 when a +0 was there, else -0; the reverse for a minimum).
fn tracked_result(b: &mut OpBuilder, red: &super::legality::Reduction, acc: Value, nan: Value, zero: Value) -> Value {
    let max = red.combine.kind == "maximumf";
    let v = b.reduction(red.combine.kind, acc, None);
    let fm = no_nan_flags(b.module());
    let op = b.module().defining_op(v).expect("the reduction");
    b.module().set_attr(op, "fastmath", fm);
    let ft = b.module().value_type(v);
    let it = bits_type(b.module(), ft);
    let (_, inf, _) = float_bits(b.module(), ft);
    let most = b.reduction("maxui", nan, None);
    let infv = b.constant_int(it, inf);
    let saw_nan = b.cmpi(CmpI::Ugt, most, infv);
    let least = b.reduction("minui", zero, None);
    let z = b.constant_int(it, 0);
    let saw_zero = b.cmpi(CmpI::Eq, least, z);
    let (win, lose) = if max { (0.0, -0.0) } else { (-0.0, 0.0) };
    let (wv, lv) = (b.constant_float(ft, win), b.constant_float(ft, lose));
    let zv = b.select(saw_zero, wv, lv);
    let fz = b.constant_float(ft, 0.0);
    let is_zero = b.cmpf(CmpF::Oeq, v, fz);
    let v = b.select(is_zero, zv, v);
    let nanv = b.constant_float(ft, f64::NAN);
    b.select(saw_nan, nanv, v)
}
