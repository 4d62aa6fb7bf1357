//! `jit-run --manifest`: runs every case of a corpus manifest (the format of
//! `shared/corpus/manifest.json`) and compares with the expected outputs by its rule:
//! floats within `atol + rtol·|expected|` elementwise (numpy's allclose), integers exactly.

use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::pass::{OpPassManager, RunOptions};
use kiln_ir::SourceMgr;
use kiln_runtime::engine::policy::Preset;
use kiln_runtime::engine::{Engine, Function, TierMode};
use kiln_runtime::io::read_bin;
use kiln_runtime::jit::{tier_spec, Jit, NativeModule};
use kiln_runtime::{DType, Interpreter, Tensor};
use rustc_hash::FxHashMap;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The pipeline that brings imported programs to the tensor dialect.
pub const IMPORT_PIPELINE: &str = "builtin.module(convert-stablehlo-to-tensor,name-dims)";

/// Options of a manifest run.
pub struct ManifestRun<'a> {
    pub manifest: &'a str,
    pub case: Option<&'a str>,
    pub poly: bool,
    pub generic: bool,
    /// Fixed 0 (the interpreter), 1 or 2 (native code through that tier's pipeline) run each
    /// test once, directly; fixed 3 and auto run it `calls` times through a tiered engine per
    /// module, which promotes and specializes as it would in a program.
    pub tier: TierMode,
    /// Calls per test (engine modes; every result is compared).
    pub calls: u64,
    /// The engine's thresholds (auto mode).
    pub preset: Preset,
    /// Compile promotions on the calling thread (engine modes; reproducible).
    pub synchronous: bool,
    /// Print each module's compile time (IR in memory to callable code) on its first test's line.
    pub report: bool,
    /// Run on upstream MLIR's reference backend instead of a Kiln tier, from the loop level
    /// this Kiln pipeline produces.
    pub backend_mlir: Option<&'static str>,
}

/// Which tiers served a test's calls, as printed: `tiers 0, 1, 2 (3)` (3: a specialization).
fn tiers_text(calls: &[u64]) -> String {
    let served: Vec<String> = calls
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n > 0)
        .map(|(t, _)| t.to_string())
        .collect();
    format!("tiers {}", served.join(", "))
}

struct Test {
    name: String,
    module: PathBuf,
    inputs: Vec<Value>,
    outputs: Vec<Value>,
    rtol: f64,
    atol: f64,
}

