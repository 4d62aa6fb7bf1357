//! `--verify-diagnostics`: match produced diagnostics against `// expected-<severity> @<where>
//! {{<text>}}` comments, as mlir-opt does.

use kiln_ir::{Context, Diagnostic, Severity};

/// One expectation from a comment.
pub struct Expected {
    pub severity: Severity,
    pub line: u32,
    pub text: String,
    /// Line of the comment itself (for reporting).
    pub at: u32,
    pub matched: bool,
}

/// Collects the expectations in `text`, whose first line is `first_line`.
pub fn collect(text: &str, first_line: u32) -> Result<Vec<Expected>, String> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        let line = first_line + i as u32;
        let mut rest = *l;
        while let Some(p) = rest.find("expected-") {
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
            let after = after.trim_start();
            let (target, after) = if let Some(a) = after.strip_prefix('@') {
                let end = a.find(|c: char| c.is_whitespace() || c == '{').unwrap_or(a.len());
                let spec = &a[..end];
                let t = match spec {
                    "above" => line.checked_sub(1).ok_or("@above on the first line")?,
                    "below" => line + 1,
                    s if s.starts_with('+') => {
                        line + s[1..]
                            .parse::<u32>()
                            .map_err(|_| format!("line {line}: bad offset '{s}'"))?
                    }
                    s if s.starts_with('-') => line
                        .checked_sub(
                            s[1..]
                                .parse::<u32>()
                                .map_err(|_| format!("line {line}: bad offset '{s}'"))?,
                        )
                        .ok_or("offset before the file start")?,
                    s => {
                        return Err(format!(
                            "line {line}: unsupported location '@{s}' in expected diagnostic"
                        ))
                    }
                };
                (t, a[end..].trim_start())
            } else {
                (line, after)
            };
            let Some(body) = after.strip_prefix("{{") else {
                return Err(format!("line {line}: expected '{{{{' after expected-{}", sev.word()));
            };
            let Some(end) = body.find("}}") else {
                return Err(format!("line {line}: missing '}}}}' in expected diagnostic"));
            };
            out.push(Expected {
                severity: sev,
                line: target,
                text: body[..end].to_string(),
                at: line,
                matched: false,
            });
            rest = &body[end + 2..];
        }
    }
    Ok(out)
}

/// Matches `diags` (flattened with their notes) against `exp`; returns the problems found.
pub fn check(ctx: &Context, file: &str, diags: &[Diagnostic], exp: &mut [Expected]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut flat: Vec<&Diagnostic> = Vec::new();
    for d in diags {
        flat.push(d);
        flat.extend(d.notes.iter());
    }
    for d in flat {
        let pos = d.loc.and_then(|l| ctx.file_line_col(l)).filter(|(f, _, _)| *f == file);
        let hit = pos.and_then(|(_, line, _)| {
            exp.iter_mut()
                .find(|e| e.severity == d.severity && e.line == line && d.message.contains(&e.text))
        });
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
