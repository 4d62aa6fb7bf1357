//! `jit-run`: parse, verify and run a function of an MLIR module on inputs, at a tier.

mod manifest;

use clap::{Arg, ArgAction, ArgMatches, Command};
use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::{Dim, SourceMgr, Type, TypeKind};
use kiln_runtime::engine::policy::Preset;
use kiln_runtime::engine::{Engine, EngineError, TierMode};
use kiln_runtime::io::{load_input, write_npy};
use kiln_runtime::jit::{tier_spec, Jit, NativeError, NativeModule};
use kiln_runtime::{DType, Interpreter, Tensor};
use rand::{Rng, SeedableRng};
use std::io::Write;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

fn command() -> Command {
    Command::new("jit-run")
        .about("Runs a function of an MLIR module through Kiln (tier 0: the interpreter)")
        .version(env!("CARGO_PKG_VERSION"))
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .required_unless_present("manifest")
                .help("The module (.mlir)"),
        )
        .arg(
            Arg::new("manifest")
                .long("manifest")
                .value_name("PATH")
                .help("Run every case of a corpus manifest (manifest.json) and compare with its expected outputs"),
        )
        .arg(
            Arg::new("case")
                .long("case")
                .value_name("NAME")
                .requires("manifest")
                .help("Only this case of the manifest"),
        )
        .arg(
            Arg::new("poly")
                .long("poly")
                .action(ArgAction::SetTrue)
                .requires("manifest")
                .help("Run the shape-polymorphic modules and their tests"),
        )
        .arg(
            Arg::new("import-form")
                .long("import-form")
                .value_name("FORM")
                .default_value("pretty")
                .value_parser(["pretty", "generic"])
                .help("Which module text of a manifest case to import"),
        )
        .arg(
            Arg::new("entry")
                .long("entry")
                .value_name("NAME")
                .help("Function to run (default: main, or the only public function)"),
        )
        .arg(
            Arg::new("input")
                .long("input")
                .value_name("PATH")
                .action(ArgAction::Append)
                .help(
                    "An input: FILE.npy, or FILE.bin:SHAPE:DTYPE such as in0.bin:4x64:f32 (repeat in argument order)",
                ),
        )
        .arg(
            Arg::new("random-inputs")
                .long("random-inputs")
                .value_name("SEED")
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("0")
                .value_parser(clap::value_parser!(u64))
                .help("Generate inputs: floats standard normal, integers in [0, 10), i1 fair coins"),
        )
        .arg(
            Arg::new("sym")
                .long("sym")
                .value_name("N=SIZE")
                .action(ArgAction::Append)
                .help("Size of a symbolic (or `?`) dimension for --random-inputs (default 4)"),
        )
        .arg(
            Arg::new("tier")
                .long("tier")
                .value_name("TIER")
                .default_value("0")
                .value_parser(["0", "1", "2", "3", "auto"])
                .help("Execution tier: 0 (the interpreter), 1 (baseline native), 2 (optimizing native), 3 (tier 2 plus a specialization per binding of symbolic dimensions and integer scalar arguments, up to 8), or auto (the tiered engine decides)"),
        )
        .arg(
            Arg::new("backend")
                .long("backend")
                .value_name("BACKEND")
                .default_value("kiln")
                .value_parser(["kiln", "mlir", "mlir-tier2", "mlir-llvm", "mlir-linalg"])
                .help("Who runs the code: Kiln at --tier, or 'mlir', the reference backend: Kiln lowers to plain loops, the loops are exported to upstream MLIR (scf/memref/arith/math) and upstream's passes and ExecutionEngine compile and run them; 'mlir-tier2' exports Kiln's tier-2 loop level instead (fused, with Kiln's vector math, vectorized to upstream's vector dialect); 'mlir-llvm' exports Kiln's tier-2 llvm level, which upstream translates to LLVM IR and compiles, called as Kiln calls its own code; 'mlir-linalg' exports the tensor level to upstream's linalg/tensor dialects, which upstream bufferizes, lowers and runs (no Kiln lowering at all)"),
        )
        .arg(
            Arg::new("preset")
                .long("preset")
                .value_name("PRESET")
                .default_value("default")
                .value_parser(["development", "default", "production"])
                .help("Promotion thresholds of --tier=auto"),
        )
        .arg(
            Arg::new("workers")
                .long("workers")
                .value_name("N")
                .value_parser(clap::value_parser!(usize))
                .help("Compile worker threads (default: half the cores, at least 1)"),
        )
        .arg(
            Arg::new("threads")
                .long("threads")
                .value_name("N")
                .value_parser(clap::value_parser!(usize))
                .help("Threads of the engine's pool, which parallel loops and the GEMM run on (default 0: one per core; results do not depend on it)"),
        )
        .arg(
            Arg::new("max-buffer-bytes")
                .long("max-buffer-bytes")
                .value_name("BYTES")
                .value_parser(clap::value_parser!(u64))
                .help("The engine's limit on any one buffer of a call (arguments, tier 0's values, native code's buffers); over it the call fails with an error naming the limit"),
        )
        .arg(
            Arg::new("max-specializations")
                .long("max-specializations")
                .value_name("K")
                .value_parser(clap::value_parser!(usize))
                .help("Specializations per function at tier 3 (default 8; 0 turns tier 3 off in auto mode)"),
        )
        .arg(
            Arg::new("no-cache")
                .long("no-cache")
                .action(ArgAction::SetTrue)
                .help("Do not read or write the persistent compile cache ($KILN_CACHE_DIR, else $XDG_CACHE_HOME/kiln or ~/.cache/kiln)"),
        )
        .arg(
            Arg::new("synchronous")
                .long("synchronous")
                .action(ArgAction::SetTrue)
                .help("Compile promotions on the calling thread (reproducible runs)"),
        )
        .arg(
            Arg::new("warm-up")
                .long("warm-up")
                .value_name("BOOL")
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("true")
                .value_parser(clap::value_parser!(bool))
                .help("Compile a small module at tier 1 when the engine starts, before loading FILE, so that LLVM is warm for the first compile (default: only in auto mode, on the compile workers)"),
        )
        .arg(
            Arg::new("batch-schedule")
                .long("batch-schedule")
                .value_name("FILE")
                .conflicts_with("random-batches")
                .help("Batch sizes, one per line: call i takes the first b rows of every argument whose leading dimension is symbolic (--calls defaults to the number of lines)"),
        )
        .arg(
            Arg::new("random-batches")
                .long("random-batches")
                .value_name("SEED")
                .value_parser(clap::value_parser!(u64))
                .help("Like --batch-schedule, with batch sizes drawn from a seeded distribution: 80% from {1, 8, 32, 64}, 20% uniform in 1..=256"),
        )
        .arg(
            Arg::new("calls")
                .long("calls")
                .value_name("N")
                .value_parser(clap::value_parser!(u64).range(1..))
                .help("Call the function N times (default 1)"),
        )
        .arg(
            Arg::new("print-output")
                .long("print-output")
                .action(ArgAction::SetTrue)
                .help("Print every result value (default: a summary)"),
        )
        .arg(
            Arg::new("print-buffers")
                .long("print-buffers")
                .action(ArgAction::SetTrue)
                .help("Also print the final contents of every memref argument (loop-level functions write their results there)"),
        )
        .arg(
            Arg::new("output-dir")
                .long("output-dir")
                .value_name("DIR")
                .help("Write results as DIR/result<i>.npy"),
        )
        .arg(
            Arg::new("report")
                .long("report")
                .value_name("FORMAT")
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("text")
                .value_parser(["text", "json"])
                .help("Print the engine's report: calls and time per tier, compiles, decisions. 'json' prints only the JSON report on stdout"),
        )
        .arg(
            Arg::new("allow-unregistered-dialect")
                .long("allow-unregistered-dialect")
                .action(ArgAction::SetTrue)
                .help("Accept ops of unregistered dialects when parsing"),
        )
}

