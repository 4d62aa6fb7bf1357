//! Host tensors: what embedders pass to and receive from Kiln at every tier.
//!
//! Storage is contiguous, row-major and 64-byte aligned (so kernels and JIT code may use aligned
//! vector loads); the buffer is shared, so reshaping is a free view and cloning is cheap.
//! Writing goes through [`Tensor::data_mut`], which copies only when the buffer is shared.

use aligned_vec::{AVec, ConstAlign};
use std::fmt;
use std::sync::Arc;

/// Element types of host tensors.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum DType {
    F32,
    F64,
    /// Storage only: kernels widen to f32.
    F16,
    /// Storage only: kernels widen to f32.
    BF16,
    /// One byte per element, 0 or 1.
    I1,
    I32,
    I64,
}

impl DType {
    /// Bytes per element.
    pub fn size(self) -> usize {
        match self {
            DType::F64 | DType::I64 => 8,
            DType::F32 | DType::I32 => 4,
            DType::F16 | DType::BF16 => 2,
            DType::I1 => 1,
        }
    }
    /// The MLIR spelling (`f32`, `i1`, ...).
    pub fn name(self) -> &'static str {
        match self {
            DType::F32 => "f32",
            DType::F64 => "f64",
            DType::F16 => "f16",
            DType::BF16 => "bf16",
            DType::I1 => "i1",
            DType::I32 => "i32",
            DType::I64 => "i64",
        }
    }
    /// Parses an MLIR element type name.
    pub fn parse(s: &str) -> Option<DType> {
        Some(match s {
            "f32" => DType::F32,
            "f64" => DType::F64,
            "f16" => DType::F16,
            "bf16" => DType::BF16,
            "i1" | "bool" => DType::I1,
            "i32" => DType::I32,
            "i64" | "index" => DType::I64,
            _ => return None,
        })
    }
    pub fn is_float(self) -> bool {
        matches!(self, DType::F32 | DType::F64 | DType::F16 | DType::BF16)
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Rust element types that map to a [`DType`].
pub trait Element: bytemuck::Pod + Send + Sync + 'static {
    const DTYPE: DType;
}
impl Element for f32 {
    const DTYPE: DType = DType::F32;
}
impl Element for f64 {
    const DTYPE: DType = DType::F64;
}
impl Element for i32 {
    const DTYPE: DType = DType::I32;
}
impl Element for i64 {
    const DTYPE: DType = DType::I64;
}
/// `i1` elements are bytes holding 0 or 1.
impl Element for u8 {
    const DTYPE: DType = DType::I1;
}
impl Element for half::f16 {
    const DTYPE: DType = DType::F16;
}
impl Element for half::bf16 {
    const DTYPE: DType = DType::BF16;
}

type Bytes = AVec<u8, ConstAlign<64>>;

/// A tensor's storage. Written by hand rather than a plain `AVec`: a large buffer goes back to
/// a small process-wide pool when its last tensor drops, and the next tensor of that size
/// reuses it. A function called in a loop allocates its results on every call; fresh memory
/// that large comes from the kernel page by page, zero-filled on first touch (64 MiB is 16k
/// page faults, several times the cost of the computation), while a reused buffer is only
/// zeroed in cache-friendly bulk. The pool is bounded in buffers and bytes.
struct Buf(Bytes);

/// Buffers below this size come and go through the allocator as usual.
const POOL_MIN: usize = 1 << 20;
/// At most this many buffers stay pooled (and `Limits::max_pooled_bytes`).
const POOL_BUFFERS: usize = 8;

static POOL: parking_lot::Mutex<Vec<Bytes>> = parking_lot::const_mutex(Vec::new());

impl Buf {
    fn new() -> Self {
        Buf(AVec::new(64))
    }
    /// A pooled buffer of capacity exactly `bytes`, holding what its last tensor left.
    fn pooled(bytes: usize) -> Option<Self> {
        if bytes < POOL_MIN {
            return None;
        }
        let mut pool = POOL.lock();
        let i = pool.iter().position(|b| b.capacity() == bytes)?;
        Some(Buf(pool.swap_remove(i)))
    }
}

