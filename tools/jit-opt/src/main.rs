//! `jit-opt`: parse MLIR text, run a pass pipeline, print the result (like `mlir-opt`).

mod verify_diags;

use clap::{Arg, ArgAction, ArgMatches, Command};
use kiln_ir::instrument::{IrPrintConfig, TimingTree};
use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::pass::{OpPassManager, PassRegistry, RunOptions};
use kiln_ir::printer::{print_module, PrintOptions};
use kiln_ir::split::split_input;
use kiln_ir::{Diagnostic, Severity, SourceMgr};
use std::io::{Read, Write};
use std::process::ExitCode;
use std::sync::Arc;

fn command(reg: &PassRegistry) -> Command {
    let mut cmd = Command::new("jit-opt")
        .about("Kiln's pass driver: parse MLIR, run passes, print the result")
        .version(env!("CARGO_PKG_VERSION"))
        .arg(
            Arg::new("input")
                .value_name("FILE")
                .default_value("-")
                .help("Input file ('-' for stdin)"),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .value_name("OUT")
                .default_value("-")
                .help("Output file ('-' for stdout)"),
        )
        .arg(
            Arg::new("emit")
                .long("emit")
                .value_name("FORMAT")
                .value_parser(["mlir", "llvm", "upstream"])
                .default_value("mlir")
                .help("Output format: the IR ('mlir'), LLVM IR translated from the llvm dialect ('llvm'), or the loop level exported to upstream MLIR's scf/memref/arith/math/func/vector (the tensor level to upstream's linalg/tensor dialects, the llvm level to upstream's llvm dialect) and checked by upstream's verifier ('upstream'; what it cannot carry is reported as remarks)"),
        )
        .arg(
            Arg::new("import")
                .long("import")
                .value_name("FORMAT")
                .value_parser(["kiln", "upstream"])
                .default_value("kiln")
                .help("Input format: Kiln's IR ('kiln'), or an upstream MLIR module in func/arith/math/scf/memref/vector (or the llvm dialect), read by upstream's parser and verifier and converted to Kiln's loop level (or llvm level) ('upstream'; the inverse of --emit=upstream)"),
        )
        .arg(
            Arg::new("tier")
                .long("tier")
                .value_name("N")
                .value_parser(["1", "2"])
                .help(
                "Run the named pipeline of tier N (what the runtime compiles with): 1 = lowering only, 2 = optimizing",
            ),
        )
        .arg(
            Arg::new("pass-pipeline")
                .long("pass-pipeline")
                .value_name("PIPELINE")
                .help("Textual pass pipeline, e.g. 'builtin.module(func.func(cse,canonicalize{max-iterations=3}))'"),
        )
        .arg(flag(
            "split-input-file",
            "Split the input at '// -----' lines and process each chunk independently",
        ))
        .arg(flag(
            "verify-diagnostics",
            "Check that emitted diagnostics match the expected-* comments in the input",
        ))
        .arg(
            flag(
                "allow-unregistered-dialect",
                "Accept ops, types and attributes of unregistered dialects",
            )
            .visible_alias("mlir-allow-unregistered-dialect"),
        )
        .arg(flag("print-op-generic", "Print every op in the generic form").visible_alias("mlir-print-op-generic"))
        .arg(flag("print-debuginfo", "Print locations").visible_alias("mlir-print-debuginfo"))
        .arg(
            flag("print-ir-before-all", "Print the IR before every pass (to stderr)")
                .visible_alias("mlir-print-ir-before-all"),
        )
        .arg(
            flag("print-ir-after-all", "Print the IR after every pass (to stderr)")
                .visible_alias("mlir-print-ir-after-all"),
        )
        .arg(
            flag(
                "print-ir-after-change",
                "Print the IR after every pass that changed it (to stderr)",
            )
            .visible_alias("mlir-print-ir-after-change"),
        )
        .arg(
            flag("print-ir-after-failure", "Print the IR after a pass fails (to stderr)")
                .visible_alias("mlir-print-ir-after-failure"),
        )
        .arg(flag("timing", "Print a nested timing report (to stderr)").visible_alias("mlir-timing"))
        .arg(flag("pass-statistics", "Print pass statistics (to stderr)").visible_alias("mlir-pass-statistics"))
        .arg(flag("list-passes", "List the registered passes and their options"))
        .arg(flag(
            "show-dialects",
            "List the registered dialects (as mlir-opt does) and exit",
        ))
        .arg(flag(
            "mlir-disable-threading",
            "Accepted for mlir-opt's RUN lines: Kiln's pass manager already runs on one thread",
        ))
        .arg(flag(
            "mlir-print-local-scope",
            "Accepted for mlir-opt's RUN lines: Kiln prints types, attributes and locations inline, never as aliases",
        ))
        .arg(
            Arg::new("mlir-elide-elementsattrs-if-larger")
                .long("mlir-elide-elementsattrs-if-larger")
                .value_name("N")
                .value_parser(clap::value_parser!(usize))
                .help("Print non-splat dense constants of more than N elements as 'dense_resource<__elided__>'"),
        )
        .arg(flag(
            "dump-pass-pipeline",
            "Print the pass pipeline that will run (to stderr)",
        ))
        .arg(
            Arg::new("verify-each")
                .long("verify-each")
                .value_name("BOOL")
                .default_value("true")
                .value_parser(clap::value_parser!(bool))
                .help("Verify the IR after each pass"),
        )
        .arg(
            Arg::new("log")
                .long("log")
                .value_name("FILTER")
                .help("tracing filter for logs on stderr (default: $KILN_LOG or 'warn')"),
        );
    for p in reg.iter() {
        let mut help = p.summary.to_string();
        if !p.options.is_empty() {
            let opts: Vec<String> = p
                .options
                .iter()
                .map(|o| format!("{} (default {}): {}", o.name, o.default, o.desc))
                .collect();
            help = format!("{help}. Options: {}", opts.join("; "));
        }
        cmd = cmd.arg(
            Arg::new(p.argument)
                .long(p.argument)
                .value_name("OPTIONS")
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("")
                .action(ArgAction::Append)
                .help(help),
        );
    }
    cmd
}

