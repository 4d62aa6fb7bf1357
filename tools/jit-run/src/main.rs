//! `jit-run`: parse, verify and run a function of an MLIR module on inputs, at a tier.

mod manifest;

use clap::{Arg, ArgAction, ArgMatches, Command};
use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::{Dim, SourceMgr, Type, TypeKind};
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
                .help("Execution tier: 0 (the interpreter) or 1 (native code, the baseline pipeline)"),
        )
        .arg(
            Arg::new("calls")
                .long("calls")
                .value_name("N")
                .default_value("1")
                .value_parser(clap::value_parser!(u64).range(1..))
                .help("Call the function N times"),
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
                .action(ArgAction::SetTrue)
                .help("Print per-function call counts and times"),
        )
        .arg(
            Arg::new("allow-unregistered-dialect")
                .long("allow-unregistered-dialect")
                .action(ArgAction::SetTrue)
                .help("Accept ops of unregistered dialects when parsing"),
        )
}

fn main() -> ExitCode {
    let m = command().get_matches();
    use std::io::IsTerminal;
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new(
            std::env::var("KILN_LOG").unwrap_or_else(|_| "warn".into()),
        ))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
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
    let tier: u8 = match args.get_one::<String>("tier").map(String::as_str).unwrap_or("0") {
        "0" => 0,
        "1" => 1,
        "2" => 2,
        t => {
            return Err(format!(
                "jit-run: error: tier {t} is not yet available (tiers 0 and 1 exist)"
            ))
        }
    };
    if let Some(man) = args.get_one::<String>("manifest") {
        let opts = manifest::ManifestRun {
            manifest: man,
            case: args.get_one::<String>("case").map(String::as_str),
            poly: args.get_flag("poly"),
            generic: args.get_one::<String>("import-form").map(String::as_str) == Some("generic"),
            tier,
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
    let module = Arc::new(module);
    let mut interp = Interpreter::new(module.clone());
    let entry = pick_entry(&module, args.get_one::<String>("entry").map(String::as_str))?;
    let f = interp
        .function(&entry)
        .ok_or_else(|| format!("jit-run: error: no function named '@{entry}'"))?;
    let (param_types, _) =
        kiln_dialects::func::signature(&module, f).ok_or("jit-run: error: the entry has no function type")?;

    let inputs: Vec<Tensor> = match (args.get_many::<String>("input"), args.get_one::<u64>("random-inputs")) {
        (Some(_), Some(_)) => return Err("jit-run: error: --input and --random-inputs are exclusive".into()),
        (Some(specs), None) => specs
            .map(|s| load_input(s).map_err(|e| format!("jit-run: error: {e}")))
            .collect::<Result<_, _>>()?,
        (None, Some(&seed)) => random_inputs(&module, &param_types, seed, args)?,
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
    let calls = *args.get_one::<u64>("calls").unwrap_or(&1);
    let mut results = Vec::new();
    let mut per_call = Vec::with_capacity(calls as usize);
    let start = Instant::now();
    // Tier 1 compiles a second copy of the module (the interpreter keeps the tensor level).
    let mut compile_ms = 0.0;
    let native = if let Some(spec) = tier_spec(tier) {
        let lowered = load(&src, path, allow_unregistered)?;
        let reg = kiln_passes::registry();
        // An engine creates its JIT once; compile latency is IR in memory to a callable entry
        // (lowering, LLVM translation and codegen, ORC linking, lookup).
        let jit = Jit::new(spec.codegen).map_err(|e| format!("jit-run: error: {e}"))?;
        let t = Instant::now();
        let n = NativeModule::compile(&jit, lowered, &reg, spec.pipeline, spec.ir_passes)
            .map_err(|e| format!("jit-run: error: tier {tier}: {e}"))?;
        compile_ms = t.elapsed().as_secs_f64() * 1e3;
        Some(n)
    } else {
        None
    };
    let mut buffers: Vec<Option<Tensor>> = Vec::new();
    for _ in 0..calls {
        let t = Instant::now();
        results = match &native {
            Some(n) if args.get_flag("print-buffers") => {
                let (r, b) = n.call_with_buffers(&entry, &inputs).map_err(|e| match e {
                    NativeError::Check(m) => m,
                    e => format!("jit-run: error: {e}"),
                })?;
                buffers = b;
                r
            }
            None if args.get_flag("print-buffers") => {
                let (r, b) = interp.call_with_buffers(&entry, &inputs).map_err(|e| e.to_string())?;
                buffers = b;
                r
            }
            Some(n) => n.call(&entry, &inputs).map_err(|e| match e {
                // Failed run-time checks carry their own location and severity.
                NativeError::Check(m) => m,
                e => format!("jit-run: error: {e}"),
            })?,
            None => interp.call(&entry, &inputs).map_err(|e| e.to_string())?,
        };
        per_call.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let elapsed = start.elapsed();
    per_call.sort_by(|a, b| a.total_cmp(b));

    let mut out = std::io::stdout().lock();
    for (i, r) in results.iter().enumerate() {
        let _ = writeln!(out, "result #{i}: {}", r.type_string());
        if args.get_flag("print-output") {
            let _ = writeln!(out, "{}", format_values(r));
        } else {
            let _ = writeln!(out, "{}", summary(r));
        }
    }
    for (i, b) in buffers.iter().enumerate() {
        if let Some(b) = b {
            let _ = writeln!(out, "buffer #{i}: {}", b.type_string());
            let _ = writeln!(out, "{}", format_values(b));
        }
    }
    if let Some(dir) = args.get_one::<String>("output-dir") {
        std::fs::create_dir_all(dir).map_err(|e| format!("jit-run: error: cannot create '{dir}': {e}"))?;
        for (i, r) in results.iter().enumerate() {
            let p = std::path::Path::new(dir).join(format!("result{i}.npy"));
            write_npy(&p, r).map_err(|e| format!("jit-run: error: {e}"))?;
        }
    }
    if args.get_flag("report") {
        let _ = writeln!(
            out,
            "report: {calls} call(s) of @{entry} at tier {tier} in {:.3} ms (per call: median {:.3} ms, min {:.3} ms; compile {compile_ms:.3} ms)",
            elapsed.as_secs_f64() * 1e3,
            per_call[per_call.len() / 2],
            per_call[0]
        );
        if tier >= 1 {
            // Native calls are counted here (native code keeps no per-function counters yet).
            let _ = writeln!(
                out,
                "  @{entry}: {calls} calls, {:.3} ms total, tier {tier}",
                per_call.iter().sum::<f64>()
            );
        }
        let mut stats: Vec<_> = interp.stats().iter().collect();
        stats.sort_by(|a, b| a.0.cmp(b.0));
        for (name, s) in stats {
            let _ = writeln!(
                out,
                "  @{name}: {} calls, {:.3} ms total, tier 0",
                s.calls,
                s.time.as_secs_f64() * 1e3
            );
        }
    }
    Ok(())
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

fn random_inputs(m: &kiln_ir::Module, types: &[Type], seed: u64, args: &ArgMatches) -> Result<Vec<Tensor>, String> {
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
            .map(|d| match d {
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

fn fmt_elem(t: &Tensor, i: usize, v: f64) -> String {
    match t.dtype() {
        DType::F32 => format!("{}", v as f32),
        DType::F16 | DType::BF16 => format!("{}", v as f32),
        DType::F64 => format!("{v}"),
        DType::I1 => (if v != 0.0 { "true" } else { "false" }).to_string(),
        _ => {
            let _ = i;
            format!("{}", v as i64)
        }
    }
}

/// All values, nested by dimension: `[[1, 2], [3, 4]]`.
fn format_values(t: &Tensor) -> String {
    let v = t.to_f64_vec();
    if t.rank() == 0 {
        return fmt_elem(t, 0, v[0]);
    }
    fn rec(t: &Tensor, v: &[f64], shape: &[usize], off: &mut usize, out: &mut String) {
        out.push('[');
        for i in 0..shape[0] {
            if i > 0 {
                out.push_str(", ");
            }
            if shape.len() == 1 {
                out.push_str(&fmt_elem(t, *off, v[*off]));
                *off += 1;
            } else {
                rec(t, v, &shape[1..], off, out);
            }
        }
        out.push(']');
    }
    let mut s = String::new();
    rec(t, &v, t.shape(), &mut 0, &mut s);
    s
}

fn summary(t: &Tensor) -> String {
    let v = t.to_f64_vec();
    if v.is_empty() {
        return "  (empty)".into();
    }
    let min = v.iter().cloned().fold(f64::INFINITY, f64::min);
    let max = v.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let mean = v.iter().sum::<f64>() / v.len() as f64;
    let head: Vec<String> = v.iter().take(6).enumerate().map(|(i, &x)| fmt_elem(t, i, x)).collect();
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
    let imported = module.walk(module.root(), kiln_ir::Order::Pre).into_iter().any(|op| {
        let n = module.op_name(op);
        n.starts_with("stablehlo.") || n.starts_with("chlo.")
    });
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
