//! Reading and writing tensors: `.npy` files (through `npyz`) and raw little-endian `.bin` files
//! with a shape and dtype given alongside (`in0.bin:4x64:f32`).

use crate::tensor::{DType, Tensor};
use npyz::WriterBuilder;
use std::path::Path;

/// I/O errors, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum IoError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: {message}")]
    Format { path: String, message: String },
    #[error("invalid input spec '{0}': expected FILE.npy or FILE.bin:SHAPE:DTYPE (e.g. in0.bin:4x64:f32, or in.bin::f32 for a scalar)")]
    Spec(String),
}

fn fmt_err(path: &Path, m: impl Into<String>) -> IoError {
    IoError::Format {
        path: path.display().to_string(),
        message: m.into(),
    }
}

/// Parses `4x64` (or the empty string for rank 0).
pub fn parse_shape(s: &str) -> Option<Vec<usize>> {
    if s.is_empty() || s == "scalar" {
        return Some(Vec::new());
    }
    s.split('x').map(|d| d.trim().parse().ok()).collect()
}

/// Loads an input given as `FILE.npy`, or as raw data `PATH:SHAPE:DTYPE` (`in0.bin:4x64:f32`;
/// an empty shape, `in.bin::f32`, is a scalar).
pub fn load_input(spec: &str) -> Result<Tensor, IoError> {
    let parts: Vec<&str> = spec.rsplitn(3, ':').collect();
    if let [dtype, shape, path] = parts.as_slice() {
        if let (Some(shape), Some(dtype)) = (parse_shape(shape), DType::parse(dtype)) {
            return read_bin(Path::new(path), &shape, dtype);
        }
        return Err(IoError::Spec(spec.into()));
    }
    if spec.ends_with(".npy") {
        return read_npy(Path::new(spec));
    }
    Err(IoError::Spec(spec.into()))
}

