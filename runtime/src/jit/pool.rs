//! The buffer pool of compiled code: `loop.alloc` and `loop.dealloc` lower to
//! `kiln_rt_alloc` and `kiln_rt_free`.
//!
//! Why not the C library's allocator directly: a temporary of a few MB is above glibc's mmap
//! and trim thresholds, so every call got fresh pages from the kernel and returned them on
//! free, and page faults dominated tier 2 on large tensors (relu(a*b+c) on 1M floats: 8.7 ms a
//! call against 2.1 ms with the thresholds raised). A per-thread cache of freed buffers by
//! size keeps them mapped across calls.
//!
//! Sizes from 64 KiB up are rounded to size classes, four per power of two (at most 25% more
//! than asked): a function called with changing shapes (a batch of 37 rows, then 41) reuses
//! the buffers of the sizes before instead of faulting in fresh pages for each new size. Below
//! that, sizes round to 64 bytes and the C library's heap serves misses.
//!
//! Each buffer has a 64-byte header holding its size, so `kiln_rt_free` needs only the pointer
//! (exported buffers are freed by the caller, which does not know their size) and the data
//! stays 64-byte aligned.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::ffi::c_void;

const HEADER: usize = 64;

extern "C" {
    fn aligned_alloc(align: usize, size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

#[derive(Default)]
struct Pool {
    free: FxHashMap<usize, Vec<*mut u8>>,
    bytes: usize,
}

impl Drop for Pool {
    fn drop(&mut self) {
        for p in self.free.values().flatten() {
            // SAFETY: every cached pointer came from `kiln_rt_alloc`, HEADER bytes into an
            // `aligned_alloc` block this pool owns.
            unsafe { free(p.sub(HEADER).cast()) };
        }
    }
}

thread_local! {
    static POOL: RefCell<Pool> = RefCell::new(Pool::default());
}

/// Sizes from here up are rounded to a size class.
const CLASSES_FROM: usize = 64 << 10;

/// The size a request of `size` bytes is served with: a multiple of 64 bytes, and from
/// [`CLASSES_FROM`] up a multiple of a quarter of the largest power of two not above it.
fn size_class(size: usize) -> usize {
    let size = size.div_ceil(64).max(1) * 64;
    if size < CLASSES_FROM {
        return size;
    }
    let step = (1usize << (usize::BITS - 1 - size.leading_zeros())) / 4;
    size.div_ceil(step) * step
}

/// Allocates `size` bytes, 64-byte aligned (null when out of memory).
///
/// # Safety
/// Free the result with [`kiln_rt_free`] only.
pub unsafe extern "C" fn kiln_rt_alloc(size: i64) -> *mut u8 {
    // Sizes near `isize::MAX` are refused by the allocator below; rounding must not wrap.
    let size = size.max(0) as usize;
    if size > isize::MAX as usize / 2 {
        return std::ptr::null_mut();
    }
    let size = size_class(size);
    let cached = POOL
        .try_with(|p| {
            let mut p = p.borrow_mut();
            let hit = p.free.get_mut(&size).and_then(Vec::pop);
            if hit.is_some() {
                p.bytes -= size;
            }
            hit
        })
        .ok()
        .flatten();
    if let Some(ptr) = cached {
        return ptr;
    }
    // SAFETY: a plain C allocation; the size is a multiple of the alignment.
    unsafe {
        let raw = aligned_alloc(64, size + HEADER) as *mut u8;
        if raw.is_null() {
            return raw;
        }
        *(raw as *mut usize) = size;
        raw.add(HEADER)
    }
}

/// Allocates the buffer of a memref descriptor `[data, sizes..., strides...]` of `rank`
/// dimensions and `elem_bytes`-byte elements, stores it in the descriptor's data slot and
/// returns it. The byte size is computed here with checked arithmetic: the extents may come
/// from input data (a run-time shape), and a wrapped product would size a buffer smaller than
/// the loops that fill it. A negative extent, an overflowing size or a refused allocation
/// leaves the native call (see `trap.rs`) with the reason; it never returns null.
///
/// # Safety
/// `desc` points at a descriptor of `rank` dimensions; called from native code entered
/// through the runtime's guarded call.
pub unsafe extern "C" fn kiln_rt_alloc_shape(desc: *mut i64, rank: i64, elem_bytes: i64) -> *mut u8 {
    // SAFETY: the descriptor holds 1 + 2 * rank slots.
    let sizes = unsafe { std::slice::from_raw_parts(desc.add(1), rank.max(0) as usize) };
    let mut bytes = Some(elem_bytes.max(0) as u64);
    for &s in sizes {
        bytes = bytes.and_then(|b| u64::try_from(s).ok().and_then(|s| b.checked_mul(s)));
    }
    let limit = crate::limits::buffer_limit();
    if let Some(b) = bytes.filter(|&b| b > limit) {
        let reason = format!(
            "a buffer of shape {sizes:?} needs {b} bytes, over the engine's limit of {limit} bytes (Limits::max_buffer_bytes)"
        );
        // SAFETY: nothing in this frame needs dropping (`reason` moves into the trap).
        unsafe { super::trap::trap(reason) }
    }
    // The pool rounds up to 64 bytes and adds a header: leave room for both.
    let bytes = bytes.filter(|&b| b <= (isize::MAX as u64) / 2);
    let data = bytes.map_or(std::ptr::null_mut(), |b| unsafe { kiln_rt_alloc(b as i64) });
    if data.is_null() {
        let reason = match bytes {
            None if sizes.iter().any(|&s| s < 0) => format!("a buffer of shape {sizes:?} has a negative extent"),
            None => format!("a buffer of shape {sizes:?} is too large: its size overflows 63 bits"),
            Some(b) => format!("cannot allocate {b} bytes for a buffer of shape {sizes:?}"),
        };
        // SAFETY: nothing in this frame needs dropping (`reason` moves into the trap).
        unsafe { super::trap::trap(reason) }
    }
    // SAFETY: slot 0 is the data pointer.
    unsafe { *desc = data as i64 };
    data
}

/// Frees a buffer from [`kiln_rt_alloc`] (null is ignored).
///
/// # Safety
/// `p` is null or came from `kiln_rt_alloc` and is not used after.
pub unsafe extern "C" fn kiln_rt_free(p: *mut u8) {
    if p.is_null() {
        return;
    }
    // SAFETY: the header before `p` holds the size `kiln_rt_alloc` wrote.
    let size = unsafe { *(p.sub(HEADER) as *const usize) };
    let kept = POOL
        .try_with(|pool| {
            let mut pool = pool.borrow_mut();
            if pool.bytes + size > crate::limits::cached_bytes_per_thread() {
                return false;
            }
            pool.bytes += size;
            pool.free.entry(size).or_default().push(p);
            true
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: the block starts HEADER bytes before `p`.
        unsafe { free(p.sub(HEADER).cast()) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_round_up_by_at_most_a_quarter() {
        assert_eq!(size_class(0), 64);
        assert_eq!(size_class(1000), 1024);
        assert_eq!(size_class(CLASSES_FROM - 1), CLASSES_FROM);
        assert_eq!(size_class(CLASSES_FROM + 1), CLASSES_FROM + CLASSES_FROM / 4);
        for size in (CLASSES_FROM..(64 << 20)).step_by(4099) {
            let c = size_class(size);
            assert!(
                c >= size && c.is_multiple_of(64) && c - size <= size / 4,
                "{size} -> {c}"
            );
            assert_eq!(size_class(c), c, "a class is its own class");
        }
    }

    #[test]
    fn freed_buffers_are_reused_by_size_and_aligned() {
        unsafe {
            let a = kiln_rt_alloc(1000);
            assert_eq!(a as usize % 64, 0);
            a.write_bytes(7, 1000);
            kiln_rt_free(a);
            let b = kiln_rt_alloc(1024); // the same rounded size
            assert_eq!(a, b, "reused");
            let c = kiln_rt_alloc(1000);
            assert_ne!(b, c);
            // Neighbouring large sizes share a class: a freed buffer serves the next size.
            let big = kiln_rt_alloc(300_000);
            big.write_bytes(1, 300_000);
            kiln_rt_free(big);
            let near = kiln_rt_alloc(310_000);
            assert_eq!(big, near, "one size class");
            near.write_bytes(2, 310_000);
            kiln_rt_free(near);
            kiln_rt_free(b);
            kiln_rt_free(c);
            kiln_rt_free(std::ptr::null_mut());
            let z = kiln_rt_alloc(0);
            assert!(!z.is_null());
            kiln_rt_free(z);
        }
    }
}
