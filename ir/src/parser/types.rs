//! The parser's types: builtin, shaped (with symbolic dimensions and their expressions) and dialect types.

use super::*;

impl<'s> Parser<'s> {
    // ----- types -----

    pub(crate) fn parse_type(&mut self) -> PResult<Type> {
        self.enter()?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.parse_type_inner());
        self.leave();
        r
    }

    pub(super) fn parse_type_inner(&mut self) -> PResult<Type> {
        let t = self.tok;
        match t.kind {
            Tok::LParen => {
                self.advance();
                let inputs = self.parse_type_list_until(Tok::RParen)?;
                self.expect(Tok::RParen, "')' in function type")?;
                self.expect(Tok::Arrow, "'->' in function type")?;
                let results = self.parse_result_types()?;
                Ok(self.ctx.function_type(&inputs, &results))
            }
            Tok::ExclIdent => {
                let text = self.text(t);
                if let Some(&ty) = self.type_aliases.get(text) {
                    self.advance();
                    return Ok(ty);
                }
                let (dialect, body) = self.parse_dialect_entity(t, true)?;
                Ok(self.ctx.intern_type(TypeKind::Dialect {
                    dialect,
                    body: body.into(),
                }))
            }
            Tok::BareIdent => {
                let kw = self.text(t);
                let simple = match kw {
                    "index" => Some(self.ctx.index_type()),
                    "f16" => Some(self.ctx.float_type(FloatKind::F16)),
                    "bf16" => Some(self.ctx.float_type(FloatKind::BF16)),
                    "f32" => Some(self.ctx.f32()),
                    "f64" => Some(self.ctx.f64()),
                    "none" => Some(self.ctx.none_type()),
                    _ => None,
                };
                if let Some(ty) = simple {
                    self.advance();
                    return Ok(ty);
                }
                if let Some(ty) = self.int_type_keyword(kw, t)? {
                    self.advance();
                    return Ok(ty);
                }
                match kw {
                    "tensor" | "memref" | "vector" => self.parse_shaped(kw, t),
                    "tuple" => {
                        self.advance();
                        self.expect(Tok::Less, "'<' in tuple type")?;
                        let ts = self.parse_type_list_until(Tok::Greater)?;
                        self.expect(Tok::Greater, "'>' in tuple type")?;
                        Ok(self.ctx.intern_type(TypeKind::Tuple(ts.into())))
                    }
                    "complex" => {
                        self.advance();
                        self.expect(Tok::Less, "'<' in complex type")?;
                        let e = self.parse_type()?;
                        self.expect(Tok::Greater, "'>' in complex type")?;
                        Ok(self.ctx.intern_type(TypeKind::Complex(e)))
                    }
                    _ => Err(self.err_at(t, format!("unknown type '{kw}'"))),
                }
            }
            _ => Err(self.err("expected non-function type")),
        }
    }

    pub(super) fn int_type_keyword(&self, kw: &str, t: Token) -> PResult<Option<Type>> {
        let (sign, digits) = if let Some(d) = kw.strip_prefix("si") {
            (Signedness::Signed, d)
        } else if let Some(d) = kw.strip_prefix("ui") {
            (Signedness::Unsigned, d)
        } else if let Some(d) = kw.strip_prefix('i') {
            (Signedness::Signless, d)
        } else {
            return Ok(None);
        };
        if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
            return Ok(None);
        }
        let w: u32 = digits.parse().map_err(|_| self.err_at(t, "invalid integer width"))?;
        if w == 0 || w > 16_777_215 {
            return Err(self.err_at(t, "integer bitwidth is limited to 16777215 bits"));
        }
        Ok(Some(match sign {
            Signedness::Signless => self.ctx.int_type(w),
            _ => self.ctx.intern_type(TypeKind::Integer {
                width: w,
                signedness: sign,
            }),
        }))
    }

    pub(super) fn parse_type_list_until(&mut self, close: Tok) -> PResult<Vec<Type>> {
        let mut v = Vec::new();
        if self.is(close) {
            return Ok(v);
        }
        loop {
            v.push(self.parse_type()?);
            if !self.consume_if(Tok::Comma) {
                break;
            }
        }
        Ok(v)
    }

    /// `T` or `(T, U)` or `()`.
    pub(super) fn parse_result_types(&mut self) -> PResult<Vec<Type>> {
        if self.is(Tok::LParen) {
            // `(` starts either a result list or a function type used as the single result.
            let save = (self.lex.clone(), self.tok);
            self.advance();
            let list = self.parse_type_list_until(Tok::RParen)?;
            self.expect(Tok::RParen, "')' in function result list")?;
            if self.is(Tok::Arrow) {
                // It was a function type: reparse it as one type.
                (self.lex, self.tok) = save;
                return Ok(vec![self.parse_type()?]);
            }
            return Ok(list);
        }
        Ok(vec![self.parse_type()?])
    }

    pub(super) fn parse_shaped(&mut self, kw: &'s str, t: Token) -> PResult<Type> {
        // Identical type texts are common (every op repeats its types): cache them by text.
        let start = t.start as usize;
        let lt = t.end as usize;
        if self.src.as_bytes().get(lt) == Some(&b'<') {
            if let Some(end) = self.find_simple_close(lt) {
                if let Some(&ty) = self.type_cache.get(&self.src[start..end]) {
                    self.seek(end);
                    return Ok(ty);
                }
            }
        }
        self.advance();
        if !self.is(Tok::Less) {
            return Err(self.err(format!("expected '<' in {kw} type")));
        }
        let mut pos = self.tok.end as usize;
        let b = self.src.as_bytes();
        let skip_ws = |p: &mut usize| {
            while *p < b.len() && matches!(b[*p], b' ' | b'\t' | b'\n' | b'\r') {
                *p += 1;
            }
        };
        let mut dims: Vec<Dim> = Vec::new();
        let mut scalable: Vec<bool> = Vec::new();
        let mut unranked = false;
        skip_ws(&mut pos);
        if kw != "vector" && b.get(pos) == Some(&b'*') {
            pos += 1;
            if b.get(pos) != Some(&b'x') {
                return Err(self.err_at(self.tok_at(pos), "expected 'x' in unranked type"));
            }
            pos += 1;
            unranked = true;
        } else {
            loop {
                skip_ws(&mut pos);
                let Some(&c) = b.get(pos) else { break };
                let dim_start = pos;
                let mut is_scalable = false;
                let dim = if c.is_ascii_digit() {
                    while b.get(pos).is_some_and(|c| c.is_ascii_digit()) {
                        pos += 1;
                    }
                    let v: i64 = self.src[dim_start..pos]
                        .parse()
                        .map_err(|_| self.err_at(self.tok_at(dim_start), "dimension out of range"))?;
                    Dim::Const(v)
                } else if c == b'?' && kw != "vector" {
                    pos += 1;
                    Dim::Dynamic
                } else if c == b'(' && kw != "vector" {
                    let (d, e) = self.parse_dim_expr_text(pos)?;
                    pos = e;
                    d
                } else if c.is_ascii_uppercase() && kw != "vector" {
                    while b
                        .get(pos)
                        .is_some_and(|&c| (c.is_ascii_alphanumeric() || c == b'_') && c != b'x')
                    {
                        pos += 1;
                    }
                    Dim::Sym(self.ctx.sym(&self.src[dim_start..pos]))
                } else if c == b'[' && kw == "vector" {
                    pos += 1;
                    let s = pos;
                    while b.get(pos).is_some_and(|c| c.is_ascii_digit()) {
                        pos += 1;
                    }
                    let v: i64 = self.src[s..pos]
                        .parse()
                        .map_err(|_| self.err_at(self.tok_at(s), "expected scalable dimension"))?;
                    if b.get(pos) != Some(&b']') {
                        return Err(self.err_at(self.tok_at(pos), "expected ']' after scalable dimension"));
                    }
                    pos += 1;
                    is_scalable = true;
                    Dim::Const(v)
                } else {
                    break;
                };
                skip_ws(&mut pos);
                if b.get(pos) != Some(&b'x') {
                    return Err(self.err_at(self.tok_at(pos), "expected 'x' in dimension list"));
                }
                pos += 1;
                dims.push(dim);
                scalable.push(is_scalable);
            }
        }
        self.seek(pos);
        let elem = self.parse_type()?;
        let ty = match kw {
            "vector" => {
                let mut shape = Vec::with_capacity(dims.len());
                for d in &dims {
                    match d {
                        Dim::Const(c) if *c > 0 => shape.push(*c as u64),
                        _ => return Err(self.err_at(t, "vector types must have positive constant sizes")),
                    }
                }
                self.expect(Tok::Greater, "'>' in vector type")?;
                self.ctx.intern_type(TypeKind::Vector {
                    shape: shape.into(),
                    scalable: scalable.into(),
                    elem,
                })
            }
            "tensor" => {
                let encoding = if self.consume_if(Tok::Comma) {
                    Some(self.parse_attr()?)
                } else {
                    None
                };
                self.expect(Tok::Greater, "'>' in tensor type")?;
                if unranked && encoding.is_some() {
                    return Err(self.err_at(t, "cannot apply encoding to unranked tensor"));
                }
                self.ctx.intern_type(TypeKind::Tensor {
                    shape: (!unranked).then(|| dims.into()),
                    elem,
                    encoding,
                })
            }
            _ => {
                let mut layout = None;
                let mut memory_space = None;
                if self.consume_if(Tok::Comma) {
                    let a = self.parse_attr()?;
                    let is_layout = matches!(self.ctx.attr(a), AttrKind::Verbatim(_));
                    if is_layout && !unranked {
                        layout = Some(a);
                        if self.consume_if(Tok::Comma) {
                            memory_space = Some(self.parse_attr()?);
                        }
                    } else {
                        memory_space = Some(a);
                    }
                }
                self.expect(Tok::Greater, "'>' in memref type")?;
                self.ctx.intern_type(TypeKind::MemRef {
                    shape: (!unranked).then(|| dims.into()),
                    elem,
                    layout,
                    memory_space,
                })
            }
        };
        let end = self.tok.start as usize;
        // The text between `start` and the current token ends at the closing `>`.
        let text = self.src[start..end].trim_end();
        if text.ends_with('>') {
            self.type_cache.insert(text, ty);
        }
        Ok(ty)
    }

    /// End (past `>`) of a `<...>` with no nested `<` or quotes, for the type cache.
    pub(super) fn find_simple_close(&self, lt: usize) -> Option<usize> {
        let b = self.src.as_bytes();
        let mut p = lt + 1;
        while p < b.len() && p < lt + 256 {
            match b[p] {
                b'>' => return Some(p + 1),
                b'<' | b'"' | b'\n' | b'#' | b'!' => return None,
                _ => p += 1,
            }
        }
        None
    }

    /// Parses `( expr )` starting at byte `pos` (at the `(`); returns the dimension and the end.
    pub(super) fn parse_dim_expr_text(&self, pos: usize) -> PResult<(Dim, usize)> {
        struct P<'a, 'b> {
            b: &'a [u8],
            src: &'a str,
            pos: usize,
            parser: &'a Parser<'b>,
            depth: usize,
        }
        impl P<'_, '_> {
            fn ws(&mut self) {
                while self.pos < self.b.len() && matches!(self.b[self.pos], b' ' | b'\t') {
                    self.pos += 1;
                }
            }
            fn err(&self, m: &str) -> Diagnostic {
                self.parser.err_at(self.parser.tok_at(self.pos), m)
            }
            fn expr(&mut self) -> PResult<Dim> {
                let mut lhs = self.term()?;
                loop {
                    self.ws();
                    let op = match self.b.get(self.pos) {
                        Some(b'+') => DimOp::Add,
                        Some(b'-') => DimOp::Sub,
                        _ => return Ok(lhs),
                    };
                    self.pos += 1;
                    let rhs = self.term()?;
                    lhs = Dim::expr(op, lhs, rhs);
                }
            }
            fn term(&mut self) -> PResult<Dim> {
                let mut lhs = self.factor()?;
                loop {
                    self.ws();
                    let op = match self.b.get(self.pos) {
                        Some(b'*') => DimOp::Mul,
                        Some(b'/') => DimOp::Div,
                        Some(b'%') => DimOp::Mod,
                        _ => return Ok(lhs),
                    };
                    self.pos += 1;
                    let rhs = self.factor()?;
                    lhs = Dim::expr(op, lhs, rhs);
                }
            }
            fn factor(&mut self) -> PResult<Dim> {
                self.ws();
                self.depth += 1;
                if self.depth > 256 {
                    return Err(self.err("dimension expression nested too deeply"));
                }
                let s = self.pos;
                let r = match self.b.get(self.pos) {
                    Some(c) if c.is_ascii_digit() => {
                        while self.b.get(self.pos).is_some_and(|c| c.is_ascii_digit()) {
                            self.pos += 1;
                        }
                        Dim::Const(
                            self.src[s..self.pos]
                                .parse()
                                .map_err(|_| self.err("dimension out of range"))?,
                        )
                    }
                    Some(c) if c.is_ascii_alphabetic() || *c == b'_' => {
                        while self
                            .b
                            .get(self.pos)
                            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
                        {
                            self.pos += 1;
                        }
                        Dim::Sym(self.parser.ctx.sym(&self.src[s..self.pos]))
                    }
                    Some(b'(') => {
                        self.pos += 1;
                        let e = self.expr()?;
                        self.ws();
                        if self.b.get(self.pos) != Some(&b')') {
                            return Err(self.err("expected ')' in dimension expression"));
                        }
                        self.pos += 1;
                        e
                    }
                    _ => return Err(self.err("expected symbol, integer or '(' in dimension expression")),
                };
                self.depth -= 1;
                Ok(r)
            }
        }
        let mut p = P {
            b: self.src.as_bytes(),
            src: self.src,
            pos,
            parser: self,
            depth: 0,
        };
        let d = p.factor()?;
        Ok((d, p.pos))
    }
}