impl Drop for Buf {
    fn drop(&mut self) {
        if self.0.capacity() < POOL_MIN {
            return;
        }
        let b = std::mem::replace(&mut self.0, AVec::new(64));
        let mut pool = POOL.lock();
        let held: usize = pool.iter().map(|b| b.capacity()).sum();
        if pool.len() < POOL_BUFFERS && held + b.capacity() <= crate::limits::pooled_bytes() {
            pool.push(b);
        }
    }
}

impl std::ops::Deref for Buf {
    type Target = Bytes;
    fn deref(&self) -> &Bytes {
        &self.0
    }
}

impl std::ops::DerefMut for Buf {
    fn deref_mut(&mut self) -> &mut Bytes {
        &mut self.0
    }
}

/// Errors of tensor construction and access.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TensorError {
    #[error("shape {shape:?} holds {expected} elements, got {got}")]
    Size {
        shape: Vec<usize>,
        expected: usize,
        got: usize,
    },
    #[error("tensor of {actual} accessed as {wanted}")]
    DType { actual: DType, wanted: DType },
    #[error("cannot reshape {from:?} to {to:?}: element counts differ")]
    Reshape { from: Vec<usize>, to: Vec<usize> },
    #[error("shape {shape:?} of {dtype} is too large: its element count or byte size overflows 63 bits")]
    TooLarge { shape: Vec<usize>, dtype: DType },
    #[error("a tensor of shape {shape:?} and {dtype} needs {bytes} bytes, over the engine's limit of {limit} bytes (Limits::max_buffer_bytes)")]
    OverLimit {
        shape: Vec<usize>,
        dtype: DType,
        bytes: usize,
        limit: u64,
    },
    #[error("memory for {dtype} elements must be aligned to {} bytes", dtype.size())]
    Misaligned { dtype: DType },
    #[error("cannot allocate {bytes} bytes for a tensor of shape {shape:?} and {dtype}")]
    Alloc {
        shape: Vec<usize>,
        dtype: DType,
        bytes: usize,
    },
}

/// Memory a tensor reads in place without owning it: an embedder's array (a numpy array's
/// buffer, passed by the Python binding without a copy). `owner` keeps it alive; nothing
/// writes through it (a write first copies it into owned storage).
struct Foreign {
    ptr: *const u8,
    len: usize,
    _owner: Box<dyn std::any::Any + Send + Sync>,
}

// SAFETY: the memory is only read, and `Tensor::from_foreign`'s contract keeps it valid and
// unchanged while the owner lives; the owner itself is Send + Sync.
unsafe impl Send for Foreign {}
unsafe impl Sync for Foreign {}

/// A tensor's bytes: Kiln's own 64-byte aligned buffer, or borrowed memory (aligned to the
/// element size only: code generation assumes 64-byte alignment only for stores, and stores
/// go to buffers the runtime allocates).
enum Storage {
    Owned(Buf),
    Foreign(Foreign),
}

impl std::ops::Deref for Storage {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Storage::Owned(b) => b,
            // SAFETY: `from_foreign`'s contract: `len` readable bytes while the owner lives.
            Storage::Foreign(f) => unsafe { std::slice::from_raw_parts(f.ptr, f.len) },
        }
    }
}

impl std::ops::DerefMut for Storage {
    fn deref_mut(&mut self) -> &mut [u8] {
        if let Storage::Foreign(f) = self {
            // Borrowed memory is never written: take a copy of it first.
            let mut b = Buf::pooled(f.len).unwrap_or_else(Buf::new);
            b.clear();
            // SAFETY: as in `deref`.
            b.extend_from_slice(unsafe { std::slice::from_raw_parts(f.ptr, f.len) });
            *self = Storage::Owned(b);
        }
        match self {
            Storage::Owned(b) => b,
            Storage::Foreign(_) => unreachable!("copied above"),
        }
    }
}

impl Clone for Storage {
    fn clone(&self) -> Self {
        let mut b = Buf::pooled(self.len()).unwrap_or_else(Buf::new);
        b.clear();
        b.extend_from_slice(self);
        Storage::Owned(b)
    }
}

/// A host tensor.
#[derive(Clone)]
pub struct Tensor {
    dtype: DType,
    shape: Vec<usize>,
    data: Arc<Storage>,
}

