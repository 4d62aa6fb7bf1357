//! Translation of the `llvm` dialect into LLVM IR. The module and context are inkwell's (they
//! feed inkwell's pass builder, verifier and printer); instructions are built through the C
//! API by opcode, which keeps the op table one line per op instead of one typed inkwell call
//! per operand kind (scalar, vector, pointer).

use inkwell::context::Context as LlContext;
use inkwell::module::Module as LlModule;
use kiln_ir::attrs::{AttrKind, DenseArray};
use kiln_ir::{BlockId, FloatKind, Module, OpId, Type, TypeKind, Value};
use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::{LLVMIntPredicate, LLVMOpcode, LLVMRealPredicate};
use rustc_hash::FxHashMap;
use std::ffi::CString;

/// A translation error, located at the op that caused it.
#[derive(Debug)]
pub struct TranslateError {
    pub op: Option<OpId>,
    pub message: String,
}

type R<T> = Result<T, TranslateError>;

fn err<T>(op: OpId, message: impl Into<String>) -> R<T> {
    Err(TranslateError {
        op: Some(op),
        message: message.into(),
    })
}

fn cstr(s: &str) -> CString {
    CString::new(s.replace('\0', "")).expect("no NUL after replace")
}

/// Translates every `llvm.func` under `root` into a new module of `ctx`.
pub fn translate<'ctx>(m: &Module, root: OpId, ctx: &'ctx LlContext, name: &str) -> R<LlModule<'ctx>> {
    let module = ctx.create_module(name);
    let mut t = Translator {
        m,
        ctx: ctx.raw(),
        module: module.as_mut_ptr(),
        funcs: FxHashMap::default(),
        globals: FxHashMap::default(),
    };
    for g in m
        .regions(root)
        .iter()
        .flat_map(|&r| m.region_blocks(r).iter().flat_map(|&b| m.block_ops(b)))
        .filter(|&o| m.op_name(o) == "llvm.mlir.global")
    {
        t.global(g)?;
    }
    let funcs: Vec<OpId> = m
        .regions(root)
        .iter()
        .flat_map(|&r| m.region_blocks(r).iter().flat_map(|&b| m.block_ops(b)))
        .filter(|&o| m.op_name(o) == "llvm.func")
        .collect();
    // Declare every function first so calls can refer to any of them.
    for &f in &funcs {
        t.declare(f)?;
    }
    for &f in &funcs {
        t.define(f)?;
    }
    Ok(module)
}

struct Translator<'a> {
    m: &'a Module,
    ctx: LLVMContextRef,
    module: LLVMModuleRef,
    funcs: FxHashMap<String, (LLVMValueRef, LLVMTypeRef)>,
    globals: FxHashMap<String, LLVMValueRef>,
}

