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

mod attributes;
mod locations;
mod op_parser;
mod ops;
mod types;

pub use op_parser::OpParser;

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
    /// Where `v` is defined: its op's location, or its block argument's.
    fn def_loc(&self, v: Value) -> Option<Attr> {
        match self.m.value_def(v) {
            ValueDef::Result { op, .. } => Some(self.m.loc(op)),
            ValueDef::Arg { block, index } => self.m.block_arg_locs(block).get(index as usize).copied(),
            ValueDef::Placeholder => None,
        }
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
                    let d = self.err_at(
                        use_tok,
                        format!(
                            "use of value '{name}' expects different type than prior uses: '{}' vs '{}'",
                            crate::printer::type_to_string(&self.ctx, pt),
                            crate::printer::type_to_string(&self.ctx, rt)
                        ),
                    );
                    return Err(d.with_note(self.def_loc(real), "prior use here"));
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
                let d = self.err_at(
                    u.tok,
                    format!(
                        "use of value '{name}' expects different type than prior uses: '{}' vs '{}'",
                        crate::printer::type_to_string(&self.ctx, ty),
                        crate::printer::type_to_string(&self.ctx, vt)
                    ),
                );
                return Err(d.with_note(self.def_loc(v), "prior use here"));
            }
            return Ok(v);
        }
        let key = (name, u.index);
        if let Some(&(ph, prior)) = scope.forward.get(&key) {
            let pt = self.m.value_type(ph);
            if pt != ty {
                let d = self.err_at(
                    u.tok,
                    format!(
                        "use of value '{name}' expects different type than prior uses: '{}' vs '{}'",
                        crate::printer::type_to_string(&self.ctx, ty),
                        crate::printer::type_to_string(&self.ctx, pt)
                    ),
                );
                return Err(d.with_note(Some(self.tok_loc(prior)), "prior use here"));
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
}

fn join(v: &[usize]) -> String {
    v.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", ")
}
