//! Parallel loops: compiled code calls [`kiln_rt_parallel_for`] for each outlined parallel
//! loop (`convert-loop-to-llvm{parallel=true}`), which runs the loop's iterations in chunks on
//! the calling engine's thread pool (see [`with_pool`]; rayon's global pool outside an
//! engine), the pool the GEMM library calls run on too ([`on_pool`]).
//!
//! - **Grain.** A loop whose estimated work (iterations times the elements each iteration
//!   touches) is below [`GRAIN`] runs at once on the calling thread: small kernels do not pay
//!   for waking threads. Larger ones are split in up to four chunks per thread, none smaller
//!   than half the grain, which the calling thread and `threads - 1` helpers from the pool
//!   claim in turn (see `Loop`).
//! - **Determinism.** Only loops whose iterations are independent are outlined (each writes
//!   its own elements; reductions stay inside an iteration), so the results are the same bits
//!   whatever the chunking and the thread count.
//! - **Pool and cap.** [`with_pool`] gives the native calls made inside it a pool and a thread
//!   cap (the engine's pool, sized to its `threads` setting or the cores); 1 runs everything
//!   on the calling thread.
//! - **Traps.** Each chunk runs under its own trap guard; when one leaves early, the loop
//!   waits for the others and then leaves the call on the calling thread with that reason.

use std::cell::{Cell, RefCell};
use std::ffi::c_void;
use std::sync::atomic::{
    AtomicI64, AtomicU64,
    Ordering::{AcqRel, Acquire, Relaxed},
};
use std::sync::Arc;

/// Below this much estimated work (elements), a parallel loop runs on the calling thread.
/// Measured at tier 2 on 2 threads (median ms, 1 thread → 2): relu(a·b+c) over 64K elements
/// 0.015 → 0.011, over 256K 0.044 → 0.025; exp over 32K 0.009 → 0.007; over 32K of
/// relu(a·b+c) a split neither gains nor loses. (With a rayon scope, whose caller waited for
/// the pool's threads to wake, the break-even was near 256K: see `Loop`.)
pub const GRAIN: u64 = 1 << 15;

/// Parallel loops split across threads so far, process-wide.
static SPLIT: AtomicU64 = AtomicU64::new(0);

/// How many parallel loops have run split across threads in this process (those kept on the
/// calling thread by the grain or the cap do not count).
pub fn loops_split() -> u64 {
    SPLIT.load(Relaxed)
}

thread_local! {
    /// The thread cap of native calls on this thread (0: the pool's size).
    static LIMIT: Cell<usize> = const { Cell::new(0) };
    /// The pool of native calls on this thread (`None`: rayon's global pool).
    static POOL: RefCell<Option<Arc<rayon::ThreadPool>>> = const { RefCell::new(None) };
}

/// Runs `f` with native code on this thread using at most `threads` threads (0: all) of
/// `pool` (`None`: rayon's global pool). The engine wraps every call in it.
pub fn with_pool<R>(pool: Option<Arc<rayon::ThreadPool>>, threads: usize, f: impl FnOnce() -> R) -> R {
    /// Puts the previous pool and cap back, also when `f` unwinds.
    struct Restore(Option<Option<Arc<rayon::ThreadPool>>>, usize);
    impl Drop for Restore {
        fn drop(&mut self) {
            LIMIT.with(|l| l.set(self.1));
            let old = self.0.take().flatten();
            POOL.with(|p| *p.borrow_mut() = old);
        }
    }
    let _restore = Restore(Some(POOL.with(|p| p.replace(pool))), LIMIT.with(|l| l.replace(threads)));
    f()
}

fn pool() -> Option<Arc<rayon::ThreadPool>> {
    POOL.with(|p| p.borrow().clone())
}

/// How many threads native code on this thread may use.
pub fn threads() -> usize {
    let size = pool()
        .map_or_else(rayon::current_num_threads, |p| p.current_num_threads())
        .max(1);
    match LIMIT.with(|l| l.get()) {
        0 => size,
        n => n.min(size),
    }
}

/// Runs `f` on the current pool when it may use more than one thread (so the GEMM's rayon
/// tasks run there), else right here.
pub fn on_pool<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    match pool() {
        Some(p) if threads() > 1 => {
            let limit = LIMIT.with(|l| l.get());
            // The pool's thread runs `f` under the same cap and pool.
            let inner = p.clone();
            p.install(move || with_pool(Some(inner), limit, f))
        }
        _ => f(),
    }
}

