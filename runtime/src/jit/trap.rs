//! Leaving native code early (see `trap.c`): a runtime function that cannot let compiled code
//! go on (an allocation that cannot be made) records why and jumps back to the entry of the
//! call, which returns the reason as an error. Native code never continues past such a point.

use std::cell::RefCell;
use std::ffi::c_void;

extern "C" {
    fn kiln_call_guarded(f: unsafe extern "C" fn(*mut *mut c_void), args: *mut *mut c_void) -> i32;
    fn kiln_trap() -> !;
}

thread_local! {
    static REASON: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The depth of recursive native calls in the current guarded call.
    static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The deepest recursion native code may reach: tier 0's limit, so both tiers fail alike.
pub const MAX_CALL_DEPTH: u32 = 256;

/// Entered by every function of a call-graph cycle (see `convert-func-to-llvm`): leaves the
/// call past [`MAX_CALL_DEPTH`] instead of overflowing the native stack.
///
/// # Safety
/// Only from native code entered through [`call_guarded`].
pub unsafe extern "C" fn kiln_rt_enter() {
    let d = DEPTH.with(|d| {
        d.set(d.get() + 1);
        d.get()
    });
    if d > MAX_CALL_DEPTH {
        // SAFETY: called from native code under call_guarded; nothing here needs dropping.
        unsafe { trap(format!("call depth exceeds {MAX_CALL_DEPTH} (unbounded recursion?)")) }
    }
}

/// The bounds check of hand-written loop code: leaves the call unless `0 <= start` and
/// `start + length <= extent`.
///
/// # Safety
/// Only from native code entered through [`call_guarded`].
pub unsafe extern "C" fn kiln_rt_check_index(start: i64, length: i64, extent: i64) {
    if start < 0 || start.checked_add(length).is_none_or(|end| end > extent) {
        let what = if length == 1 {
            format!("index {start} is out of bounds for an extent of {extent}")
        } else {
            format!(
                "elements {start}..{} are out of bounds for an extent of {extent}",
                start.saturating_add(length)
            )
        };
        // SAFETY: called from native code under call_guarded; nothing here needs dropping.
        unsafe { trap(what) }
    }
}

/// Left by every function of a call-graph cycle before it returns.
pub extern "C" fn kiln_rt_leave() {
    DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
}

/// Calls a packed native entry; `Err(reason)` when a runtime function trapped.
///
/// # Safety
/// As calling `f(args)` directly.
pub(crate) unsafe fn call_guarded(f: super::PackedFn, args: *mut *mut c_void) -> Result<(), String> {
    REASON.with(|r| r.borrow_mut().take());
    // A trap skips the leaves of the calls it unwinds; every guarded call starts at depth 0.
    DEPTH.with(|d| d.set(0));
    // SAFETY: forwarded contract; kiln_call_guarded calls f(args) once.
    if unsafe { kiln_call_guarded(f, args) } == 0 {
        return Ok(());
    }
    Err(REASON
        .with(|r| r.borrow_mut().take())
        .unwrap_or_else(|| "native code stopped".into()))
}

/// [`call_guarded`] from inside a guarded call (a parallel loop's chunk on the calling
/// thread): the outer call's recursion depth is kept.
///
/// # Safety
/// As calling `f(args)` directly.
pub(crate) unsafe fn call_guarded_nested(f: super::PackedFn, args: *mut *mut c_void) -> Result<(), String> {
    let depth = DEPTH.with(|d| d.get());
    // SAFETY: forwarded contract.
    let r = unsafe { call_guarded(f, args) };
    DEPTH.with(|d| d.set(depth));
    r
}

/// Records `reason` and leaves the native call (never returns).
///
/// # Safety
/// Only from a runtime function called by native code entered through [`call_guarded`], whose
/// frames hold nothing that needs dropping: the jump skips their destructors.
pub(crate) unsafe fn trap(reason: String) -> ! {
    REASON.with(|r| *r.borrow_mut() = Some(reason));
    // SAFETY: see the function's contract; the borrow above has ended.
    unsafe { kiln_trap() }
}
