//! Scalar bodies: the scalar form of an elementwise op (Kiln's lowering of the op on rank-0
//! tensors) and of a combiner region, and the `linalg.generic` ops that hold them.

use super::*;

impl TensorExport<'_> {
    /// The scalar form of the elementwise op `name` (with the attributes of `attrs_of`) on
    /// the values `args` of element types `elems`, emitted at the current indent: Kiln's own
    /// loop lowering of the op on rank-0 tensors. Returns the result's name.
    pub(super) fn scalar(
        &mut self,
        at: OpId,
        name: &str,
        attrs_of: Option<OpId>,
        args: &[String],
        elems: &[Type],
        out: Type,
    ) -> R<String> {
        let m = self.m;
        let ctx = m.ctx().clone();
        let params: Vec<String> = elems
            .iter()
            .enumerate()
            .map(|(i, &e)| format!("%a{i}: tensor<{}>", type_to_string(&ctx, e)))
            .collect();
        let operands: Vec<String> = (0..elems.len()).map(|i| format!("%a{i}")).collect();
        let types: Vec<String> = elems
            .iter()
            .map(|&e| format!("tensor<{}>", type_to_string(&ctx, e)))
            .collect();
        let out_t = format!("tensor<{}>", type_to_string(&ctx, out));
        let mut dicts = String::new();
        if let Some(op) = attrs_of {
            if !ctx.dict_entries(m.props(op)).is_empty() {
                let _ = write!(dicts, " <{}>", attr_to_string(&ctx, m.props(op)));
            }
            if !ctx.dict_entries(m.attrs(op)).is_empty() {
                let _ = write!(dicts, " {}", attr_to_string(&ctx, m.attrs(op)));
            }
        }
        let text = format!(
            "func.func @body({}) -> {out_t} {{\n  %r = \"{name}\"({}){dicts} : ({}) -> {out_t}\n  return %r : {out_t}\n}}\n",
            params.join(", "),
            operands.join(", "),
            types.join(", ")
        );
        let located =
            |e: Diagnostic| Diagnostic::error(m.loc(at), format!("the scalar form of '{name}': {}", e.message));
        let mut body = parse_source(&ctx, &text, &ParseConfig::default()).map_err(located)?;
        let reg = kiln_passes::registry_for(&ctx);
        let mut pm = OpPassManager::parse(SCALAR_PIPELINE, &reg).map_err(|e| Diagnostic::error(m.loc(at), e))?;
        let mut ro = RunOptions::default();
        let root = body.root();
        if pm.run(&mut body, root, &mut ro).is_err() {
            let d = ro
                .diags
                .into_iter()
                .next()
                .unwrap_or_else(|| Diagnostic::error(m.loc(at), "Kiln's lowering failed"));
            return Err(located(d));
        }
        // The lowering may declare runtime functions beside it (a run-time check's).
        let entry = body
            .block_ops(body.body())
            .filter(|&f| kiln_ir::symbol::symbol_name(&body, f) == Some("body"))
            .find_map(|f| {
                body.regions(f)
                    .first()
                    .and_then(|&r| body.region_blocks(r).first().copied())
            })
            .ok_or_else(|| Diagnostic::error(m.loc(at), "the scalar form lost its function"))?;
        let bargs = body.block_args(entry).to_vec();
        self.bodies += 1;
        let mut e = Exporter {
            m: &body,
            out: String::new(),
            names: FxHashMap::default(),
            next: 0,
            syms: FxHashMap::default(),
            globals: String::new(),
            nglobals: 0,
            dropped: Vec::new(),
            indent: self.indent,
            exports: FxHashMap::default(),
            exported: FxHashMap::default(),
            prefix: format!("s{}_", self.bodies),
        };
        let mut result = None;
        for o in body.block_ops(entry).collect::<Vec<_>>() {
            match body.op_name(o) {
                "loop.load" => {
                    let src = body.operand_value(o, 0);
                    let k = bargs.iter().position(|&a| a == src).unwrap_or(0);
                    e.names
                        .insert(body.result(o, 0), args.get(k).cloned().unwrap_or_default());
                }
                "loop.store" => result = Some(e.name(body.operand_value(o, 0))),
                "func.return" => {}
                // Integer division's check: made before the linalg op (`division_check`); the
                // scalar form's safe divisor keeps the division itself defined.
                "loop.if" if matches!(name, "ktensor.div" | "ktensor.rem") => {}
                n if n.starts_with("arith.") || n.starts_with("math.") => e.op(o)?,
                n => {
                    return Err(cannot(
                        m,
                        at,
                        &format!("its scalar form needs '{n}' (a run-time check), which a linalg body cannot hold"),
                    ))
                }
            }
        }
        self.out.push_str(&e.out);
        result.ok_or_else(|| cannot(m, at, "its scalar form stores no value"))
    }

    /// The scalar form of a combiner region (a block of elementwise ops on rank-0 tensors
    /// ending in `ktensor.yield`), with its arguments named `args`: the yielded names.
    pub(super) fn region_scalars(&mut self, at: OpId, region: kiln_ir::RegionId, args: &[String]) -> R<Vec<String>> {
        let m = self.m;
        let Some(&b) = m.region_blocks(region).first() else {
            return Err(cannot(m, at, "its region is empty"));
        };
        let mut local: FxHashMap<Value, String> = m.block_args(b).iter().copied().zip(args.iter().cloned()).collect();
        for op in m.block_ops(b).collect::<Vec<_>>() {
            let name = m.op_name(op).to_string();
            let operands: Vec<Value> = m.operands(op).collect();
            // A rank-0 value from outside the region (a constant CSE hoisted) is read there.
            for &v in &operands {
                if let std::collections::hash_map::Entry::Vacant(slot) = local.entry(v) {
                    if !self.names.contains_key(&v) || !self.dims(m.value_type(v)).is_empty() {
                        return Err(cannot(
                            m,
                            at,
                            "its region uses a value from outside that is not a rank-0 tensor",
                        ));
                    }
                    let (n, t) = (self.names[&v].clone(), self.vty(v));
                    let e = self.fresh();
                    self.line(&format!("{e} = tensor.extract {n}[] : {t}"));
                    slot.insert(e);
                }
            }
            match name.as_str() {
                "ktensor.yield" => return Ok(operands.iter().map(|v| local[v].clone()).collect()),
                "ktensor.constant" => {
                    let value = m.attr(op, "value").ok_or_else(|| cannot(m, op, "it has no 'value'"))?;
                    let r = m.result(op, 0);
                    let (c, e) = (self.fresh(), self.fresh());
                    let ct = self.vty(r);
                    self.line(&format!(
                        "{c} = arith.constant {}",
                        crate::export::signless(&attr_to_string(m.ctx(), value))
                    ));
                    self.line(&format!("{e} = tensor.extract {c}[] : {ct}"));
                    local.insert(r, e);
                }
                n if is_elementwise(n) => {
                    let names: Vec<String> = operands.iter().map(|v| local[v].clone()).collect();
                    let elems: Vec<Type> = operands.iter().map(|&v| self.elem_of(m.value_type(v))).collect();
                    let r = m.result(op, 0);
                    let out = self.elem_of(m.value_type(r));
                    let v = self.scalar(op, n, Some(op), &names, &elems, out)?;
                    local.insert(r, v);
                }
                _ => {
                    return Err(cannot(
                        m,
                        op,
                        "a combiner region of the tensor-level export holds elementwise ops only",
                    ))
                }
            }
        }
        Err(cannot(m, at, "its region does not end in 'ktensor.yield'"))
    }

    /// `%r = linalg.generic` over `rank` loops (`reduction[d]` marks reduction loops), reading
    /// `ins` (name, type, map), into `init` of type `out_t` through `out_map`; `body` emits
    /// the scalar code from the block arguments (inputs, then the accumulator) and returns the
    /// yielded name.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn generic(
        &mut self,
        r: &str,
        reduction: &[bool],
        ins: &[(String, String, String)],
        in_elems: &[String],
        init: &str,
        out_t: &str,
        out_map: &str,
        out_elem: &str,
        body: impl FnOnce(&mut Self, &[String]) -> R<String>,
    ) -> R<()> {
        let outs = [Out {
            init: init.to_string(),
            ty: out_t.to_string(),
            map: out_map.to_string(),
            elem: out_elem.to_string(),
        }];
        self.generic_n(&[r.to_string()], reduction, ins, in_elems, &outs, |s, b| {
            Ok(vec![body(s, b)?])
        })
    }

    /// A `linalg.generic` with several outputs: `results` name them, `body` returns one
    /// yielded name per output.
    pub(super) fn generic_n(
        &mut self,
        results: &[String],
        reduction: &[bool],
        ins: &[(String, String, String)],
        in_elems: &[String],
        outs: &[Out],
        body: impl FnOnce(&mut Self, &[String]) -> R<Vec<String>>,
    ) -> R<()> {
        let mut maps: Vec<String> = ins.iter().map(|i| i.2.clone()).collect();
        maps.extend(outs.iter().map(|o| o.map.clone()));
        let ins_text = if ins.is_empty() {
            String::new()
        } else {
            let n: Vec<&str> = ins.iter().map(|i| i.0.as_str()).collect();
            let t: Vec<&str> = ins.iter().map(|i| i.1.as_str()).collect();
            format!(" ins({} : {})", n.join(", "), t.join(", "))
        };
        let inits: Vec<&str> = outs.iter().map(|o| o.init.as_str()).collect();
        let out_ts: Vec<&str> = outs.iter().map(|o| o.ty.as_str()).collect();
        self.line(&format!(
            "{} = linalg.generic {{indexing_maps = [{}], iterator_types = {}}}{ins_text} outs({} : {}) {{",
            results.join(", "),
            maps.join(", "),
            iterators(reduction),
            inits.join(", "),
            out_ts.join(", ")
        ));
        let bargs: Vec<String> = (0..ins.len() + outs.len()).map(|_| self.fresh()).collect();
        let elems: Vec<&str> = in_elems
            .iter()
            .map(String::as_str)
            .chain(outs.iter().map(|o| o.elem.as_str()))
            .collect();
        let header: Vec<String> = bargs.iter().zip(&elems).map(|(b, t)| format!("{b}: {t}")).collect();
        self.line(&format!("^bb0({}):", header.join(", ")));
        self.indent += 1;
        let ys = body(self, &bargs)?;
        let out_elems: Vec<&str> = outs.iter().map(|o| o.elem.as_str()).collect();
        self.line(&format!("linalg.yield {} : {}", ys.join(", "), out_elems.join(", ")));
        self.indent -= 1;
        self.line(&format!("}} -> ({})", out_ts.join(", ")));
        Ok(())
    }

    /// An elementwise op: one `linalg.generic` whose body is the op's scalar form. A rank-0
    /// operand of a ranked op (a scalar predicate of `select`) is read at every point.
    pub(super) fn elementwise(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        let r = m.result(op, 0);
        let rt = m.value_type(r);
        let rank = self.dims(rt).len();
        let full = operands
            .iter()
            .copied()
            .find(|&v| self.dims(m.value_type(v)).len() == rank)
            .ok_or_else(|| cannot(m, op, "no operand has the result's rank"))?;
        let sizes = self.sizes(op, rt, |s, k| Some(s.ext(full, k)))?;
        let out_t = self.ty(rt);
        let init = self.empty(&out_t, &sizes);
        let ins: Vec<(String, String, String)> = operands
            .iter()
            .map(|&v| {
                let map = if self.dims(m.value_type(v)).len() == rank {
                    identity(rank)
                } else {
                    map(rank, &[])
                };
                (self.name(v), self.vty(v), map)
            })
            .collect();
        let elems: Vec<Type> = operands.iter().map(|&v| self.elem_of(m.value_type(v))).collect();
        let in_elems: Vec<String> = elems.iter().map(|&e| self.scalar_ty(e)).collect();
        let out_elem = self.elem_of(rt);
        let op_name = m.op_name(op).to_string();
        if matches!(op_name.as_str(), "ktensor.div" | "ktensor.rem") && !m.ctx().ty(out_elem).is_float() {
            self.division_check(operands[1])?;
        }
        let name = self.name(r);
        let oe = self.scalar_ty(out_elem);
        self.generic(
            &name,
            &vec![false; rank],
            &ins,
            &in_elems,
            &init,
            &out_t,
            &identity(rank),
            &oe,
            |s, b| s.scalar(op, &op_name, Some(op), &b[..elems.len()], &elems, out_elem),
        )
    }

    /// Reports integer division by zero before the division (as Kiln's tiers do): a
    /// reduction of the divisor to "no zero element", then the check.
    pub(super) fn division_check(&mut self, divisor: Value) -> R<()> {
        let m = self.m;
        let rank = self.dims(m.value_type(divisor)).len();
        let et = self.scalar_ty(self.elem_of(m.value_type(divisor)));
        let (t, init, all) = (self.fresh(), self.fresh(), self.fresh());
        self.line(&format!("{t} = arith.constant true"));
        self.line(&format!("{init} = tensor.empty() : tensor<i1>"));
        self.line(&format!(
            "{all} = linalg.fill ins({t} : i1) outs({init} : tensor<i1>) -> tensor<i1>"
        ));
        let ins = vec![(self.name(divisor), self.vty(divisor), identity(rank))];
        let nz = self.fresh();
        self.generic(
            &nz,
            &vec![true; rank],
            &ins,
            std::slice::from_ref(&et),
            &all,
            "tensor<i1>",
            &map(rank, &[]),
            "i1",
            |s, b| {
                let (z, c, a) = (s.fresh(), s.fresh(), s.fresh());
                s.line(&format!("{z} = arith.constant 0 : {et}"));
                s.line(&format!("{c} = arith.cmpi ne, {}, {z} : {et}", b[0]));
                s.line(&format!("{a} = arith.andi {}, {c} : i1", b[1]));
                Ok(a)
            },
        )?;
        let ok = self.fresh();
        self.line(&format!("{ok} = tensor.extract {nz}[] : tensor<i1>"));
        self.check(&ok, "integer division by zero".into(), &[]);
        Ok(())
    }
}
