//! The compile cache: compiled artifacts by content key, in memory and on disk.
//!
//! The key is a BLAKE3 hash of everything the machine code depends on: the canonical IR (the
//! generic text of the module as compiled), the tier's Kiln pipeline and LLVM settings, the
//! target triple, CPU and its features, and the Kiln version (with a fingerprint of the
//! compiler's sources) and cache format.
//!
//! An entry on disk is one file, `<key>.kobj`:
//!
//! | bytes | content |
//! |---|---|
//! | 8 | magic `KILNOBJ1` |
//! | 4 | format version (u32 LE) |
//! | 2 + n | Kiln version (u16 LE length, UTF-8) |
//! | 2 + n | host: triple, CPU, features (u16 LE length, UTF-8) |
//! | 32 | the key |
//! | 8 | payload length (u64 LE) |
//! | 32 | BLAKE3 of the payload |
//! | payload | metadata JSON length (u32 LE), metadata JSON, object code |
//!
//! Entries are written to a temporary file and renamed into place, so concurrent processes
//! see whole entries or none. A truncated, corrupted, foreign-version or other-host entry is
//! rejected with a reason, removed, and recompiled; it is never linked.

use crate::jit::{Artifact, ArtifactMeta, Object};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"KILNOBJ1";
/// Bumped whenever the entry layout or the meaning of its contents changes.
pub const FORMAT_VERSION: u32 = 1;
/// The version and a fingerprint of the compiler's sources (`build.rs`): code compiled by
/// another build of Kiln is never linked, even under the same version number.
const KILN_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("KILN_BUILD_ID"));

/// A speedup measured for cached code: (the tier it replaced, the factor).
pub type MeasuredSpeedup = (u8, f64);

/// A content key.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Key(pub [u8; 32]);

