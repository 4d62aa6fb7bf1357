//! A thread-safe, append-only interner.
//!
//! Written here rather than taken from a crate because one small generic type serves strings,
//! types and attributes alike and hands out `&T` without a lock on the read path (the data lives in
//! a `boxcar::Vec`, which never moves its elements); only interning a new value takes the lock.

use hashbrown::HashTable;
use parking_lot::RwLock;
use rustc_hash::FxBuildHasher;
use std::borrow::Borrow;
use std::hash::{BuildHasher, Hash};

pub(crate) struct Interner<T> {
    items: boxcar::Vec<T>,
    table: RwLock<HashTable<u32>>,
}

impl<T: Hash + Eq> Interner<T> {
    pub(crate) fn new() -> Self {
        Interner {
            items: boxcar::Vec::new(),
            table: RwLock::new(HashTable::new()),
        }
    }

    /// Returns the index of `key`, creating the entry with `make` when absent.
    pub(crate) fn intern<Q>(&self, key: &Q, make: impl FnOnce() -> T) -> u32
    where
        T: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let hash = FxBuildHasher.hash_one(key);
        let eq = |&i: &u32| self.items[i as usize].borrow() == key;
        if let Some(&i) = self.table.read().find(hash, eq) {
            return i;
        }
        let mut table = self.table.write();
        if let Some(&i) = table.find(hash, eq) {
            return i;
        }
        let i = self.items.push(make()) as u32;
        table.insert_unique(hash, i, |&j| FxBuildHasher.hash_one(self.items[j as usize].borrow()));
        i
    }

    /// Interns an owned value, moving it into the table when it is new (no clone).
    pub(crate) fn intern_owned(&self, value: T) -> u32 {
        let hash = FxBuildHasher.hash_one(&value);
        if let Some(&i) = self.table.read().find(hash, |&i| self.items[i as usize] == value) {
            return i;
        }
        let mut table = self.table.write();
        if let Some(&i) = table.find(hash, |&i| self.items[i as usize] == value) {
            return i;
        }
        let i = self.items.push(value) as u32;
        table.insert_unique(hash, i, |&j| FxBuildHasher.hash_one(&self.items[j as usize]));
        i
    }

    #[inline]
    pub(crate) fn get(&self, i: u32) -> &T {
        &self.items[i as usize]
    }

    pub(crate) fn len(&self) -> usize {
        self.items.count()
    }
}
