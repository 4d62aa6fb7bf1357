//! Ops with no structured upstream op, as `scf` loops on tensors: `sort` (a stable insertion
//! sort of every line along the dimension, as Kiln's loop lowering sorts) and
//! `general_scatter` (every update element in order, combined by the region, skipped when
//! out of bounds). Upstream's bufferization makes the `tensor.insert`s in place.

use super::*;

impl TensorExport<'_> {
    /// Nested `scf.for` loops over `sizes` (index values) carrying `carried` (name, type);
    /// `body` gets the induction variables and the carried values and returns their new
    /// values. Returns the loop nest's results (the inputs when `sizes` is empty).
    pub(super) fn for_nest(
        &mut self,
        sizes: &[String],
        carried: &[(String, String)],
        body: impl FnOnce(&mut Self, &[String], &[String]) -> R<Vec<String>>,
    ) -> R<Vec<String>> {
        let types: Vec<String> = carried.iter().map(|c| c.1.clone()).collect();
        let tys = types.join(", ");
        let (zero, one) = (self.index_const(0), self.index_const(1));
        let mut current: Vec<String> = carried.iter().map(|c| c.0.clone()).collect();
        let mut outer_results = Vec::new();
        let mut ivs = Vec::new();
        let mut levels = Vec::new();
        for (k, s) in sizes.iter().enumerate() {
            let results: Vec<String> = carried.iter().map(|_| self.fresh()).collect();
            let args: Vec<String> = carried.iter().map(|_| self.fresh()).collect();
            let iv = self.fresh();
            let inits: Vec<String> = args.iter().zip(&current).map(|(a, c)| format!("{a} = {c}")).collect();
            self.line(&format!(
                "{} = scf.for {iv} = {zero} to {s} step {one} iter_args({}) -> ({tys}) {{",
                results.join(", "),
                inits.join(", ")
            ));
            self.indent += 1;
            if k == 0 {
                outer_results = results.clone();
            }
            levels.push(results);
            ivs.push(iv);
            current = args;
        }
        let new = body(self, &ivs, &current)?;
        if sizes.is_empty() {
            return Ok(new);
        }
        let mut yielded = new;
        for results in levels.iter().rev() {
            self.line(&format!("scf.yield {} : {tys}", yielded.join(", ")));
            self.indent -= 1;
            self.line("}");
            yielded = results.clone();
        }
        Ok(outer_results)
    }

    /// `sort` along `dimension`: for every line, insertion of element i (i = 1..n) moving
    /// down while the comparator says it goes before its neighbour; every operand moves alike.
    pub(super) fn sort(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        let results: Vec<Value> = m.results(op).collect();
        let x0 = operands[0];
        let rank = self.dims(m.value_type(x0)).len();
        if rank == 0 {
            for (&r, &v) in results.iter().zip(&operands) {
                let n = self.name(v);
                self.names.insert(r, n);
            }
            return Ok(());
        }
        let d = m.attr(op, "dimension").and_then(|a| m.ctx().attr_int(a)).unwrap_or(0) as usize;
        let exts: Vec<String> = (0..rank).map(|k| self.ext(x0, k)).collect();
        let others: Vec<String> = (0..rank).filter(|&k| k != d).map(|k| exts[k].clone()).collect();
        let carried: Vec<(String, String)> = operands.iter().map(|&v| (self.name(v), self.vty(v))).collect();
        let types: Vec<String> = carried.iter().map(|c| c.1.clone()).collect();
        let elems: Vec<Type> = operands.iter().map(|&v| self.elem_of(m.value_type(v))).collect();
        let region = m.regions(op)[0];
        let n = exts[d].clone();
        let outs = self.for_nest(&others, &carried, |s, ovs, ts| {
            let at = |ovs: &[String], p: &str| -> String {
                let mut v = ovs.to_vec();
                v.insert(d, p.to_string());
                v.join(", ")
            };
            let (one, zero) = (s.index_const(1), s.index_const(0));
            s.for_nest(
                std::slice::from_ref(&n),
                &types
                    .iter()
                    .cloned()
                    .zip(ts.iter().cloned())
                    .map(|(t, v)| (v, t))
                    .collect::<Vec<_>>(),
                |s, iv, ts| {
                    // i = iv + 1 (the loop runs n times; the first element needs no insertion).
                    let i = s.fresh();
                    s.line(&format!("{i} = arith.addi {}, {one} : index", iv[0]));
                    let (j, tsw): (String, Vec<String>) = (s.fresh(), ts.iter().map(|_| s.fresh()).collect());
                    let jres = s.fresh();
                    let tres: Vec<String> = ts.iter().map(|_| s.fresh()).collect();
                    let mut inits = vec![format!("{j} = {i}")];
                    inits.extend(tsw.iter().zip(ts).map(|(a, t)| format!("{a} = {t}")));
                    let all_t = format!("index, {}", types.join(", "));
                    let mut lhs = vec![jres.clone()];
                    lhs.extend(tres.iter().cloned());
                    s.line(&format!(
                        "{} = scf.while ({}) : ({all_t}) -> ({all_t}) {{",
                        lhs.join(", "),
                        inits.join(", ")
                    ));
                    s.indent += 1;
                    // Past the end (i = n) or at the front, stop; elsewhere compare j with j - 1.
                    let (inb, pos, jm1, safe, safej) = (s.fresh(), s.fresh(), s.fresh(), s.fresh(), s.fresh());
                    s.line(&format!("{inb} = arith.cmpi slt, {j}, {n} : index"));
                    s.line(&format!("{pos} = arith.cmpi sgt, {j}, {zero} : index"));
                    s.line(&format!("{jm1} = arith.subi {j}, {one} : index"));
                    s.line(&format!("{safe} = arith.select {pos}, {jm1}, {zero} : index"));
                    s.line(&format!("{safej} = arith.select {inb}, {j}, {zero} : index"));
                    let mut args = Vec::new();
                    for (k, t) in tsw.iter().enumerate() {
                        let (a, b) = (s.fresh(), s.fresh());
                        s.line(&format!("{a} = tensor.extract {t}[{}] : {}", at(ovs, &safej), types[k]));
                        s.line(&format!("{b} = tensor.extract {t}[{}] : {}", at(ovs, &safe), types[k]));
                        let _ = elems[k];
                        args.push(a);
                        args.push(b);
                    }
                    let less = s.region_scalars(op, region, &args)?;
                    let (g1, go) = (s.fresh(), s.fresh());
                    s.line(&format!("{g1} = arith.andi {inb}, {pos} : i1"));
                    s.line(&format!("{go} = arith.andi {g1}, {} : i1", less[0]));
                    let mut fwd = vec![j.clone()];
                    fwd.extend(tsw.iter().cloned());
                    s.line(&format!("scf.condition({go}) {} : {all_t}", fwd.join(", ")));
                    s.indent -= 1;
                    s.line("} do {");
                    s.indent += 1;
                    let (bj, bts): (String, Vec<String>) = (s.fresh(), ts.iter().map(|_| s.fresh()).collect());
                    let mut header = vec![format!("{bj}: index")];
                    header.extend(bts.iter().zip(&types).map(|(b, t)| format!("{b}: {t}")));
                    s.line(&format!("^bb0({}):", header.join(", ")));
                    let bjm1 = s.fresh();
                    s.line(&format!("{bjm1} = arith.subi {bj}, {one} : index"));
                    let mut swapped = Vec::new();
                    for (k, t) in bts.iter().enumerate() {
                        let (a, b, u, w) = (s.fresh(), s.fresh(), s.fresh(), s.fresh());
                        let ty = &types[k];
                        s.line(&format!("{a} = tensor.extract {t}[{}] : {ty}", at(ovs, &bj)));
                        s.line(&format!("{b} = tensor.extract {t}[{}] : {ty}", at(ovs, &bjm1)));
                        s.line(&format!("{u} = tensor.insert {b} into {t}[{}] : {ty}", at(ovs, &bj)));
                        s.line(&format!("{w} = tensor.insert {a} into {u}[{}] : {ty}", at(ovs, &bjm1)));
                        swapped.push(w);
                    }
                    let mut y = vec![bjm1];
                    y.extend(swapped);
                    s.line(&format!("scf.yield {} : {all_t}", y.join(", ")));
                    s.indent -= 1;
                    s.line("}");
                    Ok(tres)
                },
            )
        })?;
        for (&r, o) in results.iter().zip(outs) {
            self.names.insert(r, o);
        }
        Ok(())
    }

    /// `general_scatter`: every update element, in order, combined with the operand's element
    /// at its target by the region; an element whose target is outside the operand is
    /// skipped (as Kiln's tiers skip it).
    pub(super) fn general_scatter(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let sd = kiln_dialects::tensor_indexing::ScatterDims::of(m, op).map_err(|e| cannot(m, op, &e))?;
        if m.num_operands(op) != 3 {
            return Err(cannot(m, op, "only one operand and one update tensor are exported"));
        }
        let (input, ids, upd) = (m.operand_value(op, 0), m.operand_value(op, 1), m.operand_value(op, 2));
        let irank = self.dims(m.value_type(input)).len();
        let idrank = self.dims(m.value_type(ids)).len();
        let urank = self.dims(m.value_type(upd)).len();
        let ivd = sd.index_vector_dim as usize;
        let has = |v: &[i64], d: usize| v.contains(&(d as i64));
        let iexts: Vec<String> = (0..irank).map(|k| self.ext(input, k)).collect();
        let usizes: Vec<String> = (0..urank).map(|k| self.ext(upd, k)).collect();
        let batch_ids: Vec<usize> = (0..idrank).filter(|&i| i != ivd).collect();
        let wdims: Vec<usize> = (0..irank)
            .filter(|&d| !has(&sd.inserted_window_dims, d) && !has(&sd.input_batching_dims, d))
            .collect();
        let ie = self.elem_of(m.value_type(ids));
        let (idn, idt, un, ut) = (self.name(ids), self.vty(ids), self.name(upd), self.vty(upd));
        let t = self.vty(input);
        let region = m.regions(op)[0];
        let r = m.result(op, 0);
        let carried = vec![(self.name(input), t.clone())];
        let zero = self.index_const(0);
        let out = self.for_nest(&usizes, &carried, |s, ivs, cur| {
            let batch: Vec<String> = (0..urank)
                .filter(|&d| !has(&sd.update_window_dims, d))
                .map(|d| ivs[d].clone())
                .collect();
            let win: Vec<String> = sd.update_window_dims.iter().map(|&d| ivs[d as usize].clone()).collect();
            let mut idx = vec![zero.clone(); irank];
            for (k, &d) in sd.scatter_dims_to_operand_dims.iter().enumerate() {
                let mut iidx = batch.clone();
                if ivd < idrank {
                    let c = s.index_const(k as i64);
                    iidx.insert(ivd, c);
                }
                let v = s.fresh();
                s.line(&format!("{v} = tensor.extract {idn}[{}] : {idt}", iidx.join(", ")));
                let i = s.as_index(&v, ie);
                let a = s.fresh();
                s.line(&format!("{a} = arith.addi {}, {i} : index", idx[d as usize]));
                idx[d as usize] = a;
            }
            for (&id, &sdim) in sd.input_batching_dims.iter().zip(&sd.scatter_indices_batching_dims) {
                let j = batch_ids.iter().position(|&x| x == sdim as usize).unwrap_or(0);
                let a = s.fresh();
                s.line(&format!("{a} = arith.addi {}, {} : index", idx[id as usize], batch[j]));
                idx[id as usize] = a;
            }
            for (&d, w) in wdims.iter().zip(&win) {
                let a = s.fresh();
                s.line(&format!("{a} = arith.addi {}, {w} : index", idx[d]));
                idx[d] = a;
            }
            let mut ok = None::<String>;
            for (k, i) in idx.iter().enumerate() {
                let (a, b, c) = (s.fresh(), s.fresh(), s.fresh());
                s.line(&format!("{a} = arith.cmpi sge, {i}, {zero} : index"));
                s.line(&format!("{b} = arith.cmpi slt, {i}, {} : index", iexts[k]));
                s.line(&format!("{c} = arith.andi {a}, {b} : i1"));
                ok = Some(match ok {
                    Some(o) => {
                        let n = s.fresh();
                        s.line(&format!("{n} = arith.andi {o}, {c} : i1"));
                        n
                    }
                    None => c,
                });
            }
            let ok = ok.unwrap_or_else(|| {
                let t = s.fresh();
                s.line(&format!("{t} = arith.constant true"));
                t
            });
            let res = s.fresh();
            s.line(&format!("{res} = scf.if {ok} -> ({t}) {{"));
            s.indent += 1;
            let (c, u) = (s.fresh(), s.fresh());
            s.line(&format!("{c} = tensor.extract {}[{}] : {t}", cur[0], idx.join(", ")));
            s.line(&format!("{u} = tensor.extract {un}[{}] : {ut}", ivs.join(", ")));
            let v = s.region_scalars(op, region, &[c, u])?;
            let w = s.fresh();
            s.line(&format!(
                "{w} = tensor.insert {} into {}[{}] : {t}",
                v[0],
                cur[0],
                idx.join(", ")
            ));
            s.line(&format!("scf.yield {w} : {t}"));
            s.indent -= 1;
            s.line("} else {");
            s.line(&format!("  scf.yield {} : {t}", cur[0]));
            s.line("}");
            Ok(vec![res])
        })?;
        self.names.insert(r, out[0].clone());
        Ok(())
    }
}