impl Key {
    /// The key of `ir` compiled by `pipeline` with `llvm` settings for `host`.
    pub fn of(ir: &str, pipeline: &str, llvm: &str, host: &str) -> Key {
        let mut h = blake3::Hasher::new();
        for part in [KILN_VERSION, &FORMAT_VERSION.to_string(), host, pipeline, llvm, ir] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
        Key(*h.finalize().as_bytes())
    }
    /// The source key of function `function` of a loaded module (`text_hash`: BLAKE3 of its
    /// generic text) compiled by `pipeline` with `llvm` settings: known before the module is
    /// restricted to the function and printed, so the policy can ask whether the code is
    /// cached (through an alias to the content key) without preparing a compile.
    pub fn source(text_hash: &[u8; 32], function: &str, pipeline: &str, llvm: &str) -> Key {
        let text: String = text_hash.iter().map(|b| format!("{b:02x}")).collect();
        Key::of(&format!("{text}@{function}"), pipeline, llvm, "")
    }
    /// Parses lowercase hex.
    fn from_hex(s: &str) -> Option<Key> {
        let s = s.trim();
        if s.len() != 64 {
            return None;
        }
        let mut k = [0u8; 32];
        for (i, b) in k.iter_mut().enumerate() {
            *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(Key(k))
    }
    /// Lowercase hex.
    pub fn hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

#[derive(Serialize, Deserialize)]
struct Meta {
    entries: Vec<(String, String)>,
    native: ArtifactMeta,
}

/// Serializes an entry.
pub fn encode(key: &Key, host: &str, a: &Artifact) -> Vec<u8> {
    let meta = serde_json::to_vec(&Meta {
        entries: a.object.entries.clone(),
        native: a.meta.clone(),
    })
    .expect("metadata serializes");
    let mut payload = Vec::with_capacity(4 + meta.len() + a.object.bytes.len());
    payload.extend((meta.len() as u32).to_le_bytes());
    payload.extend(&meta);
    payload.extend(&a.object.bytes);
    let mut out = Vec::with_capacity(payload.len() + 128);
    out.extend(MAGIC);
    out.extend(FORMAT_VERSION.to_le_bytes());
    for s in [KILN_VERSION, host] {
        out.extend((s.len() as u16).to_le_bytes());
        out.extend(s.as_bytes());
    }
    out.extend(key.0);
    out.extend((payload.len() as u64).to_le_bytes());
    out.extend(blake3::hash(&payload).as_bytes());
    out.extend(payload);
    out
}

/// Parses and checks an entry; the reason it is unusable otherwise.
pub fn decode(bytes: &[u8], key: &Key, host: &str) -> Result<Artifact, String> {
    let mut r = Reader { b: bytes, at: 0 };
    if r.take(8)? != MAGIC {
        return Err("not a Kiln cache entry (bad magic)".into());
    }
    let version = u32::from_le_bytes(r.take(4)?.try_into().expect("4 bytes"));
    if version != FORMAT_VERSION {
        return Err(format!("cache format {version}, this Kiln reads {FORMAT_VERSION}"));
    }
    let kiln = r.string()?;
    if kiln != KILN_VERSION {
        return Err(format!("written by Kiln {kiln}, this is {KILN_VERSION}"));
    }
    let their_host = r.string()?;
    if their_host != host {
        return Err(format!("compiled for another host ({their_host})"));
    }
    if r.take(32)? != key.0 {
        return Err("the entry's key does not match its name".into());
    }
    let len = u64::from_le_bytes(r.take(8)?.try_into().expect("8 bytes")) as usize;
    let sum = r.take(32)?.to_vec();
    let payload = r.take(len)?;
    if r.at != bytes.len() {
        return Err("trailing bytes after the payload".into());
    }
    if blake3::hash(payload).as_bytes()[..] != sum[..] {
        return Err("checksum mismatch (corrupted)".into());
    }
    decode_payload(payload)
}

/// The payload of an entry whose envelope [`decode`] checked: metadata, then the object.
pub fn decode_payload(payload: &[u8]) -> Result<Artifact, String> {
    let mut p = Reader { b: payload, at: 0 };
    let mlen = u32::from_le_bytes(p.take(4)?.try_into().expect("4 bytes")) as usize;
    let meta: Meta = serde_json::from_slice(p.take(mlen)?).map_err(|e| format!("bad metadata: {e}"))?;
    Ok(Artifact {
        object: Object {
            bytes: payload[p.at..].to_vec(),
            entries: meta.entries,
        },
        meta: meta.native,
    })
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or("truncated")?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn string(&mut self) -> Result<String, String> {
        let n = u16::from_le_bytes(self.take(2)?.try_into().expect("2 bytes")) as usize;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|_| "bad string".to_string())
    }
}

/// What a lookup on disk found.
pub enum DiskLookup {
    Hit(Artifact),
    Miss,
    /// An entry existed but was unusable (and is removed): the reason.
    Rejected(String),
}

/// The cache directory.
pub struct DiskCache {
    dir: PathBuf,
    budget: u64,
}

impl DiskCache {
    /// Opens (creating) `dir`, keeping at most `budget` bytes of entries.
    pub fn open(dir: &Path, budget: u64) -> std::io::Result<DiskCache> {
        std::fs::create_dir_all(dir)?;
        Ok(DiskCache {
            dir: dir.to_path_buf(),
            budget,
        })
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The path of `key`'s entry.
    pub fn path(&self, key: &Key) -> PathBuf {
        self.dir.join(format!("{}.kobj", key.hex()))
    }

    /// The path of the alias from source key `source` to a content key.
    fn alias_path(&self, source: &Key) -> PathBuf {
        self.dir.join(format!("{}.kalias", source.hex()))
    }

    /// Records that `source`'s code is the entry `key`, with the speedup measured when it
    /// replaced tier `from`'s code, if one was (atomically, like entries). The file is the
    /// key's hex, then `speedup <from> <factor>` on a second line.
    pub fn put_alias(&self, source: &Key, key: &Key, speedup: Option<MeasuredSpeedup>) -> std::io::Result<()> {
        let tmp = self
            .dir
            .join(format!(".{}.{}.alias.tmp", source.hex(), std::process::id()));
        let mut text = key.hex();
        if let Some((from, s)) = speedup {
            text.push_str(&format!("\nspeedup {from} {s}"));
        }
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, self.alias_path(source))
    }