impl Translator<'_> {
    /// `llvm.mlir.global`: a private, constant, unnamed_addr array of the value's bytes
    /// (little-endian elements, as the buffers hold them).
    fn global(&mut self, op: OpId) -> R<()> {
        let ctx = self.m.ctx();
        let name = str_attr(self.m, op, "sym_name").ok_or_else(|| TranslateError {
            op: Some(op),
            message: "llvm.mlir.global needs a sym_name".into(),
        })?;
        let Some(AttrKind::Dense { ty, data }) = self.m.attr(op, "value").map(|a| ctx.attr(a)) else {
            return err(op, "llvm.mlir.global needs a dense value");
        };
        let elem = ctx.ty(*ty).element_type().ok_or_else(|| TranslateError {
            op: Some(op),
            message: "a dense value without an element type".into(),
        })?;
        let n: usize = ctx
            .ty(*ty)
            .shape()
            .map(|s| s.iter().map(|d| d.as_const().unwrap_or(0).max(0) as usize).product())
            .unwrap_or(1);
        let width = (ctx.bit_width(elem).unwrap_or(8).div_ceil(8) as usize).max(1);
        let bytes: Vec<u8> = if data.splat {
            data.bytes.iter().copied().cycle().take(n * width).collect()
        } else {
            data.bytes.to_vec()
        };
        let align = self.m.attr(op, "alignment").and_then(|a| ctx.attr_int(a)).unwrap_or(64) as u32;
        unsafe {
            let init = LLVMConstStringInContext2(self.ctx, bytes.as_ptr().cast(), bytes.len(), 1);
            let g = LLVMAddGlobal(self.module, LLVMTypeOf(init), cstr(name).as_ptr());
            LLVMSetInitializer(g, init);
            LLVMSetGlobalConstant(g, 1);
            LLVMSetLinkage(g, llvm_sys::LLVMLinkage::LLVMPrivateLinkage);
            LLVMSetUnnamedAddress(g, llvm_sys::LLVMUnnamedAddr::LLVMGlobalUnnamedAddr);
            LLVMSetAlignment(g, align);
            self.globals.insert(name.to_string(), g);
        }
        Ok(())
    }

    fn ty(&self, op: OpId, t: Type) -> R<LLVMTypeRef> {
        let ctx = self.m.ctx();
        unsafe {
            Ok(match ctx.ty(t) {
                TypeKind::Integer { width, .. } => LLVMIntTypeInContext(self.ctx, *width),
                TypeKind::Index => LLVMInt64TypeInContext(self.ctx),
                TypeKind::Float(FloatKind::F16) => LLVMHalfTypeInContext(self.ctx),
                TypeKind::Float(FloatKind::BF16) => LLVMBFloatTypeInContext(self.ctx),
                TypeKind::Float(FloatKind::F32) => LLVMFloatTypeInContext(self.ctx),
                TypeKind::Float(FloatKind::F64) => LLVMDoubleTypeInContext(self.ctx),
                TypeKind::Vector { shape, scalable, elem } if shape.len() == 1 && !scalable[0] => {
                    LLVMVectorType(self.ty(op, *elem)?, shape[0] as u32)
                }
                TypeKind::Dialect { dialect, body } if ctx.str(*dialect) == "llvm" && &**body == ".ptr" => {
                    LLVMPointerTypeInContext(self.ctx, 0)
                }
                TypeKind::Dialect { dialect, body } if ctx.str(*dialect) == "llvm" && &**body == ".void" => {
                    LLVMVoidTypeInContext(self.ctx)
                }
                _ => {
                    return err(
                        op,
                        format!(
                            "type '{}' has no LLVM translation",
                            kiln_ir::printer::type_to_string(ctx, t)
                        ),
                    )
                }
            })
        }
    }

    fn fn_type(&self, op: OpId) -> R<(LLVMTypeRef, Vec<Type>)> {
        let ctx = self.m.ctx();
        let ft = self
            .m
            .attr(op, "function_type")
            .and_then(|a| ctx.attr_type(a))
            .ok_or_else(|| TranslateError {
                op: Some(op),
                message: "llvm.func needs a function_type".into(),
            })?;
        let TypeKind::Function { inputs, results } = ctx.ty(ft).clone() else {
            return err(op, "function_type is not a function type");
        };
        let mut params: Vec<LLVMTypeRef> = inputs.iter().map(|&t| self.ty(op, t)).collect::<R<_>>()?;
        let ret = match results.len() {
            0 => unsafe { LLVMVoidTypeInContext(self.ctx) },
            1 => self.ty(op, results[0])?,
            _ => return err(op, "functions with several results have no LLVM translation; pack them"),
        };
        let t = unsafe { LLVMFunctionType(ret, params.as_mut_ptr(), params.len() as u32, 0) };
        Ok((t, inputs.to_vec()))
    }

    fn declare(&mut self, f: OpId) -> R<()> {
        let name = sym_name(self.m, f).ok_or_else(|| TranslateError {
            op: Some(f),
            message: "llvm.func needs a sym_name".into(),
        })?;
        let (ft, _) = self.fn_type(f)?;
        let v = unsafe { LLVMAddFunction(self.module, cstr(&name).as_ptr(), ft) };
        let defined = self
            .m
            .regions(f)
            .first()
            .is_some_and(|&r| !self.m.region_blocks(r).is_empty());
        // Declarations keep external linkage: they resolve to the process.
        if defined && self.m.attr(f, "sym_visibility").and_then(|a| self.m.ctx().attr_str(a)) == Some("private") {
            unsafe { LLVMSetLinkage(v, llvm_sys::LLVMLinkage::LLVMInternalLinkage) };
        }
        self.funcs.insert(name, (v, ft));
        Ok(())
    }

    fn define(&mut self, f: OpId) -> R<()> {
        let m = self.m;
        let Some(&body) = m.regions(f).first() else {
            return Ok(());
        };
        let blocks = m.region_blocks(body).to_vec();
        if blocks.is_empty() {
            return Ok(());
        }
        let name = sym_name(m, f).unwrap_or_default();
        let (func, _) = self.funcs[&name];
        let mut fx = FnState {
            vals: FxHashMap::default(),
            blocks: FxHashMap::default(),
            phis: Vec::new(),
            builder: unsafe { LLVMCreateBuilderInContext(self.ctx) },
        };
        for (i, &b) in blocks.iter().enumerate() {
            let bb = unsafe { LLVMAppendBasicBlockInContext(self.ctx, func, cstr(&format!("bb{i}")).as_ptr()) };
            fx.blocks.insert(b, bb);
        }
        // Entry arguments are the function's parameters; other blocks' arguments are phis.
        for (i, &a) in m.block_args(blocks[0]).iter().enumerate() {
            fx.vals.insert(a, unsafe { LLVMGetParam(func, i as u32) });
        }
        for &b in &blocks[1..] {
            unsafe { LLVMPositionBuilderAtEnd(fx.builder, fx.blocks[&b]) };
            for &a in m.block_args(b) {
                let ty = self.ty(f, m.value_type(a))?;
                let phi = unsafe { LLVMBuildPhi(fx.builder, ty, c"".as_ptr()) };
                fx.vals.insert(a, phi);
            }
        }
        let result = (|| -> R<()> {
            for &b in &blocks {
                unsafe { LLVMPositionBuilderAtEnd(fx.builder, fx.blocks[&b]) };
                for op in m.block_ops(b) {
                    self.op(&mut fx, op, b)?;
                }
            }
            for (phi, value, from) in std::mem::take(&mut fx.phis) {
                let (mut v, mut bb) = (fx.get_raw(value)?, fx.blocks[&from]);
                unsafe { LLVMAddIncoming(phi, &mut v, &mut bb, 1) };
            }
            Ok(())
        })();
        unsafe { LLVMDisposeBuilder(fx.builder) };
        result?;
        // A call of an intrinsic by name is checked against the intrinsic's signature here:
        // LLVM's code generator would abort on a wrong one.
        let by_name = blocks
            .iter()
            .any(|&b| m.block_ops(b).any(|o| m.op_name(o) == "llvm.call_intrinsic"));
        if by_name
            && unsafe {
                llvm_sys::analysis::LLVMVerifyFunction(
                    func,
                    llvm_sys::analysis::LLVMVerifierFailureAction::LLVMReturnStatusAction,
                )
            } != 0
        {
            return err(f, format!("'@{name}' calls an intrinsic with the wrong types"));
        }
        Ok(())
    }

    fn op(&mut self, fx: &mut FnState, op: OpId, block: BlockId) -> R<()> {
        let m = self.m;
        let name = m.op_name(op);
        let b = fx.builder;
        let ops: Vec<Value> = m.operands(op).collect();
        let arg = |fx: &FnState, i: usize| fx.get(op, ops[i]);
        let result_ty = |t: &Self| -> R<LLVMTypeRef> {
            match m.results(op).next() {
                Some(r) => t.ty(op, m.value_type(r)),
                None => err(op, "expects a result"),
            }
        };
        let empty = c"".as_ptr();
        let short = name.strip_prefix("llvm.").unwrap_or(name);
        let v: Option<LLVMValueRef> = unsafe {
            if let Some(opc) = binary_opcode(short) {
                Some(LLVMBuildBinOp(b, opc, arg(fx, 0)?, arg(fx, 1)?, empty))
            } else if let Some(opc) = cast_opcode(short) {
                Some(LLVMBuildCast(b, opc, arg(fx, 0)?, result_ty(self)?, empty))
            } else {
                match short {
                    "fneg" => Some(LLVMBuildFNeg(b, arg(fx, 0)?, empty)),
                    "mlir.constant" => Some(self.constant(op, result_ty(self)?)?),
                    "mlir.poison" => Some(LLVMGetPoison(result_ty(self)?)),
                    "mlir.zero" => Some(LLVMConstNull(result_ty(self)?)),
                    "mlir.addressof" => {
                        let name = symbol_attr(m, op, "global_name").ok_or_else(|| TranslateError {
                            op: Some(op),
                            message: "llvm.mlir.addressof needs a global_name".into(),
                        })?;
                        match (self.funcs.get(&name), self.globals.get(&name)) {
                            (Some(&(f, _)), _) => Some(f),
                            (None, Some(&g)) => Some(g),
                            _ => return err(op, format!("address of unknown function or global '@{name}'")),
                        }
                    }
                    "icmp" => {
                        let p = int_predicate(str_attr(m, op, "predicate").unwrap_or("")).ok_or_else(|| {
                            TranslateError {
                                op: Some(op),
                                message: "unknown icmp predicate".into(),
                            }
                        })?;
                        Some(LLVMBuildICmp(b, p, arg(fx, 0)?, arg(fx, 1)?, empty))
                    }
                    "fcmp" => {
                        let p = real_predicate(str_attr(m, op, "predicate").unwrap_or("")).ok_or_else(|| {
                            TranslateError {
                                op: Some(op),
                                message: "unknown fcmp predicate".into(),
                            }
                        })?;
                        Some(LLVMBuildFCmp(b, p, arg(fx, 0)?, arg(fx, 1)?, empty))
                    }
                    "select" => Some(LLVMBuildSelect(b, arg(fx, 0)?, arg(fx, 1)?, arg(fx, 2)?, empty)),
                    "alloca" => {
                        let et = self.type_attr(op, "elem_type")?;
                        let a = LLVMBuildArrayAlloca(b, et, arg(fx, 0)?, empty);
                        set_alignment(m, op, a);
                        Some(a)
                    }
                    "load" => {
                        let l = LLVMBuildLoad2(b, result_ty(self)?, arg(fx, 0)?, empty);
                        set_alignment(m, op, l);
                        Some(l)
                    }
                    "store" => {
                        let s = LLVMBuildStore(b, arg(fx, 0)?, arg(fx, 1)?);
                        set_alignment(m, op, s);
                        if m.attr(op, "nontemporal").is_some() {
                            // `!nontemporal !{i32 1}`: a streaming store (MOVNT on x86), which
                            // skips the cache and the read of the line it writes. Ordered for
                            // other threads by the locked instructions of any handoff (the
                            // thread pool's join), as x86 orders streaming stores.
                            let kind = LLVMGetMDKindIDInContext(self.ctx, c"nontemporal".as_ptr(), 11);
                            let one = LLVMValueAsMetadata(LLVMConstInt(LLVMInt32TypeInContext(self.ctx), 1, 0));
                            let mut items = [one];
                            let node = LLVMMDNodeInContext2(self.ctx, items.as_mut_ptr(), 1);
                            LLVMSetMetadata(s, kind, LLVMMetadataAsValue(self.ctx, node));
                        }
                        None
                    }
                    "getelementptr" => {
                        let et = self.type_attr(op, "elem_type")?;
                        let mut idx: Vec<LLVMValueRef> = (1..ops.len()).map(|i| arg(fx, i)).collect::<R<_>>()?;
                        let f = if m.attr(op, "inbounds").is_some() {
                            LLVMBuildInBoundsGEP2
                        } else {
                            LLVMBuildGEP2
                        };
                        Some(f(b, et, arg(fx, 0)?, idx.as_mut_ptr(), idx.len() as u32, empty))
                    }
                    "extractelement" => Some(LLVMBuildExtractElement(b, arg(fx, 0)?, arg(fx, 1)?, empty)),
                    "insertelement" => Some(LLVMBuildInsertElement(b, arg(fx, 0)?, arg(fx, 1)?, arg(fx, 2)?, empty)),
                    "shufflevector" => {
                        let i32t = LLVMInt32TypeInContext(self.ctx);
                        let mut mask: Vec<LLVMValueRef> = i64_list(m, op, "mask")
                            .iter()
                            .map(|&k| {
                                if k < 0 {
                                    LLVMGetPoison(i32t)
                                } else {
                                    LLVMConstInt(i32t, k as u64, 0)
                                }
                            })
                            .collect();
                        let mv = LLVMConstVector(mask.as_mut_ptr(), mask.len() as u32);
                        Some(LLVMBuildShuffleVector(b, arg(fx, 0)?, arg(fx, 1)?, mv, empty))
                    }
                    "call" => {
                        let callee = callee(m, op).ok_or_else(|| TranslateError {
                            op: Some(op),
                            message: "llvm.call needs a callee".into(),
                        })?;
                        let (f, ft) = *self.funcs.get(&callee).ok_or_else(|| TranslateError {
                            op: Some(op),
                            message: format!("call to unknown function '@{callee}'"),
                        })?;
                        let mut args: Vec<LLVMValueRef> = (0..ops.len()).map(|i| arg(fx, i)).collect::<R<_>>()?;
                        let c = LLVMBuildCall2(b, ft, f, args.as_mut_ptr(), args.len() as u32, empty);
                        (m.num_results(op) == 1).then_some(c)
                    }
                    "return" => {
                        if ops.is_empty() {
                            LLVMBuildRetVoid(b);
                        } else {
                            LLVMBuildRet(b, arg(fx, 0)?);
                        }
                        None
                    }
                    "unreachable" => {
                        LLVMBuildUnreachable(b);
                        None
                    }
                    "br" => {
                        let dest = m.successors(op)[0];
                        self.edge(fx, op, block, dest, &ops)?;
                        LLVMBuildBr(b, fx.blocks[&dest]);
                        None
                    }
                    "cond_br" => {
                        let seg = i64_list(m, op, "operandSegmentSizes");
                        let n_true = seg.get(1).copied().unwrap_or(0) as usize;
                        let (t, f) = (m.successors(op)[0], m.successors(op)[1]);
                        self.edge(fx, op, block, t, &ops[1..1 + n_true])?;
                        self.edge(fx, op, block, f, &ops[1 + n_true..])?;
                        LLVMBuildCondBr(b, arg(fx, 0)?, fx.blocks[&t], fx.blocks[&f]);
                        None
                    }
                    "call_intrinsic" => self.call_intrinsic(fx, op, &ops)?,
                    _ if short.starts_with("intr.") => self.intrinsic(fx, op, &short[5..], &ops)?,
                    _ => return err(op, format!("'{name}' has no LLVM translation")),
                }
            }
        };
        if let (Some(v), Some(r)) = (v, m.results(op).next()) {
            // `fastmathFlags`: `reassoc` (a reduction's accumulation: its lanes may be combined
            // in any order), `contract` (a multiply and an add of the vector math, which may
            // become one FMA), `nnan` and `nsz` (a tracked maximum's accumulators, which
            // become the plain maximum instruction), comma-separated.
            if let Some(fm) = kiln_dialects::llvm::fastmath_flags(m, op) {
                let mut flags = 0;
                for f in fm.split(',').map(str::trim) {
                    flags |= match f {
                        "reassoc" => llvm_sys::LLVMFastMathAllowReassoc,
                        "contract" => llvm_sys::LLVMFastMathAllowContract,
                        "nnan" => llvm_sys::LLVMFastMathNoNaNs,
                        "nsz" => llvm_sys::LLVMFastMathNoSignedZeros,
                        _ => 0,
                    };
                }
                if flags != 0 && unsafe { LLVMCanValueUseFastMathFlags(v) } != 0 {
                    unsafe { LLVMSetFastMathFlags(v, flags) };
                }
            }
            fx.vals.insert(r, v);
        }
        Ok(())
    }

    /// Records the phi inputs of branching from `from` to `dest` with `args`.
    fn edge(&self, fx: &mut FnState, op: OpId, from: BlockId, dest: BlockId, args: &[Value]) -> R<()> {
        let params = self.m.block_args(dest);
        if params.len() != args.len() {
            return err(op, "branch arguments do not match the destination block");
        }
        for (&p, &a) in params.iter().zip(args) {
            let phi = fx.get(op, p)?;
            fx.phis.push((phi, a, from));
        }
        Ok(())
    }

    fn intrinsic(&self, fx: &FnState, op: OpId, name: &str, ops: &[Value]) -> R<Option<LLVMValueRef>> {
        let m = self.m;
        let full = format!("llvm.{name}");
        let id = unsafe { LLVMLookupIntrinsicID(cstr(&full).as_ptr(), full.len()) };
        if id == 0 {
            return err(op, format!("unknown intrinsic '{full}'"));
        }
        if name == "masked.load" || name == "masked.store" {
            return self.masked(fx, op, id, name == "masked.load", ops);
        }
        // Overloaded on the result type, or on the vector operand for reductions.
        let overload = if name.starts_with("vector.reduce.") {
            m.value_type(*ops.last().expect("verified operands"))
        } else {
            m.value_type(m.result(op, 0))
        };
        let mut tys = [self.ty(op, overload)?];
        unsafe {
            let decl = LLVMGetIntrinsicDeclaration(self.module, id, tys.as_mut_ptr(), 1);
            let ft = LLVMIntrinsicGetType(self.ctx, id, tys.as_mut_ptr(), 1);
            let mut args: Vec<LLVMValueRef> = ops.iter().map(|&v| fx.get(op, v)).collect::<R<_>>()?;
            if name == "ctlz" {
                // llvm.ctlz(x, is_zero_poison): a zero input counts every bit.
                args.push(LLVMConstInt(LLVMInt1TypeInContext(self.ctx), 0, 0));
            }
            Ok(Some(LLVMBuildCall2(
                fx.builder,
                ft,
                decl,
                args.as_mut_ptr(),
                args.len() as u32,
                c"".as_ptr(),
            )))
        }
    }

    /// `llvm.call_intrinsic "llvm.<name>.<overloads>"(...)`: a call of the intrinsic declared by
    /// its full name with the call's own types. LLVM checks the name and, when the function is
    /// verified (`define` does so for functions that hold such calls), the types.
    fn call_intrinsic(&self, fx: &FnState, op: OpId, ops: &[Value]) -> R<Option<LLVMValueRef>> {
        let m = self.m;
        let name = m
            .attr(op, "intrin")
            .and_then(|a| m.ctx().attr_str(a))
            .unwrap_or_default();
        let cname = cstr(name);
        if unsafe { LLVMLookupIntrinsicID(cname.as_ptr(), name.len()) } == 0 {
            return err(op, format!("unknown intrinsic '{name}'"));
        }
        let ret = match m.results(op).next() {
            Some(r) => self.ty(op, m.value_type(r))?,
            None => unsafe { LLVMVoidTypeInContext(self.ctx) },
        };
        let mut params: Vec<LLVMTypeRef> = ops.iter().map(|&v| self.ty(op, m.value_type(v))).collect::<R<_>>()?;
        unsafe {
            let ft = LLVMFunctionType(ret, params.as_mut_ptr(), params.len() as u32, 0);
            let mut f = LLVMGetNamedFunction(self.module, cname.as_ptr());
            if f.is_null() {
                f = LLVMAddFunction(self.module, cname.as_ptr(), ft);
            } else if LLVMGlobalGetValueType(f) != ft {
                return err(op, format!("'{name}' called with two different signatures"));
            }
            let mut args: Vec<LLVMValueRef> = ops.iter().map(|&v| fx.get(op, v)).collect::<R<_>>()?;
            let c = LLVMBuildCall2(fx.builder, ft, f, args.as_mut_ptr(), args.len() as u32, c"".as_ptr());
            Ok((m.num_results(op) == 1).then_some(c))
        }
    }

    /// `llvm.masked.load.<vec>.p0(ptr align(A), mask, passthru)` and
    /// `llvm.masked.store.<vec>.p0(value, ptr align(A), mask)`.
    fn masked(&self, fx: &FnState, op: OpId, id: u32, load: bool, ops: &[Value]) -> R<Option<LLVMValueRef>> {
        let m = self.m;
        let vec_ty = if load {
            m.value_type(m.result(op, 0))
        } else {
            m.value_type(ops[0])
        };
        let align = m.attr(op, "alignment").and_then(|a| m.ctx().attr_int(a)).unwrap_or(1) as u64;
        unsafe {
            let mut tys = [self.ty(op, vec_ty)?, LLVMPointerTypeInContext(self.ctx, 0)];
            let decl = LLVMGetIntrinsicDeclaration(self.module, id, tys.as_mut_ptr(), 2);
            let ft = LLVMIntrinsicGetType(self.ctx, id, tys.as_mut_ptr(), 2);
            // LLVM 21+ takes the alignment as the pointer's `align` attribute, not an argument.
            let v = |i: usize| fx.get(op, ops[i]);
            let mut args = vec![v(0)?, v(1)?, v(2)?];
            let c = LLVMBuildCall2(fx.builder, ft, decl, args.as_mut_ptr(), args.len() as u32, c"".as_ptr());
            let kind = LLVMGetEnumAttributeKindForName(c"align".as_ptr(), 5);
            let attr = LLVMCreateEnumAttribute(self.ctx, kind, align);
            // Parameter indices are 1-based: the pointer is the first (load) or second (store).
            LLVMAddCallSiteAttribute(c, if load { 1 } else { 2 }, attr);
            Ok(load.then_some(c))
        }
    }

    fn type_attr(&self, op: OpId, name: &str) -> R<LLVMTypeRef> {
        let t = self
            .m
            .attr(op, name)
            .and_then(|a| self.m.ctx().attr_type(a))
            .ok_or_else(|| TranslateError {
                op: Some(op),
                message: format!("needs a type attribute '{name}'"),
            })?;
        self.ty(op, t)
    }

    fn constant(&self, op: OpId, ty: LLVMTypeRef) -> R<LLVMValueRef> {
        let ctx = self.m.ctx();
        let Some(a) = self.m.attr(op, "value") else {
            return err(op, "llvm.mlir.constant needs a value");
        };
        let scalar = |kind: &AttrKind, t: LLVMTypeRef| -> Option<LLVMValueRef> {
            unsafe {
                match kind {
                    AttrKind::Integer { value, .. } => Some(LLVMConstInt(t, *value as u64, 0)),
                    AttrKind::Bool(v) => Some(LLVMConstInt(t, *v as u64, 0)),
                    AttrKind::Float { bits, ty } => {
                        let f = match ctx.ty(*ty) {
                            TypeKind::Float(k) => kiln_ir::float::bits_to_f64(*bits, *k),
                            _ => return None,
                        };
                        Some(LLVMConstReal(t, f))
                    }
                    _ => None,
                }
            }
        };
        unsafe {
            if let AttrKind::Dense { ty: dty, data } = ctx.attr(a) {
                // dense<...> : vector<NxT>, splat or element by element.
                let et = LLVMGetElementType(ty);
                let n = LLVMGetVectorSize(ty) as usize;
                let elem = ctx.ty(*dty).element_type().unwrap_or(*dty);
                let mut items = Vec::with_capacity(n);
                for i in 0..n {
                    let Some(bits) = ctx.dense_bits(elem, data, i) else {
                        return err(op, "dense constant has fewer elements than its vector type");
                    };
                    items.push(match ctx.ty(elem) {
                        TypeKind::Float(k) => LLVMConstReal(et, kiln_ir::float::bits_to_f64(bits, *k)),
                        _ => LLVMConstInt(et, bits, 0),
                    });
                }
                return Ok(LLVMConstVector(items.as_mut_ptr(), n as u32));
            }
        }
        scalar(ctx.attr(a), ty).ok_or_else(|| TranslateError {
            op: Some(op),
            message: "unsupported constant value".into(),
        })
    }
}