/// Reads raw little-endian data of a known shape and dtype.
pub fn read_bin(path: &Path, shape: &[usize], dtype: DType) -> Result<Tensor, IoError> {
    let bytes = std::fs::read(path).map_err(|source| IoError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse_bin(path, &bytes, shape, dtype)
}

/// [`read_bin`] on bytes already read; `path` names them in errors.
pub fn parse_bin(path: &Path, bytes: &[u8], shape: &[usize], dtype: DType) -> Result<Tensor, IoError> {
    Tensor::from_bytes(dtype, shape, bytes).map_err(|e| fmt_err(path, format!("{e} (file has {} bytes)", bytes.len())))
}

/// Writes raw little-endian data.
pub fn write_bin(path: &Path, t: &Tensor) -> Result<(), IoError> {
    std::fs::write(path, t.bytes()).map_err(|source| IoError::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Rejects a `.npy` header whose shape's element count overflows before npyz reads it (npyz
/// multiplies the extents unchecked). Headers this cannot read are left to npyz's diagnostics.
fn precheck_npy_shape(path: &Path, bytes: &[u8]) -> Result<(), IoError> {
    let Some(header) = bytes.get(10..bytes.len().min(65_546)).map(String::from_utf8_lossy) else {
        return Ok(());
    };
    // The header of a plain array is a dict of a string, a bool and a tuple: nesting depth 2
    // and no lists (a structured dtype's descr, which Kiln does not read). Deeper nesting is
    // refused here because npyz's literal parser backtracks exponentially on it (a 165-byte
    // header of '[' took minutes: found by the `inputs` fuzz target).
    let header_text = header.split('\n').next().unwrap_or("");
    let mut depth = 0usize;
    for c in header_text.chars() {
        match c {
            '[' => {
                return Err(fmt_err(
                    path,
                    "structured .npy dtypes (a list in the header) are not supported",
                ))
            }
            '{' | '(' => {
                depth += 1;
                if depth > 2 {
                    return Err(fmt_err(path, "not a valid .npy header: nested too deeply"));
                }
            }
            '}' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let Some(open) = header
        .find("'shape'")
        .and_then(|at| header[at..].find('(').map(|o| at + o + 1))
    else {
        return Ok(());
    };
    let Some(len) = header[open..].find(')') else {
        return Ok(());
    };
    let dims: Option<Vec<u64>> = header[open..open + len]
        .split(',')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| d.trim_end_matches('L').parse().ok())
        .collect();
    let too_large = dims.is_some_and(|dims| {
        dims.iter()
            .try_fold(1u64, |n, &d| n.checked_mul(d))
            .is_none_or(|n| n > i64::MAX as u64)
    });
    if too_large {
        return Err(fmt_err(
            path,
            "the shape in the header is too large: its element count overflows 63 bits",
        ));
    }
    Ok(())
}

/// Reads a `.npy` file (f32, f64, f16, i32, i64 or bool; C order).
pub fn read_npy(path: &Path) -> Result<Tensor, IoError> {
    let bytes = std::fs::read(path).map_err(|source| IoError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse_npy(path, &bytes)
}

/// [`read_npy`] on bytes already read; `path` names them in errors.
pub fn parse_npy(path: &Path, bytes: &[u8]) -> Result<Tensor, IoError> {
    precheck_npy_shape(path, bytes)?;
    let npy = npyz::NpyFile::new(bytes).map_err(|e| fmt_err(path, format!("not a valid .npy file: {e}")))?;
    if npy.order() != npyz::Order::C {
        return Err(fmt_err(path, "Fortran-order arrays are not supported"));
    }
    let shape: Vec<usize> = npy.shape().iter().map(|&d| d as usize).collect();
    let descr = npy.dtype().descr();
    // The data a header declares must be in the file before npyz sizes a vector from it: a
    // crafted header could otherwise ask for any allocation.
    let item = match descr.trim_matches(['\'', '"']).trim_start_matches(['<', '|', '=']) {
        "f8" | "i8" => 8,
        "f4" | "i4" => 4,
        "f2" => 2,
        _ => 1,
    };
    let needed = shape.iter().try_fold(item, |n: usize, &d| n.checked_mul(d));
    if needed.is_none_or(|n| n > bytes.len()) {
        return Err(fmt_err(
            path,
            format!(
                "the header's shape {shape:?} needs more data than the file's {} bytes",
                bytes.len()
            ),
        ));
    }
    let t = match descr.trim_matches(['\'', '"']).trim_start_matches(['<', '|', '=']) {
        "f4" => Tensor::from_vec(&shape, npy.into_vec::<f32>().map_err(|e| fmt_err(path, e.to_string()))?),
        "f8" => Tensor::from_vec(&shape, npy.into_vec::<f64>().map_err(|e| fmt_err(path, e.to_string()))?),
        "i4" => Tensor::from_vec(&shape, npy.into_vec::<i32>().map_err(|e| fmt_err(path, e.to_string()))?),
        "i8" => Tensor::from_vec(&shape, npy.into_vec::<i64>().map_err(|e| fmt_err(path, e.to_string()))?),
        "b1" => Tensor::from_vec(
            &shape,
            npy.into_vec::<bool>()
                .map_err(|e| fmt_err(path, e.to_string()))?
                .into_iter()
                .map(u8::from)
                .collect(),
        ),
        "f2" => Tensor::from_vec(
            &shape,
            npy.into_vec::<u16>()
                .map_err(|e| fmt_err(path, e.to_string()))?
                .into_iter()
                .map(half::f16::from_bits)
                .collect(),
        ),
        d => {
            return Err(fmt_err(
                path,
                format!("unsupported .npy dtype '{d}' (expected f4, f8, f2, i4, i8 or b1)"),
            ))
        }
    };
    t.map_err(|e| fmt_err(path, e.to_string()))
}

/// Writes a `.npy` file.
pub fn write_npy(path: &Path, t: &Tensor) -> Result<(), IoError> {
    let io = |source| IoError::Io {
        path: path.display().to_string(),
        source,
    };
    let shape: Vec<u64> = t.shape().iter().map(|&d| d as u64).collect();
    let file = std::fs::File::create(path).map_err(io)?;
    let w = std::io::BufWriter::new(file);
    macro_rules! write_as {
        ($ty:ty, $data:expr) => {{
            let mut out = npyz::WriteOptions::<$ty>::new()
                .default_dtype()
                .shape(&shape)
                .writer(w)
                .begin_nd()
                .map_err(io)?;
            out.extend($data).map_err(io)?;
            out.finish().map_err(io)?;
        }};
    }
    match t.dtype() {
        DType::F32 => write_as!(f32, t.data::<f32>().expect("dtype checked").iter().copied()),
        DType::F64 => write_as!(f64, t.data::<f64>().expect("dtype checked").iter().copied()),
        DType::I32 => write_as!(i32, t.data::<i32>().expect("dtype checked").iter().copied()),
        DType::I64 => write_as!(i64, t.data::<i64>().expect("dtype checked").iter().copied()),
        DType::I1 => write_as!(bool, t.data::<u8>().expect("dtype checked").iter().map(|&b| b != 0)),
        DType::F16 | DType::BF16 => write_as!(f32, t.to_f64_vec().into_iter().map(|x| x as f32)),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npy_and_bin_round_trip() {
        let dir = std::env::temp_dir().join(format!("kiln-io-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let t = Tensor::from_vec(&[2, 3], vec![1.5f32, -2., 3., 4., 5., 6.]).unwrap();
        let npy = dir.join("a.npy");
        write_npy(&npy, &t).unwrap();
        let back = read_npy(&npy).unwrap();
        assert_eq!(back.shape(), &[2, 3]);
        assert_eq!(back.to_vec::<f32>().unwrap(), t.to_vec::<f32>().unwrap());
        let bin = dir.join("a.bin");
        write_bin(&bin, &t).unwrap();
        let spec = format!("{}:2x3:f32", bin.display());
        assert_eq!(
            load_input(&spec).unwrap().to_vec::<f32>().unwrap(),
            t.to_vec::<f32>().unwrap()
        );
        assert!(
            load_input(&format!("{}:2x4:f32", bin.display())).is_err(),
            "size mismatch is an error"
        );
        assert!(load_input("nope.npy").is_err());
        std::fs::write(dir.join("bad.npy"), b"garbage").unwrap();
        assert!(read_npy(&dir.join("bad.npy")).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A header of nested brackets made npyz's literal parser backtrack for minutes (found by
    /// the `inputs` fuzz target); it is refused at once, as is a structured dtype.
    #[test]
    fn npy_headers_nested_deeply_are_refused_at_once() {
        let mut bytes = b"\x93NUMPY\x01\x00\x9a\x00{".to_vec();
        bytes.extend(std::iter::repeat_n(b'[', 150));
        bytes.extend(b"'descr': '<f4'}\n");
        let t0 = std::time::Instant::now();
        let e = parse_npy(Path::new("deep.npy"), &bytes).unwrap_err();
        assert!(e.to_string().contains("not supported"), "{e}");
        assert!(t0.elapsed().as_secs() < 1);
        let structured =
            b"\x93NUMPY\x01\x00\x40\x00{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }\n";
        assert!(parse_npy(Path::new("s.npy"), structured).is_err());
        let deep = b"\x93NUMPY\x01\x00\x40\x00{'descr': '<f4', 'shape': ((((1,),),),), }\n";
        assert!(parse_npy(Path::new("d.npy"), deep)
            .unwrap_err()
            .to_string()
            .contains("nested too deeply"));
    }
}
