//! The input readers of `jit-run` and the engine's tools: `.npy` files (header, dtype, shape
//! against the data), raw little-endian files of a declared shape and dtype, and the
//! `file:4x8:f32` shape syntax. A reader returns a tensor that holds exactly the declared
//! elements, or an error; it never panics and never allocates what the input only claims.
#![no_main]

use kiln_runtime::io::{parse_bin, parse_npy, parse_shape};
use kiln_runtime::DType;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

const DTYPES: [DType; 7] = [
    DType::F32,
    DType::F64,
    DType::F16,
    DType::BF16,
    DType::I1,
    DType::I32,
    DType::I64,
];

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.bin");
    match data.split_first() {
        Some((0, rest)) => {
            if let Ok(t) = parse_npy(path, rest) {
                assert_eq!(t.bytes().len(), t.len() * t.dtype().size());
            }
        }
        Some((1, rest)) => {
            if let Ok(s) = std::str::from_utf8(rest) {
                let _ = parse_shape(s);
            }
        }
        Some((&sel, rest)) if rest.len() >= 2 => {
            // A dtype, a rank up to 4 and extents from the input; the rest is the data.
            let dtype = DTYPES[sel as usize % DTYPES.len()];
            let rank = (rest[0] % 5) as usize;
            let (dims, data) = rest[1..].split_at((rank * 2).min(rest.len() - 1));
            let shape: Vec<usize> = dims
                .chunks(2)
                .map(|c| c.iter().fold(0usize, |a, &b| a * 256 + b as usize))
                .collect();
            if let Ok(t) = parse_bin(path, data, &shape, dtype) {
                assert_eq!(t.shape(), &shape[..]);
                assert_eq!(t.bytes().len(), data.len());
            }
        }
        _ => {}
    }
});
