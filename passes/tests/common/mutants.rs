//! Generic-form mutants of one op: what the mutation tests of the passes
//! (`passes/tests/robustness.rs`) and of tier 0 (`runtime/src/interp/mutation_tests.rs`) feed
//! through Kiln. Included by path from both.

/// Splits `s` at its top-level commas (not inside `<>`, `()`, `[]`, `{}` or quotes).
fn top_level_split(s: &str) -> Vec<&str> {
    let (mut depth, mut quoted, mut start, mut out) = (0i32, false, 0, Vec::new());
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '<' | '(' | '[' | '{' if !quoted => depth += 1,
            '>' | ')' | ']' | '}' if !quoted => depth -= 1,
            ',' if depth == 0 && !quoted => {
                out.push(s[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    if !s[start..].trim().is_empty() {
        out.push(s[start..].trim());
    }
    out
}

/// The byte range of the parenthesized list opening at `open` (exclusive of the parentheses).
fn paren_list(s: &str, open: usize) -> Option<(usize, usize)> {
    let mut depth = 0;
    for (i, c) in s[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some((open + 1, open + i));
                }
            }
            _ => {}
        }
    }
    None
}

/// Mutants of one single-line generic op: one operand too few or too many (with its type),
/// no result, and its float and integer element types swapped.
pub fn mutants(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some(q) = line.find("\"(") else { return out };
    let Some((oa, ob)) = paren_list(line, q + 1) else {
        return out;
    };
    let Some(sig) = line.rfind(" : (").map(|i| i + 3) else {
        return out;
    };
    let Some((ta, tb)) = paren_list(line, sig) else {
        return out;
    };
    if ta < ob {
        return out;
    }
    let operands = top_level_split(&line[oa..ob]);
    let types = top_level_split(&line[ta..tb]);
    if operands.len() != types.len() {
        return out;
    }
    let rebuild = |ops: &[&str], tys: &[&str]| {
        format!(
            "{}{}{}{}{}",
            &line[..oa],
            ops.join(", "),
            &line[ob..ta],
            tys.join(", "),
            &line[tb..]
        )
    };
    if !operands.is_empty() {
        out.push(rebuild(&operands[..operands.len() - 1], &types[..types.len() - 1]));
        let (mut o, mut t) = (operands.clone(), types.clone());
        o.push(operands[0]);
        t.push(types[0]);
        out.push(rebuild(&o, &t));
    } else {
        out.push(rebuild(&["%arg0"], &["f32"]));
    }
    if let (Some(eq), Some(arrow)) = (line.find(" = \""), line.rfind(") -> ")) {
        let lead = line.len() - line.trim_start().len();
        out.push(format!("{}{} -> ()", &line[..lead], &line[eq + 3..arrow + 1]));
    }
    for (a, b) in [("f32", "i32"), ("i32", "f32"), ("i1", "f32"), ("f32", "index")] {
        if line[sig..].contains(a) {
            out.push(format!("{}{}", &line[..sig], line[sig..].replacen(a, b, 1)));
        }
    }
    out
}

/// Whole-module mutants: every use of one element type swapped for another, so that programs
/// verify on element types their tests never used (f16, bf16, f64, i64, unsigned).
pub fn module_mutants(text: &str) -> Vec<String> {
    [
        ("f32", "f64"),
        ("f32", "f16"),
        ("f32", "bf16"),
        ("f32", "i32"),
        ("i32", "i64"),
        ("i32", "ui32"),
        ("i64", "ui64"),
    ]
    .iter()
    .filter(|(a, _)| text.contains(a))
    .map(|(a, b)| {
        // Whole type tokens only (`xf32>`, `: f32`), not `f32` inside names.
        let mut out = String::with_capacity(text.len());
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            let boundary_before =
                i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_') || bytes[i - 1] == b'x';
            let after = i + a.len();
            let boundary_after = after >= text.len() || !(bytes[after].is_ascii_alphanumeric() || bytes[after] == b'_');
            if text[i..].starts_with(a) && boundary_before && boundary_after {
                out.push_str(b);
                i = after;
            } else {
                let c = text[i..].chars().next().expect("in bounds");
                out.push(c);
                i += c.len_utf8();
            }
        }
        out
    })
    .collect()
}

/// Every mutant of a module printed in generic form, as `(label, module text)`: the
/// whole-module ones (label "(whole module)"), then one per op line and mutation (labelled by
/// the mutated line) unless `seen` already had it: the tests repeat their ops.
pub fn mutated_modules(text: &str, seen: &mut std::collections::HashSet<String>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = module_mutants(text)
        .into_iter()
        .map(|m| ("(whole module)".to_string(), m))
        .collect();
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        for mutant in mutants(line) {
            if !seen.insert(mutant.trim().to_string()) {
                continue;
            }
            let mut l2 = lines.clone();
            l2[i] = &mutant;
            out.push((mutant.trim().to_string(), l2.join("\n")));
        }
    }
    out
}

/// Generated corpora under `test/`: 800 modules of machine-written JAX output (9 MB) that
/// lit runs at every tier. Every-prefix and every-line mutation of them would take hours and
/// add nothing the hand-written tests and the shared corpus do not cover.
const GENERATED: &[&str] = &["jax-random"];

/// The `.mlir` files under `dir`, recursively, sorted, without the generated corpora.
pub fn mlir_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                if GENERATED.iter().any(|g| p.file_name().is_some_and(|n| n == *g)) {
                    continue;
                }
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "mlir") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The parse settings of the mutation tests: registered dialects only.
pub fn strict_config() -> kiln_ir::parser::ParseConfig {
    kiln_ir::parser::ParseConfig {
        allow_unregistered: false,
        file_name: "m.mlir".into(),
        first_line: 1,
    }
}

/// Every `// -----` chunk of every test file under `dir` that parses, printed in generic form,
/// with its file.
pub fn generic_programs(
    ctx: &std::sync::Arc<kiln_ir::Context>,
    dir: &std::path::Path,
) -> Vec<(std::path::PathBuf, String)> {
    let cfg = strict_config();
    let mut out = Vec::new();
    for f in mlir_files(dir) {
        let src = std::fs::read_to_string(&f).unwrap_or_default();
        for chunk in kiln_ir::split::split_input(&src) {
            if let Ok(m) = kiln_ir::parser::parse_source(ctx, chunk.text, &cfg) {
                let text = kiln_ir::printer::print_module(
                    &m,
                    kiln_ir::printer::PrintOptions {
                        generic: true,
                        debug_info: false,
                        ..Default::default()
                    },
                );
                out.push((f.clone(), text));
            }
        }
    }
    out
}

/// The message of a caught panic.
pub fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}
