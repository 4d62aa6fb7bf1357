//! The parser's attributes: dictionaries, builtin and dialect attributes, numbers, dense and array literals.

use super::*;

impl<'s> Parser<'s> {
    // ----- attributes -----

    pub(super) fn parse_dict_entries(&mut self) -> PResult<Vec<(Sym, Attr)>> {
        self.expect(Tok::LBrace, "'{' to begin an attribute dictionary")?;
        let mut v: Vec<(Sym, Attr)> = Vec::new();
        if self.consume_if(Tok::RBrace) {
            return Ok(v);
        }
        loop {
            let t = self.tok;
            let name = match t.kind {
                Tok::BareIdent => self.text(t).to_string(),
                Tok::String => self.string_value(t)?,
                _ => return Err(self.err("expected attribute name")),
            };
            if name.is_empty() {
                return Err(self.err_at(t, "expected valid attribute name"));
            }
            self.advance();
            let sym = self.ctx.sym(&name);
            if v.iter().any(|(n, _)| *n == sym) {
                return Err(self.err_at(t, format!("duplicate key '{name}' in dictionary attribute")));
            }
            let value = if self.consume_if(Tok::Equal) {
                self.parse_attr()?
            } else {
                self.ctx.unit_attr()
            };
            v.push((sym, value));
            if !self.consume_if(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::RBrace, "'}' to end an attribute dictionary")?;
        Ok(v)
    }

    pub(crate) fn parse_attr(&mut self) -> PResult<Attr> {
        self.enter()?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.parse_attr_inner());
        self.leave();
        r
    }

    pub(super) fn parse_attr_inner(&mut self) -> PResult<Attr> {
        let t = self.tok;
        match t.kind {
            Tok::LSquare => {
                self.advance();
                let mut items = Vec::new();
                if !self.is(Tok::RSquare) {
                    loop {
                        items.push(self.parse_attr()?);
                        if !self.consume_if(Tok::Comma) {
                            break;
                        }
                    }
                }
                self.expect(Tok::RSquare, "']' to end an array attribute")?;
                Ok(self.ctx.array_attr(&items))
            }
            Tok::LBrace => {
                let d = self.parse_dict_entries()?;
                Ok(self.ctx.dict_attr(d))
            }
            Tok::String => {
                let s = self.string_value(t)?;
                self.advance();
                let ty = if self.consume_if(Tok::Colon) {
                    Some(self.parse_type()?)
                } else {
                    None
                };
                Ok(self.ctx.intern_attr(AttrKind::String { value: s.into(), ty }))
            }
            Tok::Integer | Tok::Float | Tok::Minus => self.parse_number_attr(),
            Tok::AtIdent => {
                let root = self.symbol_name(t)?;
                self.advance();
                let mut nested = Vec::new();
                while self.is(Tok::Colon) && self.peek().kind == Tok::Colon {
                    self.advance();
                    self.advance();
                    let n = self.expect(Tok::AtIdent, "symbol reference after '::'")?;
                    nested.push(self.ctx.sym(&self.symbol_name(n)?));
                }
                Ok(self.ctx.intern_attr(AttrKind::SymbolRef {
                    root: self.ctx.sym(&root),
                    nested: nested.into(),
                }))
            }
            Tok::HashIdent => self.parse_hash_attr(),
            Tok::BareIdent => {
                let kw = self.text(t);
                match kw {
                    "unit" => {
                        self.advance();
                        Ok(self.ctx.unit_attr())
                    }
                    "true" | "false" => {
                        self.advance();
                        Ok(self.ctx.bool_attr(kw == "true"))
                    }
                    "dense" => self.parse_dense(),
                    "array" => self.parse_dense_array(),
                    "loc" => {
                        self.advance();
                        self.expect(Tok::LParen, "'(' in location")?;
                        let l = self.parse_loc_inner()?;
                        self.expect(Tok::RParen, "')' in location")?;
                        Ok(l)
                    }
                    "affine_map" | "affine_set" | "strided" | "dense_resource" | "sparse" | "distinct" | "opaque" => {
                        let start = t.start as usize;
                        let end = self.capture_balanced(t.end as usize)?;
                        let text = &self.src[start..end];
                        self.seek(end);
                        Ok(self.ctx.intern_attr(AttrKind::Verbatim(text.into())))
                    }
                    _ => {
                        let ty = self.parse_type()?;
                        Ok(self.ctx.type_attr(ty))
                    }
                }
            }
            Tok::ExclIdent | Tok::LParen => {
                let ty = self.parse_type()?;
                Ok(self.ctx.type_attr(ty))
            }
            _ => Err(self.err("expected attribute value")),
        }
    }

