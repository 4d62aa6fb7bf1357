//! Kiln's vector level (`kvector`) as upstream's `vector` dialect.

use super::{unsupported, Exporter, R};
use kiln_ir::printer::attr_to_string;
use kiln_ir::{Module, OpId, Value};

impl Exporter<'_> {
    /// Kiln's `kvector` ops (the vectorized loop level) as upstream's `vector` ops.
    pub(super) fn vector_op(&mut self, op: OpId) -> R<()> {
        let m = self.m;
        let ctx = m.ctx();
        let name = m.op_name(op);
        let operands: Vec<Value> = m.operands(op).collect();
        let results: Vec<Value> = m.results(op).collect();
        let rank = |v: Value| ctx.ty(m.value_type(v)).shape().map_or(0, |s| s.len());
        // Upstream's operand order, and its properties.
        let (order, props): (Vec<Value>, String) = match name {
            "kvector.load" | "kvector.maskedload" | "kvector.broadcast" | "kvector.fma" | "kvector.create_mask" => {
                (operands.clone(), String::new())
            }
            "kvector.store" => {
                let nt = if m.attr(op, "nontemporal").is_some() {
                    "<{nontemporal = true}>"
                } else {
                    ""
                };
                (operands.clone(), nt.to_string())
            }
            "kvector.maskedstore" => {
                // Kiln: value, base, indices, mask; upstream: base, indices, mask, value.
                let r = rank(operands[1]);
                let mut o = operands[1..2 + r + 1].to_vec();
                o.push(operands[0]);
                (o, String::new())
            }
            "kvector.reduction" => {
                let kind = m.attr(op, "kind").and_then(|a| ctx.attr_str(a)).unwrap_or("add");
                let fm = match fastmath_of(m, op) {
                    Some(f) => format!(", fastmath = #arith.fastmath<{f}>"),
                    None => String::new(),
                };
                (operands.clone(), format!("<{{kind = #vector.kind<{kind}>{fm}}}>"))
            }
            "kvector.extract" | "kvector.insert" => {
                let p = m.attr(op, "position").and_then(|a| ctx.attr_int(a)).unwrap_or(0);
                (operands.clone(), format!("<{{static_position = array<i64: {p}>}}>"))
            }
            "kvector.shuffle" => {
                let mask = m.attr(op, "mask").map(|a| attr_to_string(ctx, a)).unwrap_or_default();
                (operands.clone(), format!("<{{mask = {mask}}}>"))
            }
            _ => return Err(unsupported(m, op, "at the vector level")),
        };
        let up = name.replacen("kvector.", "vector.", 1);
        let lhs = self.results_lhs(op);
        let o = self.operands(order.clone());
        let it = self.types(order);
        let rt = self.types(results);
        let props = if props.is_empty() { props } else { format!(" {props}") };
        self.line(&format!("{lhs}\"{up}\"({o}){props} : ({it}) -> ({rt})"));
        Ok(())
    }
}

/// An op's fast-math flags, if any.
fn fastmath_of(m: &Module, op: OpId) -> Option<String> {
    kiln_dialects::arith::fastmath_flags(m, op)
}