struct FnState {
    vals: FxHashMap<Value, LLVMValueRef>,
    blocks: FxHashMap<BlockId, LLVMBasicBlockRef>,
    /// (phi, incoming value, predecessor block), filled in once every value exists.
    phis: Vec<(LLVMValueRef, Value, BlockId)>,
    builder: LLVMBuilderRef,
}

impl FnState {
    fn get(&self, op: OpId, v: Value) -> R<LLVMValueRef> {
        self.vals.get(&v).copied().ok_or_else(|| TranslateError {
            op: Some(op),
            message: "use of a value before its definition (blocks must be in dominance order)".into(),
        })
    }
    fn get_raw(&self, v: Value) -> R<LLVMValueRef> {
        self.vals.get(&v).copied().ok_or_else(|| TranslateError {
            op: None,
            message: "a branch argument is never defined".into(),
        })
    }
}

fn binary_opcode(name: &str) -> Option<LLVMOpcode> {
    use LLVMOpcode::*;
    Some(match name {
        "add" => LLVMAdd,
        "sub" => LLVMSub,
        "mul" => LLVMMul,
        "sdiv" => LLVMSDiv,
        "udiv" => LLVMUDiv,
        "srem" => LLVMSRem,
        "urem" => LLVMURem,
        "and" => LLVMAnd,
        "or" => LLVMOr,
        "xor" => LLVMXor,
        "shl" => LLVMShl,
        "lshr" => LLVMLShr,
        "ashr" => LLVMAShr,
        "fadd" => LLVMFAdd,
        "fsub" => LLVMFSub,
        "fmul" => LLVMFMul,
        "fdiv" => LLVMFDiv,
        "frem" => LLVMFRem,
        _ => return None,
    })
}