/// `dst = alpha·dst + beta·lhs·rhs` (`dst` read only when `read_dst`) through the `gemm`
/// crate, on the current pool under the current cap: the one GEMM every tier calls. Strides
/// are in elements (column stride first, as `gemm` takes them).
///
/// # Safety
/// As `gemm::gemm`: the pointers address `m×k`, `k×n` and `m×n` matrices with these strides,
/// live for the call, `dst` aliasing neither operand.
#[allow(clippy::too_many_arguments)]
pub unsafe fn gemm<T: 'static + Copy + Send + Sync>(
    m: usize,
    n: usize,
    k: usize,
    dst: *mut T,
    dst_cs: isize,
    dst_rs: isize,
    read_dst: bool,
    lhs: *const T,
    lhs_cs: isize,
    lhs_rs: isize,
    rhs: *const T,
    rhs_cs: isize,
    rhs_rs: isize,
    alpha: T,
    beta: T,
) {
    // Addresses cross to the pool's thread as integers (raw pointers are not `Send`).
    let (d, l, r) = (dst as usize, lhs as usize, rhs as usize);
    // A product the library would compute on one thread anyway (below its threading threshold)
    // runs right here: handing it to the pool and back cost ~40 µs per call, more than the
    // whole of a small MLP (the corpus's mlp_block took 57 µs a call at tier 2 that way).
    let small = m.saturating_mul(n).saturating_mul(k) < gemm::get_threading_threshold();
    // A matrix-vector product: the library computes it on one thread whatever it is given
    // (its GEMV kernels are sequential), so it too runs right here, without the hand-off
    // (K8 at batch 1 on two threads: 0.16 ms a call through the pool, 0.104 here). Splitting
    // it in column blocks across threads was measured slower on one thread (0.13-0.15 ms):
    // blocks read the matrix's rows in pieces, which the hardware prefetcher follows worse
    // than whole rows.
    let small = small || m == 1 || n == 1;
    let run = move |parallelism: gemm::Parallelism| {
        // SAFETY: the caller's contract; the call finishes before `run` returns.
        unsafe {
            gemm::gemm(
                m,
                n,
                k,
                d as *mut T,
                dst_cs,
                dst_rs,
                read_dst,
                l as *const T,
                lhs_cs,
                lhs_rs,
                r as *const T,
                rhs_cs,
                rhs_rs,
                alpha,
                beta,
                false,
                false,
                false,
                parallelism,
            )
        }
    };
    if small {
        return run(gemm::Parallelism::None);
    }
    on_pool(move || run(gemm_parallelism()))
}

/// The GEMM library's parallelism under the current cap.
fn gemm_parallelism() -> gemm::Parallelism {
    match threads() {
        1 => gemm::Parallelism::None,
        n => gemm::Parallelism::Rayon(n),
    }
}

/// An outlined loop body: iterations `lo..hi` with the captured values at `args`.
type Body = unsafe extern "C" fn(lo: i64, hi: i64, args: *mut c_void);

/// One chunk, as the trap guard's packed argument.
#[repr(C)]
struct Chunk {
    body: Body,
    args: *mut c_void,
    lo: i64,
    hi: i64,
}

unsafe extern "C" fn run_chunk(p: *mut *mut c_void) {
    // SAFETY: `p` is the `Chunk` `kiln_rt_parallel_for` passes to `call_guarded`.
    let c = unsafe { &*(p as *const Chunk) };
    // SAFETY: the body's contract: compiled code reading the captures at `args`.
    unsafe { (c.body)(c.lo, c.hi, c.args) }
}

/// One parallel loop's chunks, claimed in order by the calling thread and the pool's helpers.
///
/// Why not a rayon scope: a scope's caller waits for every spawned task to run, so each split
/// paid for waking a sleeping pool thread twice over (15-20 µs here, in a VM) and a chunk
/// handed to a thread whose core was busy held the whole loop. Here the caller works too,
/// claiming chunks from a counter: it waits only for chunks a helper has claimed and not
/// finished, never for a helper that has not started (a late helper finds nothing left).
struct Loop {
    body: Body,
    args: usize,
    n: i64,
    size: i64,
    k: i64,
    next: AtomicI64,
    done: AtomicI64,
    failure: parking_lot::Mutex<Option<String>>,
    finished: parking_lot::Condvar,
}

