//! Kernels of the `arith` and `math` dialects: scalars are rank-0 tensors, vectors rank-1, so
//! one elementwise kernel serves scalars, vectors and tensors.

use super::elementwise::{binary, bitcast, compare, convert, select, Bin, Cmp, UCmp, Un};
use super::{attr_to_tensor, dtype_of, Exec, KResult, Kernel};
use crate::tensor::Tensor;
use kiln_ir::OpId;
use rustc_hash::FxHashMap;

pub(crate) fn register(k: &mut FxHashMap<&'static str, Kernel>) {
    k.insert("arith.constant", constant);
    k.insert("ktensor.constant", constant);
    k.insert("llvm.mlir.constant", constant);
    super::elementwise::fast_kernels!(k, bins: {
        "arith.addi" => Bin::Add, "arith.subi" => Bin::Sub, "arith.muli" => Bin::Mul,
        "arith.divsi" => Bin::Div, "arith.divui" => Bin::DivU, "arith.remsi" => Bin::Rem, "arith.remui" => Bin::RemU,
        "arith.minsi" => Bin::Min, "arith.maxsi" => Bin::Max, "arith.minui" => Bin::MinU, "arith.maxui" => Bin::MaxU,
        "arith.andi" => Bin::And, "arith.ori" => Bin::Or, "arith.xori" => Bin::Xor,
        "arith.addf" => Bin::Add, "arith.subf" => Bin::Sub, "arith.mulf" => Bin::Mul, "arith.divf" => Bin::Div,
        "arith.remf" => Bin::Rem, "arith.minimumf" => Bin::Min, "arith.maximumf" => Bin::Max,
        "math.powf" => Bin::Pow, "math.atan2" => Bin::Atan2,
    }, uns: {
        "arith.negf" => Un::Neg, "math.exp" => Un::Exp, "math.log" => Un::Log, "math.tanh" => Un::Tanh,
        "math.sqrt" => Un::Sqrt, "math.rsqrt" => Un::Rsqrt, "math.erf" => Un::Erf, "math.absf" => Un::Abs, "math.absi" => Un::Abs,
        "math.floor" => Un::Floor, "math.ceil" => Un::Ceil, "math.round" => Un::Round, "math.roundeven" => Un::RoundEven,
        "math.sin" => Un::Sin, "math.cos" => Un::Cos, "math.tan" => Un::Tan, "math.expm1" => Un::Expm1,
        "math.log1p" => Un::Log1p, "math.cbrt" => Un::Cbrt,
    });
    k.insert("math.fma", |_ex, _op, ins| {
        Ok(vec![binary(Bin::Add, &binary(Bin::Mul, &ins[0], &ins[1])?, &ins[2])?])
    });
    // x·2^n through f64, where the product is exact for every result of the float types tier 0
    // stores that is neither 0 nor infinite, so converting it rounds once.
    k.insert("kmath.ldexp", |_ex, _op, ins| {
        let (x, n) = (&ins[0], &ins[1]);
        if x.shape() != n.shape() || !x.dtype().is_float() || n.dtype().is_float() {
            return Err(format!(
                "kmath.ldexp takes a float tensor and an integer tensor of one shape, not {} and {}",
                x.type_string(),
                n.type_string()
            )
            .into());
        }
        let v: Vec<f64> = x
            .to_f64_vec()
            .into_iter()
            .zip(n.to_f64_vec())
            .map(|(x, n)| kiln_dialects::ldexp::eval(x, n as i64))
            .collect();
        let t = Tensor::from_vec(x.shape(), v).map_err(|e| e.to_string())?;
        Ok(vec![convert(&t, x.dtype(), false)?])
    });
    k.insert("arith.cmpi", cmpi);
    k.insert("arith.cmpf", cmpf);
    k.insert("arith.select", |_ex, _op, ins| {
        Ok(vec![select(&ins[0], &ins[1], &ins[2])?])
    });
    macro_rules! casts {
        ($($name:literal => $unsigned:expr),* $(,)?) => {
            $(k.insert($name, |ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>| -> KResult {
                let to = result_dtype(ex, op)?;
                Ok(vec![convert(&ins[0], to, $unsigned)?])
            });)*
        };
    }
    casts! {
        "arith.sitofp" => false, "arith.uitofp" => true, "arith.fptosi" => false, "arith.fptoui" => true,
        "arith.extf" => false, "arith.truncf" => false, "arith.extsi" => false, "arith.extui" => true,
        "arith.trunci" => false, "arith.index_cast" => false,
    }
    k.insert("arith.bitcast", |ex, op, ins| {
        let to = result_dtype(ex, op)?;
        Ok(vec![bitcast(&ins[0], to)?])
    });
    // A math op without a kernel above computes its row's f64 meaning.
    for r in kiln_dialects::math::MATH {
        k.entry(r.name).or_insert(super::tensor::table_kernel);
    }
}

pub(crate) fn result_dtype(ex: &Exec<'_>, op: OpId) -> Result<crate::DType, String> {
    let t = ex.m.value_type(ex.m.result(op, 0));
    dtype_of(ex.ctx(), t).ok_or_else(|| {
        format!(
            "unsupported result element type in '{}': tier 0 stores f16, bf16, f32, f64, i1, i32 and i64 (and their unsigned forms); narrower integers run at tiers 1-3",
            kiln_ir::printer::type_to_string(ex.ctx(), t)
        )
    })
}

fn constant(ex: &mut Exec<'_>, op: OpId, _ins: Vec<Tensor>) -> KResult {
    let v = ex.m.attr(op, "value").ok_or("constant without a value")?;
    Ok(vec![attr_to_tensor(ex.ctx(), v)?])
}

fn predicate(ex: &Exec<'_>, op: OpId) -> Result<i128, String> {
    ex.m.attr(op, "predicate")
        .and_then(|a| ex.ctx().attr_int(a))
        .ok_or_else(|| "missing predicate".to_string())
}

fn cmpi(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let p = match predicate(ex, op)? {
        0 => Cmp::Eq,
        1 => Cmp::Ne,
        2 => Cmp::Lt,
        3 => Cmp::Le,
        4 => Cmp::Gt,
        5 => Cmp::Ge,
        6 => Cmp::ULt,
        7 => Cmp::ULe,
        8 => Cmp::UGt,
        9 => Cmp::UGe,
        p => return Err(format!("unknown cmpi predicate {p}").into()),
    };
    Ok(vec![compare(p, &ins[0], &ins[1])?])
}

fn cmpf(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let p = match predicate(ex, op)? {
        0 => Cmp::False,
        1 => Cmp::Eq,
        2 => Cmp::Gt,
        3 => Cmp::Ge,
        4 => Cmp::Lt,
        5 => Cmp::Le,
        6 => Cmp::Ne,
        7 => Cmp::Ord,
        8 => Cmp::Unordered(UCmp::Eq),
        9 => Cmp::Unordered(UCmp::Gt),
        10 => Cmp::Unordered(UCmp::Ge),
        11 => Cmp::Unordered(UCmp::Lt),
        12 => Cmp::Unordered(UCmp::Le),
        13 => Cmp::Unordered(UCmp::Ne),
        14 => Cmp::Uno,
        _ => Cmp::True,
    };
    Ok(vec![compare(p, &ins[0], &ins[1])?])
}
