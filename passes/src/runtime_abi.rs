//! The runtime's C ABI as compiled code sees it, declared once: every `kiln_rt_*` function the
//! lowerings call, with its LLVM-level signature (a memref is a pointer to its descriptor). The
//! lowerings declare and call these entries; the runtime defines one symbol per entry (a test
//! there checks that none is missing), so a name or an arity cannot drift between the two.

/// An LLVM-level parameter or result type of a runtime function.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Abi {
    /// A 64-bit integer (sizes, indices, flags).
    I64,
    /// A pointer: a memref descriptor, or a buffer.
    Ptr,
}

/// A runtime function compiled code calls.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct RuntimeFn {
    /// The C symbol.
    pub name: &'static str,
    /// Parameter types, in order.
    pub params: &'static [Abi],
    /// The result type, if any.
    pub result: Option<Abi>,
}

use Abi::{Ptr, I64};

/// `(descriptor, rank, element bytes) -> data`: sizes a buffer from its descriptor's extents
/// (checked arithmetic), fills the data slot; leaves the call when it cannot.
pub const ALLOC_SHAPE: RuntimeFn = RuntimeFn {
    name: "kiln_rt_alloc_shape",
    params: &[Ptr, I64, I64],
    result: Some(Ptr),
};
/// `(data)`: frees a buffer of the pool (null is ignored).
pub const FREE: RuntimeFn = RuntimeFn {
    name: "kiln_rt_free",
    params: &[Ptr],
    result: None,
};
/// `(message id, values descriptor)`: records a failed run-time check.
pub const ASSERT_FAILED: RuntimeFn = RuntimeFn {
    name: "kiln_rt_assert_failed",
    params: &[I64, Ptr],
    result: None,
};
/// `(a, b, c, transpose a, transpose b)`: `c = a · b` on f32 descriptors.
pub const MATMUL_F32: RuntimeFn = RuntimeFn {
    name: "kiln_rt_matmul_f32",
    params: &[Ptr, Ptr, Ptr, I64, I64],
    result: None,
};
/// As [`MATMUL_F32`], on f64.
pub const MATMUL_F64: RuntimeFn = RuntimeFn {
    name: "kiln_rt_matmul_f64",
    params: &[Ptr, Ptr, Ptr, I64, I64],
    result: None,
};
/// `(x, w, out, stride h, stride w, dilation h, dilation w, pad top, pad bottom, pad left,
/// pad right)`: `out = conv2d(x, w)` on f32 descriptors (NHWC, HWCF), by im2col and the GEMM;
/// leaves the call when the extents do not fit together.
pub const CONV2D_F32: RuntimeFn = RuntimeFn {
    name: "kiln_rt_conv2d_f32",
    params: &[Ptr, Ptr, Ptr, I64, I64, I64, I64, I64, I64, I64, I64],
    result: None,
};
/// `(start, length, extent)`: leaves the call unless `0 <= start` and `start + length <= extent`:
/// the bounds check of a load or store in hand-written loop-level code.
pub const CHECK_INDEX: RuntimeFn = RuntimeFn {
    name: "kiln_rt_check_index",
    params: &[I64, I64, I64],
    result: None,
};
/// Entered by each function of a call-graph cycle; leaves the call past the depth limit.
pub const ENTER: RuntimeFn = RuntimeFn {
    name: "kiln_rt_enter",
    params: &[],
    result: None,
};
/// Left by each function of a call-graph cycle before it returns.
pub const LEAVE: RuntimeFn = RuntimeFn {
    name: "kiln_rt_leave",
    params: &[],
    result: None,
};

/// `(body, captures, iterations, work per iteration)`: runs `body(lo, hi, captures)` over
/// chunks of `0..iterations` on the thread pool (or at once on the calling thread when the
/// work is small); leaves the call when a chunk did. `body` is an outlined parallel loop.
pub const PARALLEL_FOR: RuntimeFn = RuntimeFn {
    name: "kiln_rt_parallel_for",
    params: &[Ptr, Ptr, I64, I64],
    result: None,
};

/// Every runtime function compiled code may call.
pub const ALL: &[RuntimeFn] = &[
    PARALLEL_FOR,
    ALLOC_SHAPE,
    FREE,
    ASSERT_FAILED,
    MATMUL_F32,
    MATMUL_F64,
    CONV2D_F32,
    ENTER,
    LEAVE,
    CHECK_INDEX,
];

impl RuntimeFn {
    /// Declares this function as an `llvm.func` next to `func` (once per module).
    pub fn declare_llvm(&self, m: &mut kiln_ir::Module, func: kiln_ir::OpId) {
        let ctx = m.ctx().clone();
        let ty = |a: Abi| match a {
            Abi::I64 => ctx.i64(),
            Abi::Ptr => crate::to_llvm::llvm_ptr(&ctx),
        };
        let params: Vec<kiln_ir::Type> = self.params.iter().map(|&a| ty(a)).collect();
        crate::to_llvm::declare(m, func, self.name, &params, self.result.map(ty));
    }
    /// `@name`, the callee attribute of a call.
    pub fn callee(&self, ctx: &kiln_ir::Context) -> kiln_ir::Attr {
        crate::to_llvm::symbol(ctx, self.name)
    }
}