/// A closed stdout (`jit-run ... | head`) ends the process quietly, as it does `cat`, instead of
/// a panic in the next print (Rust ignores SIGPIPE by default).
fn default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first in `main`, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn main() -> ExitCode {
    default_sigpipe();
    let m = command().get_matches();
    kiln_runtime::init_logging(None);
    match run(&m) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            if !msg.is_empty() {
                eprintln!("{msg}");
            }
            ExitCode::FAILURE
        }
    }
}

fn run(args: &ArgMatches) -> Result<(), String> {
    let tier_arg = args.get_one::<String>("tier").map(String::as_str).unwrap_or("0");
    let mode = match tier_arg {
        "0" => TierMode::Fixed(0),
        "1" => TierMode::Fixed(1),
        "2" => TierMode::Fixed(2),
        "3" => TierMode::Fixed(3),
        _ => TierMode::Auto,
    };
    if let Some(man) = args.get_one::<String>("manifest") {
        let preset: Preset = args
            .get_one::<String>("preset")
            .map(String::as_str)
            .unwrap_or("default")
            .parse()?;
        let opts = manifest::ManifestRun {
            manifest: man,
            case: args.get_one::<String>("case").map(String::as_str),
            poly: args.get_flag("poly"),
            generic: args.get_one::<String>("import-form").map(String::as_str) == Some("generic"),
            tier: mode,
            calls: args.get_one::<u64>("calls").copied().unwrap_or(1),
            preset,
            synchronous: args.get_flag("synchronous"),
            report: args.contains_id("report"),
            backend_mlir: reference_pipeline(args),
        };
        // The summary line already says what failed.
        return if manifest::run(&opts)? {
            Ok(())
        } else {
            Err(String::new())
        };
    }
    let path = args.get_one::<String>("file").expect("required without --manifest");
    let bytes = std::fs::read(path).map_err(|e| format!("jit-run: error: could not open input file '{path}': {e}"))?;
    let src = String::from_utf8(bytes).map_err(|_| format!("jit-run: error: '{path}' is not valid UTF-8"))?;
    let allow_unregistered = args.get_flag("allow-unregistered-dialect");
    let module = load(&src, path, allow_unregistered)?;
    let entry = pick_entry(&module, args.get_one::<String>("entry").map(String::as_str))?;
    let f = module
        .block_ops(module.body())
        .find(|&op| {
            module.op_def(op).is_some_and(|d| d.interfaces.callable)
                && kiln_ir::symbol::symbol_name(&module, op) == Some(entry.as_str())
        })
        .ok_or_else(|| format!("jit-run: error: no function named '@{entry}'"))?;
    let (param_types, result_types) =
        kiln_dialects::func::signature(&module, f).ok_or("jit-run: error: the entry has no function type")?;
    // Unsigned results are stored as the signless integers of the same bits; they print as
    // their unsigned values.
    let unsigned: Vec<bool> = result_types
        .iter()
        .map(|&t| {
            let ctx = module.ctx();
            let e = ctx.ty(t).element_type().unwrap_or(t);
            matches!(
                ctx.ty(e),
                TypeKind::Integer {
                    signedness: kiln_ir::types::Signedness::Unsigned,
                    ..
                }
            )
        })
        .collect();

    // A batch schedule slices the leading rows of every argument whose first extent is symbolic.
    let schedule = batch_schedule(args)?;
    let batched: Vec<bool> = param_types
        .iter()
        .map(|&t| match module.ctx().ty(t) {
            TypeKind::Tensor { shape: Some(s), .. } => s.first().is_some_and(|d| !matches!(d, Dim::Const(_))),
            _ => false,
        })
        .collect();
    if schedule.is_some() && !batched.contains(&true) {
        return Err(format!(
            "jit-run: error: a batch schedule needs an argument of '@{entry}' whose leading dimension is symbolic"
        ));
    }
    let pool_rows = schedule.as_ref().and_then(|s| s.iter().max().copied());
    let inputs: Vec<Tensor> = match (args.get_many::<String>("input"), args.get_one::<u64>("random-inputs")) {
        (Some(_), Some(_)) => return Err("jit-run: error: --input and --random-inputs are exclusive".into()),
        (Some(specs), None) => specs
            .map(|s| load_input(s).map_err(|e| format!("jit-run: error: {e}")))
            .collect::<Result<_, _>>()?,
        (None, Some(&seed)) => random_inputs(&module, &param_types, seed, args, pool_rows)?,
        (None, None) if param_types.is_empty() => Vec::new(),
        (None, None) => {
            return Err(format!(
                "jit-run: error: '@{entry}' takes {} arguments: give --input for each, or --random-inputs",
                param_types.len()
            ))
        }
    };
    if inputs.len() != param_types.len() {
        return Err(format!(
            "jit-run: error: '@{entry}' takes {} arguments, got {} inputs",
            param_types.len(),
            inputs.len()
        ));
    }
    let calls = match (args.get_one::<u64>("calls"), &schedule) {
        (Some(&n), _) => n,
        (None, Some(s)) if args.contains_id("batch-schedule") => s.len() as u64,
        _ => 1,
    };
    // The argument lists of every batch size, built before the clock starts.
    let mut by_batch: std::collections::HashMap<usize, Vec<Tensor>> = std::collections::HashMap::new();
    for &b in schedule.iter().flatten() {
        if by_batch.contains_key(&b) {
            continue;
        }
        let list = inputs
            .iter()
            .zip(&batched)
            .enumerate()
            .map(|(i, (t, &is))| if is { leading_rows(t, b, i) } else { Ok(t.clone()) })
            .collect::<Result<Vec<_>, _>>()?;
        by_batch.insert(b, list);
    }
    if args.get_flag("print-buffers") {
        return run_with_buffers(args, module, &entry, &inputs, mode, &unsigned);
    }
    if let Some(pipeline) = reference_pipeline(args) {
        return run_reference(args, module, &entry, &inputs, calls, &unsigned, pipeline);
    }

    let preset: Preset = args
        .get_one::<String>("preset")
        .map(String::as_str)
        .unwrap_or("default")
        .parse()?;
    let mut builder = Engine::builder()
        .mode(mode)
        .preset(preset)
        .synchronous(args.get_flag("synchronous"));
    if let Some(&w) = args.get_one::<bool>("warm-up") {
        builder = builder.warm_up(w);
    }
    if let Some(&w) = args.get_one::<usize>("workers") {
        builder = builder.workers(w);
    }
    if let Some(&t) = args.get_one::<usize>("threads") {
        builder = builder.threads(t);
    }
    if let Some(&b) = args.get_one::<u64>("max-buffer-bytes") {
        builder = builder.limits(kiln_runtime::limits::Limits {
            max_buffer_bytes: b,
            ..Default::default()
        });
    }
    if let Some(&k) = args.get_one::<usize>("max-specializations") {
        builder = builder.max_specializations(k);
    }
    if !args.get_flag("no-cache") {
        builder = builder.cache_dir(kiln_runtime::engine::cache::default_dir());
    }
    let engine = builder.build().map_err(|e| format!("jit-run: error: {e}"))?;
    let start = Instant::now();
    engine.load_module(module).map_err(|e| format!("jit-run: error: {e}"))?;
    let func = engine.function(&entry).map_err(|e| match e {
        EngineError::Compile(m) => format!("jit-run: error: tier {tier_arg}: {m}"),
        e => format!("jit-run: error: {e}"),
    })?;
    let mut results = Vec::new();
    let mut per_call = Vec::with_capacity(calls as usize);
    // (generic tier, first call, last call, calls a specialization served).
    let mut timeline: Vec<(u8, u64, u64, u64)> = Vec::new();
    for i in 0..calls {
        let before = func.calls_by_tier();
        // The tier serving the call when it starts (a synchronous promotion happens after).
        let tier = func.tier();
        let call_args = match &schedule {
            Some(s) => &by_batch[&s[i as usize % s.len()]],
            None => &inputs,
        };
        let t = Instant::now();
        results = func.call(call_args).map_err(|e| match e {
            // Failed run-time checks carry their own location and severity.
            EngineError::Runtime(m) => m,
            e => format!("jit-run: error: {e}"),
        })?;
        per_call.push(t.elapsed().as_secs_f64() * 1e3);
        // Phases follow the generic code's tier; tier-3 calls are counted within them.
        let specialized = (func.calls_by_tier()[3] > before[3]) as u64;
        match timeline.last_mut() {
            Some((t, _, last, n)) if *t == tier => {
                *last = i + 1;
                *n += specialized;
            }
            _ => timeline.push((tier, i + 1, i + 1, specialized)),
        }
    }
    let elapsed = start.elapsed();
    let by_size = schedule.as_ref().map(|s| batch_times(s, &per_call));
    per_call.sort_by(|a, b| a.total_cmp(b));
    let report = args.get_one::<String>("report").map(String::as_str);
    let mut out = std::io::stdout().lock();
    if report == Some("json") {
        let _ = writeln!(out, "{}", engine.report().to_json());
    } else {
        print_results(&mut out, &results, &[], &unsigned, args.get_flag("print-output"));
    }
    write_results(args, &results)?;
    if report == Some("text") {
        // Compile latency: IR in memory to a callable entry, every compile of the run.
        let compile_ms = engine.report().compile_seconds * 1e3;
        let _ = writeln!(
            out,
            "report: {calls} call(s) of @{entry} at tier {tier_arg} in {:.3} ms, compiles included (per call: median {:.3} ms, min {:.3} ms; compile {compile_ms:.3} ms)",
            elapsed.as_secs_f64() * 1e3,
            per_call[per_call.len() / 2],
            per_call[0]
        );
        let phases: Vec<String> = timeline
            .iter()
            .map(|&(t, a, b, n)| match n {
                0 => format!("calls {a}-{b}: tier {t}"),
                n if n == b - a + 1 => format!("calls {a}-{b}: tier 3"),
                n => format!("calls {a}-{b}: tier {t}, {n} of them at tier 3"),
            })
            .collect();
        let _ = writeln!(out, "timeline: {}", phases.join(" | "));
        if let Some(line) = by_size {
            let _ = writeln!(out, "{line}");
        }
        let _ = write!(out, "{}", engine.report());
    }
    Ok(())
}

