//! The pass manager: passes anchored on op kinds, nested pipelines, MLIR's textual pipeline
//! syntax (`builtin.module(func.func(cse,canonicalize{max-iterations=3}))`), a registry with
//! options, verification after each pass, and instrumentation (timing, statistics, IR printing),
//! every step also reported through `tracing`.

use crate::diag::Diagnostic;
use crate::instrument::{IrPrintConfig, TimingTree};
use crate::module::{Module, OpId};
use crate::printer::{print_op, PrintOptions};
use crate::verify::verify;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::time::Instant;

/// A named counter a pass reports (`--pass-statistics`).
#[derive(Clone, Debug)]
pub struct Statistic {
    pub name: &'static str,
    pub desc: &'static str,
    pub value: u64,
}

/// Marker for a failed pass; the reasons are in [`PassContext::diags`].
#[derive(Debug, Clone, Copy)]
pub struct PassFailed;

/// What a pass may report while it runs.
#[derive(Default)]
pub struct PassContext {
    pub diags: Vec<Diagnostic>,
}

impl PassContext {
    /// Runs `f` on each of `ops` (a lowering, one function at a time), keeping every
    /// diagnostic instead of stopping at the first: the skeleton of the per-function passes.
    pub fn for_each(
        &mut self,
        m: &mut Module,
        ops: Vec<OpId>,
        mut f: impl FnMut(&mut Module, OpId) -> Result<(), Diagnostic>,
    ) -> Result<(), PassFailed> {
        let mut failed = false;
        for op in ops {
            if let Err(d) = f(m, op) {
                self.diags.push(d);
                failed = true;
            }
        }
        if failed {
            Err(PassFailed)
        } else {
            Ok(())
        }
    }
}

/// The ops named one of `names` directly inside `root`'s regions: a module's functions.
pub fn top_level_ops(m: &Module, root: OpId, names: &[&str]) -> Vec<OpId> {
    m.regions(root)
        .iter()
        .flat_map(|&r| m.region_blocks(r).iter().flat_map(|&b| m.block_ops(b)))
        .filter(|&o| names.contains(&m.op_name(o)))
        .collect()
}

/// A transformation of the IR nested under one op.
pub trait Pass: Send {
    /// Command-line name (`cse`).
    fn argument(&self) -> &'static str;
    /// Name shown in reports (`CSE`).
    fn display_name(&self) -> &'static str;
    /// The op kind the pass runs on; `None` runs on any op.
    fn anchor(&self) -> Option<&'static str> {
        None
    }
    /// Transforms what is nested in `op`.
    fn run(&mut self, m: &mut Module, op: OpId, cx: &mut PassContext) -> Result<(), PassFailed>;
    /// Counters accumulated over all runs.
    fn statistics(&self) -> Vec<Statistic> {
        Vec::new()
    }
    /// The options in pipeline syntax (`max-iterations=10`), empty when there are none.
    fn options(&self) -> String {
        String::new()
    }
}

/// Parsed `key=value` options of a pass.
#[derive(Clone, Debug, Default)]
pub struct PassOptions {
    pub entries: Vec<(String, String)>,
    /// The option text as written, for passes whose options are not a fixed set.
    pub raw: String,
}

impl PassOptions {
    /// The raw value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    /// An integer option with a default.
    pub fn usize_or(&self, name: &str, default: usize) -> Result<usize, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| format!("option '{name}' expects an integer, got '{v}'")),
        }
    }
    /// A boolean option with a default.
    pub fn bool_or(&self, name: &str, default: bool) -> Result<bool, String> {
        match self.get(name) {
            None => Ok(default),
            Some("true" | "1" | "") => Ok(true),
            Some("false" | "0") => Ok(false),
            Some(v) => Err(format!("option '{name}' expects true or false, got '{v}'")),
        }
    }
    /// A comma-separated integer list option.
    pub fn i64_list(&self, name: &str) -> Result<Vec<i64>, String> {
        match self.get(name) {
            None | Some("") => Ok(Vec::new()),
            Some(v) => v
                .split(',')
                .map(|s| {
                    s.trim()
                        .parse()
                        .map_err(|_| format!("option '{name}' expects integers, got '{v}'"))
                })
                .collect(),
        }
    }
}