    pub(super) fn symbol_name(&self, t: Token) -> PResult<String> {
        let s = &self.text(t)[1..];
        if s.starts_with('"') {
            unescape(&s[1..s.len() - 1]).map_err(|e| self.err_at(t, e))
        } else {
            Ok(s.to_string())
        }
    }

    pub(super) fn parse_hash_attr(&mut self) -> PResult<Attr> {
        let t = self.tok;
        let text = self.text(t);
        if let Some(&a) = self.attr_aliases.get(text) {
            self.advance();
            return Ok(a);
        }
        let (dialect, body) = self.parse_dialect_entity(t, false)?;
        Ok(self.ctx.intern_attr(AttrKind::Dialect {
            dialect,
            body: body.into(),
        }))
    }

    /// The dialect and body text of a dialect attribute (`#d.x<...>`, `#d<...>`) or type
    /// (`!d.x<...>`) whose token is `t`, checked by the dialect (or allowed as unregistered);
    /// the parser continues after the body. One routine for both.
    pub(super) fn parse_dialect_entity(&mut self, t: Token, is_type: bool) -> PResult<(Sym, String)> {
        let text = self.text(t);
        let body_start = t.end as usize;
        let next_is_lt = self.src.as_bytes().get(body_start) == Some(&b'<');
        let ident = &text[1..];
        let (dialect, rest) = match ident.find('.') {
            Some(i) => (&ident[..i], &ident[i..]),
            None if next_is_lt => (ident, ""),
            None => return Err(self.err_at(t, format!("undefined symbol alias id '{ident}'"))),
        };
        let end = if next_is_lt {
            self.capture_balanced(body_start)?
        } else {
            body_start
        };
        let body = format!("{rest}{}", &self.src[body_start..end]);
        self.check_dialect_entity(dialect, &body, t, is_type)?;
        self.seek(end);
        Ok((self.ctx.sym(dialect), body))
    }

    pub(super) fn check_dialect_entity(&self, dialect: &str, body: &str, t: Token, is_type: bool) -> PResult<()> {
        let what = if is_type { "type" } else { "attribute" };
        match self.ctx.dialect(dialect) {
            Some(d) => {
                let check = if is_type { d.verify_type } else { d.verify_attr };
                if let Some(f) = check {
                    f(body).map_err(|e| self.err_at(t, format!("invalid {dialect} {what}: {e}")))?;
                }
                Ok(())
            }
            None if self.allow_unregistered => Ok(()),
            None => Err(self.err_at(
                t,
                format!("{what} of unregistered dialect '{dialect}'; use --allow-unregistered-dialect to accept it"),
            )),
        }
    }