/// The element count of `shape` and its size in bytes for `dtype`, computed with checked
/// arithmetic. Every tensor's shape passes this check, so its element count, its byte size and
/// each of its extents fit the i64 slots of the descriptors native code reads, and no
/// computation derived from a shape can wrap (a wrapped count once let a crafted input shape
/// pass the size check against a small file).
///
/// The product of the nonzero extents must fit too, so that no product of some of a shape's
/// extents (an outer or inner block size, what kernels compute) can overflow either, even
/// when another extent is 0.
pub fn checked_size(dtype: DType, shape: &[usize]) -> Result<(usize, usize), TensorError> {
    let too_large = || TensorError::TooLarge {
        shape: shape.to_vec(),
        dtype,
    };
    if !extents_fit(shape) {
        return Err(too_large());
    }
    let n = shape
        .iter()
        .try_fold(1usize, |n, &d| n.checked_mul(d))
        .ok_or_else(too_large)?;
    let bytes = n
        .checked_mul(dtype.size())
        .filter(|&b| b <= isize::MAX as usize)
        .ok_or_else(too_large)?;
    let limit = crate::limits::buffer_limit();
    if bytes as u64 > limit {
        return Err(TensorError::OverLimit {
            shape: shape.to_vec(),
            dtype,
            bytes,
            limit,
        });
    }
    Ok((n, bytes))
}

/// True when the product of `shape`'s nonzero extents fits an i64: every product of some of
/// its extents then fits too (see [`checked_size`]).
pub fn extents_fit(shape: &[usize]) -> bool {
    shape
        .iter()
        .try_fold(1u64, |n, &d| n.checked_mul(d.max(1) as u64))
        .is_some_and(|n| n <= i64::MAX as u64)
}

/// A 64-byte aligned buffer of `bytes` bytes, or an error when the allocator refuses it (an
/// absurd shape is the caller's error, not an abort).
fn try_alloc(dtype: DType, shape: &[usize], bytes: usize) -> Result<Buf, TensorError> {
    if let Some(mut b) = Buf::pooled(bytes) {
        b.clear();
        return Ok(b);
    }
    let mut buf = Buf::new();
    buf.try_reserve_exact(bytes).map_err(|_| TensorError::Alloc {
        shape: shape.to_vec(),
        dtype,
        bytes,
    })?;
    Ok(buf)
}

