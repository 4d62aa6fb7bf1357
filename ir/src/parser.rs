//! The MLIR textual-format parser: generic and custom op forms, regions and blocks, types
//! (including symbolic dimensions), attributes, locations and aliases.
//!
//! Recursion follows the nesting of the input (regions in ops, attributes in attributes), so the
//! recursive entry points grow the stack on the heap (`stacker`) and a depth limit turns absurd
//! nesting into a diagnostic instead of exhausting memory.

use crate::attrs::{Attr, AttrKind, DenseArray, Loc};
use crate::context::{Context, Sym};
use crate::diag::Diagnostic;
use crate::lexer::{unescape, Lexer, Tok, Token};
use crate::module::{BlockId, Module, OpId, OperationState, RegionId, Value, ValueDef};
use crate::registry::Traits;
use crate::types::{Dim, DimOp, FloatKind, Signedness, Type, TypeKind};
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Result of a parse step; the error is a located diagnostic.
pub type PResult<T> = Result<T, Diagnostic>;

/// Parser settings.
#[derive(Clone, Debug)]
pub struct ParseConfig {
    /// Accept ops, types and attributes of dialects that are not registered.
    pub allow_unregistered: bool,
    /// Name used in locations and diagnostics.
    pub file_name: String,
    /// Line number of the first line of the text (for chunks of a split file).
    pub first_line: u32,
}

impl Default for ParseConfig {
    fn default() -> Self {
        ParseConfig {
            allow_unregistered: false,
            file_name: "-".into(),
            first_line: 1,
        }
    }
}

/// Maximum nesting of regions, attributes or types.
pub const MAX_NESTING: usize = 100_000;

/// Parses a whole source buffer into a module. Top-level ops other than a single
/// `builtin.module` are wrapped in an implicit module, as MLIR does.
pub fn parse_source(ctx: &Arc<Context>, src: &str, cfg: &ParseConfig) -> PResult<Module> {
    let mut p = Parser::new(ctx, src, cfg);
    p.parse_top()?;
    Ok(p.m)
}

/// Parses a type from text.
pub fn parse_type_str(ctx: &Arc<Context>, src: &str) -> PResult<Type> {
    let cfg = ParseConfig {
        allow_unregistered: true,
        ..Default::default()
    };
    let mut p = Parser::new(ctx, src, &cfg);
    let t = p.parse_type()?;
    p.expect(Tok::Eof, "end of input")?;
    Ok(t)
}

/// Parses an attribute from text.
pub fn parse_attr_str(ctx: &Arc<Context>, src: &str) -> PResult<Attr> {
    let cfg = ParseConfig {
        allow_unregistered: true,
        ..Default::default()
    };
    let mut p = Parser::new(ctx, src, &cfg);
    let a = p.parse_attr()?;
    p.expect(Tok::Eof, "end of input")?;
    Ok(a)
}

/// A reference to a value not yet resolved to a type: `%name` or `%name#index`.
#[derive(Copy, Clone, Debug)]
pub struct UnresolvedOperand {
    start: u32,
    end: u32,
    index: u32,
    tok: Token,
}

/// A location that may name an alias defined later in the file.
#[derive(Copy, Clone, Debug)]
pub enum PendingLoc {
    Ready(Attr),
    Deferred { start: u32, end: u32, tok: Token },
}

/// A named, typed argument of a custom form (`%arg0: i32 {attrs} loc(...)`).
#[derive(Clone, Debug)]
pub struct Argument {
    pub name: UnresolvedOperand,
    pub ty: Type,
    pub attrs: Option<Attr>,
    pub loc: Option<PendingLoc>,
}

#[derive(Copy, Clone)]
enum LocTarget {
    Op(OpId),
    Arg(BlockId, usize),
}

#[derive(Default)]
struct IsolatedScope<'s> {
    values: FxHashMap<&'s str, (Value, u32)>,
    forward: FxHashMap<(&'s str, u32), (Value, Token)>,
    frames: Vec<Vec<&'s str>>,
}

#[derive(Default)]
struct BlockScope<'s> {
    blocks: FxHashMap<&'s str, (BlockId, bool, Token)>,
}

pub(crate) struct Parser<'s> {
    ctx: Arc<Context>,
    src: &'s str,
    lex: Lexer<'s>,
    tok: Token,
    file: Sym,
    allow_unregistered: bool,
    pub(crate) m: Module,
    type_aliases: FxHashMap<&'s str, Type>,
    attr_aliases: FxHashMap<&'s str, Attr>,
    deferred_locs: Vec<(LocTarget, PendingLoc)>,
    scopes: Vec<IsolatedScope<'s>>,
    block_scopes: Vec<BlockScope<'s>>,
    type_cache: FxHashMap<&'s str, Type>,
    default_dialect: Vec<&'static str>,
    depth: usize,
}