/// The report's line on a batch schedule's calls by size: each size given to at least a twentieth
/// of the calls (median per call and total), then the other sizes together (total and time per
/// row), so that a slow size or a slow mix of sizes shows.
fn batch_times(schedule: &[usize], per_call: &[f64]) -> String {
    let mut by: std::collections::BTreeMap<usize, Vec<f64>> = std::collections::BTreeMap::new();
    for (i, &ms) in per_call.iter().enumerate() {
        by.entry(schedule[i % schedule.len()]).or_default().push(ms);
    }
    let common = per_call.len() / 20;
    let (mut parts, mut rest_ms, mut rest_rows, mut rest_calls) = (Vec::new(), 0.0, 0usize, 0usize);
    for (b, mut v) in by {
        if v.len() >= common.max(1) {
            v.sort_by(|a, b| a.total_cmp(b));
            let total: f64 = v.iter().sum();
            parts.push(format!(
                "b={b}: {} calls, median {:.3} ms, total {total:.1} ms",
                v.len(),
                v[v.len() / 2]
            ));
        } else {
            rest_ms += v.iter().sum::<f64>();
            rest_rows += b * v.len();
            rest_calls += v.len();
        }
    }
    if rest_calls > 0 {
        parts.push(format!(
            "other sizes: {rest_calls} calls, total {rest_ms:.1} ms, {:.4} ms per row",
            rest_ms / rest_rows.max(1) as f64
        ));
    }
    format!("batches: {}", parts.join(" | "))
}

