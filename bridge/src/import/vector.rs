//! Upstream's `vector` dialect as Kiln's vector level (`kvector`).

use super::{err, Importer, R};
use kiln_ir::attrs::AttrKind;
use kiln_ir::{Attr, OpId, Type, Value};

impl Importer<'_> {
    /// Upstream's `vector` ops as Kiln's `kvector` ops (the vectorized loop level).
    pub(super) fn vector_op(&mut self, op: OpId, operands: &[Value], results: &[Type]) -> R<()> {
        let ctx = self.ctx();
        let name = self.m.op_name(op).to_string();
        let text = |a: Option<Attr>| a.map(|a| kiln_ir::printer::attr_to_string(&ctx, a)).unwrap_or_default();
        let mut attrs: Vec<(&str, Attr)> = Vec::new();
        let ops: Vec<Value> = match name.as_str() {
            "vector.load" | "vector.maskedload" | "vector.broadcast" | "vector.fma" | "vector.create_mask"
            | "vector.shuffle" => {
                if let Some(mask) = self.m.attr(op, "mask").filter(|_| name == "vector.shuffle") {
                    attrs.push(("mask", mask));
                }
                operands.to_vec()
            }
            "vector.store" => {
                if self.m.attr(op, "nontemporal").and_then(|a| match ctx.attr(a) {
                    AttrKind::Bool(b) => Some(*b),
                    _ => None,
                }) == Some(true)
                {
                    attrs.push(("nontemporal", ctx.unit_attr()));
                }
                operands.to_vec()
            }
            "vector.maskedstore" => {
                // Upstream: base, indices, mask, value; Kiln: value, base, indices, mask.
                let (value, rest) = operands.split_last().expect("verified by upstream");
                let mut o = vec![*value];
                o.extend_from_slice(rest);
                o
            }
            "vector.reduction" => {
                let kind = text(self.m.attr(op, "kind"));
                let kind = kind
                    .trim_start_matches("#vector.kind<")
                    .trim_end_matches('>')
                    .to_string();
                attrs.push(("kind", ctx.str_attr(&kind)));
                if kiln_dialects::arith::fastmath_flags(self.m, op).is_some() {
                    attrs.push(("fastmath", self.m.attr(op, "fastmath").expect("flags")));
                }
                operands.to_vec()
            }
            "vector.extract" | "vector.insert" => {
                let p = self.i64s(op, "static_position");
                if p.len() != 1 || operands.len() != if name == "vector.extract" { 1 } else { 2 } {
                    return Err(err(
                        self.m,
                        op,
                        format!("'{name}' cannot be imported: Kiln's takes one static position of a 1-D vector"),
                    ));
                }
                attrs.push(("position", ctx.int_attr(p[0] as i128, ctx.i64())));
                operands.to_vec()
            }
            _ => {
                return Err(err(
                    self.m,
                    op,
                    format!("'{name}' cannot be imported: Kiln's vector level (kvector) has no equivalent"),
                ))
            }
        };
        let kiln = name.replacen("vector.", "kvector.", 1);
        self.rebuild(op, &kiln, &ops, results, attrs);
        self.m.erase_op(op);
        Ok(())
    }
}