impl Tensor {
    /// A tensor of zeros; an error when the shape's size overflows or cannot be allocated.
    pub fn zeros(dtype: DType, shape: &[usize]) -> Result<Tensor, TensorError> {
        let (_, bytes) = checked_size(dtype, shape)?;
        let mut buf = try_alloc(dtype, shape, bytes)?;
        buf.resize(bytes, 0);
        Ok(Tensor {
            dtype,
            shape: shape.to_vec(),
            data: Arc::new(Storage::Owned(buf)),
        })
    }
    /// A tensor for code that writes every element before anything reads one (the results of
    /// a native call): a pooled buffer is reused as it is, without zeroing it again (its bytes
    /// are initialized: they are an earlier tensor's); a new one is zeroed.
    pub fn for_result(dtype: DType, shape: &[usize]) -> Result<Tensor, TensorError> {
        let (_, bytes) = checked_size(dtype, shape)?;
        match Buf::pooled(bytes) {
            Some(b) if b.len() == bytes => Ok(Tensor {
                dtype,
                shape: shape.to_vec(),
                data: Arc::new(Storage::Owned(b)),
            }),
            _ => Self::zeros(dtype, shape),
        }
    }
    /// A tensor from a vector in row-major order.
    pub fn from_vec<T: Element>(shape: &[usize], v: Vec<T>) -> Result<Tensor, TensorError> {
        Self::from_slice(shape, &v)
    }
    /// A tensor from a slice in row-major order.
    pub fn from_slice<T: Element>(shape: &[usize], v: &[T]) -> Result<Tensor, TensorError> {
        Self::from_bytes(T::DTYPE, shape, bytemuck::cast_slice(v))
    }
    /// A tensor filled from an iterator of exactly `shape.product()` elements, written straight
    /// into aligned storage (no zeroing pass, no intermediate vector).
    pub fn from_iter_exact<T: Element>(
        shape: &[usize],
        iter: impl IntoIterator<Item = T>,
    ) -> Result<Tensor, TensorError> {
        let (n, bytes) = checked_size(T::DTYPE, shape)?;
        let mut buf = try_alloc(T::DTYPE, shape, bytes)?;
        let ptr = buf.as_mut_ptr() as *mut T;
        let mut written = 0;
        for v in iter.into_iter().take(n) {
            // SAFETY: capacity holds n elements of T, `written < n`, and the storage is 64-byte
            // aligned, which satisfies T's alignment.
            unsafe { ptr.add(written).write(v) };
            written += 1;
        }
        if written != n {
            return Err(TensorError::Size {
                shape: shape.to_vec(),
                expected: n,
                got: written,
            });
        }
        // SAFETY: exactly n * size_of::<T>() == bytes bytes were initialized above.
        unsafe { buf.set_len(bytes) };
        Ok(Tensor {
            dtype: T::DTYPE,
            shape: shape.to_vec(),
            data: Arc::new(Storage::Owned(buf)),
        })
    }
    /// The raw bytes, writable (copies the buffer if it is shared).
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        let n = self.len() * self.dtype.size();
        &mut Arc::make_mut(&mut self.data)[..n]
    }
    /// True when no other tensor shares this one's buffer and the tensor owns it (so writing
    /// needs no copy).
    pub fn is_unique(&self) -> bool {
        Arc::strong_count(&self.data) == 1 && matches!(*self.data, Storage::Owned(_))
    }
    /// A tensor that reads `dtype` elements of `shape` at `ptr` in place, without a copy
    /// (what the Python binding passes for a numpy array); `owner` is kept alive as long as
    /// the tensor or a view of it is. A write to the tensor copies the memory first, so the
    /// caller's memory is only ever read. An error when the size overflows or `ptr` is not
    /// aligned to the element size.
    ///
    /// # Safety
    ///
    /// `ptr` must point to `shape.product() * dtype.size()` readable bytes (it may dangle when
    /// that is 0) that stay valid and unchanged while `owner` lives.
    pub unsafe fn from_foreign(
        dtype: DType,
        shape: &[usize],
        ptr: *const u8,
        owner: Box<dyn std::any::Any + Send + Sync>,
    ) -> Result<Tensor, TensorError> {
        let (_, len) = checked_size(dtype, shape)?;
        if len > 0 && (ptr.is_null() || !(ptr as usize).is_multiple_of(dtype.size())) {
            return Err(TensorError::Misaligned { dtype });
        }
        Ok(Tensor {
            dtype,
            shape: shape.to_vec(),
            data: Arc::new(Storage::Foreign(Foreign {
                ptr: if len == 0 {
                    std::ptr::NonNull::<u64>::dangling().as_ptr() as *const u8
                } else {
                    ptr
                },
                len,
                _owner: owner,
            })),
        })
    }
    /// A rank-0 tensor.
    pub fn scalar<T: Element>(v: T) -> Tensor {
        Self::from_slice(&[], &[v]).expect("one element")
    }
    /// A tensor of `dtype` from raw little-endian bytes.
    pub fn from_bytes(dtype: DType, shape: &[usize], bytes: &[u8]) -> Result<Tensor, TensorError> {
        let (expected, size) = checked_size(dtype, shape)?;
        if bytes.len() != size {
            return Err(TensorError::Size {
                shape: shape.to_vec(),
                expected,
                got: bytes.len() / dtype.size().max(1),
            });
        }
        let mut buf = try_alloc(dtype, shape, size)?;
        buf.extend_from_slice(bytes);
        Ok(Tensor {
            dtype,
            shape: shape.to_vec(),
            data: Arc::new(Storage::Owned(buf)),
        })
    }
    pub fn dtype(&self) -> DType {
        self.dtype
    }
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }
    pub fn rank(&self) -> usize {
        self.shape.len()
    }
    /// Number of elements (cannot overflow: every constructor checks the shape).
    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The raw little-endian bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.data[..self.len() * self.dtype.size()]
    }
    /// The elements as a typed slice.
    pub fn data<T: Element>(&self) -> Result<&[T], TensorError> {
        if T::DTYPE != self.dtype {
            return Err(TensorError::DType {
                actual: self.dtype,
                wanted: T::DTYPE,
            });
        }
        Ok(bytemuck::cast_slice(self.bytes()))
    }
    /// The elements as a mutable typed slice (copies the buffer if it is shared).
    pub fn data_mut<T: Element>(&mut self) -> Result<&mut [T], TensorError> {
        if T::DTYPE != self.dtype {
            return Err(TensorError::DType {
                actual: self.dtype,
                wanted: T::DTYPE,
            });
        }
        let n = self.len() * self.dtype.size();
        let buf = Arc::make_mut(&mut self.data);
        Ok(bytemuck::cast_slice_mut(&mut buf[..n]))
    }
    /// The elements copied into a vector.
    pub fn to_vec<T: Element>(&self) -> Result<Vec<T>, TensorError> {
        self.data::<T>().map(|s| s.to_vec())
    }
    /// A view with another shape of the same element count (no copy).
    pub fn reshape(&self, shape: &[usize]) -> Result<Tensor, TensorError> {
        if checked_size(self.dtype, shape)?.0 != self.len() {
            return Err(TensorError::Reshape {
                from: self.shape.clone(),
                to: shape.to_vec(),
            });
        }
        Ok(Tensor {
            dtype: self.dtype,
            shape: shape.to_vec(),
            data: self.data.clone(),
        })
    }
    /// The elements widened to f64 (floats) or converted (integers), for display and comparison.
    pub fn to_f64_vec(&self) -> Vec<f64> {
        match self.dtype {
            DType::F32 => self.data::<f32>().map(|s| s.iter().map(|&x| x as f64).collect()),
            DType::F64 => self.to_vec::<f64>(),
            DType::F16 => self.data::<half::f16>().map(|s| s.iter().map(|x| x.to_f64()).collect()),
            DType::BF16 => self
                .data::<half::bf16>()
                .map(|s| s.iter().map(|x| x.to_f64()).collect()),
            DType::I1 => self.data::<u8>().map(|s| s.iter().map(|&x| x as f64).collect()),
            DType::I32 => self.data::<i32>().map(|s| s.iter().map(|&x| x as f64).collect()),
            DType::I64 => self.data::<i64>().map(|s| s.iter().map(|&x| x as f64).collect()),
        }
        .unwrap_or_default()
    }
    /// The value of a one-element integer tensor, exactly (`None` for floats and for more or
    /// fewer elements): what scalar-argument profiling and value guards compare.
    pub fn int_value(&self) -> Option<i64> {
        if self.len() != 1 {
            return None;
        }
        match self.dtype {
            DType::I1 => Some(self.bytes()[0] as i64),
            DType::I32 => Some(i32::from_ne_bytes(self.bytes()[..4].try_into().ok()?) as i64),
            DType::I64 => Some(i64::from_ne_bytes(self.bytes()[..8].try_into().ok()?)),
            _ => None,
        }
    }
    /// `tensor<4x8xf32>`-style description.
    pub fn type_string(&self) -> String {
        let mut s = String::from("tensor<");
        for d in &self.shape {
            s.push_str(&format!("{d}x"));
        }
        s.push_str(self.dtype.name());
        s.push('>');
        s
    }
}

