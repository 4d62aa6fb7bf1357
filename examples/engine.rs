//! For frontend authors: build a model with the Rust builder API (no text), hand it to the
//! tiered engine, call it thousands of times with changing batch sizes, and read the report.
//!
//! The model has two functions on `[N, 128]` activations (`N` is symbolic, so one compile
//! serves every batch size):
//! - `@head`, a transformer-style head: layer norm, GELU (tanh form) and a row softmax, all
//!   whole-tensor ops, which the interpreter already runs as vectorized kernels;
//! - `@rms`, which scales its input to unit RMS with the square root found by 20 Newton
//!   steps in a `ktensor.while`: a loop the interpreter runs op by op, iteration by iteration.
//!
//! Run with `cargo run --release -p kiln --example engine [CALLS]` (or `make demo`).

use kiln::ir::{Dim, Module, Type, Value};
use kiln::{Attr, Builder, Engine, OperationState, Tensor};
use std::sync::Arc;
use std::time::Instant;

/// Builds ops at the end of one block.
struct Model<'a> {
    m: &'a mut Module,
    b: Builder,
    loc: Attr,
}

impl Model<'_> {
    fn op(&mut self, name: &str, operands: &[Value], ty: Type, attrs: &[(&str, Attr)]) -> Value {
        let op = self.b.op(self.m, name, operands, &[ty], attrs, self.loc);
        self.m.result(op, 0)
    }
    /// A rank-0 constant.
    fn scalar(&mut self, bytes: [u8; 4], ty: Type) -> Value {
        let a = self.m.ctx().dense_attr(ty, bytes.to_vec());
        self.op("ktensor.constant", &[], ty, &[("value", a)])
    }
    /// A scalar constant broadcast to `ty`.
    fn splat(&mut self, v: f32, ty: Type) -> Value {
        let ctx = self.m.ctx().clone();
        let scalar = ctx.tensor_type(vec![], ctx.f32());
        let c = self.op(
            "ktensor.constant",
            &[],
            scalar,
            &[("value", ctx.dense_attr(scalar, v.to_le_bytes().to_vec()))],
        );
        self.op(
            "ktensor.broadcast_in_dim",
            &[c],
            ty,
            &[("dims", ctx.i64_array_attr(&[]))],
        )
    }
    /// `x` ([N, 1] or [128]) broadcast to `ty` ([N, 128]) along `dims`.
    fn broadcast(&mut self, x: Value, dims: &[i64], ty: Type) -> Value {
        let a = self.m.ctx().i64_array_attr(dims);
        self.op("ktensor.broadcast_in_dim", &[x], ty, &[("dims", a)])
    }
    /// A reduction over the features, keeping the axis: [N, 128] -> [N, 1].
    fn reduce(&mut self, x: Value, kind: &str, ty: Type) -> Value {
        let ctx = self.m.ctx().clone();
        self.op(
            "ktensor.reduce",
            &[x],
            ty,
            &[
                ("axes", ctx.i64_array_attr(&[1])),
                ("kind", ctx.str_attr(kind)),
                ("keep_dims", ctx.unit_attr()),
            ],
        )
    }
}

/// Declares `func.func @name(inputs) -> (results)` and returns its entry block.
fn function(m: &mut Module, name: &str, inputs: &[Type], results: &[Type], loc: Attr) -> kiln::BlockId {
    let ctx = m.ctx().clone();
    let (body, entry) = Builder::region_with_block(m, inputs, loc);
    let mut f = OperationState::new(ctx.sym("func.func"), loc);
    f.props.push((ctx.sym("sym_name"), ctx.str_attr(name)));
    f.props.push((
        ctx.sym("function_type"),
        ctx.type_attr(ctx.function_type(inputs, results)),
    ));
    f.regions.push(body);
    Builder::at_end(m.body()).create(m, f);
    entry
}

