//! Kiln's embedding API: build or parse IR, register your own dialects, run pass pipelines.
//!
//! ```
//! let ctx = kiln::context();
//! let mut m = kiln::parse(&ctx, "func.func @f(%a: i32) -> i32 {\n  %0 = arith.addi %a, %a : i32\n  return %0 : i32\n}", "f.mlir").unwrap();
//! kiln::run_pipeline(&mut m, "builtin.module(canonicalize,cse)").unwrap();
//! assert!(kiln::print(&m).contains("arith.addi"));
//! ```
//!
//! Running code goes through the tiered [`Engine`]: load a module (text, or IR built with the
//! builder API), get a [`Function`] by name and call it with host [`Tensor`]s. The engine
//! interprets first, profiles, and promotes hot functions to native tiers in the background.
//!
//! ```
//! let engine = kiln::Engine::builder().synchronous(true).build().unwrap();
//! engine.load_text("func.func @double(%x: tensor<Nxf32>) -> tensor<Nxf32> {\n  %0 = ktensor.add %x, %x : tensor<Nxf32>\n  return %0 : tensor<Nxf32>\n}", "double.mlir").unwrap();
//! let f = engine.function("double").unwrap();
//! let x = kiln::Tensor::from_vec(&[3], vec![1.0f32, 2.0, 3.0]).unwrap();
//! let y = f.call(&[x]).unwrap();
//! assert_eq!(y[0].data::<f32>().unwrap(), &[2.0, 4.0, 6.0]);
//! ```
//!
//! API boundary: this crate, the re-exported `ir` items and the engine types re-exported here
//! are the supported surface; the internals of `kiln-passes` and `kiln-runtime` may change
//! between versions.

#![warn(missing_docs)]

// Inlined, so `cargo doc -p kiln` renders the whole supported surface (patterns, builders,
// syntax helpers, the engine) under this crate.
#[doc(inline)]
pub use kiln_dialects as dialects;
#[doc(inline)]
pub use kiln_ir as ir;
#[doc(inline)]
pub use kiln_passes as passes;
#[doc(inline)]
pub use kiln_runtime as runtime;

pub use kiln_ir::{
    Attr, BlockId, Builder, Context, Diagnostic, DialectDef, Module, OpDef, OpId, OperationState, RegionId, Traits,
    Type, Value,
};

pub use kiln_runtime::engine::policy::{Preset, Thresholds};
pub use kiln_runtime::engine::report::{
    CacheReport, CompileRecord, Event, FunctionReport, QueueReport, Report, ShapeCount, SpecializationReport,
};
pub use kiln_runtime::engine::{
    DimSpec, Engine, EngineBuilder, EngineConfig, EngineError, Function, ParamSpec, Shutdown, TierMode,
};
pub use kiln_runtime::limits::Limits;
pub use kiln_runtime::{DType, Tensor};

/// Wraps a function as an op's tier-0 kernel, for [`OpDef::kernel`] (see
/// [`kiln_runtime::interp::custom_kernel`]).
pub use kiln_runtime::interp::custom_kernel as kernel;

use kiln_ir::parser::{parse_source, ParseConfig};
use kiln_ir::pass::{OpPassManager, RunOptions};
use kiln_ir::printer::{print_module, PrintOptions};
use std::sync::Arc;

/// Errors of the embedding API. Each renders its diagnostics as `file:line:col: error: ...`
/// with the source line and a caret; [`Error::diagnostics`] gives them unrendered.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The text does not parse.
    #[error("parse error: {}", .0.text)]
    Parse(Rendered),
    /// The module does not verify.
    #[error("verification failed: {}", .0.text)]
    Verify(Rendered),
    /// The textual pipeline does not parse or names an unknown pass.
    #[error("invalid pass pipeline: {0}")]
    Pipeline(String),
    /// A pass failed (or the IR did not verify after it).
    #[error("pass failed: {}", .0.text)]
    Pass(Rendered),
}

/// Diagnostics and their rendering.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The diagnostics, errors first as reported.
    pub diagnostics: Vec<Diagnostic>,
    /// Their text, with source lines where the text is known.
    pub text: String,
}

impl Error {
    /// The diagnostics behind the error (none for a pipeline that does not parse).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Parse(r) | Error::Verify(r) | Error::Pass(r) => &r.diagnostics,
            Error::Pipeline(_) => &[],
        }
    }
}

fn render(ctx: &Context, sm: &kiln_ir::SourceMgr, ds: Vec<Diagnostic>) -> Rendered {
    let text = ds
        .iter()
        .map(|d| sm.render(ctx, d))
        .collect::<String>()
        .trim_end()
        .to_string();
    Rendered { diagnostics: ds, text }
}

/// Installs a `tracing` subscriber that prints Kiln's logs to stderr, filtered by `$KILN_LOG`
/// (`KILN_LOG=kiln::engine=info` shows every decision of the engine), `warn` by default. An
/// embedder with its own subscriber does not call this; Kiln logs through `tracing` either
/// way. Returns false when a subscriber was already installed.
pub fn init_logging() -> bool {
    kiln_runtime::init_logging(None)
}

/// A context with all of Kiln's dialects registered. Register your own dialects on a
/// [`Context`] from [`kiln_dialects::context`] before wrapping it in an `Arc`.
pub fn context() -> Arc<Context> {
    Arc::new(kiln_dialects::context())
}

/// Parses and verifies MLIR text. `name` is used in locations and diagnostics.
pub fn parse(ctx: &Arc<Context>, text: &str, name: &str) -> Result<Module, Error> {
    let cfg = ParseConfig {
        file_name: name.to_string(),
        ..Default::default()
    };
    // The text is at hand here: parse and verification errors show their source lines.
    let mut sm = kiln_ir::SourceMgr::new();
    sm.add(name, text.to_string().into(), 1);
    let m = parse_source(ctx, text, &cfg).map_err(|d| Error::Parse(render(ctx, &sm, vec![d])))?;
    kiln_ir::verify::verify(&m, m.root()).map_err(|ds| Error::Verify(render(ctx, &sm, ds)))?;
    Ok(m)
}

/// Verifies a module (diagnostics give `file:line:col`; [`parse`] also shows source lines).
pub fn verify(m: &Module) -> Result<(), Error> {
    let sm = kiln_ir::SourceMgr::new();
    kiln_ir::verify::verify(m, m.root()).map_err(|ds| Error::Verify(render(m.ctx(), &sm, ds)))
}

/// Runs a textual pipeline (`builtin.module(...)`) with every Kiln pass and the passes
/// registered on the module's context ([`Context::register_pass`]), verifying after each
/// pass.
pub fn run_pipeline(m: &mut Module, pipeline: &str) -> Result<(), Error> {
    let reg = kiln_passes::registry_for(m.ctx());
    let mut pm = OpPassManager::parse(pipeline, &reg).map_err(Error::Pipeline)?;
    let mut ro = RunOptions {
        verify_each: true,
        ..Default::default()
    };
    let root = m.root();
    let r = pm.run(m, root, &mut ro);
    let errors: Vec<Diagnostic> = ro
        .diags
        .into_iter()
        .filter(|d| d.severity == kiln_ir::Severity::Error)
        .collect();
    if r.is_err() || !errors.is_empty() {
        return Err(Error::Pass(render(m.ctx(), &kiln_ir::SourceMgr::new(), errors)));
    }
    Ok(())
}

/// Prints a module in its pretty form.
pub fn print(m: &Module) -> String {
    print_module(m, PrintOptions::default())
}
