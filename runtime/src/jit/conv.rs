//! `kiln_rt_conv2d_f32`: the convolutions of compiled code (tiers 1 and 2) as tier 0 runs
//! them, im2col and one GEMM per image, instead of a seven-deep loop nest.

use super::trap::trap;

/// A rank-4 memref descriptor: data pointer, sizes, strides (in elements).
struct Desc4 {
    data: *mut f32,
    sizes: [usize; 4],
    strides: [isize; 4],
}

/// # Safety
/// `d` points at a rank-4 descriptor (nine slots).
unsafe fn desc4(d: *const i64) -> Desc4 {
    // SAFETY: the caller's contract.
    let s = unsafe { std::slice::from_raw_parts(d, 9) };
    Desc4 {
        data: s[0] as *mut f32,
        sizes: [1, 2, 3, 4].map(|k| s[k].max(0) as usize),
        strides: [5, 6, 7, 8].map(|k| s[k] as isize),
    }
}

/// `kiln_rt_conv2d_f32(x, w, out, stride_h, stride_w, dilation_h, dilation_w, pad_top,
/// pad_bottom, pad_left, pad_right)`: `out = conv2d(x, w)` with x NHWC, w HWCF and out
/// N·OH·OW·F (`ktensor.conv2d`'s layout), each read through its descriptor's strides. Extents
/// that do not fit together (a channel count, an output extent) leave the call with an error
/// instead of touching memory.
///
/// # Safety
/// Only from native code entered through the trap guard; `x`, `w` and `out` point at rank-4
/// descriptors of live f32 buffers, `out` not aliasing the others.
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn kiln_rt_conv2d_f32(
    x: *const i64,
    w: *const i64,
    out: *const i64,
    sh: i64,
    sw: i64,
    dh: i64,
    dw: i64,
    pt: i64,
    pb: i64,
    pl: i64,
    pr: i64,
) {
    // SAFETY: see the function's contract.
    let (x, w, o) = unsafe { (desc4(x), desc4(w), desc4(out)) };
    let [nb, h, wd, c] = x.sizes;
    let [kh, kw, wc, f] = w.sizes;
    let out_dim = |n: usize, k: usize, s: i64, d: i64, p0: i64, p1: i64| -> i64 {
        if s <= 0 || d <= 0 || k == 0 {
            return -1;
        }
        (n as i64 + p0 + p1 - d * (k as i64 - 1) - 1).div_euclid(s) + 1
    };
    let (oh, ow) = (out_dim(h, kh, sh, dh, pt, pb), out_dim(wd, kw, sw, dw, pl, pr));
    let fits = wc == c && o.sizes == [nb, oh.max(0) as usize, ow.max(0) as usize, f] && oh >= 0 && ow >= 0;
    if !fits {
        let why = format!(
            "conv2d: input {:?}, filter {:?} and output {:?} do not fit together",
            x.sizes, w.sizes, o.sizes
        );
        // SAFETY: under the guard; nothing here needs dropping (the message moves in).
        unsafe { trap(why) }
    }
    let (oh, ow) = (oh as usize, ow as usize);
    if nb == 0 || oh == 0 || ow == 0 || f == 0 {
        return;
    }
    let kdim = kh * kw * c;
    // The filter as a contiguous [KH·KW·C, F] matrix (small), whatever its strides.
    let mut wm = vec![0f32; kdim * f];
    for ky in 0..kh {
        for kx in 0..kw {
            for ci in 0..c {
                for fi in 0..f {
                    let off = ky as isize * w.strides[0]
                        + kx as isize * w.strides[1]
                        + ci as isize * w.strides[2]
                        + fi as isize * w.strides[3];
                    // SAFETY: every index is within the descriptor's extents.
                    wm[((ky * kw + kx) * c + ci) * f + fi] = unsafe { *w.data.offset(off) };
                }
            }
        }
    }
    let mut cols = vec![0f32; oh * ow * kdim];
    for n in 0..nb {
        // im2col: row (oy, ox) holds the input patch under the filter, zeros in the padding.
        for oy in 0..oh {
            for ox in 0..ow {
                let row = &mut cols[(oy * ow + ox) * kdim..(oy * ow + ox + 1) * kdim];
                for ky in 0..kh {
                    let iy = oy as i64 * sh - pt + ky as i64 * dh;
                    for kx in 0..kw {
                        let ix = ox as i64 * sw - pl + kx as i64 * dw;
                        let dst = &mut row[(ky * kw + kx) * c..(ky * kw + kx + 1) * c];
                        if iy < 0 || iy >= h as i64 || ix < 0 || ix >= wd as i64 {
                            dst.iter_mut().for_each(|v| *v = 0.0);
                            continue;
                        }
                        let base = n as isize * x.strides[0] + iy as isize * x.strides[1] + ix as isize * x.strides[2];
                        for (ci, v) in dst.iter_mut().enumerate() {
                            // SAFETY: n, iy, ix and ci are within the input's extents.
                            *v = unsafe { *x.data.offset(base + ci as isize * x.strides[3]) };
                        }
                    }
                }
            }
        }
        // One GEMM per image when the output rows are evenly spaced, else one per output row.
        let rows = if o.strides[1] == ow as isize * o.strides[2] {
            vec![(0, oh * ow)]
        } else {
            (0..oh).map(|oy| (oy, ow)).collect()
        };
        for (oy, m) in rows {
            let dst = n as isize * o.strides[0] + oy as isize * o.strides[1];
            if kdim == 0 {
                for r in 0..m {
                    for fi in 0..f {
                        // SAFETY: within the output's extents.
                        unsafe {
                            *o.data
                                .offset(dst + r as isize * o.strides[2] + fi as isize * o.strides[3]) = 0.0
                        };
                    }
                }
                continue;
            }
            // SAFETY: the output block is within its extents; the operands are the
            // contiguous temporaries above.
            unsafe {
                super::parallel::gemm(
                    m,
                    f,
                    kdim,
                    o.data.offset(dst),
                    o.strides[3],
                    o.strides[2],
                    false,
                    cols.as_ptr().add(oy * ow * kdim),
                    1,
                    kdim as isize,
                    wm.as_ptr(),
                    1,
                    f as isize,
                    0.0,
                    1.0,
                );
            }
        }
    }
}
