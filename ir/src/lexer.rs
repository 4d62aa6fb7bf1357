//! Tokens of MLIR's textual format.

/// Token kinds.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Tok {
    Eof,
    /// A character that starts no token.
    Error,
    /// `foo`, `foo.bar`, `i32`, `x64xf32`.
    BareIdent,
    /// `@foo` or `@"quoted"`.
    AtIdent,
    /// `%foo`, `%0` (a following `#N` is part of the token).
    PercentIdent,
    /// `^bb0`.
    CaretIdent,
    /// `#foo`, `#foo.bar`.
    HashIdent,
    /// `!foo`, `!foo.bar`.
    ExclIdent,
    Integer,
    Float,
    String,
    LParen,
    RParen,
    LBrace,
    RBrace,
    LSquare,
    RSquare,
    Less,
    Greater,
    Equal,
    Colon,
    Comma,
    Arrow,
    Question,
    Plus,
    Minus,
    Star,
    Ellipsis,
    /// `{-#`: start of file metadata (dialect resources).
    MetadataBegin,
}

/// A token: kind, byte range, and the line/column of its start (1-based).
#[derive(Copy, Clone, Debug)]
pub struct Token {
    pub kind: Tok,
    pub start: u32,
    pub end: u32,
    pub line: u32,
    pub col: u32,
}

/// Scans tokens out of a source buffer.
#[derive(Clone)]
pub struct Lexer<'s> {
    pub src: &'s str,
    bytes: &'s [u8],
    pub pos: usize,
    line: u32,
    line_start: usize,
}

#[inline]
fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}
#[inline]
fn is_id_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'.'
}
#[inline]
fn is_suffix_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'.' || c == b'-'
}

impl<'s> Lexer<'s> {
    /// A lexer whose first line is numbered `first_line`.
    pub fn new(src: &'s str, first_line: u32) -> Self {
        Lexer {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            line: first_line,
            line_start: 0,
        }
    }

    /// Line and column (1-based) of byte offset `pos`, which must be at or after the last
    /// position this lexer reset its line counter at.
    pub fn line_col(&self, pos: usize) -> (u32, u32) {
        // Positions before the current line are rare (error paths): count from the line start.
        if pos >= self.line_start {
            return (self.line, (pos - self.line_start) as u32 + 1);
        }
        let before = &self.bytes[..pos];
        let nl_back = self.bytes[pos..self.line_start].iter().filter(|&&c| c == b'\n').count() as u32;
        let ls = before.iter().rposition(|&c| c == b'\n').map(|i| i + 1).unwrap_or(0);
        (self.line - nl_back, (pos - ls) as u32 + 1)
    }

    /// Moves to byte offset `pos` (which must be ahead of, or at, the current position or at
    /// the start of a token previously produced on the current line).
    pub fn reset_to(&mut self, pos: usize) {
        if pos >= self.pos {
            for i in self.pos..pos {
                if self.bytes[i] == b'\n' {
                    self.line += 1;
                    self.line_start = i + 1;
                }
            }
        } else {
            for i in pos..self.pos {
                if self.bytes[i] == b'\n' {
                    self.line -= 1;
                }
            }
            self.line_start = self.bytes[..pos]
                .iter()
                .rposition(|&c| c == b'\n')
                .map(|i| i + 1)
                .unwrap_or(0);
        }
        self.pos = pos;
    }

    fn skip_trivia(&mut self) {
        let b = self.bytes;
        let mut p = self.pos;
        loop {
            match b.get(p) {
                Some(b' ' | b'\t' | b'\r') => p += 1,
                Some(b'\n') => {
                    p += 1;
                    self.line += 1;
                    self.line_start = p;
                }
                Some(b'/') if b.get(p + 1) == Some(&b'/') => {
                    while p < b.len() && b[p] != b'\n' {
                        p += 1;
                    }
                }
                _ => break,
            }
        }
        self.pos = p;
    }

