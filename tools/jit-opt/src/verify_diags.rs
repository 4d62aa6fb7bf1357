//! `--verify-diagnostics`: match produced diagnostics against `// expected-<severity>[-re]
//! [@<where>] {{<text>}}` comments, as mlir-opt does. `<where>` is `above`, `below`, `+N` or
//! `-N` (lines from the comment); `-re` makes every `{{...}}` inside the text a regular
//! expression and the rest literal (`expected-error-re {{got {{[0-9]+}} operands}}`).

use kiln_ir::{Context, Diagnostic, Severity};
use regex_lite::Regex;

/// How an expectation matches a message.
pub enum Matcher {
    /// The message contains this text.
    Substring(String),
    /// The message contains a match of this expression (from an `-re` comment).
    Regex(Regex),
}

impl Matcher {
    fn matches(&self, message: &str) -> bool {
        match self {
            Matcher::Substring(s) => message.contains(s.as_str()),
            Matcher::Regex(r) => r.is_match(message),
        }
    }
}

/// One expectation from a comment.
pub struct Expected {
    pub severity: Severity,
    pub line: u32,
    /// The comment's text (for reporting).
    pub text: String,
    pub matcher: Matcher,
    /// Line of the comment itself (for reporting).
    pub at: u32,
    pub matched: bool,
}

/// Collects the expectations in `text` (of file `file`), whose first line is `first_line`.
/// A malformed comment is an error located at it.
pub fn collect(file: &str, text: &str, first_line: u32) -> Result<Vec<Expected>, String> {
    let mut out = Vec::new();
    for (i, l) in text.lines().enumerate() {
        let line = first_line + i as u32;
        let err = |col: usize, msg: String| format!("{file}:{line}:{}: error: {msg}", col + 1);
        let mut rest = l;
        while let Some(p) = rest.find("expected-") {
            let col = l.len() - rest.len() + p;
            rest = &rest[p + "expected-".len()..];
            let (sev, after) = if let Some(a) = rest.strip_prefix("error") {
                (Severity::Error, a)
            } else if let Some(a) = rest.strip_prefix("warning") {
                (Severity::Warning, a)
            } else if let Some(a) = rest.strip_prefix("note") {
                (Severity::Note, a)
            } else if let Some(a) = rest.strip_prefix("remark") {
                (Severity::Remark, a)
            } else {
                continue;
            };
            let (regex, after) = match after.strip_prefix("-re") {
                Some(a) => (true, a),
                None => (false, after),
            };
            let after = after.trim_start();
            let (target, after) = if let Some(a) = after.strip_prefix('@') {
                let end = a.find(|c: char| c.is_whitespace() || c == '{').unwrap_or(a.len());
                let spec = &a[..end];
                let offset = |s: &str| {
                    s[1..]
                        .parse::<u32>()
                        .map_err(|_| err(col, format!("bad line offset '@{s}'")))
                };
                let t = match spec {
                    "above" => line
                        .checked_sub(1)
                        .ok_or_else(|| err(col, "'@above' on the first line".into()))?,
                    "below" => line + 1,
                    s if s.starts_with('+') => line + offset(s)?,
                    s if s.starts_with('-') => line
                        .checked_sub(offset(s)?)
                        .ok_or_else(|| err(col, format!("'@{s}' points before the first line")))?,
                    s => {
                        return Err(err(
                            col,
                            format!("unsupported location '@{s}' in an expected diagnostic"),
                        ))
                    }
                };
                (t, a[end..].trim_start())
            } else {
                (line, after)
            };
            let Some(body) = after.strip_prefix("{{") else {
                return Err(err(col, format!("expected '{{{{' after 'expected-{}'", sev.word())));
            };
            // An `-re` text holds `{{...}}` groups of its own: it ends at the line's last `}}`
            // (as in mlir-opt); a plain one at the first, so a line may hold several.
            let end = if regex { body.rfind("}}") } else { body.find("}}") };
            let Some(end) = end else {
                return Err(err(col, "missing '}}' at the end of an expected diagnostic".into()));
            };
            let text = body[..end].to_string();
            let matcher = if regex {
                Matcher::Regex(compile(&text).map_err(|e| err(col, e))?)
            } else {
                Matcher::Substring(text.clone())
            };
            out.push(Expected {
                severity: sev,
                line: target,
                text,
                matcher,
                at: line,
                matched: false,
            });
            rest = &body[end + 2..];
        }
    }
    Ok(out)
}

/// The expression of an `-re` text: `{{...}}` groups as written, the rest escaped.
fn compile(text: &str) -> Result<Regex, String> {
    let mut pattern = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("{{") {
        pattern.push_str(&regex_lite::escape(&rest[..open]));
        let group = &rest[open + 2..];
        let close = group
            .find("}}")
            .ok_or_else(|| format!("unterminated '{{{{' in the regular expression '{text}'"))?;
        pattern.push_str(&format!("(?:{})", &group[..close]));
        rest = &group[close + 2..];
    }
    pattern.push_str(&regex_lite::escape(rest));
    Regex::new(&pattern).map_err(|e| format!("invalid regular expression in '{text}': {e}"))
}

/// Matches `diags` (flattened with their notes) against `exp`; returns the problems found,
/// each located in `file`.
pub fn check(ctx: &Context, file: &str, diags: &[Diagnostic], exp: &mut [Expected]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut flat: Vec<&Diagnostic> = Vec::new();
    for d in diags {
        flat.push(d);
        flat.extend(d.notes.iter());
    }
    for d in flat {
        let pos = d.loc.and_then(|l| ctx.file_line_col(l)).filter(|(f, _, _)| *f == file);
        // An unmatched expectation first; several diagnostics may match one, as in mlir-opt.
        let fits =
            |e: &Expected, line: u32| e.severity == d.severity && e.line == line && e.matcher.matches(&d.message);
        let hit = pos.and_then(|(_, line, _)| {
            let i = exp.iter().position(|e| !e.matched && fits(e, line));
            i.or_else(|| exp.iter().position(|e| fits(e, line)))
        });
        let hit = hit.map(|i| &mut exp[i]);
        match hit {
            Some(e) => e.matched = true,
            None => {
                let at = pos
                    .map(|(f, l, c)| format!("{f}:{l}:{c}"))
                    .unwrap_or_else(|| file.to_string());
                problems.push(format!("{at}: error: unexpected {}: {}", d.severity.word(), d.message));
            }
        }
    }
    for e in exp.iter().filter(|e| !e.matched) {
        problems.push(format!(
            "{file}:{}:1: error: expected {} \"{}\" was not produced (expected at line {})",
            e.at,
            e.severity.word(),
            e.text,
            e.line
        ));
    }
    problems
}
