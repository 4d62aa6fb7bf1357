//! `OpParser`: what custom parse hooks (`ParseFn`) read an op's syntax with.

use super::*;

/// The parser state handed to custom parse hooks: read the op's syntax, fill `state`.
pub struct OpParser<'p, 's> {
    pub(super) p: &'p mut Parser<'s>,
    /// The op being built.
    pub state: OperationState,
    /// How many results the text binds (`%a, %b = ...` gives 2), for ops that infer result types.
    pub num_results: usize,
    pub(super) isolated: bool,
    pub(super) name_tok: Token,
}

impl OpParser<'_, '_> {
    pub fn ctx(&self) -> Arc<Context> {
        self.p.ctx.clone()
    }
    /// A diagnostic at the current token.
    pub fn error(&self, msg: impl Into<String>) -> Diagnostic {
        self.p.err(msg)
    }
    /// A diagnostic at the op name.
    pub fn error_at_op(&self, msg: impl Into<String>) -> Diagnostic {
        self.p.err_at(self.name_tok, msg)
    }
    /// A diagnostic at an operand reference.
    pub fn error_at_operand(&self, u: &UnresolvedOperand, msg: impl Into<String>) -> Diagnostic {
        self.p.err_at(u.tok, msg)
    }
    /// An integer literal (optionally negative), without a type.
    pub fn parse_integer(&mut self) -> PResult<i64> {
        let neg = self.p.consume_if(Tok::Minus);
        let t = self.p.expect(Tok::Integer, "integer")?;
        let v: i64 = self
            .p
            .text(t)
            .parse()
            .map_err(|_| self.p.err_at(t, "integer out of range"))?;
        Ok(if neg { -v } else { v })
    }
    /// The module being built, for custom forms that construct IR themselves (a region spelled
    /// as a keyword, such as StableHLO's `applies stablehlo.add`).
    pub fn module_mut(&mut self) -> &mut Module {
        &mut self.p.m
    }
    /// The name of the op being parsed (for parse hooks shared by several ops).
    pub fn state_name(&self) -> &str {
        self.p.ctx.str(self.state.name)
    }
    /// The location of the current token (to report on something after parsing past it).
    pub fn current_loc(&self) -> Attr {
        self.p.tok_loc(self.p.tok)
    }
    /// Current token kind.
    pub fn peek_kind(&self) -> Tok {
        self.p.tok.kind
    }
    pub fn parse_operand(&mut self) -> PResult<UnresolvedOperand> {
        self.p.parse_operand()
    }
    /// An operand if the next token is one.
    pub fn parse_optional_operand(&mut self) -> PResult<Option<UnresolvedOperand>> {
        if self.p.is(Tok::PercentIdent) {
            Ok(Some(self.p.parse_operand()?))
        } else {
            Ok(None)
        }
    }
    /// Comma-separated operands (possibly none).
    pub fn parse_operand_list(&mut self) -> PResult<Vec<UnresolvedOperand>> {
        let mut v = Vec::new();
        if !self.p.is(Tok::PercentIdent) {
            return Ok(v);
        }
        loop {
            v.push(self.p.parse_operand()?);
            if !self.p.consume_if(Tok::Comma) {
                break;
            }
        }
        Ok(v)
    }
    /// Resolves operands against types and appends them to the op's operands.
    pub fn resolve_operands(&mut self, ops: &[UnresolvedOperand], types: &[Type]) -> PResult<()> {
        if ops.len() != types.len() {
            return Err(self
                .p
                .err(format!("{} operands present, but expected {}", ops.len(), types.len())));
        }
        for (u, t) in ops.iter().zip(types) {
            let v = self.p.resolve_operand(*u, *t)?;
            self.state.operands.push(v);
        }
        Ok(())
    }
    /// Resolves one operand to a value of type `ty` without adding it to the op.
    pub fn resolve_operand(&mut self, u: UnresolvedOperand, ty: Type) -> PResult<Value> {
        self.p.resolve_operand(u, ty)
    }
    pub fn parse_type(&mut self) -> PResult<Type> {
        self.p.parse_type()
    }
    /// `: T`.
    pub fn parse_colon_type(&mut self) -> PResult<Type> {
        self.p.expect(Tok::Colon, "':'")?;
        self.p.parse_type()
    }
    /// Comma-separated types (at least one).
    pub fn parse_type_list(&mut self) -> PResult<Vec<Type>> {
        let mut v = vec![self.p.parse_type()?];
        while self.p.consume_if(Tok::Comma) {
            v.push(self.p.parse_type()?);
        }
        Ok(v)
    }
    /// `T` or `(T, U)` or `()` as in a function result list.
    pub fn parse_result_types(&mut self) -> PResult<Vec<Type>> {
        self.p.parse_result_types()
    }
    pub fn parse_attr(&mut self) -> PResult<Attr> {
        self.p.parse_attr()
    }
    /// An attribute dictionary if present: its entries go to the op's discardable attributes
    /// (registered inherent names move to properties when the op is created).
    pub fn parse_optional_attr_dict(&mut self) -> PResult<()> {
        if self.p.is(Tok::LBrace) {
            let d = self.p.parse_dict_entries()?;
            self.state.attrs.extend(d);
        }
        Ok(())
    }
    /// `attributes {...}` if present.
    pub fn parse_optional_attr_dict_with_keyword(&mut self) -> PResult<()> {
        if self.p.is_keyword("attributes") {
            self.p.advance();
            let d = self.p.parse_dict_entries()?;
            self.state.attrs.extend(d);
        }
        Ok(())
    }
    /// A dictionary as an attribute, if the next token opens one.
    pub fn parse_optional_dict_attr(&mut self) -> PResult<Option<Attr>> {
        if self.p.is(Tok::LBrace) {
            let d = self.p.parse_dict_entries()?;
            Ok(Some(self.p.ctx.dict_attr(d)))
        } else {
            Ok(None)
        }
    }
    /// Adds an attribute to the op.
    pub fn add_attr(&mut self, name: &str, a: Attr) {
        let s = self.p.ctx.sym(name);
        self.state.attrs.push((s, a));
    }
    /// `@name`.
    pub fn parse_symbol_name(&mut self) -> PResult<String> {
        let t = self.p.expect(Tok::AtIdent, "symbol name")?;
        self.p.symbol_name(t)
    }
    /// `@name` if present.
    pub fn parse_optional_symbol_name(&mut self) -> PResult<Option<String>> {
        if self.p.is(Tok::AtIdent) {
            Ok(Some(self.parse_symbol_name()?))
        } else {
            Ok(None)
        }
    }
    /// Consumes keyword `kw` or fails.
    pub fn parse_keyword(&mut self, kw: &str) -> PResult<()> {
        if self.p.is_keyword(kw) {
            self.p.advance();
            Ok(())
        } else {
            Err(self.p.err(format!("expected '{kw}'")))
        }
    }
    /// Consumes keyword `kw` if it is next.
    pub fn parse_optional_keyword(&mut self, kw: &str) -> bool {
        if self.p.is_keyword(kw) {
            self.p.advance();
            true
        } else {
            false
        }
    }
    /// The next bare identifier, if any.
    pub fn parse_optional_bare_ident(&mut self) -> Option<String> {
        if self.p.is(Tok::BareIdent) {
            let s = self.p.text(self.p.tok).to_string();
            self.p.advance();
            Some(s)
        } else {
            None
        }
    }
    /// Consumes token `k` or fails.
    pub fn expect(&mut self, k: Tok, what: &str) -> PResult<()> {
        self.p.expect(k, what).map(|_| ())
    }
    /// Consumes token `k` if it is next.
    pub fn consume_if(&mut self, k: Tok) -> bool {
        self.p.consume_if(k)
    }
    /// `%name: type {attrs}? loc(...)?`.
    pub fn parse_argument(&mut self, with_attrs: bool) -> PResult<Argument> {
        let name = self.p.parse_operand()?;
        self.p.expect(Tok::Colon, "':' after argument name")?;
        let ty = self.p.parse_type()?;
        let attrs = if with_attrs {
            self.parse_optional_dict_attr()?
        } else {
            None
        };
        let loc = self.p.parse_optional_trailing_loc()?;
        Ok(Argument { name, ty, attrs, loc })
    }
    /// A trailing `loc(...)` if present.
    pub fn parse_optional_loc(&mut self) -> PResult<Option<PendingLoc>> {
        self.p.parse_optional_trailing_loc()
    }
    /// A region whose entry block gets `args` (possibly none), added to the op.
    pub fn parse_region(&mut self, args: &[Argument]) -> PResult<RegionId> {
        let r = self.p.parse_region_impl(args, self.isolated)?;
        self.state.regions.push(r);
        Ok(r)
    }
    /// Gives region `r` an empty block if it has none.
    pub fn ensure_block(&mut self, r: RegionId) {
        if self.p.m.region_blocks(r).is_empty() {
            let b = self.p.m.new_block();
            self.p.m.append_block(r, b);
        }
    }
    /// An empty region (e.g. a function declaration's body).
    pub fn add_empty_region(&mut self) -> RegionId {
        let r = self.p.m.new_region();
        self.state.regions.push(r);
        r
    }
    /// True when the next token is `{`.
    pub fn at_lbrace(&self) -> bool {
        self.p.is(Tok::LBrace)
    }
    /// A successor block reference `^bb1`.
    pub fn parse_successor(&mut self) -> PResult<BlockId> {
        self.p.parse_successor()
    }
}
