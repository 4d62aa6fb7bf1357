//! The compiler-rt builtins LLVM's code generation may call for half-precision conversions
//! on hosts without the instructions for them: `float`/`double` to `bfloat` without
//! AVX512-BF16 (every AVX2 machine, such as Zen 3), and to and from `half` without F16C. The
//! process has no compiler-rt to resolve them from (Debian 12's libgcc predates them), so the
//! runtime defines them for the JIT, from the `half` crate (round to nearest even, NaN kept).
//!
//! Also the functions Kiln's math rows name as their libm call where no libm has one
//! (`kiln_erf_inv`).
//!
//! ABI: LLVM passes and returns `half` and `bfloat` in the low 16 bits of a float register
//! (x86-64 SysV, AArch64), which a Rust `f32` in the same register carries.

fn bits(b: u16) -> f32 {
    f32::from_bits(b as u32)
}

/// `float` to `bfloat`.
pub extern "C" fn truncsfbf2(x: f32) -> f32 {
    bits(half::bf16::from_f32(x).to_bits())
}

/// `double` to `bfloat` (one rounding).
pub extern "C" fn truncdfbf2(x: f64) -> f32 {
    bits(half::bf16::from_f64(x).to_bits())
}

/// `float` to `half`.
pub extern "C" fn truncsfhf2(x: f32) -> f32 {
    bits(half::f16::from_f32(x).to_bits())
}

/// `double` to `half` (one rounding).
pub extern "C" fn truncdfhf2(x: f64) -> f32 {
    bits(half::f16::from_f64(x).to_bits())
}

/// `half` to `float`.
pub extern "C" fn extendhfsf2(h: f32) -> f32 {
    half::f16::from_bits(h.to_bits() as u16).to_f32()
}

/// `float` to `half` under GCC's older name and ABI: the half comes back as a `uint16_t`.
pub extern "C" fn gnu_f2h_ieee(x: f32) -> u16 {
    half::f16::from_f32(x).to_bits()
}

/// `half` (a `uint16_t`, GCC's older ABI) to `float`.
pub extern "C" fn gnu_h2f_ieee(h: u16) -> f32 {
    half::f16::from_bits(h).to_f32()
}

/// The inverse error function in f64, for `kmath.erf_inv` (no libm has one): the function
/// tier 0 evaluates, so every tier gives the same bits.
pub extern "C" fn kiln_erf_inv(x: f64) -> f64 {
    kiln_dialects::approx::erf_inv_f64(x)
}

/// In f32 (what `math-approximation` expands instead, unless a pipeline leaves it out),
/// rounded from the f64 result as tier 0 rounds it.
pub extern "C" fn kiln_erf_invf(x: f32) -> f32 {
    kiln_dialects::approx::erf_inv_f64(x as f64) as f32
}

/// Every builtin, by its C symbol.
pub(crate) fn builtins() -> Vec<(&'static str, u64)> {
    vec![
        ("__truncsfbf2", truncsfbf2 as *const () as u64),
        ("__truncdfbf2", truncdfbf2 as *const () as u64),
        ("__truncsfhf2", truncsfhf2 as *const () as u64),
        ("__truncdfhf2", truncdfhf2 as *const () as u64),
        ("__extendhfsf2", extendhfsf2 as *const () as u64),
        // The names GCC's runtime used for the same conversions, which LLVM may emit too
        // (with the half in an integer register).
        ("__gnu_f2h_ieee", gnu_f2h_ieee as *const () as u64),
        ("__gnu_h2f_ieee", gnu_h2f_ieee as *const () as u64),
        ("kiln_erf_inv", kiln_erf_inv as *const () as u64),
        ("kiln_erf_invf", kiln_erf_invf as *const () as u64),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_round_to_nearest_even_and_keep_specials() {
        let bf = |x: f32| truncsfbf2(x).to_bits();
        assert_eq!(bf(1.0), 0x3f80);
        // 1 + 2^-8 is halfway between two bfloats: to the even one (1.0).
        assert_eq!(bf(1.0 + 2f32.powi(-8)), 0x3f80);
        assert_eq!(bf(1.0 + 3.0 * 2f32.powi(-8)), 0x3f82);
        assert_eq!(bf(f32::INFINITY), 0x7f80);
        assert_eq!(bf(-0.0), 0x8000);
        assert!(half::bf16::from_bits(bf(f32::NAN) as u16).is_nan());
        assert_eq!(truncdfbf2(-2.0).to_bits(), 0xc000);
        assert_eq!(truncsfhf2(65504.0).to_bits(), 0x7bff);
        assert_eq!(truncsfhf2(1.0e6).to_bits(), 0x7c00);
        assert_eq!(truncdfhf2(0.5).to_bits(), 0x3800);
        assert_eq!(extendhfsf2(bits(0x3c00)), 1.0);
        assert_eq!(extendhfsf2(bits(0xfc00)), f32::NEG_INFINITY);
        assert_eq!(gnu_f2h_ieee(-2.0), 0xc000);
        assert_eq!(gnu_h2f_ieee(0x3800), 0.5);
        assert_eq!(kiln_erf_inv(0.0), 0.0);
        assert_eq!(kiln_erf_inv(1.0), f64::INFINITY);
    }
}
