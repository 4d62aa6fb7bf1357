//! Control flow and run-time checks: `while`/`if` as `scf` on tensors, and the checks that
//! call `kiln_rt_assert_failed`.

use super::*;

impl TensorExport<'_> {
    /// A runtime check: when `ok` (an i1) is false, `kiln_rt_assert_failed(id, values)`.
    pub(super) fn check(&mut self, ok: &str, message: String, values: &[String]) {
        let id = self.messages.len();
        self.messages.push(message);
        let (t, bad) = (self.fresh(), self.fresh());
        self.line(&format!("{t} = arith.constant true"));
        self.line(&format!("{bad} = arith.xori {ok}, {t} : i1"));
        self.line(&format!("scf.if {bad} {{"));
        self.indent += 1;
        let n = values.len();
        let vals = self.fresh();
        if values.is_empty() {
            self.line(&format!("{vals} = tensor.empty() : tensor<0xi64>"));
        } else {
            self.line(&format!(
                "{vals} = tensor.from_elements {} : tensor<{n}xi64>",
                values.join(", ")
            ));
        }
        let (c, i) = (self.fresh(), self.fresh());
        self.line(&format!("{c} = tensor.cast {vals} : tensor<{n}xi64> to tensor<?xi64>"));
        self.line(&format!("{i} = arith.constant {id} : i64"));
        self.line(&format!(
            "func.call @kiln_rt_assert_failed({i}, {c}) : (i64, tensor<?xi64>) -> ()"
        ));
        self.indent -= 1;
        self.line("}");
    }

    /// An i64 from a scalar integer of type `t`.
    pub(super) fn as_i64(&mut self, x: &str, t: Type) -> String {
        let ts = self.scalar_ty(t);
        if ts == "i64" {
            return x.to_string();
        }
        let r = self.fresh();
        if ts == "index" {
            self.line(&format!("{r} = arith.index_cast {x} : index to i64"));
            return r;
        }
        let ext = if matches!(
            self.m.ctx().ty(t),
            TypeKind::Integer {
                signedness: Signedness::Unsigned,
                ..
            }
        ) || ts == "i1"
        {
            "arith.extui"
        } else {
            "arith.extsi"
        };
        self.line(&format!("{r} = {ext} {x} : {ts} to i64"));
        r
    }

    /// The ops of a region of tensor ops (a branch or a loop body), its terminator becoming
    /// `scf.yield` or `scf.condition` (which forwards the block's arguments).
    pub(super) fn nested(&mut self, region: kiln_ir::RegionId, with_args: bool) -> R<()> {
        let m = self.m;
        let Some(&b) = m.region_blocks(region).first() else {
            return Ok(());
        };
        if with_args {
            let args: Vec<String> = m
                .block_args(b)
                .to_vec()
                .into_iter()
                .map(|a| format!("{}: {}", self.name(a), self.vty(a)))
                .collect();
            self.line(&format!("^bb0({}):", args.join(", ")));
        }
        self.indent += 1;
        for op in m.block_ops(b).collect::<Vec<_>>() {
            let operands: Vec<Value> = m.operands(op).collect();
            match m.op_name(op) {
                "ktensor.yield" => {
                    let n: Vec<String> = operands.iter().map(|&v| self.name(v)).collect();
                    let t: Vec<String> = operands.iter().map(|&v| self.vty(v)).collect();
                    if n.is_empty() {
                        self.line("scf.yield");
                    } else {
                        self.line(&format!("scf.yield {} : {}", n.join(", "), t.join(", ")));
                    }
                }
                "ktensor.condition" => {
                    let c = self.scalar_of(operands[0]);
                    let args: Vec<Value> = m.block_args(b).to_vec();
                    let n: Vec<String> = args.iter().map(|&v| self.name(v)).collect();
                    let t: Vec<String> = args.iter().map(|&v| self.vty(v)).collect();
                    self.line(&format!("scf.condition({c}) {} : {}", n.join(", "), t.join(", ")));
                }
                _ => self.op(op)?,
            }
        }
        self.indent -= 1;
        Ok(())
    }

    /// `while` → `scf.while` on tensors.
    pub(super) fn while_loop(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let operands: Vec<Value> = m.operands(op).collect();
        let results: Vec<Value> = m.results(op).collect();
        let regions = m.regions(op).to_vec();
        // The condition region's arguments are the loop's; scf.while names them in its header.
        let cond_b = m.region_blocks(regions[0])[0];
        let inits: Vec<String> = m
            .block_args(cond_b)
            .to_vec()
            .into_iter()
            .zip(&operands)
            .map(|(a, &v)| format!("{} = {}", self.name(a), self.name(v)))
            .collect();
        let ts: Vec<String> = operands.iter().map(|&v| self.vty(v)).collect();
        let rs: Vec<String> = results.iter().map(|&v| self.name(v)).collect();
        let lhs = if rs.is_empty() {
            String::new()
        } else {
            format!("{} = ", rs.join(", "))
        };
        self.line(&format!(
            "{lhs}scf.while ({}) : ({}) -> ({}) {{",
            inits.join(", "),
            ts.join(", "),
            ts.join(", ")
        ));
        self.nested(regions[0], false)?;
        self.line("} do {");
        self.nested(regions[1], true)?;
        self.line("}");
        Ok(())
    }

    /// `if` → `scf.if` on tensors.
    pub(super) fn if_op(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let c = self.scalar_of(m.operand_value(op, 0));
        let results: Vec<Value> = m.results(op).collect();
        let rs: Vec<String> = results.iter().map(|&v| self.name(v)).collect();
        let ts: Vec<String> = results.iter().map(|&v| self.vty(v)).collect();
        let regions = m.regions(op).to_vec();
        if rs.is_empty() {
            self.line(&format!("scf.if {c} {{"));
        } else {
            self.line(&format!("{} = scf.if {c} -> ({}) {{", rs.join(", "), ts.join(", ")));
        }
        self.nested(regions[0], false)?;
        self.line("} else {");
        if let Some(&r) = regions.get(1) {
            self.nested(r, false)?;
        }
        self.line("}");
        Ok(())
    }
}