impl<'s> Parser<'s> {
    fn new(ctx: &Arc<Context>, src: &'s str, cfg: &ParseConfig) -> Self {
        let mut lex = Lexer::new(src, cfg.first_line);
        let tok = lex.next_token();
        let file = ctx.sym(&cfg.file_name);
        let loc = ctx.loc(Loc::File {
            file,
            line: cfg.first_line,
            col: 1,
            end: None,
        });
        Parser {
            ctx: ctx.clone(),
            src,
            lex,
            tok,
            file,
            allow_unregistered: cfg.allow_unregistered,
            m: Module::with_capacity(ctx.clone(), loc, src.len() / 64),
            type_aliases: FxHashMap::default(),
            attr_aliases: FxHashMap::default(),
            deferred_locs: Vec::new(),
            scopes: vec![IsolatedScope {
                values: FxHashMap::with_capacity_and_hasher(src.len() / 128, Default::default()),
                ..Default::default()
            }],
            block_scopes: Vec::new(),
            type_cache: FxHashMap::default(),
            default_dialect: Vec::new(),
            depth: 0,
        }
    }

    // ----- token helpers -----

    fn advance(&mut self) {
        self.tok = self.lex.next_token();
    }
    fn text(&self, t: Token) -> &'s str {
        &self.src[t.start as usize..t.end as usize]
    }
    fn tok_loc(&self, t: Token) -> Attr {
        self.ctx.loc(Loc::File {
            file: self.file,
            line: t.line,
            col: t.col,
            end: None,
        })
    }
    fn err_at(&self, t: Token, msg: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.tok_loc(t), msg)
    }
    fn err(&self, msg: impl Into<String>) -> Diagnostic {
        let t = self.tok;
        match t.kind {
            Tok::Eof => self.err_at(t, format!("{} (found end of input)", msg.into())),
            Tok::Error => self.err_at(t, format!("{} (found an invalid token)", msg.into())),
            _ => self.err_at(t, msg),
        }
    }
    fn is(&self, k: Tok) -> bool {
        self.tok.kind == k
    }
    fn consume_if(&mut self, k: Tok) -> bool {
        if self.tok.kind == k {
            self.advance();
            true
        } else {
            false
        }
    }
    fn expect(&mut self, k: Tok, what: &str) -> PResult<Token> {
        if self.tok.kind == k {
            let t = self.tok;
            self.advance();
            Ok(t)
        } else {
            Err(self.err(format!("expected {what}")))
        }
    }
    fn is_keyword(&self, kw: &str) -> bool {
        self.tok.kind == Tok::BareIdent && self.text(self.tok) == kw
    }
    fn peek(&self) -> Token {
        self.lex.clone().next_token()
    }
    /// Re-positions the lexer at byte offset `pos` and reads the token there.
    fn seek(&mut self, pos: usize) {
        self.lex.reset_to(pos);
        self.advance();
    }
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.err(format!("nesting deeper than {MAX_NESTING} levels")));
        }
        Ok(())
    }
    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ----- top level -----

    fn parse_top(&mut self) -> PResult<()> {
        let body = self.m.body();
        loop {
            match self.tok.kind {
                Tok::Eof => break,
                Tok::HashIdent if self.peek().kind == Tok::Equal => {
                    let name = self.text(self.tok);
                    let t = self.tok;
                    self.advance();
                    self.advance();
                    let a = self.parse_attr()?;
                    if self.attr_aliases.insert(name, a).is_some() {
                        return Err(self.err_at(t, format!("redefinition of attribute alias '{name}'")));
                    }
                }
                Tok::ExclIdent if self.peek().kind == Tok::Equal => {
                    let name = self.text(self.tok);
                    let t = self.tok;
                    self.advance();
                    self.advance();
                    let ty = self.parse_type()?;
                    if self.type_aliases.insert(name, ty).is_some() {
                        return Err(self.err_at(t, format!("redefinition of type alias '{name}'")));
                    }
                }
                Tok::MetadataBegin => {
                    return Err(self.err("file metadata ({-# ... #-}, dialect resources) is not supported"));
                }
                _ => {
                    self.parse_operation(body)?;
                }
            }
        }
        self.finish_isolated_scope()?;
        self.resolve_deferred_locs()?;
        // A single top-level module is the module itself.
        let ops: Vec<OpId> = self.m.block_ops(body).collect();
        if ops.len() == 1 && self.m.op_name(ops[0]) == "builtin.module" {
            let wrapper = self.m.root();
            self.m.detach_op(ops[0]);
            self.m.set_root(ops[0]);
            self.m.erase_op(wrapper);
        }
        Ok(())
    }

    fn resolve_deferred_locs(&mut self) -> PResult<()> {
        for (target, pending) in std::mem::take(&mut self.deferred_locs) {
            let loc = self.resolve_pending(pending)?;
            match target {
                LocTarget::Op(op) => self.m.set_loc(op, loc),
                LocTarget::Arg(b, i) => self.m.set_block_arg_loc(b, i, loc),
            }
        }
        Ok(())
    }

    fn resolve_pending(&self, p: PendingLoc) -> PResult<Attr> {
        match p {
            PendingLoc::Ready(a) => Ok(a),
            PendingLoc::Deferred { start, end, tok } => {
                let name = &self.src[start as usize..end as usize];
                match self.attr_aliases.get(name) {
                    Some(&a) if matches!(self.ctx.attr(a), AttrKind::Location(_)) => Ok(a),
                    Some(_) => {
                        Err(self.err_at(tok, format!("expected location, but '{name}' is not a location alias")))
                    }
                    None => Err(self.err_at(tok, format!("operation location alias '{name}' was never defined"))),
                }
            }
        }
    }

    // ----- SSA names -----

    fn split_value_name(&self, t: Token) -> (&'s str, u32, bool) {
        let s = self.text(t);
        match s.find('#') {
            Some(i) => (&s[..i], s[i + 1..].parse().unwrap_or(u32::MAX), true),
            None => (s, 0, false),
        }
    }

    fn define_values(&mut self, name: &'s str, first: Value, count: u32, t: Token) -> PResult<()> {
        let scope = self.scopes.last_mut().expect("scope");
        match scope.values.entry(name) {
            std::collections::hash_map::Entry::Occupied(_) => {
                return Err(self.err_at(t, format!("redefinition of SSA value '{name}'")));
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert((first, count));
            }
        }
        if let Some(f) = scope.frames.last_mut() {
            f.push(name);
        }
        if scope.forward.is_empty() {
            return Ok(());
        }
        for i in 0..count {
            let key = (name, i);
            let scope = self.scopes.last_mut().expect("scope");
            if let Some((ph, use_tok)) = scope.forward.remove(&key) {
                let real = self.nth_value(first, i);
                let (pt, rt) = (self.m.value_type(ph), self.m.value_type(real));
                if pt != rt {
                    return Err(self.err_at(
                        use_tok,
                        format!(
                            "use of value '{name}' expects different type than prior uses: '{}' vs '{}'",
                            crate::printer::type_to_string(&self.ctx, pt),
                            crate::printer::type_to_string(&self.ctx, rt)
                        ),
                    ));
                }
                self.m.replace_all_uses(ph, real);
            }
        }
        // Forward uses past the last result are errors reported at scope end.
        Ok(())
    }

    fn nth_value(&self, first: Value, i: u32) -> Value {
        match self.m.value_def(first) {
            ValueDef::Result { op, index } => self.m.result(op, (index + i) as usize),
            _ => first,
        }
    }

    fn resolve_operand(&mut self, u: UnresolvedOperand, ty: Type) -> PResult<Value> {
        let name = &self.src[u.start as usize..u.end as usize];
        let scope = self.scopes.last_mut().expect("scope");
        if let Some(&(first, count)) = scope.values.get(name) {
            if u.index >= count {
                return Err(self.err_at(
                    u.tok,
                    format!("reference to invalid result number {} of '{name}'", u.index),
                ));
            }
            let v = self.nth_value(first, u.index);
            let vt = self.m.value_type(v);
            if vt != ty {
                return Err(self.err_at(
                    u.tok,
                    format!(
                        "use of value '{name}' expects different type than prior uses: '{}' vs '{}'",
                        crate::printer::type_to_string(&self.ctx, ty),
                        crate::printer::type_to_string(&self.ctx, vt)
                    ),
                ));
            }
            return Ok(v);
        }
        let key = (name, u.index);
        if let Some(&(ph, _)) = scope.forward.get(&key) {
            if self.m.value_type(ph) != ty {
                return Err(self.err_at(
                    u.tok,
                    format!("use of value '{name}' expects different type than prior uses"),
                ));
            }
            return Ok(ph);
        }
        let ph = self.m.new_placeholder(ty);
        self.scopes.last_mut().expect("scope").forward.insert(key, (ph, u.tok));
        Ok(ph)
    }

    fn push_frame(&mut self, isolated: bool) {
        if isolated {
            self.scopes.push(IsolatedScope::default());
        }
        self.scopes.last_mut().expect("scope").frames.push(Vec::new());
        self.block_scopes.push(BlockScope::default());
    }

    fn pop_frame(&mut self, isolated: bool) -> PResult<()> {
        let bs = self.block_scopes.pop().expect("block scope");
        if let Some((name, (_, _, t))) = bs.blocks.iter().find(|(_, (_, defined, _))| !defined) {
            return Err(self.err_at(*t, format!("reference to an undefined block '{name}'")));
        }
        let scope = self.scopes.last_mut().expect("scope");
        let frame = scope.frames.pop().unwrap_or_default();
        for n in frame {
            scope.values.remove(n);
        }
        if isolated {
            self.finish_isolated_scope()?;
            self.scopes.pop();
        }
        Ok(())
    }

    fn finish_isolated_scope(&mut self) -> PResult<()> {
        let scope = self.scopes.last().expect("scope");
        if let Some(((name, idx), (_, t))) = scope.forward.iter().min_by_key(|(_, (_, t))| t.start) {
            let shown = if *idx > 0 {
                format!("{name}#{idx}")
            } else {
                name.to_string()
            };
            return Err(self.err_at(*t, format!("use of undeclared SSA value name '{shown}'")));
        }
        Ok(())
    }

    // ----- operations -----

    fn parse_operation(&mut self, block: BlockId) -> PResult<OpId> {
        self.enter()?;
        let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.parse_operation_inner(block));
        self.leave();
        r
    }

    fn parse_operation_inner(&mut self, block: BlockId) -> PResult<OpId> {
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

    fn apply_loc(&mut self, target: LocTarget, p: PendingLoc) {
        match (target, p) {
            (LocTarget::Op(op), PendingLoc::Ready(a)) => self.m.set_loc(op, a),
            (LocTarget::Arg(b, i), PendingLoc::Ready(a)) => self.m.set_block_arg_loc(b, i, a),
            (t, d) => self.deferred_locs.push((t, d)),
        }
    }

    fn check_op_name(&self, name: &str, t: Token) -> PResult<Sym> {
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

    fn parse_generic_op(&mut self, loc: Attr) -> PResult<OpId> {
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

    fn parse_custom_op(&mut self, loc: Attr, num_results: usize) -> PResult<OpId> {
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

    fn parse_operand(&mut self) -> PResult<UnresolvedOperand> {
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

    fn parse_operand_list_until(&mut self, close: Tok) -> PResult<Vec<UnresolvedOperand>> {
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

    fn parse_successor(&mut self) -> PResult<BlockId> {
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

    fn parse_region_impl(&mut self, entry_args: &[Argument], isolated: bool) -> PResult<RegionId> {
        self.enter()?;
        let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || {
            self.parse_region_inner(entry_args, isolated)
        });
        self.leave();
        r
    }

    fn parse_region_inner(&mut self, entry_args: &[Argument], isolated: bool) -> PResult<RegionId> {
        self.expect(Tok::LBrace, "'{' to begin a region")?;
        self.push_frame(isolated);
        let region = self.m.new_region();
        let r = self.parse_region_body(region, entry_args);
        let p = self.pop_frame(isolated);
        r?;
        p?;
        Ok(region)
    }

    fn parse_region_body(&mut self, region: RegionId, entry_args: &[Argument]) -> PResult<()> {
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

    fn parse_block_header(&mut self, region: RegionId) -> PResult<BlockId> {
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

    // ----- locations -----

    fn parse_optional_trailing_loc(&mut self) -> PResult<Option<PendingLoc>> {
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

    fn check_loc_alias(&self, a: Attr, t: Token, name: &str) -> PResult<Attr> {
        if matches!(self.ctx.attr(a), AttrKind::Location(_)) {
            Ok(a)
        } else {
            Err(self.err_at(t, format!("expected location, but '{name}' is not a location alias")))
        }
    }

    fn parse_loc_inner(&mut self) -> PResult<Attr> {
        self.enter()?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.parse_loc_inner_impl());
        self.leave();
        r
    }

    fn parse_loc_inner_impl(&mut self) -> PResult<Attr> {
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

    fn parse_u32(&mut self, what: &str) -> PResult<u32> {
        let t = self.expect(Tok::Integer, what)?;
        self.text(t)
            .parse()
            .map_err(|_| self.err_at(t, format!("invalid {what}")))
    }

    fn string_value(&self, t: Token) -> PResult<String> {
        let raw = self.text(t);
        unescape(&raw[1..raw.len() - 1]).map_err(|e| self.err_at(t, e))
    }

    // ----- attributes -----

    fn parse_dict_entries(&mut self) -> PResult<Vec<(Sym, Attr)>> {
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

    fn parse_attr_inner(&mut self) -> PResult<Attr> {
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

    fn symbol_name(&self, t: Token) -> PResult<String> {
        let s = &self.text(t)[1..];
        if s.starts_with('"') {
            unescape(&s[1..s.len() - 1]).map_err(|e| self.err_at(t, e))
        } else {
            Ok(s.to_string())
        }
    }

    fn parse_hash_attr(&mut self) -> PResult<Attr> {
        let t = self.tok;
        let text = self.text(t);
        if let Some(&a) = self.attr_aliases.get(text) {
            self.advance();
            return Ok(a);
        }
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
        self.check_dialect_entity(dialect, &body, t, false)?;
        self.seek(end);
        let dsym = self.ctx.sym(dialect);
        Ok(self.ctx.intern_attr(AttrKind::Dialect {
            dialect: dsym,
            body: body.into(),
        }))
    }

    fn check_dialect_entity(&self, dialect: &str, body: &str, t: Token, is_type: bool) -> PResult<()> {
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
    fn capture_balanced(&self, start: usize) -> PResult<usize> {
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

    fn tok_at(&self, pos: usize) -> Token {
        let (line, col) = self.lex.line_col(pos);
        Token {
            kind: Tok::Error,
            start: pos as u32,
            end: pos as u32,
            line,
            col,
        }
    }

    fn parse_number_attr(&mut self) -> PResult<Attr> {
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

    fn float_bits(&self, t: Token, text: &str, neg: bool, k: FloatKind) -> PResult<u64> {
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

    fn int_value(&self, t: Token, text: &str, neg: bool, ty: Type) -> PResult<i128> {
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
        let w = w.min(127);
        let (lo, hi) = match sign {
            Signedness::Signed => (-(1i128 << (w - 1).min(126)), (1i128 << (w - 1).min(126)) - 1),
            Signedness::Unsigned => (0, (1i128 << w) - 1),
            Signedness::Signless if w == 1 => (-1, 1),
            Signedness::Signless => (-(1i128 << (w - 1)), (1i128 << w) - 1),
        };
        if v < lo || v > hi {
            return Err(self.err_at(t, "integer constant out of range for attribute"));
        }
        Ok(v)
    }

    fn parse_dense_array(&mut self) -> PResult<Attr> {
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

    fn parse_dense(&mut self) -> PResult<Attr> {
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
        let n: usize = shape.iter().product();
        let ek = self.ctx.ty(elem).clone();
        let width = match &ek {
            TypeKind::Integer { width, .. } => *width,
            TypeKind::Index => 64,
            TypeKind::Float(k) => k.width(),
            _ => return Err(self.err_at(ty_tok, "dense elements of this element type are not supported")),
        };
        let ew = width.div_ceil(8) as usize;
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
    fn parse_dense_literal(&mut self, out: &mut Vec<(Token, bool)>, depth: usize) -> PResult<Option<Vec<usize>>> {
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

    // ----- types -----

    pub(crate) fn parse_type(&mut self) -> PResult<Type> {
        self.enter()?;
        let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.parse_type_inner());
        self.leave();
        r
    }

    fn parse_type_inner(&mut self) -> PResult<Type> {
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
                self.check_dialect_entity(dialect, &body, t, true)?;
                self.seek(end);
                let dsym = self.ctx.sym(dialect);
                Ok(self.ctx.intern_type(TypeKind::Dialect {
                    dialect: dsym,
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

    fn int_type_keyword(&self, kw: &str, t: Token) -> PResult<Option<Type>> {
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

    fn parse_type_list_until(&mut self, close: Tok) -> PResult<Vec<Type>> {
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
    fn parse_result_types(&mut self) -> PResult<Vec<Type>> {
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

    fn parse_shaped(&mut self, kw: &'s str, t: Token) -> PResult<Type> {
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
    fn find_simple_close(&self, lt: usize) -> Option<usize> {
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
    fn parse_dim_expr_text(&self, pos: usize) -> PResult<(Dim, usize)> {
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

fn join(v: &[usize]) -> String {
    v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ")
}

/// The parser state handed to custom parse hooks: read the op's syntax, fill `state`.
pub struct OpParser<'p, 's> {
    p: &'p mut Parser<'s>,
    /// The op being built.
    pub state: OperationState,
    /// How many results the text binds (`%a, %b = ...` gives 2), for ops that infer result types.
    pub num_results: usize,
    isolated: bool,
    name_tok: Token,
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