    /// Finds the end of a `<...>` body starting at byte `start` (which must be `<`): brackets
    /// balance, strings are skipped, and `->` does not close.
    pub(super) fn capture_balanced(&self, start: usize) -> PResult<usize> {
        let b = self.src.as_bytes();
        if b.get(start) != Some(&b'<') {
            return Err(self.err_at(self.tok_at(start), "expected '<'"));
        }
        let mut stack: Vec<u8> = Vec::new();
        let mut p = start;
        while p < b.len() {
            let c = b[p];
            match c {
                b'<' | b'(' | b'[' | b'{' => stack.push(c),
                b'>' if p > 0 && b[p - 1] == b'-' => {}
                b'>' | b')' | b']' | b'}' => {
                    let open = match c {
                        b'>' => b'<',
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    if stack.pop() != Some(open) {
                        return Err(
                            self.err_at(self.tok_at(p), "unbalanced brackets in dialect attribute or type body")
                        );
                    }
                    if stack.is_empty() {
                        return Ok(p + 1);
                    }
                }
                b'"' => {
                    p += 1;
                    while p < b.len() && b[p] != b'"' {
                        if b[p] == b'\\' {
                            p += 1;
                        }
                        p += 1;
                    }
                }
                _ => {}
            }
            p += 1;
        }
        Err(self.err_at(self.tok_at(start), "unterminated '<' in dialect attribute or type body"))
    }

    pub(super) fn tok_at(&self, pos: usize) -> Token {
        let (line, col) = self.lex.line_col(pos);
        Token {
            kind: Tok::Error,
            start: pos as u32,
            end: pos as u32,
            line,
            col,
        }
    }

    pub(super) fn parse_number_attr(&mut self) -> PResult<Attr> {
        let neg = self.consume_if(Tok::Minus);
        let t = self.tok;
        if !matches!(t.kind, Tok::Integer | Tok::Float) {
            return Err(self.err("expected integer or float literal"));
        }
        self.advance();
        let text = self.text(t);
        let ty = if self.consume_if(Tok::Colon) {
            Some(self.parse_type()?)
        } else {
            None
        };
        let is_float_ty = ty.is_some_and(|ty| self.ctx.ty(ty).is_float());
        if t.kind == Tok::Float || is_float_ty {
            let ty = ty.unwrap_or(self.ctx.f64());
            let TypeKind::Float(k) = *self.ctx.ty(ty) else {
                return Err(self.err_at(t, "floating point value not valid for specified type"));
            };
            let bits = self.float_bits(t, text, neg, k)?;
            return Ok(self.ctx.intern_attr(AttrKind::Float { bits, ty }));
        }
        let ty = ty.unwrap_or(self.ctx.i64());
        let v = self.int_value(t, text, neg, ty)?;
        if self.ctx.bit_width(ty) == Some(1) && self.ctx.ty(ty).is_integer_like() {
            return Ok(self.ctx.bool_attr(v != 0));
        }
        if !self.ctx.ty(ty).is_integer_like() {
            return Err(self.err_at(t, "integer literal not valid for specified type"));
        }
        // Signless values are stored sign-extended (as MLIR prints them): 255 : i8 is -1 : i8.
        let v = match self.ctx.ty(ty) {
            TypeKind::Integer {
                width,
                signedness: Signedness::Signless,
            } if *width < 127 => {
                let s = 128 - *width;
                (v << s) >> s
            }
            _ => v,
        };
        Ok(self.ctx.int_attr(v, ty))
    }

    pub(super) fn float_bits(&self, t: Token, text: &str, neg: bool, k: FloatKind) -> PResult<u64> {
        if let Some(hex) = text.strip_prefix("0x") {
            if neg {
                return Err(self.err_at(t, "hexadecimal float literal should not have a leading minus"));
            }
            let bits = u64::from_str_radix(hex, 16).map_err(|_| self.err_at(t, "invalid hexadecimal float literal"))?;
            if k.width() < 64 && bits >> k.width() != 0 {
                return Err(self.err_at(
                    t,
                    format!("hexadecimal float constant out of range for type {}", k.keyword()),
                ));
            }
            return Ok(bits);
        }
        let v: f64 = text
            .parse()
            .map_err(|_| self.err_at(t, "invalid floating point literal"))?;
        Ok(crate::float::f64_to_bits(if neg { -v } else { v }, k))
    }

    pub(super) fn int_value(&self, t: Token, text: &str, neg: bool, ty: Type) -> PResult<i128> {
        let mag: i128 = match text.strip_prefix("0x") {
            Some(h) => i128::from_str_radix(h, 16),
            None => text.parse::<i128>(),
        }
        .map_err(|_| self.err_at(t, "integer constant out of range"))?;
        let v = if neg { -mag } else { mag };
        let (w, sign) = match self.ctx.ty(ty) {
            TypeKind::Integer { width, signedness } => (*width, *signedness),
            TypeKind::Index => (64, Signedness::Signless),
            _ => return Ok(v),
        };
        // From 127 bits on (i643 is a valid type) every i128 is in range: the bounds below
        // would overflow.
        let (lo, hi) = match sign {
            _ if w >= 127 => (i128::MIN, i128::MAX),
            Signedness::Signed => (-(1i128 << (w - 1)), (1i128 << (w - 1)) - 1),
            Signedness::Unsigned => (0, (1i128 << w) - 1),
            Signedness::Signless if w == 1 => (-1, 1),
            Signedness::Signless => (-(1i128 << (w - 1)), (1i128 << w) - 1),
        };
        if v < lo || v > hi {
            return Err(self.err_at(t, "integer constant out of range for attribute"));
        }
        Ok(v)
    }

    pub(super) fn parse_dense_array(&mut self) -> PResult<Attr> {
        self.advance();
        self.expect(Tok::Less, "'<' after 'array'")?;
        let elem = self.parse_type()?;
        let fk = match self.ctx.ty(elem) {
            TypeKind::Float(k) => Some(*k),
            TypeKind::Integer { .. } => None,
            _ => return Err(self.err("expected integer or float type in array attribute")),
        };
        let mut ints = Vec::new();
        let mut floats = Vec::new();
        if self.consume_if(Tok::Colon) {
            loop {
                if matches!(self.tok.kind, Tok::BareIdent) && matches!(self.text(self.tok), "true" | "false") {
                    ints.push((self.text(self.tok) == "true") as i64);
                    self.advance();
                } else {
                    let neg = self.consume_if(Tok::Minus);
                    let t = self.tok;
                    if !matches!(t.kind, Tok::Integer | Tok::Float) {
                        return Err(self.err("expected integer or float literal"));
                    }
                    self.advance();
                    let text = self.text(t);
                    match fk {
                        Some(k) => {
                            let bits = self.float_bits(t, text, neg, k)?;
                            floats.push(crate::float::bits_to_f64(bits, k).to_bits());
                        }
                        None => {
                            if t.kind == Tok::Float {
                                return Err(self.err_at(t, "expected integer literal"));
                            }
                            ints.push(self.int_value(t, text, neg, elem)? as i64);
                        }
                    }
                }
                if !self.consume_if(Tok::Comma) {
                    break;
                }
            }
        }
        self.expect(Tok::Greater, "'>' to end array attribute")?;
        let values = if fk.is_some() {
            DenseArray::Float(floats.into())
        } else {
            DenseArray::Int(ints.into())
        };
        Ok(self.ctx.intern_attr(AttrKind::DenseArray { elem, values }))
    }

    pub(super) fn parse_dense(&mut self) -> PResult<Attr> {
        let kw = self.tok;
        self.advance();
        self.expect(Tok::Less, "'<' after 'dense'")?;
        enum Lit {
            Hex(Token),
            Elems {
                elems: Vec<(Token, bool)>,
                shape: Option<Vec<usize>>,
            },
        }
        let lit = if self.is(Tok::String) {
            let t = self.tok;
            self.advance();
            Lit::Hex(t)
        } else if self.is(Tok::Greater) {
            Lit::Elems {
                elems: Vec::new(),
                shape: Some(vec![0]),
            }
        } else {
            let mut elems = Vec::new();
            let shape = self.parse_dense_literal(&mut elems, 0)?;
            Lit::Elems { elems, shape }
        };
        self.expect(Tok::Greater, "'>' to end dense elements")?;
        self.expect(Tok::Colon, "':' and type after dense elements")?;
        let ty_tok = self.tok;
        let ty = self.parse_type()?;
        let kind = self.ctx.ty(ty).clone();
        let (shape, elem): (Vec<usize>, Type) = match &kind {
            TypeKind::Tensor {
                shape: Some(s), elem, ..
            } => {
                let mut v = Vec::new();
                for d in s.iter() {
                    match d.as_const() {
                        Some(c) => v.push(c as usize),
                        None => return Err(self.err_at(ty_tok, "elements literal type must have static shape")),
                    }
                }
                (v, *elem)
            }
            TypeKind::Vector { shape, elem, .. } => (shape.iter().map(|&d| d as usize).collect(), *elem),
            _ => return Err(self.err_at(ty_tok, "elements literal must be a ranked tensor or vector type")),
        };
        let ek = self.ctx.ty(elem).clone();
        let width = match &ek {
            // Elements are stored in at most 64 bits.
            TypeKind::Integer { width, .. } if *width > 64 => {
                return Err(self.err_at(
                    ty_tok,
                    "dense elements of integers wider than 64 bits are not supported",
                ))
            }
            TypeKind::Integer { width, .. } => *width,
            TypeKind::Index => 64,
            TypeKind::Float(k) => k.width(),
            _ => return Err(self.err_at(ty_tok, "dense elements of this element type are not supported")),
        };
        let ew = width.div_ceil(8) as usize;
        // The byte size must fit: a hex literal is compared with it.
        let n = shape
            .iter()
            .try_fold(1usize, |n, &d| n.checked_mul(d))
            .filter(|n| n.checked_mul(ew).is_some())
            .ok_or_else(|| self.err_at(ty_tok, "elements literal type is too large"))?;
        let bytes = match lit {
            Lit::Hex(t) => {
                let s = self.string_value(t)?;
                let hex = s
                    .strip_prefix("0x")
                    .ok_or_else(|| self.err_at(t, "expected hex string starting with '0x'"))?;
                if hex.len() % 2 != 0 || !hex.bytes().all(|c| c.is_ascii_hexdigit()) {
                    return Err(self.err_at(t, "malformed hex string in dense elements"));
                }
                let bytes: Vec<u8> = (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0))
                    .collect();
                if bytes.len() != n * ew && bytes.len() != ew {
                    return Err(self.err_at(
                        t,
                        format!(
                            "elements hex data size is invalid for provided type: {} bytes for {} elements",
                            bytes.len(),
                            n
                        ),
                    ));
                }
                bytes
            }
            Lit::Elems {
                elems,
                shape: lit_shape,
            } => {
                let splat = lit_shape.is_none();
                if let Some(ls) = &lit_shape {
                    if *ls != shape && !(n == 0 && ls.iter().product::<usize>() == 0) {
                        return Err(self.err_at(
                            kw,
                            format!(
                                "inferred shape of elements literal ([{}]) does not match type ([{}])",
                                join(ls),
                                join(&shape)
                            ),
                        ));
                    }
                }
                let mut bytes = Vec::with_capacity(elems.len() * ew);
                for (t, neg) in &elems {
                    let text = self.text(*t);
                    let bits: u64 = match &ek {
                        TypeKind::Float(k) => match t.kind {
                            Tok::Integer | Tok::Float => self.float_bits(*t, text, *neg, *k)?,
                            _ => return Err(self.err_at(*t, "expected floating point element")),
                        },
                        _ => match t.kind {
                            Tok::Integer => self.int_value(*t, text, *neg, elem)? as u64,
                            Tok::BareIdent if width == 1 => (text == "true") as u64,
                            _ => return Err(self.err_at(*t, "expected integer element")),
                        },
                    };
                    bytes.extend_from_slice(&bits.to_le_bytes()[..ew]);
                }
                if splat && n == 0 {
                    bytes.clear();
                }
                bytes
            }
        };
        Ok(self.ctx.dense_attr(ty, bytes))
    }

