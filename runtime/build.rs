//! Computes `KILN_BUILD_ID`, a fingerprint of the compiler's sources (the IR core, the
//! dialects, the passes and the runtime), which the compile cache puts in every key: a changed
//! lowering must not be served the machine code of the old one under the same version number.
//! Also compiles `src/jit/trap.c`.

use std::hash::Hasher;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn main() {
    // The trap that leaves native code early (setjmp/longjmp; see the file).
    println!("cargo:rerun-if-changed=src/jit/trap.c");
    cc::Build::new().file("src/jit/trap.c").compile("kiln_trap");
    let here = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut all = Vec::new();
    for d in ["../ir/src", "../dialects/src", "../passes/src", "src"] {
        let dir = here.join(d);
        println!("cargo:rerun-if-changed={}", dir.display());
        files(&dir, &mut all);
    }
    all.sort();
    // Two differently seeded SipHash streams: 128 bits identify a source tree; nothing here
    // needs a cryptographic hash (the cache's keys are BLAKE3 of this and more).
    let mut h = [std::hash::DefaultHasher::new(), std::hash::DefaultHasher::new()];
    h[1].write_u64(0x6b69_6c6e);
    for p in &all {
        let body = std::fs::read(p).unwrap_or_default();
        for x in &mut h {
            x.write(p.strip_prefix(&here).unwrap_or(p).to_string_lossy().as_bytes());
            x.write_u64(body.len() as u64);
            x.write(&body);
        }
    }
    println!(
        "cargo:rustc-env=KILN_BUILD_ID={:016x}{:016x}",
        h[0].finish(),
        h[1].finish()
    );
}