fn cast_opcode(name: &str) -> Option<LLVMOpcode> {
    use LLVMOpcode::*;
    Some(match name {
        "sext" => LLVMSExt,
        "zext" => LLVMZExt,
        "trunc" => LLVMTrunc,
        "sitofp" => LLVMSIToFP,
        "uitofp" => LLVMUIToFP,
        "fptosi" => LLVMFPToSI,
        "fptoui" => LLVMFPToUI,
        "fpext" => LLVMFPExt,
        "fptrunc" => LLVMFPTrunc,
        "ptrtoint" => LLVMPtrToInt,
        "inttoptr" => LLVMIntToPtr,
        "bitcast" => LLVMBitCast,
        _ => return None,
    })
}

fn int_predicate(p: &str) -> Option<LLVMIntPredicate> {
    use LLVMIntPredicate::*;
    Some(match p {
        "eq" => LLVMIntEQ,
        "ne" => LLVMIntNE,
        "slt" => LLVMIntSLT,
        "sle" => LLVMIntSLE,
        "sgt" => LLVMIntSGT,
        "sge" => LLVMIntSGE,
        "ult" => LLVMIntULT,
        "ule" => LLVMIntULE,
        "ugt" => LLVMIntUGT,
        "uge" => LLVMIntUGE,
        _ => return None,
    })
}