impl fmt::Debug for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.type_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn construction_views_and_copy_on_write() {
        let t = Tensor::from_vec(&[2, 3], vec![1.0f32, 2., 3., 4., 5., 6.]).unwrap();
        assert_eq!(t.data.as_ptr() as usize % 64, 0, "storage is 64-byte aligned");
        let r = t.reshape(&[3, 2]).unwrap();
        assert_eq!(
            r.data::<f32>().unwrap().as_ptr(),
            t.data::<f32>().unwrap().as_ptr(),
            "reshape is a view"
        );
        let mut w = r.clone();
        w.data_mut::<f32>().unwrap()[0] = 9.0;
        assert_eq!(t.data::<f32>().unwrap()[0], 1.0, "writes do not leak into shared views");
        assert_eq!(w.to_vec::<f32>().unwrap()[0], 9.0);
        assert!(t.data::<i32>().is_err());
        assert!(Tensor::from_vec(&[2, 2], vec![1i32]).is_err());
        assert!(t.reshape(&[4]).is_err());
    }

    #[test]
    fn foreign_memory_is_read_in_place_and_never_written() {
        let owner: Arc<Vec<f32>> = Arc::new((0..9).map(|i| i as f32).collect());
        // From the second element: 4-byte aligned, not 64.
        let ptr = owner[1..].as_ptr() as *const u8;
        let t = unsafe { Tensor::from_foreign(DType::F32, &[2, 4], ptr, Box::new(owner.clone())) }.unwrap();
        assert_eq!(t.bytes().as_ptr(), ptr, "no copy");
        assert_eq!(t.to_vec::<f32>().unwrap(), (1..9).map(|i| i as f32).collect::<Vec<_>>());
        assert!(!t.is_unique(), "borrowed memory is never written in place");
        let mut w = t.clone();
        drop(t);
        w.data_mut::<f32>().unwrap()[0] = -1.0;
        assert_ne!(w.bytes().as_ptr(), ptr, "a write copies first");
        assert_eq!(owner[1], 1.0);
        assert_eq!(w.to_vec::<f32>().unwrap()[0], -1.0);
        let odd = unsafe { ptr.add(1) };
        let e = unsafe { Tensor::from_foreign(DType::F32, &[1], odd, Box::new(())) }.unwrap_err();
        assert!(matches!(e, TensorError::Misaligned { .. }), "{e}");
        let empty = unsafe { Tensor::from_foreign(DType::F64, &[0, 3], std::ptr::null(), Box::new(())) }.unwrap();
        assert!(empty.is_empty() && empty.bytes().is_empty());
    }

    #[test]
    fn shapes_whose_sizes_overflow_are_errors() {
        // 2^58 + 4 rows of 64 f32 wrap to 256 elements (1024 bytes) in 64-bit arithmetic.
        let wraps = [288230376151711748, 64];
        let e = Tensor::from_bytes(DType::F32, &wraps, &[0; 1024]).unwrap_err();
        assert!(matches!(e, TensorError::TooLarge { .. }), "{e}");
        assert!(Tensor::zeros(DType::F32, &wraps).is_err());
        assert!(Tensor::from_iter_exact(&wraps, std::iter::repeat(0f32)).is_err());
        // No extent may exceed an i64 (native descriptors hold i64), even with no elements.
        assert!(Tensor::zeros(DType::F32, &[1 << 63, 0]).is_err());
        // The nonzero extents must multiply within 63 bits even when another one is 0, so
        // that no block size a kernel computes from them can wrap.
        assert!(Tensor::zeros(DType::F32, &[1 << 40, 1 << 40, 0]).is_err());
        let empty = Tensor::zeros(DType::F32, &[1 << 40, 0]).unwrap();
        assert_eq!(empty.len(), 0);
        // The byte size must fit too: 2^62 f64 elements are 2^65 bytes.
        assert!(matches!(
            Tensor::zeros(DType::F64, &[1 << 62]),
            Err(TensorError::TooLarge { .. })
        ));
        // A size that fits but cannot be allocated is an error, not an abort.
        assert!(matches!(
            Tensor::zeros(DType::F32, &[1 << 27, 1 << 27]),
            Err(TensorError::Alloc { .. })
        ));
        // A view gets the same check.
        let none = Tensor::zeros(DType::F32, &[0]).unwrap();
        assert!(none.reshape(&[1 << 40, 1 << 40, 0]).is_err());
        assert!(none.reshape(&[4, 0]).is_ok());
    }

    /// A large buffer is reused after its tensor drops (no fresh pages per call), and the
    /// reused tensor is zeroed and independent of the old one.
    #[test]
    fn large_buffers_are_pooled_and_zeroed_on_reuse() {
        let shape = [POOL_MIN / 4 + 17];
        let mut a = Tensor::zeros(DType::F32, &shape).unwrap();
        a.bytes_mut().fill(0xff);
        drop(a);
        // Another thread may take it first; what matters is zeros either way.
        let b = Tensor::zeros(DType::F32, &shape).unwrap();
        assert!(b.bytes().iter().all(|&x| x == 0));
        let c = b.clone();
        assert_eq!(c.bytes(), b.bytes());
    }
}
