//! The profiling cost on the engine's call path: what `Function::call` adds around the call
//! itself (the call counter, the shape-signature count, the timing decision, and the clock
//! reads of the sampled calls), measured on a loop of trivial "calls" with and without it.
//! Medians of 11 runs of 2,000,000 calls, and their difference per call.
//!
//! Then the whole engine path: a trivial tier-2 function (`x + x` on 4 floats) called through
//! `Function::call` against the same native code called directly (`NativeModule::call`):
//! medians of 11 runs of 200,000 calls.
//!
//! Run with `cargo bench -p kiln-runtime --bench profile_overhead`.

use kiln_runtime::engine::profile::{shape_hash, Profile};
use kiln_runtime::engine::{Engine, TierMode};
use kiln_runtime::jit::{tier_spec, Jit, NativeModule};
use kiln_runtime::Tensor;
use std::hint::black_box;
use std::time::Instant;

const CALLS: u64 = 2_000_000;

fn trivial(x: u64) -> u64 {
    black_box(x.wrapping_mul(3).wrapping_add(1))
}

fn run(profiled: bool, p: &Profile, shapes: &[&[usize]]) -> f64 {
    let t = Instant::now();
    let mut acc = 0u64;
    for i in 0..CALLS {
        if profiled {
            // What Function::call does around the call (the tier is 2: native code).
            let timed = p.enter(2);
            let slot = p.count_shape(shape_hash(shapes.iter()));
            let t0 = timed.then(Instant::now);
            acc = acc.wrapping_add(trivial(i));
            if let Some(t0) = t0 {
                p.timed(2, slot, t0.elapsed().as_nanos() as u64);
            }
        } else {
            acc = acc.wrapping_add(trivial(i));
        }
    }
    black_box(acc);
    t.elapsed().as_secs_f64() * 1e9 / CALLS as f64
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let p = Profile::default();
    // Two arguments, as in a small model: [64, 512] and [512].
    let shapes: [&[usize]; 2] = [&[64, 512], &[512]];
    let (mut base, mut prof) = (Vec::new(), Vec::new());
    for _ in 0..11 {
        base.push(run(false, &p, &shapes));
        prof.push(run(true, &p, &shapes));
    }
    let (b, q) = (median(base), median(prof));
    println!("bare call:     {b:6.2} ns");
    println!("profiled call: {q:6.2} ns");
    println!("profiling overhead: {:.2} ns per call (target < 50 ns)", q - b);

    const TEXT: &str = "func.func @f(%x: tensor<4xf32>) -> tensor<4xf32> {\n  %0 = ktensor.add %x, %x : tensor<4xf32>\n  return %0 : tensor<4xf32>\n}";
    let engine = Engine::builder()
        .mode(TierMode::Fixed(2))
        .synchronous(true)
        .build()
        .expect("engine");
    engine.load_text(TEXT, "f.mlir").expect("loads");
    let f = engine.function("f").expect("compiles");
    let spec = tier_spec(2).expect("tier 2");
    let jit = Jit::new(spec.codegen).expect("jit");
    let ctx = std::sync::Arc::new(kiln_dialects::context());
    let m = kiln_ir::parser::parse_source(&ctx, TEXT, &Default::default()).expect("parses");
    let native =
        NativeModule::compile(&jit, m, &kiln_passes::registry(), spec.pipeline, spec.ir_passes).expect("compiles");
    let x = Tensor::from_vec(&[4], vec![1.0f32, 2.0, 3.0, 4.0]).expect("tensor");
    let args = [x];
    let time = |call: &dyn Fn()| {
        let t = Instant::now();
        for _ in 0..200_000 {
            call();
        }
        t.elapsed().as_secs_f64() * 1e9 / 200_000.0
    };
    let (mut direct, mut through) = (Vec::new(), Vec::new());
    for _ in 0..11 {
        direct.push(time(&|| {
            black_box(native.call("f", &args).expect("runs"));
        }));
        through.push(time(&|| {
            black_box(f.call(&args).expect("runs"));
        }));
    }
    let (d, e) = (median(direct), median(through));
    println!("native call:        {d:8.1} ns");
    println!("through the engine: {e:8.1} ns");
    println!("engine overhead: {:.1} ns per call", e - d);
}