/// `@rms(%x: tensor<Nx128xf32>) -> tensor<Nx128xf32>`: x / sqrt(mean(x^2)), the square root by
/// Newton's method (s <- (s + m/s) / 2, 20 steps from s = 1) in a `ktensor.while`.
fn build_rms(m: &mut Module, loc: Attr) {
    let ctx = m.ctx().clone();
    let (f32, i32) = (ctx.f32(), ctx.i32());
    let act = ctx.tensor_type(vec![Dim::Sym(ctx.sym("N")), Dim::Const(128)], f32);
    let (sf, si, sb) = (
        ctx.tensor_type(vec![], f32),
        ctx.tensor_type(vec![], i32),
        ctx.tensor_type(vec![], ctx.i1()),
    );
    let entry = function(m, "rms", &[act], &[act], loc);
    let x = m.block_args(entry)[0];
    let mut b = Model {
        m,
        b: Builder::at_end(entry),
        loc,
    };
    let sq = b.op("ktensor.mul", &[x, x], act, &[]);
    let axes = b.m.ctx().i64_array_attr(&[0, 1]);
    let mean = b.op(
        "ktensor.reduce",
        &[sq],
        sf,
        &[("axes", axes), ("kind", ctx.str_attr("mean"))],
    );
    let k0 = b.scalar(0i32.to_le_bytes(), si);
    let s0 = b.scalar(1f32.to_le_bytes(), sf);
    // cond: k < 20
    let (cond, cb) = Builder::region_with_block(b.m, &[si, sf], loc);
    let k = b.m.block_args(cb)[0];
    let mut c = Model {
        m: &mut *b.m,
        b: Builder::at_end(cb),
        loc,
    };
    let lim = c.scalar(20i32.to_le_bytes(), si);
    let p = c.op("ktensor.cmp", &[k, lim], sb, &[("predicate", ctx.str_attr("lt"))]);
    c.b.op(c.m, "ktensor.condition", &[p], &[], &[], loc);
    // body: (k + 1, (s + mean / s) / 2)
    let (body, bb) = Builder::region_with_block(b.m, &[si, sf], loc);
    let (k, s) = (b.m.block_args(bb)[0], b.m.block_args(bb)[1]);
    let mut y = Model {
        m: &mut *b.m,
        b: Builder::at_end(bb),
        loc,
    };
    let q = y.op("ktensor.div", &[mean, s], sf, &[]);
    let t = y.op("ktensor.add", &[s, q], sf, &[]);
    let half = y.scalar(0.5f32.to_le_bytes(), sf);
    let s2 = y.op("ktensor.mul", &[t, half], sf, &[]);
    let one = y.scalar(1i32.to_le_bytes(), si);
    let k2 = y.op("ktensor.add", &[k, one], si, &[]);
    y.b.op(y.m, "ktensor.yield", &[k2, s2], &[], &[], loc);
    let mut w = OperationState::new(ctx.sym("ktensor.while"), loc);
    w.operands.extend([k0, s0]);
    w.result_types.extend([si, sf]);
    w.regions.extend([cond, body]);
    let w = b.b.create(b.m, w);
    let root = b.m.result(w, 1);
    let root = b.op(
        "ktensor.broadcast_in_dim",
        &[root],
        act,
        &[("dims", ctx.i64_array_attr(&[]))],
    );
    let out = b.op("ktensor.div", &[x, root], act, &[]);
    b.b.op(b.m, "func.return", &[out], &[], &[], loc);
}

fn build(ctx: &Arc<kiln::Context>) -> Module {
    let loc = ctx.file_loc("model.py", 1, 1);
    let mut m = Module::new(ctx.clone(), loc);
    build_rms(&mut m, loc);
    let (f32, n) = (ctx.f32(), Dim::Sym(ctx.sym("N")));
    let act = ctx.tensor_type(vec![n.clone(), Dim::Const(128)], f32);
    let col = ctx.tensor_type(vec![n, Dim::Const(1)], f32);
    let vec = ctx.tensor_type(vec![Dim::Const(128)], f32);

    // func.func @head(%x: tensor<Nx128xf32>, %gamma: tensor<128xf32>, %beta: tensor<128xf32>)
    let entry = function(&mut m, "head", &[act, vec, vec], &[act], loc);
    let args = m.block_args(entry).to_vec();
    let mut b = Model {
        m: &mut m,
        b: Builder::at_end(entry),
        loc,
    };
    // Layer norm: (x - mean) * rsqrt(var + eps) * gamma + beta.
    let mean = b.reduce(args[0], "mean", col);
    let mean = b.broadcast(mean, &[0, 1], act);
    let xc = b.op("ktensor.sub", &[args[0], mean], act, &[]);
    let sq = b.op("ktensor.mul", &[xc, xc], act, &[]);
    let var = b.reduce(sq, "mean", col);
    let eps = b.splat(1e-5, col);
    let var = b.op("ktensor.add", &[var, eps], col, &[]);
    let inv = b.op("ktensor.rsqrt", &[var], col, &[]);
    let inv = b.broadcast(inv, &[0, 1], act);
    let y = b.op("ktensor.mul", &[xc, inv], act, &[]);
    let gamma = b.broadcast(args[1], &[1], act);
    let beta = b.broadcast(args[2], &[1], act);
    let y = b.op("ktensor.mul", &[y, gamma], act, &[]);
    let y = b.op("ktensor.add", &[y, beta], act, &[]);
    // GELU: 0.5 * y * (1 + tanh(sqrt(2/pi) * (y + 0.044715 * y^3))).
    let y3 = b.op("ktensor.mul", &[y, y], act, &[]);
    let y3 = b.op("ktensor.mul", &[y3, y], act, &[]);
    let k = b.splat(0.044715, act);
    let t = b.op("ktensor.mul", &[y3, k], act, &[]);
    let t = b.op("ktensor.add", &[t, y], act, &[]);
    let s = b.splat(0.797_884_6, act);
    let t = b.op("ktensor.mul", &[t, s], act, &[]);
    let t = b.op("ktensor.tanh", &[t], act, &[]);
    let one = b.splat(1.0, act);
    let t = b.op("ktensor.add", &[t, one], act, &[]);
    let half = b.splat(0.5, act);
    let g = b.op("ktensor.mul", &[y, half], act, &[]);
    let g = b.op("ktensor.mul", &[g, t], act, &[]);
    // Row softmax.
    let mx = b.reduce(g, "max", col);
    let mx = b.broadcast(mx, &[0, 1], act);
    let e = b.op("ktensor.sub", &[g, mx], act, &[]);
    let e = b.op("ktensor.exp", &[e], act, &[]);
    let sum = b.reduce(e, "sum", col);
    let sum = b.broadcast(sum, &[0, 1], act);
    let out = b.op("ktensor.div", &[e, sum], act, &[]);
    b.b.op(b.m, "func.return", &[out], &[], &[], loc);
    m
}