/// The loop-level pipeline of `--backend=mlir` (plain loops) or `mlir-tier2` (Kiln's tier-2
/// loops); `None` for Kiln's own tiers.
fn reference_pipeline(args: &ArgMatches) -> Option<&'static str> {
    match args.get_one::<String>("backend").map(String::as_str) {
        Some("mlir") => Some(kiln_bridge::backend::LOOP_PIPELINE),
        Some("mlir-tier2") => Some(kiln_bridge::backend::TIER2_LOOP_PIPELINE),
        Some("mlir-llvm") => Some(kiln_bridge::backend::LLVM_LEVEL_PIPELINE),
        Some("mlir-linalg") => Some(kiln_bridge::backend::TENSOR_LEVEL_PIPELINE),
        _ => None,
    }
}

/// `--backend=mlir`: the entry compiled and run by upstream MLIR (see `kiln_bridge::backend`).
fn run_reference(
    args: &ArgMatches,
    module: kiln_ir::Module,
    entry: &str,
    inputs: &[Tensor],
    calls: u64,
    unsigned: &[bool],
    pipeline: &str,
) -> Result<(), String> {
    // `load` has imported StableHLO already.
    let ctx = module.ctx().clone();
    let sm = kiln_ir::SourceMgr::new();
    let code = kiln_bridge::Reference::compile_with(module, pipeline)
        .map_err(|d| sm.render(&ctx, &d).trim_end().to_string())?;
    let mut results = Vec::new();
    let mut per_call = Vec::new();
    for _ in 0..calls.max(1) {
        let t = Instant::now();
        results = code
            .call(entry, inputs)
            .map_err(|e| format!("jit-run: error: backend mlir: {e}"))?;
        per_call.push(t.elapsed().as_secs_f64() * 1e3);
    }
    per_call.sort_by(|a, b| a.total_cmp(b));
    let mut out = std::io::stdout().lock();
    print_results(&mut out, &results, &[], unsigned, args.get_flag("print-output"));
    write_results(args, &results)?;
    if args.get_one::<String>("report").is_some() {
        let _ = writeln!(
            out,
            "report: {} call(s) of @{entry} on the upstream MLIR backend: export {:.3} ms, upstream compile {:.3} ms, per call median {:.3} ms",
            per_call.len(),
            code.export_time.as_secs_f64() * 1e3,
            code.compile_time.as_secs_f64() * 1e3,
            per_call[per_call.len() / 2]
        );
    }
    Ok(())
}

