//! The persistent compile cache's entry loader. A damaged or crafted file on disk is never
//! executed and never panics the loader: `decode` checks the envelope (magic, format, Kiln
//! version, host, key, length, BLAKE3 of the payload) and then the payload. The input is tried as
//! a whole entry (the envelope's checks) and as a payload (what a valid envelope holds:
//! the metadata's length, its JSON, the object), which the checksum keeps random bytes from
//! reaching.
#![no_main]

use kiln_runtime::engine::cache::{decode, decode_payload, Key};
use libfuzzer_sys::fuzz_target;

const HOST: &str = "x86_64 fuzz";

fuzz_target!(|data: &[u8]| {
    let key = Key::of("module", "pipeline", "llvm", HOST);
    let _ = decode(data, &key, HOST);
    let _ = decode_payload(data);
});
