//! For frontend authors: build a model with the Rust builder API (no text), hand it to the
//! tiered engine, call it thousands of times with changing batch sizes, and read the report.
//!
//! The model is a transformer-style head on `[N, 128]` activations: layer norm, GELU (tanh
//! form) and a row softmax. `N` is symbolic, so one compile serves every batch size.
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
    /// A scalar constant broadcast to `ty`.
    fn splat(&mut self, v: f32, ty: Type) -> Value {
        let ctx = self.m.ctx().clone();
        let scalar = ctx.tensor_type(vec![], ctx.f32());
        let c = self.op(
            "tensor.constant",
            &[],
            scalar,
            &[("value", ctx.dense_attr(scalar, v.to_le_bytes().to_vec()))],
        );
        self.op(
            "tensor.broadcast_in_dim",
            &[c],
            ty,
            &[("dims", ctx.i64_array_attr(&[]))],
        )
    }
    /// `x` ([N, 1] or [128]) broadcast to `ty` ([N, 128]) along `dims`.
    fn broadcast(&mut self, x: Value, dims: &[i64], ty: Type) -> Value {
        let a = self.m.ctx().i64_array_attr(dims);
        self.op("tensor.broadcast_in_dim", &[x], ty, &[("dims", a)])
    }
    /// A reduction over the features, keeping the axis: [N, 128] -> [N, 1].
    fn reduce(&mut self, x: Value, kind: &str, ty: Type) -> Value {
        let ctx = self.m.ctx().clone();
        self.op(
            "tensor.reduce",
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

fn build(ctx: &Arc<kiln::Context>) -> Module {
    let loc = ctx.file_loc("model.py", 1, 1);
    let mut m = Module::new(ctx.clone(), loc);
    let (f32, n) = (ctx.f32(), Dim::Sym(ctx.sym("N")));
    let act = ctx.tensor_type(vec![n.clone(), Dim::Const(128)], f32);
    let col = ctx.tensor_type(vec![n, Dim::Const(1)], f32);
    let vec = ctx.tensor_type(vec![Dim::Const(128)], f32);

    // func.func @head(%x: tensor<Nx128xf32>, %gamma: tensor<128xf32>, %beta: tensor<128xf32>)
    let (body, entry) = Builder::region_with_block(&mut m, &[act, vec, vec], loc);
    let mut f = OperationState::new(ctx.sym("func.func"), loc);
    f.props.push((ctx.sym("sym_name"), ctx.str_attr("head")));
    f.props.push((
        ctx.sym("function_type"),
        ctx.type_attr(ctx.function_type(&[act, vec, vec], &[act])),
    ));
    f.regions.push(body);
    Builder::at_end(m.body()).create(&mut m, f);
    let args = m.block_args(entry).to_vec();
    let mut b = Model {
        m: &mut m,
        b: Builder::at_end(entry),
        loc,
    };
    // Layer norm: (x - mean) * rsqrt(var + eps) * gamma + beta.
    let mean = b.reduce(args[0], "mean", col);
    let mean = b.broadcast(mean, &[0, 1], act);
    let xc = b.op("tensor.sub", &[args[0], mean], act, &[]);
    let sq = b.op("tensor.mul", &[xc, xc], act, &[]);
    let var = b.reduce(sq, "mean", col);
    let eps = b.splat(1e-5, col);
    let var = b.op("tensor.add", &[var, eps], col, &[]);
    let inv = b.op("tensor.rsqrt", &[var], col, &[]);
    let inv = b.broadcast(inv, &[0, 1], act);
    let y = b.op("tensor.mul", &[xc, inv], act, &[]);
    let gamma = b.broadcast(args[1], &[1], act);
    let beta = b.broadcast(args[2], &[1], act);
    let y = b.op("tensor.mul", &[y, gamma], act, &[]);
    let y = b.op("tensor.add", &[y, beta], act, &[]);
    // GELU: 0.5 * y * (1 + tanh(sqrt(2/pi) * (y + 0.044715 * y^3))).
    let y3 = b.op("tensor.mul", &[y, y], act, &[]);
    let y3 = b.op("tensor.mul", &[y3, y], act, &[]);
    let k = b.splat(0.044715, act);
    let t = b.op("tensor.mul", &[y3, k], act, &[]);
    let t = b.op("tensor.add", &[t, y], act, &[]);
    let s = b.splat(0.797_884_6, act);
    let t = b.op("tensor.mul", &[t, s], act, &[]);
    let t = b.op("tensor.tanh", &[t], act, &[]);
    let one = b.splat(1.0, act);
    let t = b.op("tensor.add", &[t, one], act, &[]);
    let half = b.splat(0.5, act);
    let g = b.op("tensor.mul", &[y, half], act, &[]);
    let g = b.op("tensor.mul", &[g, t], act, &[]);
    // Row softmax.
    let mx = b.reduce(g, "max", col);
    let mx = b.broadcast(mx, &[0, 1], act);
    let e = b.op("tensor.sub", &[g, mx], act, &[]);
    let e = b.op("tensor.exp", &[e], act, &[]);
    let sum = b.reduce(e, "sum", col);
    let sum = b.broadcast(sum, &[0, 1], act);
    let out = b.op("tensor.div", &[e, sum], act, &[]);
    let ret = b.b.op(b.m, "func.return", &[out], &[], &[], loc);
    let _ = ret;
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

    // Inputs: a pool of 256 rows; each call takes the first `b`.
    let pool: Vec<f32> = (0..256 * 128)
        .map(|i| ((i * 7919) % 1000) as f32 / 250.0 - 2.0)
        .collect();
    let gamma = Tensor::from_vec(&[128], (0..128).map(|i| 1.0 + i as f32 / 512.0).collect::<Vec<f32>>())?;
    let beta = Tensor::from_vec(&[128], vec![0.1f32; 128])?;
    let mut seed = 42u64;
    let phase = (calls / 10).max(1);
    println!("calling @head {calls} times; each line is one phase of {phase} calls");
    println!(
        "{:>12}  {:>10}  {:>8}  tiers that served (calls)",
        "calls", "phase ms", "us/call"
    );
    let start = Instant::now();
    let (mut t0, mut served) = (Instant::now(), [0usize; 3]);
    for i in 0..calls {
        let b = batch(&mut seed);
        let x = Tensor::from_slice(&[b, 128], &pool[..b * 128])?;
        served[head.tier() as usize] += 1;
        let y = head.call(&[x, gamma.clone(), beta.clone()])?;
        debug_assert_eq!(y[0].shape(), &[b, 128]);
        if (i + 1) % phase == 0 || i + 1 == calls {
            let ms = t0.elapsed().as_secs_f64() * 1e3;
            let n: usize = served.iter().sum();
            let tiers: Vec<String> = (0..3)
                .filter(|&t| served[t] > 0)
                .map(|t| format!("tier {t} ({})", served[t]))
                .collect();
            println!(
                "{:>5}-{:<6}  {ms:>10.2}  {:>8.1}  {}",
                i + 2 - n,
                i + 1,
                ms * 1e3 / n as f64,
                tiers.join(", ")
            );
            (t0, served) = (Instant::now(), [0; 3]);
        }
    }
    println!("total {:.1} ms\n", start.elapsed().as_secs_f64() * 1e3);
    print!("{}", engine.report());
    Ok(())
}