/// Describes one option of a registered pass.
#[derive(Clone, Debug)]
pub struct PassOptionInfo {
    pub name: &'static str,
    pub desc: &'static str,
    /// The default in pipeline syntax.
    pub default: String,
}

/// A type a pass option declared with [`declare_pass!`](crate::declare_pass) may have.
pub trait OptionValue: Sized + std::fmt::Display {
    /// Parses the option's text (`name` is for the diagnostic).
    fn parse_option(name: &str, text: &str) -> Result<Self, String>;
}

impl OptionValue for usize {
    fn parse_option(name: &str, text: &str) -> Result<Self, String> {
        text.parse()
            .map_err(|_| format!("option '{name}' expects an integer, got '{text}'"))
    }
}

impl OptionValue for i64 {
    fn parse_option(name: &str, text: &str) -> Result<Self, String> {
        text.parse()
            .map_err(|_| format!("option '{name}' expects an integer, got '{text}'"))
    }
}

impl OptionValue for String {
    fn parse_option(_name: &str, text: &str) -> Result<Self, String> {
        Ok(text.to_string())
    }
}

impl OptionValue for bool {
    fn parse_option(name: &str, text: &str) -> Result<Self, String> {
        match text {
            "true" | "1" | "" => Ok(true),
            "false" | "0" => Ok(false),
            v => Err(format!("option '{name}' expects true or false, got '{v}'")),
        }
    }
}

/// Declares a pass once, like MLIR's `Passes.td`: its command-line name, display name,
/// summary and typed options with their defaults. It defines, in the calling module:
/// - `ARGUMENT` and `DISPLAY_NAME`, for the pass's `Pass::argument` and `Pass::display_name`;
/// - the options struct, with `parse` (absent options take their defaults; a bad value is an
///   error naming the option) and `render` (pipeline syntax, for `Pass::options`);
/// - `info()`, the registry entry, whose `create` parses the options and calls `create`.
///
/// ```ignore
/// kiln_ir::declare_pass! {
///     argument: "canonicalize", display: "Canonicalizer",
///     summary: "Fold ops and apply canonicalization patterns until a fixed point",
///     options: CanonicalizeOptions {
///         max_iterations: usize = 10, "max-iterations", "Maximum sweeps over the IR";
///     },
///     create: |o: CanonicalizeOptions| Box::new(Canonicalize::new(o)),
/// }
/// ```
#[macro_export]
macro_rules! declare_pass {
    (
        argument: $arg:literal, display: $display:literal, summary: $summary:literal,
        options: $opts:ident { $( $field:ident: $ty:ty = $default:expr, $name:literal, $desc:literal; )* },
        create: $create:expr $(,)?
    ) => {
        /// The pass's command-line name.
        pub const ARGUMENT: &str = $arg;
        /// The pass's name in reports.
        pub const DISPLAY_NAME: &str = $display;

        /// The pass's options.
        #[derive(Clone, Debug)]
        pub struct $opts {
            $( #[doc = $desc] pub $field: $ty, )*
        }

        impl $opts {
            /// The options in `o`; absent ones take their defaults.
            #[allow(unused_variables)]
            pub fn parse(o: &$crate::pass::PassOptions) -> Result<Self, String> {
                Ok(Self {
                    $( $field: match o.get($name) {
                        None => $default,
                        Some(v) => <$ty as $crate::pass::OptionValue>::parse_option($name, v)?,
                    }, )*
                })
            }
            /// The options in pipeline syntax (`max-iterations=10 fold=true`).
            pub fn render(&self) -> String {
                let parts: Vec<String> = vec![$( format!("{}={}", $name, self.$field) ),*];
                parts.join(" ")
            }
            fn infos() -> Vec<$crate::pass::PassOptionInfo> {
                vec![$( $crate::pass::PassOptionInfo {
                    name: $name,
                    desc: $desc,
                    default: { let d: $ty = $default; d.to_string() },
                } ),*]
            }
        }

        /// The pass's registry entry.
        pub fn info() -> $crate::pass::PassInfo {
            $crate::pass::PassInfo {
                argument: $arg,
                summary: $summary,
                options: $opts::infos(),
                free_options: false,
                create: |o: &$crate::pass::PassOptions| {
                    let create: fn($opts) -> Box<dyn $crate::pass::Pass> = $create;
                    Ok(create($opts::parse(o)?))
                },
            }
        }
    };
    // Free options: the pass's own names, given as `KEY=INTEGER` bindings (shape symbols,
    // argument values); `create` receives them in order.
    (
        argument: $arg:literal, display: $display:literal, summary: $summary:literal,
        bindings: $create:expr $(,)?
    ) => {
        /// The pass's command-line name.
        pub const ARGUMENT: &str = $arg;
        /// The pass's name in reports.
        pub const DISPLAY_NAME: &str = $display;

        /// The pass's registry entry: its options are `KEY=INTEGER` bindings.
        pub fn info() -> $crate::pass::PassInfo {
            $crate::pass::PassInfo {
                argument: $arg,
                summary: $summary,
                options: vec![],
                free_options: true,
                create: |o: &$crate::pass::PassOptions| {
                    let create: fn(Vec<(String, i64)>) -> Result<Box<dyn $crate::pass::Pass>, String> = $create;
                    create($crate::pass::parse_bindings(&o.raw)?)
                },
            }
        }
    };
}

/// Parses free options written as `KEY=INTEGER` bindings (`N=64, M=128` or `N=64 arg1=3`):
/// the keys in order, each with its value.
pub fn parse_bindings(raw: &str) -> Result<Vec<(String, i64)>, String> {
    raw.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|part| {
            let (k, v) = part
                .split_once('=')
                .ok_or_else(|| format!("expected NAME=VALUE, got '{part}'"))?;
            let (k, v) = (k.trim(), v.trim());
            let v = v
                .parse()
                .map_err(|_| format!("'{k}' needs an integer value, got '{v}'"))?;
            Ok((k.to_string(), v))
        })
        .collect()
}