/// Runs the manifest; prints one line per test and a summary. Returns whether all passed.
pub fn run(opts: &ManifestRun<'_>) -> Result<bool, String> {
    let text = std::fs::read_to_string(opts.manifest)
        .map_err(|e| format!("jit-run: error: could not open manifest '{}': {e}", opts.manifest))?;
    let man: Value =
        serde_json::from_str(&text).map_err(|e| format!("jit-run: error: {}: invalid JSON: {e}", opts.manifest))?;
    let dir = Path::new(opts.manifest)
        .parent()
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let cases = man
        .get("cases")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("jit-run: error: {}: no 'cases' list", opts.manifest))?;
    let mut tests = Vec::new();
    for c in cases {
        let name = c.get("name").and_then(Value::as_str).unwrap_or("?").to_string();
        if opts.case.is_some_and(|w| w != name) {
            continue;
        }
        let tol = c.get("tolerance");
        let rtol = tol.and_then(|t| t.get("rtol")).and_then(Value::as_f64).unwrap_or(1e-5);
        let atol = tol.and_then(|t| t.get("atol")).and_then(Value::as_f64).unwrap_or(1e-5);
        let key = match (opts.poly, opts.generic) {
            (false, false) => "stablehlo",
            (false, true) => "stablehlo_generic",
            (true, false) => "poly_stablehlo",
            (true, true) => "poly_stablehlo_generic",
        };
        let module = dir.join(
            c.pointer(&format!("/modules/{key}"))
                .and_then(Value::as_str)
                .unwrap_or(""),
        );
        if opts.poly {
            for t in c.pointer("/poly/tests").and_then(Value::as_array).into_iter().flatten() {
                let dims = t.get("dims").map(|d| d.to_string()).unwrap_or_default();
                tests.push(Test {
                    name: format!("{name} {dims}"),
                    module: module.clone(),
                    inputs: list(t, "inputs"),
                    outputs: list(t, "outputs"),
                    rtol,
                    atol,
                });
            }
        } else {
            tests.push(Test {
                name,
                module,
                inputs: list(c, "inputs"),
                outputs: list(c, "outputs"),
                rtol,
                atol,
            });
        }
    }
    if tests.is_empty() {
        return Err("jit-run: error: no matching cases in the manifest".into());
    }
    let (mut passed, mut failed) = (0, 0);
    // At tiers 1 and 2 each module compiles once and serves every test of it (every batch size),
    // all in one JIT, as in an engine.
    let mut native = Native {
        jit: None,
        compiled: FxHashMap::default(),
        engines: FxHashMap::default(),
        reference: FxHashMap::default(),
    };
    for t in &tests {
        // A panic below is a Kiln bug, but it is this case's failure: the run goes on.
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run_test(&dir, t, opts, &mut native)))
            .unwrap_or_else(|p| Err(format!("internal error: panicked: {}", panic_text(p.as_ref()))));
        match outcome {
            Ok(Outcome::Compiled(ms)) if opts.report => {
                passed += 1;
                if opts.backend_mlir.is_some() {
                    println!("PASS {} (upstream MLIR compile {ms:.2} ms)", t.name);
                } else {
                    let TierMode::Fixed(tier) = opts.tier else {
                        unreachable!("direct runs are fixed")
                    };
                    println!("PASS {} (tier-{tier} compile {ms:.2} ms)", t.name);
                }
            }
            Ok(Outcome::Served(calls)) => {
                passed += 1;
                println!("PASS {} ({})", t.name, tiers_text(&calls));
            }
            Ok(_) => {
                passed += 1;
                println!("PASS {}", t.name);
            }
            Err(reason) => {
                failed += 1;
                println!("FAIL {}: {}", t.name, reason.replace('\n', " "));
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    Ok(failed == 0)
}

/// The message of a caught panic.
fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

fn list(v: &Value, key: &str) -> Vec<Value> {
    v.get(key).and_then(Value::as_array).cloned().unwrap_or_default()
}

fn tensor_of(dir: &Path, spec: &Value) -> Result<Tensor, String> {
    let file = spec
        .get("file")
        .and_then(Value::as_str)
        .ok_or("an input or output without 'file'")?;
    let shape: Vec<usize> = spec
        .get("shape")
        .and_then(Value::as_array)
        .ok_or("missing 'shape'")?
        .iter()
        .map(|d| d.as_u64().unwrap_or(0) as usize)
        .collect();
    let dtype = spec
        .get("dtype")
        .and_then(Value::as_str)
        .and_then(DType::parse)
        .ok_or("unsupported 'dtype'")?;
    read_bin(&dir.join(file), &shape, dtype).map_err(|e| e.to_string())
}

/// The native code of a manifest run: one JIT (created at the first compile) and each
/// module's compiled code; in engine modes, an engine per module.
struct Native {
    jit: Option<Jit>,
    compiled: FxHashMap<PathBuf, Result<NativeModule, String>>,
    engines: FxHashMap<PathBuf, Result<(Engine, Function), String>>,
    /// Each module compiled by upstream MLIR (`--backend=mlir`).
    reference: FxHashMap<PathBuf, Result<kiln_bridge::Reference, String>>,
}

/// What a passing test reports.
enum Outcome {
    /// Ran without compiling (tier 0, or a module compiled for an earlier test).
    Ran,
    /// Compiled its module, in this many ms.
    Compiled(f64),
    /// Ran through an engine: calls served per tier (0-3).
    Served(Vec<u64>),
}

/// Runs one test.
fn run_test(dir: &Path, t: &Test, opts: &ManifestRun<'_>, native: &mut Native) -> Result<Outcome, String> {
    let path = t.module.display().to_string();
    let src = std::fs::read_to_string(&t.module).map_err(|e| format!("{path}: {e}"))?;
    let ctx = Arc::new(kiln_dialects::context());
    let mut sm = SourceMgr::new();
    sm.add(&path, src.clone().into(), 1);
    let cfg = ParseConfig {
        allow_unregistered: false,
        file_name: path.clone(),
        first_line: 1,
    };
    let mut m =
        parse_source(&ctx, &src, &cfg).map_err(|d| sm.render(&ctx, &d).lines().next().unwrap_or("").to_string())?;
    let reg = kiln_passes::registry();
    let mut pm = OpPassManager::parse(IMPORT_PIPELINE, &reg)?;
    let mut ro = RunOptions {
        verify_each: true,
        ..Default::default()
    };
    let root = m.root();
    kiln_ir::verify::verify(&m, root).map_err(|ds| sm.render(&ctx, &ds[0]).lines().next().unwrap_or("").to_string())?;
    if pm.run(&mut m, root, &mut ro).is_err() {
        let first = ro
            .diags
            .iter()
            .find(|d| d.severity == kiln_ir::Severity::Error)
            .map(|d| sm.render(&ctx, d))
            .unwrap_or_default();
        return Err(first.lines().next().unwrap_or("import failed").to_string());
    }
    let inputs: Vec<Tensor> = t.inputs.iter().map(|s| tensor_of(dir, s)).collect::<Result<_, _>>()?;
    let expected: Vec<Tensor> = t.outputs.iter().map(|s| tensor_of(dir, s)).collect::<Result<_, _>>()?;
    if let Some(pipeline) = opts.backend_mlir {
        let mut compile_ms = None;
        let code = native.reference.entry(t.module.clone()).or_insert_with(|| {
            let start = std::time::Instant::now();
            let r = kiln_bridge::Reference::compile_with(m, pipeline)
                .map_err(|d| sm.render(&ctx, &d).lines().next().unwrap_or("").to_string());
            compile_ms = Some(start.elapsed().as_secs_f64() * 1e3);
            r
        });
        let code = code.as_ref().map_err(|e| e.clone())?;
        let got = code.call("main", &inputs)?;
        if got.len() != expected.len() {
            return Err(format!("{} results, expected {}", got.len(), expected.len()));
        }
        for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
            compare(g, e, t.rtol, t.atol).map_err(|r| format!("result #{i}: {r}"))?;
        }
        return Ok(compile_ms.map_or(Outcome::Ran, Outcome::Compiled));
    }
    let tier = match opts.tier {
        TierMode::Fixed(t @ 0..=2) if opts.calls <= 1 => t,
        _ => {
            return run_engine(t, opts, native, m, &inputs, &expected);
        }
    };
    let mut compile_ms = None;
    let got = if let Some(spec) = tier_spec(tier) {
        if native.jit.is_none() {
            native.jit = Some(Jit::new(spec.codegen).map_err(|e| e.to_string())?);
        }
        let jit = native.jit.as_ref().expect("created above");
        let code = native.compiled.entry(t.module.clone()).or_insert_with(|| {
            let start = std::time::Instant::now();
            let r = NativeModule::compile(jit, m, &reg, spec.pipeline, spec.ir_passes).map_err(|e| e.to_string());
            compile_ms = Some(start.elapsed().as_secs_f64() * 1e3);
            r
        });
        let code = code.as_ref().map_err(|e| e.clone())?;
        code.call("main", &inputs).map_err(|e| e.to_string())?
    } else {
        let mut interp = Interpreter::new(Arc::new(m));
        interp.call("main", &inputs).map_err(|e| e.to_string())?
    };
    if got.len() != expected.len() {
        return Err(format!("{} results, expected {}", got.len(), expected.len()));
    }
    for (i, (g, e)) in got.iter().zip(&expected).enumerate() {
        compare(g, e, t.rtol, t.atol).map_err(|r| format!("result #{i}: {r}"))?;
    }
    Ok(compile_ms.map_or(Outcome::Ran, Outcome::Compiled))
}

