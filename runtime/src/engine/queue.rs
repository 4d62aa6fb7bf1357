//! The compile queue: bounded, ordered by expected benefit, one entry per function.
//!
//! A `BinaryHeap` under a `parking_lot` mutex with a condvar: the queue is touched once per
//! promotion, never on the call path, so a lock-free structure would buy nothing.

use parking_lot::{Condvar, Mutex};
use std::collections::BinaryHeap;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// A request to compile function `func` (the engine's index) at tier `to`.
#[derive(Clone, Debug)]
pub struct Request {
    pub func: usize,
    pub to: u8,
    /// Predicted saving minus compile cost (seconds): the priority.
    pub benefit: f64,
    pub reason: String,
    /// Tier 3: the binding to specialize to.
    pub spec: Option<super::specialize::Binding>,
}

struct Entry(Request, u64);

impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == std::cmp::Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    /// Highest benefit first; among equals, the oldest request.
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.0.benefit.total_cmp(&o.0.benefit).then(o.1.cmp(&self.1))
    }
}

/// What became of a pushed request.
#[derive(Debug, PartialEq)]
pub enum Pushed {
    Queued,
    /// The function already had a queued request; the two became one (the higher tier).
    Merged,
    /// The queue was full; the request with the least benefit (this one or an older one,
    /// whose function is named) was dropped.
    Dropped(usize),
    /// The queue is shut down.
    Closed,
}

#[derive(Default)]
struct State {
    heap: BinaryHeap<Entry>,
    seq: u64,
    closed: bool,
}

/// The queue shared by the engine and its workers.
pub struct CompileQueue {
    state: Mutex<State>,
    ready: Condvar,
    capacity: usize,
    len: AtomicUsize,
    /// `State::closed`, readable without the lock (the policy asks on the call path).
    closed: std::sync::atomic::AtomicBool,
}

impl CompileQueue {
    /// A queue holding at most `capacity` requests.
    pub fn new(capacity: usize) -> Self {
        CompileQueue {
            state: Mutex::new(State::default()),
            ready: Condvar::new(),
            capacity: capacity.max(1),
            len: AtomicUsize::new(0),
            closed: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// Requests waiting (read without the lock, for the policy's load feedback).
    pub fn len(&self) -> usize {
        self.len.load(Relaxed)
    }

    /// Whether no request waits.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds a request.
    pub fn push(&self, r: Request) -> Pushed {
        let mut s = self.state.lock();
        if s.closed {
            return Pushed::Closed;
        }
        if s.heap.iter().any(|e| e.0.func == r.func) {
            let mut items: Vec<Entry> = std::mem::take(&mut s.heap).into_vec();
            for e in items.iter_mut().filter(|e| e.0.func == r.func) {
                if r.to > e.0.to {
                    e.0.to = r.to;
                    e.0.reason = r.reason.clone();
                    e.0.spec = r.spec.clone();
                }
                e.0.benefit = e.0.benefit.max(r.benefit);
            }
            s.heap = items.into();
            return Pushed::Merged;
        }
        let seq = s.seq;
        s.seq += 1;
        let mut out = Pushed::Queued;
        if s.heap.len() >= self.capacity {
            // Drop the least beneficial of the queued requests and this one.
            let mut items = std::mem::take(&mut s.heap).into_vec();
            items.push(Entry(r, seq));
            let worst = items
                .iter()
                .enumerate()
                .min_by(|a, b| a.1.cmp(b.1))
                .map(|(i, _)| i)
                .expect("non-empty");
            out = Pushed::Dropped(items.swap_remove(worst).0.func);
            s.heap = items.into();
        } else {
            s.heap.push(Entry(r, seq));
        }
        self.len.store(s.heap.len(), Relaxed);
        drop(s);
        self.ready.notify_one();
        out
    }

    /// The most beneficial request; blocks until one arrives. `None` once the queue is closed
    /// and empty.
    pub fn pop(&self) -> Option<Request> {
        let mut s = self.state.lock();
        loop {
            if let Some(e) = s.heap.pop() {
                self.len.store(s.heap.len(), Relaxed);
                return Some(e.0);
            }
            if s.closed {
                return None;
            }
            self.ready.wait(&mut s);
        }
    }

    /// Whether the queue is closed (the engine shut down).
    pub fn is_closed(&self) -> bool {
        self.closed.load(Relaxed)
    }

    /// Closes the queue: no more requests are accepted. With `drain`, waiting requests stay
    /// for the workers; otherwise they are removed and returned (cancelled).
    pub fn close(&self, drain: bool) -> Vec<Request> {
        let mut s = self.state.lock();
        s.closed = true;
        self.closed.store(true, Relaxed);
        let cancelled = if drain {
            Vec::new()
        } else {
            let v: Vec<Request> = std::mem::take(&mut s.heap)
                .into_sorted_vec()
                .into_iter()
                .map(|e| e.0)
                .collect();
            self.len.store(0, Relaxed);
            v
        };
        drop(s);
        self.ready.notify_all();
        cancelled
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(func: usize, to: u8, benefit: f64) -> Request {
        Request {
            spec: None,
            func,
            to,
            benefit,
            reason: String::new(),
        }
    }

    #[test]
    fn orders_by_benefit_merges_and_bounds() {
        let q = CompileQueue::new(3);
        assert_eq!(q.push(req(0, 1, 1.0)), Pushed::Queued);
        assert_eq!(q.push(req(1, 2, 5.0)), Pushed::Queued);
        assert_eq!(q.push(req(0, 2, 2.0)), Pushed::Merged);
        assert_eq!(q.push(req(2, 1, 0.5)), Pushed::Queued);
        // Full: the least beneficial (function 2) gives way.
        assert_eq!(q.push(req(3, 1, 3.0)), Pushed::Dropped(2));
        assert_eq!(q.push(req(4, 1, 0.1)), Pushed::Dropped(4));
        assert_eq!(q.len(), 3);
        let order: Vec<(usize, u8)> = (0..3).map(|_| q.pop().map(|r| (r.func, r.to)).unwrap()).collect();
        assert_eq!(order, vec![(1, 2), (3, 1), (0, 2)]);
    }

    #[test]
    fn close_cancels_or_drains_and_wakes_workers() {
        let q = std::sync::Arc::new(CompileQueue::new(8));
        let w = {
            let q = q.clone();
            std::thread::spawn(move || q.pop().is_none())
        };
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert!(q.close(false).is_empty());
        assert!(w.join().unwrap(), "a waiting worker sees the closed queue");
        assert_eq!(q.push(req(0, 1, 1.0)), Pushed::Closed);

        let q = CompileQueue::new(8);
        q.push(req(0, 1, 1.0));
        q.push(req(1, 1, 2.0));
        let drained = CompileQueue::new(8);
        drained.push(req(0, 1, 1.0));
        assert_eq!(q.close(false).len(), 2);
        assert!(q.pop().is_none());
        assert!(drained.close(true).is_empty());
        assert_eq!(drained.pop().map(|r| r.func), Some(0), "drain keeps the work");
        assert!(drained.pop().is_none());
    }
}
