//! Resource limits an engine enforces, each with a clear error: the size and nesting of a
//! loaded module (at load time), the largest buffer a call may hold (arguments, results and
//! every buffer a tier allocates during the call, on the calling thread), and the longest
//! compile of a function (`kiln_ir::pass::with_time_limit`); and how much freed memory the
//! process keeps for reuse (the buffer pools, process-wide).

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// The engine's limits ([`crate::engine::EngineBuilder::limits`]). The defaults only stop
/// inputs no real program has.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// Most ops a loaded module may hold (after the StableHLO import).
    pub max_module_ops: usize,
    /// Deepest nesting of regions in a loaded module (an op inside an op's region is one
    /// level down).
    pub max_nesting: usize,
    /// Largest buffer, in bytes, of a call: each argument, and each tensor or buffer a tier
    /// allocates while running it (tier 0's values, native code's temporaries and results).
    pub max_buffer_bytes: u64,
    /// Longest compile of one function, in seconds: a compile past it stops at the next pass
    /// boundary (or before LLVM's code generation), is recorded as failed, and the function
    /// stays at its tier.
    pub max_compile_seconds: f64,
    /// Most bytes of freed host-tensor buffers (1 MiB and larger) the process keeps for the
    /// next tensor of the same size, at most 8 buffers. Process-wide: the pool is shared by
    /// every engine, and the last engine built sets it.
    pub max_pooled_bytes: u64,
    /// Most bytes of freed temporaries of compiled code each thread keeps for reuse (the
    /// rest goes back to the C library). Process-wide, like `max_pooled_bytes`.
    pub max_cached_bytes_per_thread: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_module_ops: 50_000_000,
            max_nesting: 10_000,
            max_buffer_bytes: isize::MAX as u64,
            max_compile_seconds: f64::INFINITY,
            max_pooled_bytes: DEFAULT_POOLED_BYTES,
            max_cached_bytes_per_thread: DEFAULT_CACHED_BYTES,
        }
    }
}

const DEFAULT_POOLED_BYTES: u64 = 1 << 30;
const DEFAULT_CACHED_BYTES: u64 = 256 << 20;

static POOLED_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_POOLED_BYTES);
static CACHED_BYTES: AtomicU64 = AtomicU64::new(DEFAULT_CACHED_BYTES);

/// Sets the buffer pools' caps ([`Limits::max_pooled_bytes`],
/// [`Limits::max_cached_bytes_per_thread`]) for the whole process. Buffers already kept stay
/// until they are reused or their thread ends.
pub fn set_pool_caps(pooled_bytes: u64, cached_bytes_per_thread: u64) {
    POOLED_BYTES.store(pooled_bytes, Ordering::Relaxed);
    CACHED_BYTES.store(cached_bytes_per_thread, Ordering::Relaxed);
}

/// The host-tensor pool's cap in bytes.
pub(crate) fn pooled_bytes() -> usize {
    POOLED_BYTES.load(Ordering::Relaxed).min(usize::MAX as u64) as usize
}

/// The per-thread cache's cap in bytes.
pub(crate) fn cached_bytes_per_thread() -> usize {
    CACHED_BYTES.load(Ordering::Relaxed).min(usize::MAX as u64) as usize
}

thread_local! {
    /// The buffer limit of the call running on this thread.
    static MAX_BUFFER: Cell<u64> = const { Cell::new(u64::MAX) };
}

/// Runs `f` with every allocation on this thread limited to `bytes`.
pub fn with_buffer_limit<R>(bytes: u64, f: impl FnOnce() -> R) -> R {
    /// Puts the previous limit back, also when `f` unwinds.
    struct Restore(u64);
    impl Drop for Restore {
        fn drop(&mut self) {
            MAX_BUFFER.with(|m| m.set(self.0));
        }
    }
    let _restore = Restore(MAX_BUFFER.with(|m| m.replace(bytes)));
    f()
}

/// The buffer limit on this thread (`u64::MAX` outside an engine's call).
pub fn buffer_limit() -> u64 {
    MAX_BUFFER.with(|m| m.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DType, Tensor};

    #[test]
    fn allocations_over_the_limit_fail_and_the_limit_is_restored() {
        assert_eq!(buffer_limit(), u64::MAX);
        let err = with_buffer_limit(1024, || Tensor::zeros(DType::F32, &[16, 32]).map(|_| ()));
        let msg = err.unwrap_err().to_string();
        assert!(
            msg.contains("2048 bytes") && msg.contains("limit of 1024 bytes"),
            "{msg}"
        );
        assert!(with_buffer_limit(1024, || Tensor::zeros(DType::F32, &[16, 16])).is_ok());
        assert_eq!(buffer_limit(), u64::MAX);
        assert!(Tensor::zeros(DType::F32, &[16, 32]).is_ok());
    }
}