    /// The entry `source`'s code is, if the alias and the entry it names both exist (the
    /// entry is still checked in full when it is loaded), with its measured speedup.
    pub fn alias(&self, source: &Key) -> Option<(Key, Option<MeasuredSpeedup>)> {
        let text = std::fs::read_to_string(self.alias_path(source)).ok()?;
        let mut lines = text.lines();
        let key = Key::from_hex(lines.next()?)?;
        if !self.path(&key).exists() {
            return None;
        }
        let speedup = lines.next().and_then(|l| {
            let mut w = l.strip_prefix("speedup ")?.split(' ');
            let from: u8 = w.next()?.parse().ok()?;
            let s: f64 = w.next()?.parse().ok()?;
            (s.is_finite() && s > 0.0 && from < 4).then_some((from, s))
        });
        Some((key, speedup))
    }

    /// Reads `key`'s entry.
    pub fn get(&self, key: &Key, host: &str) -> DiskLookup {
        let path = self.path(key);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return DiskLookup::Miss,
            Err(e) => return DiskLookup::Rejected(format!("unreadable: {e}")),
        };
        match decode(&bytes, key, host) {
            Ok(a) => {
                // Touch it: eviction removes the least recently used first.
                let _ = std::fs::File::options()
                    .append(true)
                    .open(&path)
                    .and_then(|f| f.set_modified(std::time::SystemTime::now()));
                DiskLookup::Hit(a)
            }
            Err(reason) => {
                let _ = std::fs::remove_file(&path);
                DiskLookup::Rejected(reason)
            }
        }
    }

    /// Writes `key`'s entry atomically, then evicts the least recently used entries while the
    /// directory holds more than the budget. Returns the entries evicted.
    pub fn put(&self, key: &Key, host: &str, a: &Artifact) -> std::io::Result<u64> {
        let bytes = encode(key, host, a);
        let tmp = self.dir.join(format!(
            ".{}.{}.{:?}.tmp",
            key.hex(),
            std::process::id(),
            std::thread::current().id()
        ));
        {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&bytes)?;
            f.sync_data()?;
        }
        std::fs::rename(&tmp, self.path(key))?;
        self.evict()
    }

    /// Whether the directory holds compiled code (an alias to an entry: code this version of
    /// Kiln compiled and recorded).
    pub fn holds_code(&self) -> bool {
        std::fs::read_dir(&self.dir).is_ok_and(|rd| {
            rd.filter_map(|e| e.ok())
                .any(|e| e.path().extension().is_some_and(|x| x == "kalias"))
        })
    }

    /// Bytes of entries on disk.
    pub fn bytes(&self) -> u64 {
        self.entries().iter().map(|e| e.1).sum()
    }

    fn entries(&self) -> Vec<(PathBuf, u64, std::time::SystemTime)> {
        let Ok(rd) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        rd.filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "kobj"))
            .filter_map(|e| {
                let md = e.metadata().ok()?;
                Some((e.path(), md.len(), md.modified().ok()?))
            })
            .collect()
    }

    fn evict(&self) -> std::io::Result<u64> {
        let mut es = self.entries();
        let mut total: u64 = es.iter().map(|e| e.1).sum();
        es.sort_by_key(|e| e.2);
        let mut evicted = 0;
        for (path, len, _) in es {
            if total <= self.budget {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                total -= len;
                evicted += 1;
            }
        }
        if evicted > 0 {
            // Aliases to evicted entries go too (they are a few bytes, but one per compile).
            if let Ok(rd) = std::fs::read_dir(&self.dir) {
                for e in rd.filter_map(|e| e.ok()) {
                    let p = e.path();
                    if p.extension().is_some_and(|x| x == "kalias") {
                        let live = std::fs::read_to_string(&p)
                            .ok()
                            .and_then(|t| Key::from_hex(t.lines().next().unwrap_or("")))
                            .is_some_and(|k| self.path(&k).exists());
                        if !live {
                            let _ = std::fs::remove_file(&p);
                        }
                    }
                }
            }
        }
        Ok(evicted)
    }
}

