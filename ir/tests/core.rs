//! Invariants of the core data structures: use lists through RAUW, erase and clone; dominance;
//! the verifier on IR that only the builder can produce; walk orders; dialect conversion.

use kiln_ir::conversion::{
    apply_conversion, ConversionMode, ConversionPattern, ConversionRewriter, ConversionTarget, TypeConverter,
};
use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::printer::{print_module, PrintOptions};
use kiln_ir::verify::{verify, DominanceInfo};
use kiln_ir::{Builder, Context, IrMapping, Module, OpId, OperationState, Order, TypeKind, Value};
use std::sync::Arc;

fn ctx() -> Arc<Context> {
    Arc::new(Context::new())
}

fn op(m: &mut Module, b: &Builder, name: &str, operands: &[Value], results: usize) -> OpId {
    let ctx = m.ctx().clone();
    let i32 = ctx.i32();
    b.op(m, name, operands, &vec![i32; results], &[], ctx.unknown_loc())
}

fn users(m: &Module, v: Value) -> Vec<OpId> {
    let mut u: Vec<OpId> = m.uses(v).map(|u| u.op).collect();
    u.sort();
    u
}

#[test]
fn use_lists_follow_rauw_set_operand_and_erase() {
    let ctx = ctx();
    let mut m = Module::new(ctx.clone(), ctx.unknown_loc());
    let b = Builder::at_end(m.body());
    let a = op(&mut m, &b, "t.a", &[], 1);
    let bb = op(&mut m, &b, "t.b", &[], 1);
    let (va, vb) = (m.result(a, 0), m.result(bb, 0));
    let u1 = op(&mut m, &b, "t.u", &[va, va, vb], 1);
    let u2 = op(&mut m, &b, "t.u", &[va], 0);
    assert_eq!(m.use_count(va), 3);
    assert_eq!(users(&m, va), vec![u1, u1, u2]);
    assert_eq!(m.use_count(vb), 1);

    m.replace_all_uses(va, vb);
    assert_eq!(m.use_count(va), 0);
    assert_eq!(m.use_count(vb), 4);
    assert!(m.operands(u1).all(|v| v == vb));

    m.set_operand(u1, 1, va);
    assert_eq!(m.use_count(va), 1);
    assert_eq!(m.use_count(vb), 3);

    // Erasing a user drops its uses; erasing the middle of a use list keeps the rest linked.
    m.erase_op(u2);
    assert_eq!(m.use_count(vb), 2);
    assert_eq!(users(&m, vb), vec![u1, u1]);
    m.set_operands(u1, &[]);
    assert!(!m.has_uses(va) && !m.has_uses(vb));
    m.erase_op(a);
    assert!(!m.is_alive(a));
    assert_eq!(m.block_ops(m.body()).count(), 2);
}

#[test]
fn replace_uses_if_is_selective() {
    let ctx = ctx();
    let mut m = Module::new(ctx.clone(), ctx.unknown_loc());
    let b = Builder::at_end(m.body());
    let a = op(&mut m, &b, "t.a", &[], 1);
    let c = op(&mut m, &b, "t.c", &[], 1);
    let (va, vc) = (m.result(a, 0), m.result(c, 0));
    let keep = op(&mut m, &b, "t.keep", &[va], 0);
    let swap = op(&mut m, &b, "t.swap", &[va], 0);
    m.replace_uses_if(va, vc, |m, u| m.op_name(u.op) == "t.swap");
    assert_eq!(users(&m, va), vec![keep]);
    assert_eq!(users(&m, vc), vec![swap]);
}

#[test]
fn clone_maps_values_blocks_and_forward_uses() {
    let ctx = ctx();
    let src = r#"
"t.outer"() ({
^bb0(%x: i32):
  "t.use"(%y) : (i32) -> ()
  %y = "t.def"(%x) : (i32) -> i32
  "t.br"()[^bb1] : () -> ()
^bb1:
  "t.use"(%x, %y) : (i32, i32) -> ()
}) : () -> ()
"#;
    let cfg = ParseConfig {
        allow_unregistered: true,
        ..Default::default()
    };
    let mut m = parse_source(&ctx, src, &cfg).unwrap();
    let outer = m.block_ops(m.body()).next().unwrap();
    let mut map = IrMapping::default();
    let copy = m.clone_op(outer, &mut map);
    m.append_op(m.body(), copy);
    // The clone is independent: no operand of any op in it refers to a value of the original.
    let orig_values: Vec<Value> = m
        .walk(outer, Order::Pre)
        .iter()
        .flat_map(|&o| m.results(o).collect::<Vec<_>>())
        .collect();
    for o in m.walk(copy, Order::Pre) {
        for v in m.operands(o) {
            assert!(!orig_values.contains(&v), "clone uses an original value");
        }
        for &s in m.successors(o) {
            assert!(m.is_ancestor(copy, m.region_op(m.block_region(s).unwrap()).unwrap()));
        }
    }
    let text = print_module(
        &m,
        PrintOptions {
            generic: true,
            debug_info: false,
            ..Default::default()
        },
    );
    let n = text.matches("\"t.outer\"").count();
    assert_eq!(n, 2);
    verify(&m, m.root()).unwrap();
    // Erasing the original leaves the clone intact.
    m.erase_op(outer);
    verify(&m, m.root()).unwrap();
}

