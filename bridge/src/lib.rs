//! Kiln's bridge to upstream MLIR, through `melior` (MLIR's C API, linked statically).
//!
//! - [`export`]: Kiln's tensor level → upstream's `linalg`/`tensor`/`arith`/`scf` on tensors,
//!   Kiln's loop level → upstream's `func`/`arith`/`math`/`scf`/`memref`/`vector`, and Kiln's
//!   llvm level → upstream's `llvm` dialect, parsed and verified by upstream's own verifier
//!   ([`Upstream::verify`]).
//! - [`import`]: upstream modules in those dialects → Kiln's loop or llvm level, so
//!   `mlir-opt`'s output is a Kiln input.
//! - [`backend`]: the reference backend: a tensor-level Kiln module lowered to loops by Kiln,
//!   exported, lowered to LLVM by upstream's passes and run by upstream's `ExecutionEngine`; or
//!   lowered by Kiln's tier 2 to its llvm level, which upstream translates and runs; or
//!   exported at the tensor level, which upstream bufferizes, lowers and runs on its own.
//!
//! Architecture invariant: nothing here is on the path of Kiln's own tiers; the bridge only
//! reads Kiln IR (or produces it, on import), so a bug in upstream cannot change what Kiln
//! computes, only what it is compared with.

pub mod backend;
pub mod export;
pub mod import;

use melior::dialect::DialectRegistry;
use melior::ir::operation::{OperationLike, OperationPrintingFlags};
use melior::ir::Module;
use melior::utility::{register_all_dialects, register_all_llvm_translations, register_all_passes};
use std::sync::{Arc, Mutex, Once};

pub use backend::Reference;
pub use export::{
    export_llvm_level, export_loop_level, export_module, export_tensor_level, is_llvm_level, is_tensor_level, Export,
};
pub use import::import_upstream;

/// An upstream MLIR context with every upstream dialect, pass and LLVM translation registered;
/// diagnostics are collected (not printed) so that callers can report them as Kiln errors.
pub struct Upstream {
    ctx: melior::Context,
    diags: Arc<Mutex<Vec<String>>>,
}

impl Default for Upstream {
    fn default() -> Self {
        Self::new()
    }
}

impl Upstream {
    /// A context with upstream's dialects loaded. Unregistered dialects are accepted only for
    /// discardable attributes (`kiln.*`), never for ops: the export must produce upstream ops.
    pub fn new() -> Upstream {
        static PASSES: Once = Once::new();
        PASSES.call_once(register_all_passes);
        let registry = DialectRegistry::new();
        register_all_dialects(&registry);
        let ctx = melior::Context::new_with_registry(&registry, false);
        ctx.load_all_available_dialects();
        register_all_llvm_translations(&ctx);
        let diags = Arc::new(Mutex::new(Vec::new()));
        let sink = diags.clone();
        ctx.attach_diagnostic_handler(move |d| {
            let mut text = format!("{}: {}", d.location(), d);
            for i in 0..d.note_count() {
                if let Ok(n) = d.note(i) {
                    text.push_str(&format!("\n  note: {n}"));
                }
            }
            sink.lock().expect("diagnostics lock").push(text);
            true
        });
        Upstream { ctx, diags }
    }

    /// The melior context.
    pub fn context(&self) -> &melior::Context {
        &self.ctx
    }

    /// Takes the diagnostics upstream reported since the last call, one per line.
    pub fn take_diagnostics(&self) -> String {
        std::mem::take(&mut *self.diags.lock().expect("diagnostics lock")).join("\n")
    }

    /// Parses upstream MLIR text and runs upstream's verifier on it.
    pub fn parse(&self, text: &str) -> Result<Module<'_>, String> {
        self.take_diagnostics();
        let m = Module::parse(&self.ctx, text).ok_or_else(|| {
            let d = self.take_diagnostics();
            format!("upstream MLIR cannot parse the module: {d}{}", quote_line(text, &d))
        })?;
        if !m.as_operation().verify() {
            return Err(format!(
                "upstream MLIR's verifier rejects the module: {}",
                self.take_diagnostics()
            ));
        }
        Ok(m)
    }

    /// Parses and verifies `text`, and prints it as upstream does (`generic`: in the generic
    /// op form).
    pub fn verify(&self, text: &str, generic: bool) -> Result<String, String> {
        self.print(text, generic, false)
    }

    /// Like [`Upstream::verify`]; with `locations`, every op carries its `loc("-":line:col)`
    /// in `text` (upstream names its input `-`).
    pub fn print(&self, text: &str, generic: bool, locations: bool) -> Result<String, String> {
        let m = self.parse(text)?;
        let flags = OperationPrintingFlags::new();
        let flags = if generic {
            flags.print_generic_operation_form()
        } else {
            flags
        };
        let flags = if locations {
            flags.enable_debug_info(true, false)
        } else {
            flags
        };
        m.as_operation()
            .to_string_with_flags(flags)
            .map_err(|e| format!("upstream MLIR cannot print the module: {e}"))
    }
}

/// The line of `text` that an upstream location `loc("-":L:C)` in `diag` points at, to show
/// what the export wrote there.
fn quote_line(text: &str, diag: &str) -> String {
    let Some(rest) = diag.split("loc(\"-\":").nth(1) else {
        return String::new();
    };
    let line: Option<usize> = rest.split(':').next().and_then(|l| l.parse().ok());
    match line.and_then(|l| text.lines().nth(l.wrapping_sub(1))) {
        Some(l) => format!("\n  in the text upstream read: {}", l.trim()),
        None => String::new(),
    }
}
