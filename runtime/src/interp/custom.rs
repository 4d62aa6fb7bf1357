//! Kernels of ops the interpreter does not know: an embedder's op declares one in its
//! `OpDef::kernel`, made by [`custom_kernel`].

use super::{Exec, KResult};
use crate::tensor::Tensor;
use kiln_ir::registry::OpKernel;
use kiln_ir::{Module, OpId};
use std::sync::Arc;

/// The signature of an embedder's tier-0 kernel: the module and the op (for its attributes
/// and result types) and the operand values; it returns one tensor per result, which the
/// interpreter checks against the result types. An `Err` is reported at the op's location.
pub type CustomKernelFn = dyn Fn(&Module, OpId, &[Tensor]) -> Result<Vec<Tensor>, String> + Send + Sync;

/// What [`custom_kernel`] stores in `OpDef::kernel`.
pub struct CustomKernel(Box<CustomKernelFn>);

/// Wraps a function as an op's tier-0 kernel, for `OpDef::kernel`.
///
/// ```
/// use kiln_runtime::{interp::custom_kernel, Tensor};
/// // toy.double: twice its f32 operand.
/// let k = custom_kernel(|_m, _op, args: &[Tensor]| {
///     let x = args[0].data::<f32>().map_err(|e| e.to_string())?;
///     let y: Vec<f32> = x.iter().map(|v| 2.0 * v).collect();
///     Ok(vec![Tensor::from_vec(args[0].shape(), y).map_err(|e| e.to_string())?])
/// });
/// let def = kiln_ir::OpDef { kernel: Some(k), ..kiln_ir::OpDef::new("toy.double", "2x") };
/// assert!(def.kernel.is_some());
/// ```
pub fn custom_kernel(
    f: impl Fn(&Module, OpId, &[Tensor]) -> Result<Vec<Tensor>, String> + Send + Sync + 'static,
) -> OpKernel {
    Arc::new(CustomKernel(Box::new(f)))
}

/// The op's custom kernel, when its definition declares one made by [`custom_kernel`].
pub(crate) fn of(m: &Module, op: OpId) -> Option<&CustomKernel> {
    m.op_def(op)?.kernel.as_ref()?.downcast_ref::<CustomKernel>()
}

/// The interpreter's kernel for every op with a custom kernel.
pub(crate) fn run(ex: &mut Exec<'_>, op: OpId, ins: Vec<Tensor>) -> KResult {
    let m = ex.m;
    let k = of(m, op).ok_or("the op's kernel is not a kiln_runtime::interp::custom_kernel")?;
    Ok((k.0)(m, op, &ins)?)
}