/// mlir-opt's RUN lines spell long options with one dash (`-split-input-file`, `-canonicalize`,
/// `-pass-pipeline=...`): those that name a long option of `cmd` get the second dash clap
/// expects. Short options (`-o`) and anything after `--` are left alone.
fn mlir_opt_args(args: impl Iterator<Item = std::ffi::OsString>, cmd: &Command) -> Vec<std::ffi::OsString> {
    let longs: std::collections::HashSet<&str> = cmd
        .get_arguments()
        .flat_map(|a| a.get_long().into_iter().chain(a.get_all_aliases().unwrap_or_default()))
        .collect();
    let mut rest = false;
    args.map(|a| {
        let s = match a.to_str() {
            Some(s) if !rest => s,
            _ => return a,
        };
        rest = s == "--";
        let name = s
            .strip_prefix('-')
            .filter(|n| !n.starts_with('-'))
            .map(|n| n.split('=').next().unwrap_or(n));
        match name {
            Some(n) if n.len() > 1 && longs.contains(n) => format!("-{s}").into(),
            _ => a,
        }
    })
    .collect()
}

fn flag(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name).long(name).action(ArgAction::SetTrue).help(help)
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
    let mut reg = PassRegistry::new();
    kiln_passes::register_all(&mut reg);
    let cmd = command(&reg);
    let args = mlir_opt_args(std::env::args_os(), &cmd);
    let matches = cmd.get_matches_from(args);
    kiln_runtime::init_logging(matches.get_one::<String>("log").map(String::as_str));
    match run(&matches, &reg) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(msg) => {
            eprintln!("jit-opt: error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn build_pipeline(m: &ArgMatches, reg: &PassRegistry) -> Result<OpPassManager, String> {
    let mut flags: Vec<(usize, &str, String)> = Vec::new();
    for p in reg.iter() {
        if let (Some(idx), Some(vals)) = (m.indices_of(p.argument), m.get_many::<String>(p.argument)) {
            for (i, v) in idx.zip(vals) {
                flags.push((i, p.argument, v.clone()));
            }
        }
    }
    flags.sort_by_key(|f| f.0);
    let tier = m
        .get_one::<String>("tier")
        .and_then(|t| kiln_runtime::jit::tier_spec(t.parse().ok()?))
        .map(|s| s.pipeline.to_string());
    match m.get_one::<String>("pass-pipeline").cloned().or(tier) {
        Some(text) => {
            let text = &text;
            if !flags.is_empty() {
                return Err("'--pass-pipeline' cannot be combined with individual pass flags".into());
            }
            OpPassManager::parse(text, reg)
        }
        None => {
            let mut pm = OpPassManager::new("builtin.module");
            for (_, name, opts) in flags {
                let p = reg.create(name, &opts)?;
                pm.add_pass(p)?;
            }
            Ok(pm)
        }
    }
}

fn run(m: &ArgMatches, reg: &PassRegistry) -> Result<bool, String> {
    if m.get_flag("list-passes") {
        let mut out = String::from("Available passes:\n");
        for p in reg.iter() {
            out.push_str(&format!("  --{:<20} {}\n", p.argument, p.summary));
            for o in &p.options {
                out.push_str(&format!("      {:<22} {} (default: {})\n", o.name, o.desc, o.default));
            }
        }
        print!("{out}");
        return Ok(true);
    }
    if m.get_flag("show-dialects") {
        let ctx = kiln_dialects::context();
        let mut names: Vec<&str> = ctx.dialects().map(|d| d.name.as_str()).collect();
        names.sort_unstable();
        println!("Available Dialects: {}", names.join(","));
        return Ok(true);
    }
    let mut pm = build_pipeline(m, reg)?;
    // `--tier=N` compiles what the engine compiles: a StableHLO module is imported first, as
    // `jit-run` and the engine do.
    let mut import = match m.get_one::<String>("tier") {
        Some(_) => Some(OpPassManager::parse(kiln_runtime::engine::IMPORT_PIPELINE, reg)?),
        None => None,
    };
    if m.get_flag("dump-pass-pipeline") {
        eprintln!("Pass Manager with {} passes:\n{}", pm.len(), pm.to_pipeline_string());
    }
    let mut timing = m.get_flag("timing").then(TimingTree::new);
    let input = m.get_one::<String>("input").map(String::as_str).unwrap_or("-");
    if let Some(t) = &mut timing {
        t.enter("Parser");
    }
    let (name, src) = read_input(input)?;
    let src: Arc<str> = src.into();
    let ctx = Arc::new(kiln_dialects::context());
    let opts = PrintOptions {
        generic: m.get_flag("print-op-generic"),
        debug_info: m.get_flag("print-debuginfo"),
        elide_elements_above: m.get_one::<usize>("mlir-elide-elementsattrs-if-larger").copied(),
    };
    let verify_mode = m.get_flag("verify-diagnostics");
    let chunks = if m.get_flag("split-input-file") {
        split_input(&src)
    } else {
        vec![kiln_ir::split::Chunk {
            text: &src,
            first_line: 1,
        }]
    };
    if let Some(t) = &mut timing {
        t.leave();
    }
    let mut outputs: Vec<String> = Vec::new();
    let mut ok = true;
    let mut srcmgr = SourceMgr::new();
    srcmgr.add(&name, src.clone(), 1);
    let mut ir_dump = String::new();
    for chunk in &chunks {
        let mut diags: Vec<Diagnostic> = Vec::new();
        let cfg = ParseConfig {
            allow_unregistered: m.get_flag("allow-unregistered-dialect"),
            file_name: name.clone(),
            first_line: chunk.first_line,
        };
        if let Some(t) = &mut timing {
            t.enter("Parser");
        }
        let parsed = if m.get_one::<String>("import").map(String::as_str) == Some("upstream") {
            kiln_bridge::import_upstream(&ctx, chunk.text, &name, chunk.first_line)
        } else {
            parse_source(&ctx, chunk.text, &cfg)
        };
        if let Some(t) = &mut timing {
            t.leave();
        }
        let mut out = None;
        match parsed {
            Err(d) => diags.push(d),
            Ok(mut module) => {
                let root = module.root();
                let verified = {
                    if let Some(t) = &mut timing {
                        t.enter("Verifier");
                    }
                    let v = kiln_ir::verify::verify(&module, root);
                    if let Some(t) = &mut timing {
                        t.leave();
                    }
                    v
                };
                match verified {
                    Err(mut errs) => diags.append(&mut errs),
                    Ok(()) => {
                        let mut ro = RunOptions {
                            verify_each: *m.get_one::<bool>("verify-each").unwrap_or(&true),
                            timing: timing.take(),
                            ir_print: IrPrintConfig {
                                before_all: m.get_flag("print-ir-before-all"),
                                after_all: m.get_flag("print-ir-after-all"),
                                after_change: m.get_flag("print-ir-after-change"),
                                after_failure: m.get_flag("print-ir-after-failure"),
                            },
                            print_options: opts,
                            ..Default::default()
                        };
                        let imported = kiln_runtime::engine::needs_import(&module);
                        let mut r = Ok(());
                        if let Some(import) = import.as_mut().filter(|_| imported) {
                            r = import.run(&mut module, root, &mut ro);
                        }
                        let r = r.and_then(|()| pm.run(&mut module, root, &mut ro));
                        timing = ro.timing.take();
                        ir_dump.push_str(&ro.ir_dump);
                        diags.append(&mut ro.diags);
                        if r.is_ok() {
                            if let Some(t) = &mut timing {
                                t.enter("Output");
                            }
                            let emit = m.get_one::<String>("emit").map(String::as_str);
                            if emit == Some("upstream") {
                                match export_upstream(&module, opts.generic) {
                                    Ok((text, mut remarks)) => {
                                        out = Some(text);
                                        diags.append(&mut remarks);
                                    }
                                    Err(d) => diags.push(d),
                                }
                            } else if emit == Some("llvm") {
                                let tier = m
                                    .get_one::<String>("tier")
                                    .and_then(|t| kiln_runtime::jit::tier_spec(t.parse().ok()?));
                                match emit_llvm(&module, root, tier) {
                                    Ok(text) => out = Some(text),
                                    Err(d) => diags.push(d),
                                }
                            } else {
                                out = Some(print_module(&module, opts));
                            }
                            if let Some(t) = &mut timing {
                                t.leave();
                            }
                        }
                    }
                }
            }
        }
        if verify_mode {
            // A malformed expectation is reported like a failed one, at its location.
            let mut exp = match verify_diags::collect(&name, chunk.text, chunk.first_line) {
                Ok(exp) => exp,
                Err(located) => {
                    eprintln!("{located}");
                    ok = false;
                    continue;
                }
            };
            let problems = verify_diags::check(&ctx, &name, &diags, &mut exp);
            for p in &problems {
                eprintln!("{p}");
            }
            ok &= problems.is_empty();
        } else {
            for d in &diags {
                eprint!("{}", srcmgr.render(&ctx, d));
            }
            if diags.iter().any(|d| d.severity == Severity::Error) {
                ok = false;
                continue;
            }
        }
        if let Some(o) = out {
            outputs.push(o);
        }
    }
    if !ir_dump.is_empty() {
        eprint!("{ir_dump}");
    }
    // Like mlir-opt, chunks that succeeded are printed even when another chunk failed.
    write_output(
        m.get_one::<String>("output").map(String::as_str).unwrap_or("-"),
        &outputs.join("// -----\n"),
    )?;
    if m.get_flag("pass-statistics") {
        eprint!("{}", pm.statistics_report());
    }
    if let Some(t) = &timing {
        eprint!("{}", t.report());
    }
    Ok(ok)
}

fn read_input(path: &str) -> Result<(String, String), String> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("could not read stdin: {e}"))?;
        return Ok(("-".into(), s));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("could not open input file '{path}': {e}"))?;
    let s = String::from_utf8(bytes).map_err(|e| {
        format!(
            "input file '{path}' is not valid UTF-8 (at byte {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok((path.to_string(), s))
}

fn write_output(path: &str, text: &str) -> Result<(), String> {
    if path == "-" {
        let mut so = std::io::stdout().lock();
        // A closed pipe (e.g. `| head`) is not an error worth reporting.
        let _ = so.write_all(text.as_bytes());
        return Ok(());
    }
    // Write next to the target and rename, so a failure never leaves a truncated output.
    let tmp = format!("{path}.tmp{}", std::process::id());
    std::fs::write(&tmp, text).map_err(|e| format!("could not write '{tmp}': {e}"))?;
    std::fs::rename(&tmp, path).map_err(|e| format!("could not write '{path}': {e}"))
}

/// The loop-level module exported to upstream MLIR, verified and printed by upstream; what the
/// export dropped comes back as remarks at the module's location.
fn export_upstream(
    module: &kiln_ir::Module,
    generic: bool,
) -> Result<(String, Vec<kiln_ir::Diagnostic>), kiln_ir::Diagnostic> {
    let at = module.loc(module.root());
    let e = kiln_bridge::export_module(module)?;
    let up = kiln_bridge::Upstream::new();
    let mut text = up
        .verify(&e.text, generic)
        .map_err(|msg| kiln_ir::Diagnostic::error(at, msg))?;
    text.push('\n');
    let remarks = e
        .dropped
        .into_iter()
        .map(|d| kiln_ir::Diagnostic::remark(at, d))
        .collect();
    Ok((text, remarks))
}

/// LLVM IR of the `llvm`-dialect module for this host's JIT target: as translated, or with
/// `--tier=N` after that tier's LLVM IR passes.
fn emit_llvm(
    module: &kiln_ir::Module,
    root: kiln_ir::OpId,
    tier: Option<&kiln_runtime::jit::TierSpec>,
) -> Result<String, kiln_ir::Diagnostic> {
    use kiln_runtime::jit::{CodegenOptions, Jit, JitError};
    let to_diag = |e: JitError| match e {
        JitError::Translate { op: Some(op), message } => kiln_ir::Diagnostic::error(module.loc(op), message),
        other => kiln_ir::Diagnostic::error(module.loc(root), other.to_string()),
    };
    let (level, passes) = tier.map_or((kiln_runtime::jit::OptLevel::Less, CodegenOptions::NONE), |t| {
        (t.codegen, t.ir_passes)
    });
    let jit = Jit::new(level).map_err(to_diag)?;
    jit.emit_llvm(module, root, passes).map_err(to_diag)
}