impl Loop {
    /// Runs chunks until none is left unclaimed; each under its own trap guard, so a trap
    /// ends only its chunk (the caller re-raises it once every claimed chunk is done).
    fn work(&self) {
        loop {
            let c = self.next.fetch_add(1, AcqRel);
            if c >= self.k {
                return;
            }
            let (lo, hi) = (c * self.size, ((c + 1) * self.size).min(self.n));
            if lo < hi {
                let mut chunk = Chunk {
                    body: self.body,
                    args: self.args as *mut c_void,
                    lo,
                    hi,
                };
                // SAFETY: `chunk` outlives the call; the body's contract is the caller's, and
                // the captures at `args` live until every claimed chunk is done.
                let r = unsafe {
                    super::trap::call_guarded_nested(run_chunk, &mut chunk as *mut Chunk as *mut *mut c_void)
                };
                if let Err(reason) = r {
                    self.failure.lock().get_or_insert(reason);
                }
            }
            if self.done.fetch_add(1, AcqRel) + 1 == self.k {
                // Taking the lock orders this with the caller's check before it sleeps.
                let _g = self.failure.lock();
                self.finished.notify_all();
            }
        }
    }

    /// Waits until every chunk is done (the last ones may be a helper's).
    fn wait(&self) {
        for _ in 0..2000 {
            if self.done.load(Acquire) == self.k {
                return;
            }
            std::hint::spin_loop();
        }
        let mut g = self.failure.lock();
        while self.done.load(Acquire) != self.k {
            self.finished.wait(&mut g);
        }
    }
}

/// How many chunks `n` iterations of `work` elements each are split into on `threads`.
fn chunks(n: i64, work: i64, threads: usize) -> i64 {
    let total = (n as u128) * (work.max(1) as u128);
    if threads <= 1 || n <= 1 || total < GRAIN as u128 {
        return 1;
    }
    let by_grain = (total / (GRAIN as u128 / 2)).min(i64::MAX as u128) as i64;
    n.min(4 * threads as i64).min(by_grain).max(1)
}

/// `kiln_rt_parallel_for(body, args, n, work)`: runs `body` over `0..n` in chunks.
///
/// # Safety
/// Only from native code entered through the trap guard; `body` must be an outlined loop
/// whose iterations are independent, and `args` its captures, valid for the whole call.
pub unsafe extern "C" fn kiln_rt_parallel_for(body: *const c_void, args: *mut c_void, n: i64, work: i64) {
    if n <= 0 {
        return;
    }
    // SAFETY: compiled code passes the address of an outlined loop body.
    let body: Body = unsafe { std::mem::transmute::<*const c_void, Body>(body) };
    let k = chunks(n, work, threads());
    if k == 1 {
        // SAFETY: on the calling thread, under its guard: a trap leaves the call directly.
        unsafe { body(0, n, args) };
        return;
    }
    SPLIT.fetch_add(1, Relaxed);
    let l = Arc::new(Loop {
        body,
        args: args as usize,
        n,
        size: (n + k - 1) / k,
        k,
        next: AtomicI64::new(0),
        done: AtomicI64::new(0),
        failure: parking_lot::Mutex::new(None),
        finished: parking_lot::Condvar::new(),
    });
    let helpers = (threads() - 1).min(k as usize - 1);
    let pool = pool();
    for _ in 0..helpers {
        let l = l.clone();
        match &pool {
            Some(p) => p.spawn(move || l.work()),
            None => rayon::spawn(move || l.work()),
        }
    }
    l.work();
    l.wait();
    let reason = l.failure.lock().take();
    if let Some(reason) = reason {
        // SAFETY: called from native code under its guard; nothing left here needs dropping
        // (the reason moves into the trap, the Arc's last owner may be a helper).
        drop(l);
        unsafe { super::trap::trap(reason) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_work_stays_on_one_thread_and_large_work_is_split() {
        assert_eq!(chunks(100, 10, 8), 1, "1,000 elements");
        assert_eq!(chunks(1 << 20, 1, 1), 1, "one thread");
        assert_eq!(chunks(1, 1 << 30, 8), 1, "one iteration");
        assert_eq!(chunks(4096, 768, 2), 8, "four chunks per thread");
        assert_eq!(chunks(16, 1024, 2), 1, "16,384 elements");
        assert_eq!(chunks(48, 1024, 2), 3, "no chunk under half the grain");
    }
}