/// Inside `impl Pass for ...` of a pass declared with [`declare_pass!`]: its `argument` and
/// `display_name` (from `ARGUMENT` and `DISPLAY_NAME`), and with `opts` also its `options`
/// (the `opts` field's rendering), so every pass states its names once.
#[macro_export]
macro_rules! declared_pass_names {
    () => {
        fn argument(&self) -> &'static str {
            ARGUMENT
        }
        fn display_name(&self) -> &'static str {
            DISPLAY_NAME
        }
    };
    (opts) => {
        $crate::declared_pass_names!();
        fn options(&self) -> String {
            self.opts.render()
        }
    };
}

/// A registered pass: how to describe and create it.
#[derive(Clone)]
pub struct PassInfo {
    pub argument: &'static str,
    pub summary: &'static str,
    pub options: Vec<PassOptionInfo>,
    /// Accept any option names (the pass reads [`PassOptions::raw`] itself).
    pub free_options: bool,
    pub create: fn(&PassOptions) -> Result<Box<dyn Pass>, String>,
}

/// Passes by name.
#[derive(Default, Clone)]
pub struct PassRegistry {
    passes: BTreeMap<&'static str, PassInfo>,
}

impl PassRegistry {
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds a pass (replacing one of the same name).
    pub fn register(&mut self, info: PassInfo) {
        self.passes.insert(info.argument, info);
    }
    /// Adds every pass of `other` (replacing those of the same names).
    pub fn extend(&mut self, other: &PassRegistry) {
        for info in other.iter() {
            self.register(info.clone());
        }
    }
    pub fn get(&self, name: &str) -> Option<&PassInfo> {
        self.passes.get(name)
    }
    /// All passes sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = &PassInfo> {
        self.passes.values()
    }
    /// Creates a pass from its name and option text (`max-iterations=3 fold=false`).
    pub fn create(&self, name: &str, options: &str) -> Result<Box<dyn Pass>, String> {
        let info = self
            .get(name)
            .ok_or_else(|| format!("'{name}' does not refer to a registered pass or pass pipeline"))?;
        if info.free_options {
            return (info.create)(&PassOptions {
                entries: Vec::new(),
                raw: options.to_string(),
            });
        }
        let mut opts = parse_options(options)?;
        opts.raw = options.to_string();
        for (k, _) in &opts.entries {
            if !info.options.iter().any(|o| o.name == k) {
                return Err(format!("no such option '{k}' for pass '{name}'"));
            }
        }
        (info.create)(&opts)
    }
}

