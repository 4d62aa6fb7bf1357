//! The parser's operations (generic and custom forms, operands, successors), regions and blocks.

use super::*;

impl<'s> Parser<'s> {
    // ----- operations -----

    pub(super) fn parse_operation(&mut self, block: BlockId) -> PResult<OpId> {
        self.enter()?;
        let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.parse_operation_inner(block));
        self.leave();
        r
    }

    pub(super) fn parse_operation_inner(&mut self, block: BlockId) -> PResult<OpId> {
        let start_tok = self.tok;
        let mut results: smallvec::SmallVec<[(&'s str, u32, Token); 2]> = smallvec::SmallVec::new();
        if self.is(Tok::PercentIdent) {
            loop {
                let t = self.expect(Tok::PercentIdent, "SSA value name")?;
                let (name, _, has_idx) = self.split_value_name(t);
                if has_idx {
                    return Err(self.err_at(t, "result name may not have a result number"));
                }
                let mut count = 1;
                if self.consume_if(Tok::Colon) {
                    let n = self.expect(Tok::Integer, "result count")?;
                    count = self
                        .text(n)
                        .parse::<u32>()
                        .ok()
                        .filter(|&c| c > 0)
                        .ok_or_else(|| self.err_at(n, "expected a positive result count"))?;
                }
                results.push((name, count, t));
                if !self.consume_if(Tok::Comma) {
                    break;
                }
            }
            self.expect(Tok::Equal, "'=' after SSA value names")?;
        }
        let want: u32 = results.iter().map(|r| r.1).sum();
        let loc = self.tok_loc(start_tok);
        let op = match self.tok.kind {
            Tok::String => self.parse_generic_op(loc)?,
            Tok::BareIdent => self.parse_custom_op(loc, want as usize)?,
            _ => return Err(self.err("expected operation name in quotes")),
        };
        let have = self.m.num_results(op) as u32;
        if want != have && !results.is_empty() {
            return Err(self.err_at(
                start_tok,
                format!("operation defines {have} results but was provided {want} to bind"),
            ));
        }
        let mut i = 0;
        for (name, count, t) in results {
            let first = self.m.result(op, i as usize);
            self.define_values(name, first, count, t)?;
            i += count;
        }
        if let Some(p) = self.parse_optional_trailing_loc()? {
            self.apply_loc(LocTarget::Op(op), p);
        }
        self.m.append_op(block, op);
        Ok(op)
    }

    pub(super) fn apply_loc(&mut self, target: LocTarget, p: PendingLoc) {
        match (target, p) {
            (LocTarget::Op(op), PendingLoc::Ready(a)) => self.m.set_loc(op, a),
            (LocTarget::Arg(b, i), PendingLoc::Ready(a)) => self.m.set_block_arg_loc(b, i, a),
            (t, d) => self.deferred_locs.push((t, d)),
        }
    }

    pub(super) fn check_op_name(&self, name: &str, t: Token) -> PResult<Sym> {
        let sym = self.ctx.sym(name);
        if self.ctx.op_def_index(sym).is_some() || self.allow_unregistered {
            return Ok(sym);
        }
        let dialect = name.split('.').next().unwrap_or(name);
        if self.ctx.dialect_by_sym(self.ctx.sym(dialect)).is_some() {
            Err(self.err_at(t, format!("unregistered operation '{name}' found in dialect ('{dialect}') that does not allow unknown operations")))
        } else {
            Err(self.err_at(
                t,
                format!("operation '{name}' belongs to an unregistered dialect ('{dialect}'); use --allow-unregistered-dialect to accept it"),
            ))
        }
    }

    pub(super) fn parse_generic_op(&mut self, loc: Attr) -> PResult<OpId> {
        let name_tok = self.tok;
        let raw = self.text(name_tok);
        let name = unescape(&raw[1..raw.len() - 1]).map_err(|e| self.err_at(name_tok, e))?;
        let sym = self.check_op_name(&name, name_tok)?;
        let def = self.ctx.op_def_index(sym).map(|i| self.ctx.op_def_at(i).clone());
        self.advance();
        let mut st = OperationState::new(sym, loc);
        self.expect(Tok::LParen, "'(' to start operand list")?;
        let operands = self.parse_operand_list_until(Tok::RParen)?;
        self.expect(Tok::RParen, "')' to end operand list")?;
        if self.consume_if(Tok::LSquare) {
            loop {
                let b = self.parse_successor()?;
                st.successors.push(b);
                if !self.consume_if(Tok::Comma) {
                    break;
                }
            }
            self.expect(Tok::RSquare, "']' to end successor list")?;
        }
        if self.is(Tok::Less) {
            self.advance();
            let d = self.parse_dict_entries()?;
            st.props = d;
            self.expect(Tok::Greater, "'>' to end properties")?;
        }
        if self.consume_if(Tok::LParen) {
            let isolated = def.as_ref().is_some_and(|d| d.has(Traits::ISOLATED_FROM_ABOVE));
            let dd = def.as_ref().and_then(|d| d.default_dialect);
            loop {
                if let Some(d) = dd {
                    self.default_dialect.push(d);
                }
                let r = self.parse_region_impl(&[], isolated);
                if dd.is_some() {
                    self.default_dialect.pop();
                }
                st.regions.push(r?);
                if !self.consume_if(Tok::Comma) {
                    break;
                }
            }
            self.expect(Tok::RParen, "')' to end region list")?;
        }
        if self.is(Tok::LBrace) {
            st.attrs = self.parse_dict_entries()?;
        }
        self.expect(Tok::Colon, "':' followed by operation type")?;
        let ft_tok = self.tok;
        let ft = self.parse_type()?;
        let (ins, outs) = match self.ctx.ty(ft) {
            TypeKind::Function { inputs, results } => (inputs.clone(), results.clone()),
            _ => return Err(self.err_at(ft_tok, "expected function type")),
        };
        if ins.len() != operands.len() {
            return Err(self.err_at(
                ft_tok,
                format!(
                    "expected {} operand type{} but had {}",
                    operands.len(),
                    if operands.len() == 1 { "" } else { "s" },
                    ins.len()
                ),
            ));
        }
        for (u, t) in operands.iter().zip(ins.iter()) {
            let v = self.resolve_operand(*u, *t)?;
            st.operands.push(v);
        }
        st.result_types.extend(outs.iter().copied());
        Ok(self.m.create_op(st))
    }

    pub(super) fn parse_custom_op(&mut self, loc: Attr, num_results: usize) -> PResult<OpId> {
        let name_tok = self.tok;
        let written = self.text(name_tok);
        let mut candidates: smallvec::SmallVec<[String; 3]> = smallvec::SmallVec::new();
        candidates.push(written.to_string());
        if let Some(d) = self.default_dialect.last() {
            candidates.push(format!("{d}.{written}"));
        }
        candidates.push(format!("builtin.{written}"));
        let found = candidates.iter().find_map(|c| self.ctx.op_def_index(self.ctx.sym(c)));
        let Some(idx) = found else {
            let tried: Vec<String> = candidates[1..].iter().map(|c| format!("'{c}'")).collect();
            return Err(self.err_at(
                name_tok,
                format!("custom op '{written}' is unknown (tried {} as well)", tried.join(", ")),
            ));
        };
        let def = self.ctx.op_def_at(idx).clone();
        let Some(parse) = def.parse else {
            return Err(self.err_at(
                name_tok,
                format!("op '{}' has no custom form; use the generic form", def.name),
            ));
        };
        self.advance();
        let st = OperationState::new(self.ctx.sym(&def.name), loc);
        let isolated = def.has(Traits::ISOLATED_FROM_ABOVE);
        if let Some(d) = def.default_dialect {
            self.default_dialect.push(d);
        }
        let mut op_parser = OpParser {
            p: self,
            state: st,
            num_results,
            isolated,
            name_tok,
        };
        let r = parse(&mut op_parser);
        let OpParser { state, .. } = op_parser;
        if def.default_dialect.is_some() {
            self.default_dialect.pop();
        }
        r?;
        Ok(self.m.create_op(state))
    }

    pub(super) fn parse_operand(&mut self) -> PResult<UnresolvedOperand> {
        let t = self.expect(Tok::PercentIdent, "SSA operand")?;
        let (name, index, has) = self.split_value_name(t);
        if has && index == u32::MAX {
            return Err(self.err_at(t, "invalid result number"));
        }
        let start = t.start;
        Ok(UnresolvedOperand {
            start,
            end: start + name.len() as u32,
            index,
            tok: t,
        })
    }

    pub(super) fn parse_operand_list_until(&mut self, close: Tok) -> PResult<Vec<UnresolvedOperand>> {
        let mut v = Vec::new();
        if self.is(close) {
            return Ok(v);
        }
        loop {
            v.push(self.parse_operand()?);
            if !self.consume_if(Tok::Comma) {
                break;
            }
        }
        Ok(v)
    }

    pub(super) fn parse_successor(&mut self) -> PResult<BlockId> {
        let t = self.expect(Tok::CaretIdent, "block name")?;
        let name = self.text(t);
        let Some(bs) = self.block_scopes.last_mut() else {
            return Err(self.err_at(t, "successors are only allowed inside a region"));
        };
        if let Some(&(b, _, _)) = bs.blocks.get(name) {
            return Ok(b);
        }
        let b = self.m.new_block();
        self.block_scopes
            .last_mut()
            .expect("block scope")
            .blocks
            .insert(name, (b, false, t));
        Ok(b)
    }

    // ----- regions and blocks -----

    pub(super) fn parse_region_impl(&mut self, entry_args: &[Argument], isolated: bool) -> PResult<RegionId> {
        self.enter()?;
        let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || {
            self.parse_region_inner(entry_args, isolated)
        });
        self.leave();
        r
    }

    pub(super) fn parse_region_inner(&mut self, entry_args: &[Argument], isolated: bool) -> PResult<RegionId> {
        self.expect(Tok::LBrace, "'{' to begin a region")?;
        self.push_frame(isolated);
        let region = self.m.new_region();
        let r = self.parse_region_body(region, entry_args);
        let p = self.pop_frame(isolated);
        r?;
        p?;
        Ok(region)
    }

    pub(super) fn parse_region_body(&mut self, region: RegionId, entry_args: &[Argument]) -> PResult<()> {
        let mut current: Option<BlockId> = None;
        if !entry_args.is_empty() {
            let b = self.m.new_block();
            self.m.append_block(region, b);
            for (i, a) in entry_args.iter().enumerate() {
                let loc = self.m.ctx().unknown_loc();
                let v = self.m.add_block_arg(b, a.ty, loc);
                let name = &self.src[a.name.start as usize..a.name.end as usize];
                self.define_values(name, v, 1, a.name.tok)?;
                match a.loc {
                    Some(p) => self.apply_loc(LocTarget::Arg(b, i), p),
                    None => {
                        let l = self.tok_loc(a.name.tok);
                        self.m.set_block_arg_loc(b, i, l);
                    }
                }
            }
            current = Some(b);
            if self.is(Tok::CaretIdent) {
                return Err(self.err("invalid block name in region with named arguments"));
            }
        }
        loop {
            match self.tok.kind {
                Tok::RBrace => {
                    self.advance();
                    break;
                }
                Tok::CaretIdent => {
                    current = Some(self.parse_block_header(region)?);
                }
                Tok::Eof => return Err(self.err("expected '}' to end region")),
                _ => {
                    let b = match current {
                        Some(b) => b,
                        None => {
                            let b = self.m.new_block();
                            self.m.append_block(region, b);
                            current = Some(b);
                            b
                        }
                    };
                    self.parse_operation(b)?;
                }
            }
        }
        Ok(())
    }

    pub(super) fn parse_block_header(&mut self, region: RegionId) -> PResult<BlockId> {
        let t = self.expect(Tok::CaretIdent, "block name")?;
        let name = self.text(t);
        let bs = self.block_scopes.last_mut().expect("block scope");
        let b = match bs.blocks.get_mut(name) {
            Some((_, true, _)) => return Err(self.err_at(t, format!("redefinition of block '{name}'"))),
            Some((b, defined, _)) => {
                *defined = true;
                *b
            }
            None => {
                let b = self.m.new_block();
                self.block_scopes
                    .last_mut()
                    .expect("block scope")
                    .blocks
                    .insert(name, (b, true, t));
                b
            }
        };
        self.m.append_block(region, b);
        if self.consume_if(Tok::LParen) && !self.consume_if(Tok::RParen) {
            loop {
                let vt = self.expect(Tok::PercentIdent, "block argument name")?;
                let (vname, _, has_idx) = self.split_value_name(vt);
                if has_idx {
                    return Err(self.err_at(vt, "block argument name may not have a result number"));
                }
                self.expect(Tok::Colon, "':' and type for block argument")?;
                let ty = self.parse_type()?;
                let loc = self.tok_loc(vt);
                let v = self.m.add_block_arg(b, ty, loc);
                let i = self.m.block_args(b).len() - 1;
                if let Some(p) = self.parse_optional_trailing_loc()? {
                    self.apply_loc(LocTarget::Arg(b, i), p);
                }
                self.define_values(vname, v, 1, vt)?;
                if !self.consume_if(Tok::Comma) {
                    break;
                }
            }
            self.expect(Tok::RParen, "')' to end argument list")?;
        }
        self.expect(Tok::Colon, "':' after block name")?;
        Ok(b)
    }
}
