//! Diagnostics: severity, location, message and notes, rendered MLIR-style with the source line
//! and a caret when the location points into a known buffer.

use crate::attrs::Attr;
use crate::context::Context;
use std::fmt::Write;
use std::sync::Arc;

/// How serious a diagnostic is.
#[derive(Copy, Clone, PartialEq, Eq, Debug, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    Note,
    Remark,
}

impl Severity {
    /// The word used in output and in `expected-<word>` comments.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
            Severity::Remark => "remark",
        }
    }
}

/// A message about the IR or its text, at a location.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A location attribute; `None` when there is nothing to point at.
    pub loc: Option<Attr>,
    pub message: String,
    /// Attached notes (e.g. "see the definition here").
    pub notes: Vec<Diagnostic>,
}

impl Diagnostic {
    pub fn new(severity: Severity, loc: Option<Attr>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity,
            loc,
            message: message.into(),
            notes: Vec::new(),
        }
    }
    /// An error at `loc`.
    pub fn error(loc: Attr, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, Some(loc), message)
    }
    /// A warning at `loc`.
    pub fn warning(loc: Attr, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, Some(loc), message)
    }
    /// A remark at `loc`: what an optimization did and why (`-Rpass` in LLVM's terms).
    pub fn remark(loc: Attr, message: impl Into<String>) -> Self {
        Self::new(Severity::Remark, Some(loc), message)
    }
    /// Attaches a note.
    pub fn with_note(mut self, loc: Option<Attr>, message: impl Into<String>) -> Self {
        self.notes.push(Diagnostic::new(Severity::Note, loc, message));
        self
    }
}

/// `error: message`, then each note on its own line. The location needs the context to be
/// read, so it is not part of this text: [`SourceMgr::render`] gives `file:line:col`, the
/// source line and a caret.
impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.severity.word(), self.message)?;
        for n in &self.notes {
            write!(f, "\n{n}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// The text of the files diagnostics may point into.
#[derive(Default, Clone)]
pub struct SourceMgr {
    buffers: Vec<Buffer>,
}

#[derive(Clone)]
struct Buffer {
    name: String,
    text: Arc<str>,
    /// Line number of the buffer's first line (a split chunk starts inside its file).
    first_line: u32,
}

impl SourceMgr {
    pub fn new() -> Self {
        Self::default()
    }
    /// Registers a buffer named `name` whose first line is line `first_line` of the file.
    pub fn add(&mut self, name: &str, text: Arc<str>, first_line: u32) {
        self.buffers.push(Buffer {
            name: name.to_string(),
            text,
            first_line,
        });
    }
    fn line(&self, file: &str, line: u32) -> Option<&str> {
        self.buffers
            .iter()
            .filter(|b| b.name == file && line >= b.first_line)
            .find_map(|b| b.text.lines().nth((line - b.first_line) as usize))
    }

    /// Renders a diagnostic (and its notes) as `file:line:col: error: message`, the source line
    /// and a caret.
    pub fn render(&self, ctx: &Context, d: &Diagnostic) -> String {
        let mut out = String::new();
        self.render_into(ctx, d, &mut out);
        out
    }
    fn render_into(&self, ctx: &Context, d: &Diagnostic, out: &mut String) {
        let fl = d.loc.and_then(|l| ctx.file_line_col(l));
        match (fl, d.loc) {
            (Some((file, line, col)), _) => {
                let _ = writeln!(out, "{file}:{line}:{col}: {}: {}", d.severity.word(), d.message);
                if let Some(src) = self.line(file, line) {
                    let _ = writeln!(out, "{src}");
                    let pad: String = src
                        .chars()
                        .take(col.saturating_sub(1) as usize)
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
                    let _ = writeln!(out, "{pad}^");
                }
            }
            (None, Some(loc)) => {
                let mut p = String::new();
                crate::printer::print_loc(ctx, loc, &mut p);
                let _ = writeln!(out, "{p}: {}: {}", d.severity.word(), d.message);
            }
            (None, None) => {
                let _ = writeln!(out, "{}: {}", d.severity.word(), d.message);
            }
        }
        for n in &d.notes {
            self.render_into(ctx, n, out);
        }
    }
}

/// Errors carry their diagnostics.
#[derive(Debug, thiserror::Error)]
#[error("{}", .0.first().map(|d| d.message.as_str()).unwrap_or("failure"))]
pub struct DiagError(pub Vec<Diagnostic>);

impl From<Diagnostic> for DiagError {
    fn from(d: Diagnostic) -> Self {
        DiagError(vec![d])
    }
}