/// Splits `a=1 b=2,3 c={x y}` into entries; values may hold commas and bracketed spaces.
pub fn parse_options(s: &str) -> Result<PassOptions, String> {
    let mut entries = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        let ks = i;
        while i < b.len() && b[i] != b'=' && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        let key = s[ks..i].to_string();
        if key.is_empty() {
            return Err(format!("malformed pass options '{s}'"));
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            let vs = i;
            let mut depth = 0i32;
            while i < b.len() {
                match b[i] {
                    b'{' | b'[' | b'(' => depth += 1,
                    b'}' | b']' | b')' => depth -= 1,
                    b'"' => {
                        i += 1;
                        while i < b.len() && b[i] != b'"' {
                            i += 1;
                        }
                    }
                    c if c.is_ascii_whitespace() && depth == 0 => break,
                    _ => {}
                }
                i += 1;
            }
            value = s[vs..i.min(b.len())].trim_matches('"').to_string();
        }
        entries.push((key, value));
    }
    Ok(PassOptions {
        entries,
        raw: s.to_string(),
    })
}

/// One element of a textual pipeline.
#[derive(Clone, Debug, PartialEq)]
pub enum PipelineElement {
    Pass {
        name: String,
        options: String,
    },
    Nested {
        anchor: String,
        elements: Vec<PipelineElement>,
    },
}

/// Parses MLIR's textual pipeline syntax.
pub fn parse_pipeline(text: &str) -> Result<Vec<PipelineElement>, String> {
    let b = text.as_bytes();
    let mut pos = 0;
    let els = parse_elements(text, b, &mut pos, 0)?;
    skip_ws(b, &mut pos);
    if pos != b.len() {
        return Err(format!(
            "unexpected '{}' at offset {pos} in pass pipeline",
            &text[pos..]
        ));
    }
    Ok(els)
}

fn skip_ws(b: &[u8], pos: &mut usize) {
    while *pos < b.len() && b[*pos].is_ascii_whitespace() {
        *pos += 1;
    }
}