fn real_predicate(p: &str) -> Option<LLVMRealPredicate> {
    use LLVMRealPredicate::*;
    Some(match p {
        "false" => LLVMRealPredicateFalse,
        "oeq" => LLVMRealOEQ,
        "ogt" => LLVMRealOGT,
        "oge" => LLVMRealOGE,
        "olt" => LLVMRealOLT,
        "ole" => LLVMRealOLE,
        "one" => LLVMRealONE,
        "ord" => LLVMRealORD,
        "ueq" => LLVMRealUEQ,
        "ugt" => LLVMRealUGT,
        "uge" => LLVMRealUGE,
        "ult" => LLVMRealULT,
        "ule" => LLVMRealULE,
        "une" => LLVMRealUNE,
        "uno" => LLVMRealUNO,
        "true" => LLVMRealPredicateTrue,
        _ => return None,
    })
}

fn sym_name(m: &Module, op: OpId) -> Option<String> {
    m.attr(op, "sym_name")
        .and_then(|a| m.ctx().attr_str(a))
        .map(str::to_string)
}

fn str_attr<'a>(m: &'a Module, op: OpId, name: &str) -> Option<&'a str> {
    m.attr(op, name).and_then(|a| m.ctx().attr_str(a))
}

fn callee(m: &Module, op: OpId) -> Option<String> {
    symbol_attr(m, op, "callee")
}

/// The flat symbol reference in attribute `name`.
fn symbol_attr(m: &Module, op: OpId, name: &str) -> Option<String> {
    match m.ctx().attr(m.attr(op, name)?) {
        AttrKind::SymbolRef { root, nested } if nested.is_empty() => Some(m.ctx().str(*root).to_string()),
        _ => None,
    }
}

fn i64_list(m: &Module, op: OpId, name: &str) -> Vec<i64> {
    match m.attr(op, name).map(|a| m.ctx().attr(a)) {
        Some(AttrKind::DenseArray {
            values: DenseArray::Int(v),
            ..
        }) => v.to_vec(),
        _ => Vec::new(),
    }
}

fn set_alignment(m: &Module, op: OpId, v: LLVMValueRef) {
    if let Some(a) = m.attr(op, "alignment").and_then(|a| m.ctx().attr_int(a)) {
        unsafe { LLVMSetAlignment(v, a as u32) };
    }
}
