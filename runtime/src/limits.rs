//! Resource limits an engine enforces, each with a clear error: the size and nesting of a
//! loaded module (at load time), the largest buffer a call may hold (arguments, results and
//! every buffer a tier allocates during the call, on the calling thread), and the longest
//! compile of a function (`kiln_ir::pass::with_time_limit`).

use std::cell::Cell;

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
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_module_ops: 50_000_000,
            max_nesting: 10_000,
            max_buffer_bytes: isize::MAX as u64,
            max_compile_seconds: f64::INFINITY,
        }
    }
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