/// The platform cache directory for Kiln: `$KILN_CACHE_DIR`, else `$XDG_CACHE_HOME/kiln`, else
/// `$HOME/.cache/kiln`.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("KILN_CACHE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("kiln"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join("kiln"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn artifact() -> Artifact {
        Artifact {
            object: Object {
                bytes: (0..200u8).collect(),
                entries: vec![("f".into(), "f.kabc.kiln_packed".into())],
            },
            meta: ArtifactMeta {
                by_value: vec![],
                assert_messages: vec!["x.mlir:1:1: error: {0}".into()],
                fusion_groups: vec!["@f: 3 ops (mul add max)".into()],
            },
        }
    }

    #[test]
    fn round_trips_and_rejects_every_damage() {
        let key = Key::of("ir", "pipeline", "O2", "host");
        let good = encode(&key, "host", &artifact());
        let back = decode(&good, &key, "host").expect("round trip");
        assert_eq!(back.object.bytes, artifact().object.bytes);
        assert_eq!(back.meta.assert_messages, artifact().meta.assert_messages);
        assert_eq!(back.meta.fusion_groups, artifact().meta.fusion_groups);
        // Truncation at every length.
        for n in 0..good.len() {
            assert!(decode(&good[..n], &key, "host").is_err(), "truncated to {n}");
        }
        // A flipped bit anywhere.
        for i in (0..good.len()).step_by(7) {
            let mut bad = good.clone();
            bad[i] ^= 0x10;
            assert!(decode(&bad, &key, "host").is_err(), "bit flip at {i}");
        }
        assert!(decode(&good, &key, "other host").unwrap_err().contains("another host"));
        let other = Key::of("ir2", "pipeline", "O2", "host");
        assert!(decode(&good, &other, "host").unwrap_err().contains("key"));
        let mut foreign = good.clone();
        foreign[8] = 99; // the format version
        assert!(decode(&foreign, &key, "host").unwrap_err().contains("format"));
    }

    #[test]
    fn keys_cover_every_input() {
        let k = Key::of("a", "b", "c", "d");
        assert_ne!(k, Key::of("a2", "b", "c", "d"));
        assert_ne!(k, Key::of("a", "b2", "c", "d"));
        assert_ne!(k, Key::of("a", "b", "c2", "d"));
        assert_ne!(k, Key::of("a", "b", "c", "d2"));
        // Boundaries between parts matter.
        assert_ne!(Key::of("ab", "", "c", "d"), Key::of("a", "b", "c", "d"));
    }

    #[test]
    fn disk_entries_are_atomic_budgeted_and_removed_when_bad() {
        let dir = std::env::temp_dir().join(format!("kiln-cache-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let c = DiskCache::open(&dir, 700).unwrap();
        let (k1, k2) = (Key::of("1", "", "", ""), Key::of("2", "", "", ""));
        assert!(matches!(c.get(&k1, "h"), DiskLookup::Miss));
        c.put(&k1, "h", &artifact()).unwrap();
        assert!(matches!(c.get(&k1, "h"), DiskLookup::Hit(_)));
        // A second entry goes over the budget: the older one is evicted.
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(c.put(&k2, "h", &artifact()).unwrap(), 1);
        assert!(matches!(c.get(&k1, "h"), DiskLookup::Miss));
        // Damage: rejected with a reason, and gone.
        let p = c.path(&k2);
        let mut b = std::fs::read(&p).unwrap();
        let last = b.len() - 1;
        b[last] ^= 1;
        std::fs::write(&p, b).unwrap();
        match c.get(&k2, "h") {
            DiskLookup::Rejected(r) => assert!(r.contains("checksum"), "{r}"),
            _ => panic!("a corrupted entry must be rejected"),
        }
        assert!(!p.exists());
        let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert!(leftovers.is_empty(), "no temporary files remain");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