fn parse_elements(text: &str, b: &[u8], pos: &mut usize, depth: usize) -> Result<Vec<PipelineElement>, String> {
    if depth > 64 {
        return Err("pass pipeline nested too deeply".into());
    }
    let mut out = Vec::new();
    loop {
        skip_ws(b, pos);
        let s = *pos;
        while *pos < b.len() && (b[*pos].is_ascii_alphanumeric() || matches!(b[*pos], b'_' | b'-' | b'.')) {
            *pos += 1;
        }
        if s == *pos {
            if out.is_empty() && (*pos >= b.len() || b[*pos] == b')') {
                return Ok(out);
            }
            return Err(format!(
                "expected pass or op name at offset {s} in pass pipeline '{text}'"
            ));
        }
        let name = text[s..*pos].to_string();
        skip_ws(b, pos);
        let mut options = String::new();
        if *pos < b.len() && b[*pos] == b'{' {
            let os = *pos + 1;
            let mut d = 0;
            while *pos < b.len() {
                match b[*pos] {
                    b'{' => d += 1,
                    b'}' => {
                        d -= 1;
                        if d == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                *pos += 1;
            }
            if *pos >= b.len() {
                return Err(format!("unterminated '{{' in options of '{name}'"));
            }
            options = text[os..*pos].trim().to_string();
            *pos += 1;
            skip_ws(b, pos);
        }
        if *pos < b.len() && b[*pos] == b'(' {
            if !options.is_empty() {
                return Err(format!("op anchor '{name}' cannot take options"));
            }
            *pos += 1;
            let elements = parse_elements(text, b, pos, depth + 1)?;
            skip_ws(b, pos);
            if *pos >= b.len() || b[*pos] != b')' {
                return Err(format!("expected ')' closing the pipeline of '{name}'"));
            }
            *pos += 1;
            out.push(PipelineElement::Nested { anchor: name, elements });
        } else {
            out.push(PipelineElement::Pass { name, options });
        }
        skip_ws(b, pos);
        if *pos < b.len() && b[*pos] == b',' {
            *pos += 1;
            continue;
        }
        return Ok(out);
    }
}

enum Entry {
    Pass(Box<dyn Pass>),
    Nested(OpPassManager),
}

/// A pipeline of passes that runs on ops named `anchor` (or any op for `any`).
pub struct OpPassManager {
    anchor: String,
    entries: Vec<Entry>,
}

/// Settings and instrumentation of a pass-manager run.
#[derive(Default)]
pub struct RunOptions {
    /// Verify the IR after every pass (on by default in `jit-opt`).
    pub verify_each: bool,
    /// Collect a timing tree under this node path.
    pub timing: Option<TimingTree>,
    pub ir_print: IrPrintConfig,
    /// Where IR dumps go (stderr in `jit-opt`).
    pub ir_dump: String,
    pub diags: Vec<Diagnostic>,
    pub print_options: PrintOptions,
}

impl OpPassManager {
    /// An empty pipeline on `anchor`.
    pub fn new(anchor: &str) -> Self {
        OpPassManager {
            anchor: anchor.to_string(),
            entries: Vec::new(),
        }
    }
    pub fn anchor(&self) -> &str {
        &self.anchor
    }
    /// Number of passes, counting nested ones.
    pub fn len(&self) -> usize {
        self.entries
            .iter()
            .map(|e| match e {
                Entry::Pass(_) => 1,
                Entry::Nested(pm) => pm.len(),
            })
            .sum()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Adds a pass; it must be able to run on this pipeline's anchor.
    pub fn add_pass(&mut self, p: Box<dyn Pass>) -> Result<(), String> {
        if let Some(a) = p.anchor() {
            if self.anchor != "any" && a != self.anchor {
                return Err(format!(
                    "can't add pass '{}' restricted to '{a}' on a pass manager intended to run on '{}', did you intend to nest?",
                    p.argument(),
                    self.anchor
                ));
            }
        }
        self.entries.push(Entry::Pass(p));
        Ok(())
    }
    /// Adds (and returns) a nested pipeline on ops named `anchor`.
    pub fn nest(&mut self, anchor: &str) -> &mut OpPassManager {
        self.entries.push(Entry::Nested(OpPassManager::new(anchor)));
        match self.entries.last_mut() {
            Some(Entry::Nested(pm)) => pm,
            _ => unreachable!("just pushed a nested manager"),
        }
    }
    /// Adds parsed pipeline elements, creating passes through `reg`.
    pub fn add_elements(&mut self, els: &[PipelineElement], reg: &PassRegistry) -> Result<(), String> {
        for e in els {
            match e {
                PipelineElement::Pass { name, options } => {
                    let p = reg.create(name, options)?;
                    self.add_pass(p)?;
                }
                PipelineElement::Nested { anchor, elements } => {
                    self.nest(anchor).add_elements(elements, reg)?;
                }
            }
        }
        Ok(())
    }
    /// Builds a pass manager from a full textual pipeline (`builtin.module(...)`).
    pub fn parse(text: &str, reg: &PassRegistry) -> Result<OpPassManager, String> {
        let els = parse_pipeline(text)?;
        match els.as_slice() {
            [PipelineElement::Nested { anchor, elements }] => {
                let mut pm = OpPassManager::new(anchor);
                pm.add_elements(elements, reg)?;
                Ok(pm)
            }
            [] => Ok(OpPassManager::new("builtin.module")),
            _ => Err(format!(
                "top-level pass pipeline must be a single op anchor such as 'builtin.module(...)', got '{text}'"
            )),
        }
    }
    /// The pipeline in textual syntax.
    pub fn to_pipeline_string(&self) -> String {
        let mut s = String::new();
        self.write_pipeline(&mut s);
        s
    }
    fn write_pipeline(&self, s: &mut String) {
        let _ = write!(s, "{}(", self.anchor);
        for (i, e) in self.entries.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            match e {
                Entry::Pass(p) => {
                    s.push_str(p.argument());
                    let o = p.options();
                    if !o.is_empty() {
                        let _ = write!(s, "{{{o}}}");
                    }
                }
                Entry::Nested(pm) => pm.write_pipeline(s),
            }
        }
        s.push(')');
    }

    /// Runs the pipeline on `op`, which must match the anchor.
    pub fn run(&mut self, m: &mut Module, op: OpId, ro: &mut RunOptions) -> Result<(), PassFailed> {
        if self.anchor != "any" && m.op_name(op) != self.anchor {
            ro.diags.push(Diagnostic::error(
                m.loc(op),
                format!("can't run '{}' pass manager on '{}' op", self.anchor, m.op_name(op)),
            ));
            return Err(PassFailed);
        }
        self.run_on(m, op, ro)
    }

    fn run_on(&mut self, m: &mut Module, op: OpId, ro: &mut RunOptions) -> Result<(), PassFailed> {
        for e in &mut self.entries {
            match e {
                Entry::Pass(p) => run_pass(p.as_mut(), m, op, ro)?,
                Entry::Nested(pm) => {
                    let label = format!("'{}' Pipeline", pm.anchor);
                    if let Some(t) = &mut ro.timing {
                        t.enter(&label);
                    }
                    let targets: Vec<OpId> = m
                        .regions(op)
                        .iter()
                        .flat_map(|&r| m.region_blocks(r).to_vec())
                        .flat_map(|b| m.block_ops(b).collect::<Vec<_>>())
                        .filter(|&c| pm.anchor == "any" || m.op_name(c) == pm.anchor)
                        .collect();
                    let _span = tracing::debug_span!("pipeline", anchor = %pm.anchor).entered();
                    let mut r = Ok(());
                    for c in targets {
                        if m.is_alive(c) {
                            r = pm.run_on(m, c, ro);
                            if r.is_err() {
                                break;
                            }
                        }
                    }
                    if let Some(t) = &mut ro.timing {
                        t.leave();
                    }
                    r?;
                }
            }
        }
        Ok(())
    }

    /// Statistics report in MLIR's layout.
    pub fn statistics_report(&self) -> String {
        let mut s = String::new();
        s.push_str("===-------------------------------------------------------------------------===\n");
        s.push_str("                         ... Pass statistics report ...\n");
        s.push_str("===-------------------------------------------------------------------------===\n");
        self.write_stats(&mut s, 0);
        s
    }
    fn write_stats(&self, s: &mut String, indent: usize) {
        let pad = "  ".repeat(indent);
        let _ = writeln!(s, "{pad}'{}' Pipeline", self.anchor);
        for e in &self.entries {
            match e {
                Entry::Pass(p) => {
                    let _ = writeln!(s, "{pad}  {}", p.display_name());
                    for st in p.statistics() {
                        let _ = writeln!(s, "{pad}    (S) {} {} - {}", st.value, st.name, st.desc);
                    }
                }
                Entry::Nested(pm) => pm.write_stats(s, indent + 1),
            }
        }
    }
}

thread_local! {
    /// When pipelines on this thread must stop (an engine's compile-time limit).
    static DEADLINE: std::cell::Cell<Option<(std::time::Instant, f64)>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` with pipelines on this thread stopping at the first pass boundary after
/// `seconds` (a pass already running finishes); the error names the pass and the limit.
pub fn with_time_limit<R>(seconds: f64, f: impl FnOnce() -> R) -> R {
    /// Puts the previous deadline back, also when `f` unwinds.
    struct Restore(Option<(std::time::Instant, f64)>);
    impl Drop for Restore {
        fn drop(&mut self) {
            DEADLINE.with(|d| d.set(self.0));
        }
    }
    let deadline = std::time::Duration::try_from_secs_f64(seconds)
        .ok()
        .and_then(|d| std::time::Instant::now().checked_add(d))
        .map(|at| (at, seconds));
    let _restore = Restore(DEADLINE.with(|d| d.replace(deadline)));
    f()
}

/// `Some(limit in seconds)` when this thread's time limit has passed.
pub fn time_limit_passed() -> Option<f64> {
    DEADLINE
        .with(|d| d.get())
        .filter(|(at, _)| std::time::Instant::now() >= *at)
        .map(|(_, s)| s)
}

fn run_pass(p: &mut dyn Pass, m: &mut Module, op: OpId, ro: &mut RunOptions) -> Result<(), PassFailed> {
    let name = p.display_name();
    let arg = p.argument();
    if let Some(limit) = time_limit_passed() {
        ro.diags.push(Diagnostic::error(
            m.loc(op),
            format!("compile time limit of {limit} s reached before pass '{arg}': abandoned"),
        ));
        return Err(PassFailed);
    }
    let _span = tracing::debug_span!("pass", pass = arg, op = m.op_name(op)).entered();
    let before = if ro.ir_print.before_all || ro.ir_print.after_change {
        Some(print_op(m, op, ro.print_options))
    } else {
        None
    };
    if ro.ir_print.before_all {
        let _ = write!(
            ro.ir_dump,
            "// -----// IR Dump Before {name} ({arg}) //----- //\n{}\n",
            before.as_deref().unwrap_or("")
        );
    }
    if let Some(t) = &mut ro.timing {
        t.enter(name);
    }
    let start = Instant::now();
    let mut cx = PassContext::default();
    let r = p.run(m, op, &mut cx);
    let elapsed = start.elapsed();
    if let Some(t) = &mut ro.timing {
        t.leave();
    }
    tracing::debug!(
        pass = arg,
        elapsed_us = elapsed.as_micros() as u64,
        ok = r.is_ok(),
        "pass finished"
    );
    let failed = r.is_err() || cx.diags.iter().any(|d| d.severity == crate::diag::Severity::Error);
    ro.diags.append(&mut cx.diags);
    if failed {
        if ro.ir_print.after_failure {
            let _ = write!(
                ro.ir_dump,
                "// -----// IR Dump After {name} Failed ({arg}) //----- //\n{}\n",
                print_op(m, op, ro.print_options)
            );
        }
        return Err(PassFailed);
    }
    if ro.ir_print.after_all {
        let _ = write!(
            ro.ir_dump,
            "// -----// IR Dump After {name} ({arg}) //----- //\n{}\n",
            print_op(m, op, ro.print_options)
        );
    } else if ro.ir_print.after_change {
        let after = print_op(m, op, ro.print_options);
        if before.as_deref() != Some(after.as_str()) {
            let _ = write!(
                ro.ir_dump,
                "// -----// IR Dump After {name} ({arg}) //----- //\n{after}\n"
            );
        }
    }
    if ro.verify_each {
        if let Some(t) = &mut ro.timing {
            t.enter("(V) Verifier");
        }
        let v = verify(m, op);
        if let Some(t) = &mut ro.timing {
            t.leave();
        }
        if let Err(mut errs) = v {
            ro.diags.push(Diagnostic::error(
                m.loc(op),
                format!("verification failed after pass '{arg}'"),
            ));
            ro.diags.append(&mut errs);
            return Err(PassFailed);
        }
    }
    Ok(())
}