#[test]
fn walk_orders() {
    let ctx = ctx();
    let cfg = ParseConfig {
        allow_unregistered: true,
        ..Default::default()
    };
    let m = parse_source(&ctx, "\"t.a\"() ({\n \"t.b\"() : () -> ()\n \"t.c\"() ({\n \"t.d\"() : () -> ()\n }) : () -> ()\n}) : () -> ()\n\"t.e\"() : () -> ()", &cfg).unwrap();
    let names = |o: Order| {
        m.walk(m.root(), o)
            .into_iter()
            .map(|x| m.op_name(x).to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    assert_eq!(names(Order::Pre), "builtin.module,t.a,t.b,t.c,t.d,t.e");
    assert_eq!(names(Order::Post), "t.b,t.d,t.c,t.a,t.e,builtin.module");
}

#[test]
fn dominance_in_a_diamond() {
    let ctx = ctx();
    let cfg = ParseConfig {
        allow_unregistered: true,
        ..Default::default()
    };
    let src = r#"
"t.f"() ({
^bb0:
  %a = "t.a"() : () -> i32
  "t.cond_br"()[^bb1, ^bb2] : () -> ()
^bb1:
  %b = "t.b"() : () -> i32
  "t.br"()[^bb3] : () -> ()
^bb2:
  "t.br"()[^bb3] : () -> ()
^bb3:
  %d = "t.d"() : () -> i32
}) : () -> ()
"#;
    let m = parse_source(&ctx, src, &cfg).unwrap();
    let f = m.block_ops(m.body()).next().unwrap();
    let blocks = m.region_blocks(m.regions(f)[0]).to_vec();
    let mut dom = DominanceInfo::new();
    assert!(dom.block_dominates(&m, blocks[0], blocks[3]));
    assert!(!dom.block_dominates(&m, blocks[1], blocks[3]));
    assert!(!dom.block_dominates(&m, blocks[2], blocks[3]));
    assert_eq!(dom.idom(&m, blocks[3]), Some(blocks[0]));
    assert_eq!(dom.idom(&m, blocks[0]), None);
    let a = m.block_ops(blocks[0]).next().unwrap();
    let bop = m.block_ops(blocks[1]).next().unwrap();
    let d = m.block_ops(blocks[3]).next().unwrap();
    assert!(dom.properly_dominates(&m, a, d));
    assert!(!dom.properly_dominates(&m, bop, d));
    assert!(!dom.properly_dominates(&m, d, a));
}

#[test]
fn verifier_reports_capture_across_isolation() {
    // The parser cannot express this (names do not cross isolated regions); the builder can.
    let mut c = Context::new();
    c.register_dialect({
        let mut d = kiln_ir::DialectDef::new("iso", "test");
        d.ops.push(kiln_ir::OpDef {
            traits: kiln_ir::Traits::ISOLATED_FROM_ABOVE | kiln_ir::Traits::NO_TERMINATOR,
            ..kiln_ir::OpDef::new("iso.box", "isolated")
        });
        d
    });
    let ctx = Arc::new(c);
    let mut m = Module::new(ctx.clone(), ctx.unknown_loc());
    let b = Builder::at_end(m.body());
    let v = op(&mut m, &b, "t.v", &[], 1);
    let vv = m.result(v, 0);
    let (r, inner) = Builder::region_with_block(&mut m, &[], ctx.unknown_loc());
    let mut st = OperationState::new(ctx.sym("iso.box"), ctx.unknown_loc());
    st.regions.push(r);
    b.create(&mut m, st);
    op(&mut m, &Builder::at_end(inner), "t.use", &[vv], 0);
    let errs = verify(&m, m.root()).unwrap_err();
    assert!(
        errs.iter()
            .any(|e| e.message.contains("using value defined outside the region")),
        "{:?}",
        errs
    );
}

#[test]
fn verifier_reports_erased_operand() {
    let ctx = ctx();
    let mut m = Module::new(ctx.clone(), ctx.unknown_loc());
    let b = Builder::at_end(m.body());
    let v = op(&mut m, &b, "t.v", &[], 1);
    let vv = m.result(v, 0);
    let u = op(&mut m, &b, "t.use", &[vv], 0);
    // Detach the definition: the use now refers to a value outside any region.
    m.detach_op(v);
    let errs = verify(&m, m.root()).unwrap_err();
    assert!(errs.iter().any(|e| e.message.contains("operand #0")), "{:?}", errs);
    let _ = u;
}

struct WidenAdd;
impl ConversionPattern for WidenAdd {
    fn name(&self) -> &str {
        "widen-add"
    }
    fn root(&self) -> Option<&str> {
        Some("src.add")
    }
    fn match_and_rewrite(&self, op: OpId, operands: &[Value], rw: &mut ConversionRewriter<'_>) -> bool {
        let ctx = rw.m.ctx().clone();
        let ty = rw.convert_type(rw.m.value_type(rw.m.result(op, 0))).unwrap();
        let mut st = OperationState::new(ctx.sym("dst.add"), rw.m.loc(op));
        st.operands.extend_from_slice(operands);
        st.result_types.push(ty);
        let new = rw.create(&Builder::before(op), st);
        let r = rw.m.result(new, 0);
        rw.replace_op(op, &[r]);
        true
    }
}

#[test]
fn conversion_converts_types_and_cancels_casts() {
    let ctx = ctx();
    let cfg = ParseConfig {
        allow_unregistered: true,
        ..Default::default()
    };
    let src = r#"
%a = "other.src"() : () -> i32
%b = "src.add"(%a, %a) : (i32, i32) -> i32
%c = "src.add"(%b, %b) : (i32, i32) -> i32
"other.sink"(%c) : (i32) -> ()
"#;
    let mut m = parse_source(&ctx, src, &cfg).unwrap();
    let mut target = ConversionTarget::new();
    target.add_illegal_dialect("src").add_legal_dialect("dst");
    let mut types = TypeConverter::new();
    types.add_identity();
    types.add(|c, t| matches!(c.ty(t), TypeKind::Integer { width: 32, .. }).then(|| c.i64()));
    let pats: Vec<Arc<dyn ConversionPattern>> = vec![Arc::new(WidenAdd)];
    let root = m.root();
    let stats = apply_conversion(&mut m, root, &target, &pats, &types, ConversionMode::Partial).unwrap();
    assert_eq!(stats.converted, 2);
    let text = print_module(&m, PrintOptions::default());
    // The two adds chain directly in i64; casts remain only at the unconverted boundary.
    assert_eq!(text.matches("\"dst.add\"").count(), 2, "{text}");
    assert_eq!(text.matches("unrealized_conversion_cast").count(), 2, "{text}");
    assert!(text.contains("(i64, i64) -> i64"), "{text}");
    verify(&m, m.root()).unwrap();

    // Full conversion fails on ops the target does not know.
    let mut m2 = parse_source(&ctx, src, &cfg).unwrap();
    let root = m2.root();
    let err = apply_conversion(&mut m2, root, &target, &pats, &types, ConversionMode::Full).unwrap_err();
    assert!(
        err.message.contains("failed to legalize operation 'other.src'"),
        "{}",
        err.message
    );
}

#[test]
fn interning_is_canonical() {
    let ctx = ctx();
    let a = kiln_ir::parser::parse_attr_str(&ctx, "{b = 1, a = [2, 3]}").unwrap();
    let b = kiln_ir::parser::parse_attr_str(&ctx, "{a = [2, 3], b = 1 : i64}").unwrap();
    assert_eq!(a, b);
    let d1 = kiln_ir::parser::parse_attr_str(&ctx, "dense<[2, 2, 2]> : tensor<3xi32>").unwrap();
    let d2 = kiln_ir::parser::parse_attr_str(&ctx, "dense<2> : tensor<3xi32>").unwrap();
    assert_eq!(d1, d2, "equal constants intern to one attribute");
    let t1 = kiln_ir::parser::parse_type_str(&ctx, "tensor<Nx(M*2)xf32>").unwrap();
    let t2 = kiln_ir::parser::parse_type_str(&ctx, "tensor<N x (M * 2) x f32>").unwrap();
    assert_eq!(t1, t2);
}