    /// The next token.
    pub fn next_token(&mut self) -> Token {
        self.skip_trivia();
        let b = self.bytes;
        let start = self.pos;
        let line = self.line;
        let col = (start - self.line_start) as u32 + 1;
        let mk = |kind, end: usize| Token {
            kind,
            start: start as u32,
            end: end as u32,
            line,
            col,
        };
        let Some(&c) = b.get(start) else {
            return mk(Tok::Eof, start);
        };
        let mut p = start + 1;
        let kind = match c {
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            b'{' => {
                if b.get(p) == Some(&b'-') && b.get(p + 1) == Some(&b'#') {
                    p += 2;
                    Tok::MetadataBegin
                } else {
                    Tok::LBrace
                }
            }
            b'}' => Tok::RBrace,
            b'[' => Tok::LSquare,
            b']' => Tok::RSquare,
            b'<' => Tok::Less,
            b'>' => Tok::Greater,
            b'=' => Tok::Equal,
            b':' => Tok::Colon,
            b',' => Tok::Comma,
            b'?' => Tok::Question,
            b'+' => Tok::Plus,
            b'*' => Tok::Star,
            b'-' => {
                if b.get(p) == Some(&b'>') {
                    p += 1;
                    Tok::Arrow
                } else {
                    Tok::Minus
                }
            }
            b'.' => {
                if b.get(p) == Some(&b'.') && b.get(p + 1) == Some(&b'.') {
                    p += 2;
                    Tok::Ellipsis
                } else {
                    Tok::Error
                }
            }
            b'"' => match self.scan_string(start) {
                Some(e) => {
                    p = e;
                    Tok::String
                }
                None => {
                    p = b.len();
                    Tok::Error
                }
            },
            b'@' => {
                if b.get(p) == Some(&b'"') {
                    match self.scan_string(p) {
                        Some(e) => {
                            p = e;
                            Tok::AtIdent
                        }
                        None => Tok::Error,
                    }
                } else if b.get(p).is_some_and(|&c| is_id_start(c)) {
                    while b.get(p).is_some_and(|&c| is_suffix_char(c)) {
                        p += 1;
                    }
                    Tok::AtIdent
                } else {
                    Tok::Error
                }
            }
            b'%' | b'^' => {
                let k = if c == b'%' { Tok::PercentIdent } else { Tok::CaretIdent };
                if b.get(p).is_some_and(|&c| is_suffix_char(c)) {
                    while b.get(p).is_some_and(|&c| is_suffix_char(c)) {
                        p += 1;
                    }
                    if c == b'%' && b.get(p) == Some(&b'#') && b.get(p + 1).is_some_and(|c| c.is_ascii_digit()) {
                        p += 1;
                        while b.get(p).is_some_and(|c| c.is_ascii_digit()) {
                            p += 1;
                        }
                    }
                    k
                } else {
                    Tok::Error
                }
            }
            b'#' | b'!' => {
                let k = if c == b'#' { Tok::HashIdent } else { Tok::ExclIdent };
                if c == b'#' && b.get(p) == Some(&b'-') && b.get(p + 1) == Some(&b'}') {
                    // `#-}` only appears closing metadata, which the parser skips as a whole.
                    p += 2;
                    Tok::Error
                } else if b.get(p).is_some_and(|&c| is_suffix_char(c)) {
                    while b.get(p).is_some_and(|&c| is_suffix_char(c)) {
                        p += 1;
                    }
                    k
                } else {
                    Tok::Error
                }
            }
            b'0'..=b'9' => {
                if c == b'0' && b.get(p) == Some(&b'x') && b.get(p + 1).is_some_and(|c| c.is_ascii_hexdigit()) {
                    p += 1;
                    while b.get(p).is_some_and(|c| c.is_ascii_hexdigit()) {
                        p += 1;
                    }
                    Tok::Integer
                } else {
                    while b.get(p).is_some_and(|c| c.is_ascii_digit()) {
                        p += 1;
                    }
                    if b.get(p) == Some(&b'.') {
                        p += 1;
                        while b.get(p).is_some_and(|c| c.is_ascii_digit()) {
                            p += 1;
                        }
                        if matches!(b.get(p), Some(b'e' | b'E')) {
                            let mut q = p + 1;
                            if matches!(b.get(q), Some(b'+' | b'-')) {
                                q += 1;
                            }
                            if b.get(q).is_some_and(|c| c.is_ascii_digit()) {
                                p = q;
                                while b.get(p).is_some_and(|c| c.is_ascii_digit()) {
                                    p += 1;
                                }
                            }
                        }
                        Tok::Float
                    } else {
                        Tok::Integer
                    }
                }
            }
            c if is_id_start(c) => {
                while b.get(p).is_some_and(|&c| is_id_char(c)) {
                    p += 1;
                }
                Tok::BareIdent
            }
            _ => {
                // Step over a whole UTF-8 character so the error span is valid text.
                while p < b.len() && (b[p] & 0xC0) == 0x80 {
                    p += 1;
                }
                Tok::Error
            }
        };
        self.pos = p;
        mk(kind, p)
    }

    /// Scans a string starting at the quote at `start`; returns the end offset (past the quote).
    fn scan_string(&mut self, start: usize) -> Option<usize> {
        let b = self.bytes;
        let mut p = start + 1;
        while p < b.len() {
            match b[p] {
                b'"' => return Some(p + 1),
                b'\\' => p += 2,
                b'\n' => return None,
                _ => p += 1,
            }
        }
        None
    }
}

/// Decodes the contents of a string token (without the quotes): `\n`, `\t`, `\"`, `\\` and
/// two-digit hex escapes `\AB` as MLIR prints them.
pub fn unescape(s: &str) -> Result<String, String> {
    if !s.contains('\\') {
        return Ok(s.to_string());
    }
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let c = *b.get(i + 1).ok_or("unterminated escape")?;
        match c {
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'"' => out.push(b'"'),
            b'\\' => out.push(b'\\'),
            _ if c.is_ascii_hexdigit() && b.get(i + 2).is_some_and(|d| d.is_ascii_hexdigit()) => {
                let v = u8::from_str_radix(&s[i + 1..i + 3], 16).map_err(|e| e.to_string())?;
                out.push(v);
                i += 1;
            }
            _ => return Err(format!("unknown escape '\\{}'", c as char)),
        }
        i += 2;
    }
    String::from_utf8(out).map_err(|_| "string is not valid UTF-8".to_string())
}

/// Escapes a string for printing between quotes.
pub fn escape_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\22"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\0A"),
            '\t' => out.push_str("\\09"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                use std::fmt::Write;
                let _ = write!(out, "\\{:02X}", c as u32);
            }
            c => out.push(c),
        }
    }
}