/// The batch sizes of `--batch-schedule` or `--random-batches`.
fn batch_schedule(args: &ArgMatches) -> Result<Option<Vec<usize>>, String> {
    if let Some(p) = args.get_one::<String>("batch-schedule") {
        let text =
            std::fs::read_to_string(p).map_err(|e| format!("jit-run: error: could not open input file '{p}': {e}"))?;
        let v = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                l.trim().parse::<usize>().ok().filter(|&b| b > 0).ok_or_else(|| {
                    format!(
                        "{p}:{}:1: error: expected a positive batch size, got '{}'",
                        i + 1,
                        l.trim()
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if v.is_empty() {
            return Err(format!("jit-run: error: '{p}' holds no batch sizes"));
        }
        return Ok(Some(v));
    }
    if let Some(&seed) = args.get_one::<u64>("random-batches") {
        let n = args.get_one::<u64>("calls").copied().unwrap_or(1) as usize;
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let v = (0..n)
            .map(|_| {
                if rng.random_range(0..10) < 8 {
                    [1, 8, 32, 64][rng.random_range(0..4)]
                } else {
                    rng.random_range(1..=256)
                }
            })
            .collect();
        return Ok(Some(v));
    }
    Ok(None)
}

/// The first `b` rows of `t`.
fn leading_rows(t: &Tensor, b: usize, arg: usize) -> Result<Tensor, String> {
    let rows = t.shape().first().copied().unwrap_or(0);
    if b > rows {
        return Err(format!(
            "jit-run: error: batch size {b} exceeds the {rows} rows of input #{arg}"
        ));
    }
    let mut shape = t.shape().to_vec();
    shape[0] = b;
    let row_bytes = t.bytes().len() / rows.max(1);
    Tensor::from_bytes(t.dtype(), &shape, &t.bytes()[..b * row_bytes]).map_err(|e| format!("jit-run: error: {e}"))
}

/// Prints results (and memref arguments): their types, then every value with `all` or a
/// summary. A result marked `unsigned` shows as `ui32`/`ui64` with its unsigned values.
fn print_results(out: &mut impl Write, results: &[Tensor], buffers: &[Option<Tensor>], unsigned: &[bool], all: bool) {
    for (i, r) in results.iter().enumerate() {
        let u = unsigned.get(i).copied().unwrap_or(false);
        let ty = if u {
            r.type_string().replace("xi", "xui").replace("<i", "<ui")
        } else {
            r.type_string()
        };
        let _ = writeln!(out, "result #{i}: {ty}");
        if all {
            let _ = writeln!(out, "{}", format_values(r, u));
        } else {
            let _ = writeln!(out, "{}", summary(r, u));
        }
    }
    for (i, b) in buffers.iter().enumerate() {
        if let Some(b) = b {
            let _ = writeln!(out, "buffer #{i}: {}", b.type_string());
            let _ = writeln!(out, "{}", format_values(b, false));
        }
    }
}

fn write_results(args: &ArgMatches, results: &[Tensor]) -> Result<(), String> {
    if let Some(dir) = args.get_one::<String>("output-dir") {
        std::fs::create_dir_all(dir).map_err(|e| format!("jit-run: error: cannot create '{dir}': {e}"))?;
        for (i, r) in results.iter().enumerate() {
            let p = std::path::Path::new(dir).join(format!("result{i}.npy"));
            write_npy(&p, r).map_err(|e| format!("jit-run: error: {e}"))?;
        }
    }
    Ok(())
}

/// `--print-buffers`: one call that also shows the final contents of every memref argument
/// (how loop-level functions are observed), at tier 0 or a fixed native tier.
fn run_with_buffers(
    args: &ArgMatches,
    module: kiln_ir::Module,
    entry: &str,
    inputs: &[Tensor],
    mode: TierMode,
    unsigned: &[bool],
) -> Result<(), String> {
    let (results, buffers) = match mode {
        TierMode::Fixed(3) => return Err("jit-run: error: --print-buffers needs tier 0, 1 or 2".into()),
        TierMode::Fixed(t) if t > 0 => {
            let spec = tier_spec(t).expect("a native tier");
            let jit = Jit::new(spec.codegen).map_err(|e| format!("jit-run: error: {e}"))?;
            let n = NativeModule::compile(&jit, module, &kiln_passes::registry(), spec.pipeline, spec.ir_passes)
                .map_err(|e| format!("jit-run: error: tier {t}: {e}"))?;
            n.call_with_buffers(entry, inputs).map_err(|e| match e {
                NativeError::Check(m) => m,
                e => format!("jit-run: error: {e}"),
            })?
        }
        TierMode::Fixed(_) => {
            let mut interp = Interpreter::new(Arc::new(module));
            interp.call_with_buffers(entry, inputs).map_err(|e| e.to_string())?
        }
        TierMode::Auto => return Err("jit-run: error: --print-buffers needs a fixed tier".into()),
    };
    let mut out = std::io::stdout().lock();
    print_results(&mut out, &results, &buffers, unsigned, args.get_flag("print-output"));
    write_results(args, &results)
}

fn pick_entry(m: &kiln_ir::Module, given: Option<&str>) -> Result<String, String> {
    if let Some(g) = given {
        return Ok(g.to_string());
    }
    let funcs: Vec<(String, bool)> = m
        .block_ops(m.body())
        .filter(|&op| {
            m.op_def(op).is_some_and(|d| d.interfaces.callable) && !m.region_blocks(m.regions(op)[0]).is_empty()
        })
        .filter_map(|op| {
            kiln_ir::symbol::symbol_name(m, op).map(|n| (n.to_string(), kiln_ir::symbol::is_public(m, op)))
        })
        .collect();
    if funcs.iter().any(|(n, _)| n == "main") {
        return Ok("main".into());
    }
    let public: Vec<&String> = funcs.iter().filter(|(_, p)| *p).map(|(n, _)| n).collect();
    match public.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err("jit-run: error: the module has no public function to run".into()),
        many => Err(format!(
            "jit-run: error: several public functions ({}); choose one with --entry",
            many.iter().map(|s| format!("@{s}")).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// Random inputs; `rows` (a batch schedule's largest batch) sizes every symbolic leading extent.
fn random_inputs(
    m: &kiln_ir::Module,
    types: &[Type],
    seed: u64,
    args: &ArgMatches,
    rows: Option<usize>,
) -> Result<Vec<Tensor>, String> {
    let ctx = m.ctx();
    let mut sizes: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for s in args.get_many::<String>("sym").into_iter().flatten() {
        let (k, v) = s
            .split_once('=')
            .ok_or_else(|| format!("jit-run: error: --sym expects NAME=SIZE, got '{s}'"))?;
        sizes.insert(
            k.to_string(),
            v.parse()
                .map_err(|_| format!("jit-run: error: --sym {k} needs a size, got '{v}'"))?,
        );
    }
    // A size for a symbol the signature does not have would be silently ignored.
    let mut known: Vec<String> = Vec::new();
    for &t in types {
        for d in ctx.ty(t).shape().unwrap_or(&[]) {
            let mut syms = Vec::new();
            kiln_ir::dim::symbols(d, &mut syms);
            known.extend(syms.into_iter().map(|s| ctx.str(s).to_string()));
            if matches!(d, Dim::Dynamic) {
                known.push("?".into());
            }
        }
    }
    known.sort();
    known.dedup();
    let mut unknown: Vec<&String> = sizes.keys().filter(|k| !known.contains(k)).collect();
    unknown.sort();
    if let Some(k) = unknown.first() {
        return Err(format!(
            "jit-run: error: --sym {k}: the entry's signature has no symbol '{k}' ({})",
            if known.is_empty() {
                "it has no symbolic dimensions".to_string()
            } else {
                format!("its symbols: {}", known.join(", "))
            }
        ));
    }
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut out = Vec::new();
    for &t in types {
        let (dims, elem): (Vec<Dim>, Type) = match ctx.ty(t) {
            TypeKind::Tensor {
                shape: Some(s), elem, ..
            } => (s.to_vec(), *elem),
            _ => (Vec::new(), t),
        };
        let shape: Vec<usize> = dims
            .iter()
            .enumerate()
            .map(|(k, d)| match d {
                _ if k == 0 && rows.is_some() && !matches!(d, Dim::Const(_)) => rows.unwrap_or(1),
                Dim::Const(c) => *c as usize,
                Dim::Sym(s) => sizes.get(ctx.str(*s)).copied().unwrap_or(4),
                Dim::Dynamic => sizes.get("?").copied().unwrap_or(4),
                Dim::Expr(_) => {
                    let e =
                        kiln_ir::dim::substitute(ctx, d, &|s| Some(sizes.get(ctx.str(s)).copied().unwrap_or(4) as i64));
                    e.as_const().unwrap_or(4) as usize
                }
            })
            .collect();
        let n: usize = shape.iter().product();
        let dtype = DType::parse(&kiln_ir::printer::type_to_string(ctx, elem)).ok_or_else(|| {
            format!(
                "jit-run: error: cannot generate inputs of type '{}'",
                kiln_ir::printer::type_to_string(ctx, t)
            )
        })?;
        let normal = |rng: &mut rand::rngs::StdRng| -> f64 { rng.sample(rand_distr::StandardNormal) };
        let tensor = match dtype {
            DType::F32 => Tensor::from_vec(&shape, (0..n).map(|_| normal(&mut rng) as f32).collect()),
            DType::F64 => Tensor::from_vec(&shape, (0..n).map(|_| normal(&mut rng)).collect()),
            DType::F16 => Tensor::from_vec(&shape, (0..n).map(|_| half::f16::from_f64(normal(&mut rng))).collect()),
            DType::BF16 => Tensor::from_vec(&shape, (0..n).map(|_| half::bf16::from_f64(normal(&mut rng))).collect()),
            DType::I32 => Tensor::from_vec(&shape, (0..n).map(|_| rng.random_range(0..10i32)).collect()),
            DType::I64 => Tensor::from_vec(&shape, (0..n).map(|_| rng.random_range(0..10i64)).collect()),
            DType::I1 => Tensor::from_vec(&shape, (0..n).map(|_| rng.random_range(0..2u8)).collect()),
        };
        out.push(tensor.map_err(|e| format!("jit-run: error: {e}"))?);
    }
    Ok(out)
}

/// Element `i` (whose value widened to f64 is `v`); integers are read exactly (an f64 holds
/// only 53 bits), as unsigned when `unsigned`.
fn fmt_elem(t: &Tensor, i: usize, v: f64, unsigned: bool) -> String {
    match t.dtype() {
        DType::F32 => format!("{}", v as f32),
        DType::F16 | DType::BF16 => format!("{}", v as f32),
        DType::F64 => format!("{v}"),
        DType::I1 => (if v != 0.0 { "true" } else { "false" }).to_string(),
        DType::I32 => {
            let x = t.data::<i32>().map(|d| d[i]).unwrap_or_default();
            if unsigned {
                (x as u32).to_string()
            } else {
                x.to_string()
            }
        }
        DType::I64 => {
            let x = t.data::<i64>().map(|d| d[i]).unwrap_or_default();
            if unsigned {
                (x as u64).to_string()
            } else {
                x.to_string()
            }
        }
    }
}

/// All values, nested by dimension: `[[1, 2], [3, 4]]`.
fn format_values(t: &Tensor, unsigned: bool) -> String {
    let v = t.to_f64_vec();
    if t.rank() == 0 {
        return fmt_elem(t, 0, v[0], unsigned);
    }
    fn rec(t: &Tensor, v: &[f64], shape: &[usize], off: &mut usize, out: &mut String, u: bool) {
        out.push('[');
        for i in 0..shape[0] {
            if i > 0 {
                out.push_str(", ");
            }
            if shape.len() == 1 {
                out.push_str(&fmt_elem(t, *off, v[*off], u));
                *off += 1;
            } else {
                rec(t, v, &shape[1..], off, out, u);
            }
        }
        out.push(']');
    }
    let mut s = String::new();
    rec(t, &v, t.shape(), &mut 0, &mut s, unsigned);
    s
}

fn summary(t: &Tensor, unsigned: bool) -> String {
    let mut v = t.to_f64_vec();
    if unsigned {
        // The statistics of the unsigned values.
        let wrap = if t.dtype() == DType::I32 {
            4294967296.0
        } else {
            18446744073709551616.0
        };
        v.iter_mut().filter(|x| **x < 0.0).for_each(|x| *x += wrap);
    }
    if v.is_empty() {
        return "  (empty)".into();
    }
    let min = v.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = v.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let mean = v.iter().sum::<f64>() / v.len() as f64;
    let head: Vec<String> = v
        .iter()
        .take(6)
        .enumerate()
        .map(|(i, &x)| fmt_elem(t, i, x, unsigned))
        .collect();
    format!(
        "  min {min:.6} max {max:.6} mean {mean:.6} first [{}{}]",
        head.join(", "),
        if v.len() > 6 { ", ..." } else { "" }
    )
}

/// Parses, verifies and (for StableHLO/CHLO input) imports a module.
fn load(src: &str, path: &str, allow_unregistered: bool) -> Result<kiln_ir::Module, String> {
    let ctx = Arc::new(kiln_dialects::context());
    let cfg = ParseConfig {
        allow_unregistered,
        file_name: path.to_string(),
        first_line: 1,
    };
    let mut sm = SourceMgr::new();
    sm.add(path, src.to_string().into(), 1);
    let module = parse_source(&ctx, src, &cfg).map_err(|d| sm.render(&ctx, &d).trim_end().to_string())?;
    kiln_ir::verify::verify(&module, module.root()).map_err(|ds| {
        ds.iter()
            .map(|d| sm.render(&ctx, d))
            .collect::<String>()
            .trim_end()
            .to_string()
    })?;
    // Imported programs (StableHLO/CHLO) go through the import pipeline first.
    let mut module = module;
    let imported = kiln_runtime::engine::needs_import(&module);
    if imported {
        let reg = kiln_passes::registry();
        let mut pm = kiln_ir::pass::OpPassManager::parse(manifest::IMPORT_PIPELINE, &reg)?;
        let mut ro = kiln_ir::pass::RunOptions {
            verify_each: true,
            ..Default::default()
        };
        let root = module.root();
        if pm.run(&mut module, root, &mut ro).is_err() {
            let errs: String = ro
                .diags
                .iter()
                .filter(|d| d.severity == kiln_ir::Severity::Error)
                .map(|d| sm.render(&ctx, d))
                .collect();
            return Err(errs.trim_end().to_string());
        }
    }
    Ok(module)
}