/// A seeded batch size: 80% from {1, 8, 32, 64}, 20% uniform in 1..=256 (an LCG: the example
/// needs no random-number crate).
fn batch(state: &mut u64) -> usize {
    *state = state
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let r = (*state >> 33) as usize;
    if r % 10 < 8 {
        [1, 8, 32, 64][(r / 10) % 4]
    } else {
        1 + (r / 10) % 256
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let calls: usize = std::env::args().nth(1).map_or(Ok(3000), |s| s.parse())?;
    let ctx = kiln::context();
    let module = build(&ctx);
    kiln::verify(&module)?;

    let engine = Engine::builder().build()?;
    engine.load_module(module)?;
    let head = engine.function("head")?;
    let rms = engine.function("rms")?;

    // Inputs: a pool of 256 rows; each call takes the first `b`.
    let pool: Vec<f32> = (0..256 * 128)
        .map(|i| ((i * 7919) % 1000) as f32 / 250.0 - 2.0)
        .collect();
    let gamma = Tensor::from_vec(&[128], (0..128).map(|i| 1.0 + i as f32 / 512.0).collect::<Vec<f32>>())?;
    let beta = Tensor::from_vec(&[128], vec![0.1f32; 128])?;
    let mut seed = 42u64;
    let phase = (calls / 10).max(1);
    println!("calling @rms then @head {calls} times; each line is one phase of {phase} calls");
    println!(
        "{:>12}  {:>9}  {:>9}  tiers that served (calls)",
        "calls", "@rms us", "@head us"
    );
    let start = Instant::now();
    // Per function: time in the phase, and calls per tier.
    let mut phase_ns = [0u128; 2];
    let mut served = [[0usize; 4]; 2];
    // The tier whose call count moved (tier 3: a specialization served the call).
    let served_by = |before: [u64; 4], after: [u64; 4]| (0..4).rev().find(|&t| after[t] > before[t]).unwrap_or(0);
    for i in 0..calls {
        let b = batch(&mut seed);
        let x = Tensor::from_slice(&[b, 128], &pool[..b * 128])?;
        let before = rms.calls_by_tier();
        let t = Instant::now();
        let x = rms.call(&[x])?.remove(0);
        phase_ns[0] += t.elapsed().as_nanos();
        served[0][served_by(before, rms.calls_by_tier())] += 1;
        let before = head.calls_by_tier();
        let t = Instant::now();
        let y = head.call(&[x, gamma.clone(), beta.clone()])?;
        phase_ns[1] += t.elapsed().as_nanos();
        served[1][served_by(before, head.calls_by_tier())] += 1;
        debug_assert_eq!(y[0].shape(), &[b, 128]);
        if (i + 1) % phase == 0 || i + 1 == calls {
            let n: usize = served[0].iter().sum();
            let tiers = |s: &[usize; 4]| -> String {
                (0..4)
                    .filter(|&t| s[t] > 0)
                    .map(|t| format!("tier {t} ({})", s[t]))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            println!(
                "{:>5}-{:<6}  {:>9.1}  {:>9.1}  @rms: {}; @head: {}",
                i + 2 - n,
                i + 1,
                phase_ns[0] as f64 / 1e3 / n as f64,
                phase_ns[1] as f64 / 1e3 / n as f64,
                tiers(&served[0]),
                tiers(&served[1])
            );
            (phase_ns, served) = ([0; 2], [[0; 4]; 2]);
        }
    }
    println!("total {:.1} ms\n", start.elapsed().as_secs_f64() * 1e3);
    print!("{}", engine.report());
    Ok(())
}