/// Runs a test `opts.calls` times through the module's engine (built at its first test),
/// comparing every call's results.
fn run_engine(
    t: &Test,
    opts: &ManifestRun<'_>,
    native: &mut Native,
    m: kiln_ir::Module,
    inputs: &[Tensor],
    expected: &[Tensor],
) -> Result<Outcome, String> {
    let entry = native.engines.entry(t.module.clone()).or_insert_with(|| {
        let engine = Engine::builder()
            .mode(opts.tier)
            .preset(opts.preset)
            .synchronous(opts.synchronous)
            .build()
            .map_err(|e| e.to_string())?;
        engine.load_module(m).map_err(|e| e.to_string())?;
        let f = engine.function("main").map_err(|e| e.to_string())?;
        Ok((engine, f))
    });
    let (_, f) = entry.as_ref().map_err(|e| e.clone())?;
    let before = f.calls_by_tier();
    for call in 1..=opts.calls.max(1) {
        let got = f.call(inputs).map_err(|e| format!("call {call}: {e}"))?;
        if got.len() != expected.len() {
            return Err(format!(
                "call {call}: {} results, expected {}",
                got.len(),
                expected.len()
            ));
        }
        for (i, (g, e)) in got.iter().zip(expected).enumerate() {
            compare(g, e, t.rtol, t.atol).map_err(|r| format!("call {call} (tier {}): result #{i}: {r}", f.tier()))?;
        }
    }
    let after = f.calls_by_tier();
    Ok(Outcome::Served(after.iter().zip(&before).map(|(a, b)| a - b).collect()))
}

/// numpy.allclose for floats (NaN equals NaN), exact for integers; names the worst element.
fn compare(got: &Tensor, want: &Tensor, rtol: f64, atol: f64) -> Result<(), String> {
    if got.shape() != want.shape() || got.dtype() != want.dtype() {
        return Err(format!("got {}, expected {}", got.type_string(), want.type_string()));
    }
    let (g, w) = (got.to_f64_vec(), want.to_f64_vec());
    let exact = !want.dtype().is_float();
    let mut worst: Option<(usize, f64)> = None;
    for (i, (&a, &b)) in g.iter().zip(&w).enumerate() {
        // As numpy.isclose: equal values match (two equal infinities differ by NaN), NaN
        // matches NaN, and an infinity matches only itself (its tolerance would be infinite).
        let close = a.is_finite() && b.is_finite() && (a - b).abs() <= atol + rtol * b.abs();
        let ok = a == b || (!exact && ((a.is_nan() && b.is_nan()) || close));
        if !ok {
            let err = (a - b).abs();
            if worst.is_none_or(|(_, e)| err > e || err.is_nan()) {
                worst = Some((i, err));
            }
        }
    }
    match worst {
        None => Ok(()),
        Some((i, err)) => Err(format!(
            "element {i}: got {}, expected {} (|error| {err:e}, rtol {rtol:e}, atol {atol:e})",
            g[i], w[i]
        )),
    }
}
