//! Splitting a file into independent chunks at `// -----` lines (`--split-input-file`).

/// A chunk of a split file and the line number of its first line.
#[derive(Clone, Debug)]
pub struct Chunk<'s> {
    pub text: &'s str,
    pub first_line: u32,
}

/// Splits `src` at lines that consist of `// -----` (possibly with trailing dashes/spaces).
pub fn split_input(src: &str) -> Vec<Chunk<'_>> {
    let mut chunks = Vec::new();
    let mut start = 0;
    let mut first_line = 1;
    let mut pos = 0;
    for (line, l) in (1..).zip(src.split_inclusive('\n')) {
        let t = l.trim();
        if t.starts_with("// -----") && t[2..].trim().chars().all(|c| c == '-') {
            chunks.push(Chunk {
                text: &src[start..pos],
                first_line,
            });
            start = pos + l.len();
            first_line = line + 1;
        }
        pos += l.len();
    }
    chunks.push(Chunk {
        text: &src[start..],
        first_line,
    });
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn splits_and_numbers() {
        let c = split_input("a\n// -----\nb\nc\n// -----\nd");
        assert_eq!(c.len(), 3);
        assert_eq!(c[1].text, "b\nc\n");
        assert_eq!(c[1].first_line, 3);
        assert_eq!(c[2].first_line, 6);
    }
}
