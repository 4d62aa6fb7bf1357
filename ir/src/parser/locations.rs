//! The parser's locations: trailing `loc(...)`, every location form, and location aliases.

use super::*;

impl<'s> Parser<'s> {
    // ----- locations -----

    pub(super) fn parse_optional_trailing_loc(&mut self) -> PResult<Option<PendingLoc>> {
        if !self.is_keyword("loc") {
            return Ok(None);
        }
        self.advance();
        self.expect(Tok::LParen, "'(' in location")?;
        if self.is(Tok::HashIdent) {
            let t = self.tok;
            let name = self.text(t);
            self.advance();
            self.expect(Tok::RParen, "')' in location")?;
            return Ok(Some(match self.attr_aliases.get(name) {
                Some(&a) => PendingLoc::Ready(self.check_loc_alias(a, t, name)?),
                None => PendingLoc::Deferred {
                    start: t.start,
                    end: t.end,
                    tok: t,
                },
            }));
        }
        let l = self.parse_loc_inner()?;
        self.expect(Tok::RParen, "')' in location")?;
        Ok(Some(PendingLoc::Ready(l)))
    }

    pub(super) fn check_loc_alias(&self, a: Attr, t: Token, name: &str) -> PResult<Attr> {
        if matches!(self.ctx.attr(a), AttrKind::Location(_)) {
            Ok(a)
        } else {
            Err(self.err_at(t, format!("expected location, but '{name}' is not a location alias")))
        }
    }

    pub(super) fn parse_loc_inner(&mut self) -> PResult<Attr> {
        self.enter()?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.parse_loc_inner_impl());
        self.leave();
        r
    }

    pub(super) fn parse_loc_inner_impl(&mut self) -> PResult<Attr> {
        let t = self.tok;
        match t.kind {
            Tok::HashIdent => {
                let name = self.text(t);
                self.advance();
                match self.attr_aliases.get(name) {
                    Some(&a) => self.check_loc_alias(a, t, name),
                    None => Err(self.err_at(t, format!("undefined location alias '{name}'"))),
                }
            }
            Tok::BareIdent if self.text(t) == "unknown" => {
                self.advance();
                Ok(self.ctx.unknown_loc())
            }
            Tok::BareIdent if self.text(t) == "callsite" => {
                self.advance();
                self.expect(Tok::LParen, "'(' in callsite location")?;
                let callee = self.parse_loc_inner()?;
                if !self.is_keyword("at") {
                    return Err(self.err("expected 'at' in callsite location"));
                }
                self.advance();
                let caller = self.parse_loc_inner()?;
                self.expect(Tok::RParen, "')' in callsite location")?;
                Ok(self.ctx.loc(Loc::CallSite { callee, caller }))
            }
            Tok::BareIdent if self.text(t) == "fused" => {
                self.advance();
                let mut metadata = None;
                if self.consume_if(Tok::Less) {
                    metadata = Some(self.parse_attr()?);
                    self.expect(Tok::Greater, "'>' after fused location metadata")?;
                }
                self.expect(Tok::LSquare, "'[' in fused location")?;
                let mut locs = Vec::new();
                if !self.is(Tok::RSquare) {
                    loop {
                        locs.push(self.parse_loc_inner()?);
                        if !self.consume_if(Tok::Comma) {
                            break;
                        }
                    }
                }
                self.expect(Tok::RSquare, "']' in fused location")?;
                Ok(self.ctx.loc(Loc::Fused {
                    locs: locs.into(),
                    metadata,
                }))
            }
            Tok::String => {
                let s = self.string_value(t)?;
                self.advance();
                if self.consume_if(Tok::Colon) {
                    let line = self.parse_u32("line number")?;
                    let mut col = 0;
                    if self.consume_if(Tok::Colon) {
                        col = self.parse_u32("column number")?;
                    }
                    let mut end = None;
                    if self.is_keyword("to") {
                        self.advance();
                        if self.consume_if(Tok::Colon) {
                            end = Some((line, self.parse_u32("column number")?));
                        } else {
                            let el = self.parse_u32("line number")?;
                            self.expect(Tok::Colon, "':' in location range")?;
                            end = Some((el, self.parse_u32("column number")?));
                        }
                    }
                    let file = self.ctx.sym(&s);
                    Ok(self.ctx.loc(Loc::File { file, line, col, end }))
                } else if self.consume_if(Tok::LParen) {
                    let child = self.parse_loc_inner()?;
                    self.expect(Tok::RParen, "')' after child location")?;
                    Ok(self.ctx.loc(Loc::Name {
                        name: s.into(),
                        child: Some(child),
                    }))
                } else {
                    Ok(self.ctx.loc(Loc::Name {
                        name: s.into(),
                        child: None,
                    }))
                }
            }
            _ => Err(self.err("expected location instance")),
        }
    }

    pub(super) fn parse_u32(&mut self, what: &str) -> PResult<u32> {
        let t = self.expect(Tok::Integer, what)?;
        self.text(t)
            .parse()
            .map_err(|_| self.err_at(t, format!("invalid {what}")))
    }

    pub(super) fn string_value(&self, t: Token) -> PResult<String> {
        let raw = self.text(t);
        unescape(&raw[1..raw.len() - 1]).map_err(|e| self.err_at(t, e))
    }
}