    /// Parses a scalar or nested list of elements; returns the literal's shape (`None` for a
    /// single bare scalar, i.e. a splat).
    pub(super) fn parse_dense_literal(
        &mut self,
        out: &mut Vec<(Token, bool)>,
        depth: usize,
    ) -> PResult<Option<Vec<usize>>> {
        if depth > MAX_NESTING {
            return Err(self.err("dense literal nested too deeply"));
        }
        if self.consume_if(Tok::LSquare) {
            let mut count = 0;
            let mut inner: Option<Option<Vec<usize>>> = None;
            if !self.is(Tok::RSquare) {
                loop {
                    let t = self.tok;
                    let s = stacker::maybe_grow(32 * 1024, 1024 * 1024, || self.parse_dense_literal(out, depth + 1))?;
                    match &inner {
                        None => inner = Some(s),
                        Some(prev) if *prev != s => {
                            return Err(self.err_at(
                                t,
                                "tensor literal is invalid; ranks are not consistent between elements",
                            ))
                        }
                        _ => {}
                    }
                    count += 1;
                    if !self.consume_if(Tok::Comma) {
                        break;
                    }
                }
            }
            self.expect(Tok::RSquare, "']' in dense literal")?;
            let mut shape = vec![count];
            if let Some(Some(s)) = inner {
                shape.extend(s);
            }
            return Ok(Some(shape));
        }
        let neg = self.consume_if(Tok::Minus);
        let t = self.tok;
        match t.kind {
            Tok::Integer | Tok::Float => {}
            Tok::BareIdent if matches!(self.text(t), "true" | "false") => {}
            Tok::LParen => return Err(self.err("complex dense elements are not supported")),
            _ => return Err(self.err("expected element literal of primitive type")),
        }
        self.advance();
        out.push((t, neg));
        Ok(None)
    }
}
