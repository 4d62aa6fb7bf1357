//! `kiln._kiln`: the native half of Kiln's Python package.
//!
//! It wraps the tiered [`kiln::Engine`] for numpy arrays, without copies: an argument's
//! tensor reads the array's buffer in place (`Tensor::from_foreign`), and results come back
//! as numpy arrays that borrow the result tensor's buffer. Calls and compiles run with the GIL released. The Python half
//! (`python/kiln`) defines the exception classes raised here, the report's dict form and the
//! JAX integration.

use kiln::{
    DType, Engine as KEngine, EngineError, Function as KFunction, ParamSpec, Preset, Shutdown, Tensor, TierMode,
};
use numpy::npyffi::{self, npy_intp, NPY_ARRAY_ALIGNED, NPY_ARRAY_C_CONTIGUOUS, NPY_ARRAY_WRITEABLE, PY_ARRAY_API};
use numpy::{PyArrayDescr, PyArrayDescrMethods, PyUntypedArray, PyUntypedArrayMethods};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyNone, PyTuple, PyType};
use std::collections::HashMap;
use std::sync::Arc;

/// The exception classes of `kiln.errors`, looked up once.
struct Errors {
    load: Py<PyType>,
    not_found: Py<PyType>,
    call: Py<PyType>,
    shape: Py<PyType>,
    dtype: Py<PyType>,
    execution: Py<PyType>,
    compile: Py<PyType>,
    config: Py<PyType>,
}

static ERRORS: PyOnceLock<Errors> = PyOnceLock::new();

fn errors(py: Python<'_>) -> PyResult<&Errors> {
    ERRORS.get_or_try_init(py, || {
        let m = py.import("kiln.errors")?;
        let get = |n: &str| -> PyResult<Py<PyType>> { Ok(m.getattr(n)?.cast_into::<PyType>()?.unbind()) };
        Ok(Errors {
            load: get("LoadError")?,
            not_found: get("FunctionNotFoundError")?,
            call: get("CallError")?,
            shape: get("ShapeError")?,
            dtype: get("DTypeError")?,
            execution: get("ExecutionError")?,
            compile: get("CompileError")?,
            config: get("ConfigError")?,
        })
    })
}

fn raise(py: Python<'_>, class: impl Fn(&Errors) -> &Py<PyType>, message: String) -> PyErr {
    match errors(py) {
        Ok(e) => PyErr::from_type(class(e).bind(py).clone(), message),
        Err(e) => e,
    }
}

/// The Python exception for an engine error: `kiln.errors` has one class per kind.
fn engine_err(py: Python<'_>, e: EngineError) -> PyErr {
    let msg = e.to_string();
    match e {
        EngineError::Load(_) => raise(py, |e| &e.load, msg),
        EngineError::NoFunction(_) => raise(py, |e| &e.not_found, msg),
        // Arity, dtypes, ranks and static extents are checked before the call (see
        // `Function::convert`): what the engine refuses is a symbol bound to two extents or
        // a size over the limits.
        EngineError::Call(_) => raise(py, |e| &e.shape, msg),
        EngineError::Runtime(_) => raise(py, |e| &e.execution, msg),
        EngineError::Compile(_) => raise(py, |e| &e.compile, msg),
        EngineError::Config(_) => raise(py, |e| &e.config, msg),
    }
}

/// The numpy dtype of each of Kiln's element types (bfloat16 through `ml_dtypes`, as JAX's).
fn descr<'py>(py: Python<'py>, d: DType) -> PyResult<Bound<'py, PyArrayDescr>> {
    static BF16: PyOnceLock<Py<PyArrayDescr>> = PyOnceLock::new();
    Ok(match d {
        DType::F32 => numpy::dtype::<f32>(py),
        DType::F64 => numpy::dtype::<f64>(py),
        DType::I32 => numpy::dtype::<i32>(py),
        DType::I64 => numpy::dtype::<i64>(py),
        DType::I1 => numpy::dtype::<bool>(py),
        DType::F16 => PyArrayDescr::new(py, "float16")?,
        DType::BF16 => BF16
            .get_or_try_init(py, || -> PyResult<_> {
                let t = py.import("ml_dtypes").map_err(|_| {
                    PyTypeError::new_err("bfloat16 arrays need the `ml_dtypes` package (pip install ml_dtypes)")
                })?;
                Ok(PyArrayDescr::new(py, &t.getattr("bfloat16")?)?.unbind())
            })?
            .bind(py)
            .clone(),
    })
}

/// Keeps a result tensor's buffer alive under the numpy array that views it.
#[pyclass(frozen, module = "kiln._kiln")]
struct Owner {
    _tensor: Tensor,
}

/// A numpy array for a result tensor: a view of its buffer when nothing else holds it (the
/// array is then its only owner and may be written), a copy otherwise (a result that shares a
/// constant's or an argument's buffer must not let writes reach them).
fn to_numpy<'py>(py: Python<'py>, t: Tensor) -> PyResult<Bound<'py, PyAny>> {
    let d = descr(py, t.dtype())?;
    let dims: Vec<npy_intp> = t.shape().iter().map(|&n| n as npy_intp).collect();
    let owned = t.is_unique();
    let ptr = t.bytes().as_ptr() as *mut std::ffi::c_void;
    unsafe {
        let api = &PY_ARRAY_API;
        let subtype = api.get_type_object(py, npyffi::NpyTypes::PyArray_Type);
        // The array steals a reference to the descriptor; with a null data pointer it
        // allocates its own memory.
        let (data, flags) = if owned {
            (ptr, NPY_ARRAY_C_CONTIGUOUS | NPY_ARRAY_WRITEABLE)
        } else {
            (std::ptr::null_mut(), 0)
        };
        let arr = api.PyArray_NewFromDescr(
            py,
            subtype,
            d.into_ptr() as *mut npyffi::PyArray_Descr,
            dims.len() as i32,
            dims.as_ptr() as *mut npy_intp,
            std::ptr::null_mut(),
            data,
            flags,
            std::ptr::null_mut(),
        );
        let arr = Bound::from_owned_ptr_or_err(py, arr)?;
        if owned {
            let owner = Bound::new(py, Owner { _tensor: t })?;
            // The array steals the reference to its base, which keeps the buffer alive.
            if api.PyArray_SetBaseObject(py, arr.as_ptr() as *mut npyffi::PyArrayObject, owner.into_ptr()) != 0 {
                return Err(PyErr::fetch(py));
            }
        } else {
            let dst = (*(arr.as_ptr() as *mut npyffi::PyArrayObject)).data as *mut u8;
            std::ptr::copy_nonoverlapping(ptr as *const u8, dst, t.bytes().len());
        }
        Ok(arr)
    }
}

/// Whether an array made from Python values (`numpy.asarray` of a scalar or a list) may take
/// `to` as JAX's weak types would: bool to bool, int to an integer or float type, float to a
/// float type.
fn weak_fits(arr: &Bound<'_, PyAny>, to: DType) -> PyResult<bool> {
    let kind: String = arr.getattr("dtype")?.getattr("kind")?.extract()?;
    Ok(match kind.as_str() {
        "b" => to == DType::I1,
        "i" | "u" => to != DType::I1,
        "f" => to.is_float(),
        _ => false,
    })
}

fn numpy_mod(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    static NP: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    NP.get_or_try_init(py, || Ok::<_, PyErr>(py.import("numpy")?.unbind()))
        .map(|m| m.bind(py))
}

/// The Kiln engine: load modules, get functions, read the report.
#[pyclass(frozen, module = "kiln._kiln", name = "Engine")]
struct Engine {
    engine: Arc<KEngine>,
}

fn parse_tier(tier: &Bound<'_, PyAny>) -> PyResult<TierMode> {
    if let Ok(s) = tier.extract::<String>() {
        return match s.as_str() {
            "auto" => Ok(TierMode::Auto),
            "0" | "1" | "2" | "3" => Ok(TierMode::Fixed(s.parse().unwrap())),
            _ => Err(raise(
                tier.py(),
                |e| &e.config,
                format!("tier must be 'auto' or 0-3, got '{s}'"),
            )),
        };
    }
    match tier.extract::<i64>() {
        Ok(t @ 0..=3) => Ok(TierMode::Fixed(t as u8)),
        _ => Err(raise(
            tier.py(),
            |e| &e.config,
            format!("tier must be 'auto' or 0-3, got {}", tier.repr()?),
        )),
    }
}

#[pymethods]
impl Engine {
    // Python's keyword arguments, one per engine setting.
    #[allow(clippy::too_many_arguments)]
    #[new]
    #[pyo3(signature = (tier = None, preset = None, workers = None, threads = None, cache_dir = None, synchronous = false, max_specializations = None))]
    fn new(
        py: Python<'_>,
        tier: Option<&Bound<'_, PyAny>>,
        preset: Option<&str>,
        workers: Option<usize>,
        threads: Option<usize>,
        cache_dir: Option<std::path::PathBuf>,
        synchronous: bool,
        max_specializations: Option<usize>,
    ) -> PyResult<Self> {
        let mut b = KEngine::builder().synchronous(synchronous).cache_dir(cache_dir);
        if let Some(t) = tier {
            b = b.mode(parse_tier(t)?);
        }
        if let Some(p) = preset {
            b = b.preset(p.parse::<Preset>().map_err(|m| raise(py, |e| &e.config, m))?);
        }
        if let Some(w) = workers {
            b = b.workers(w);
        }
        if let Some(t) = threads {
            b = b.threads(t);
        }
        if let Some(k) = max_specializations {
            b = b.max_specializations(k);
        }
        let engine = py.detach(|| b.build()).map_err(|e| engine_err(py, e))?;
        Ok(Engine {
            engine: Arc::new(engine),
        })
    }

    /// Loads module text (StableHLO, as JAX exports it, or Kiln IR); returns the names of its
    /// public functions. `name` is the file name diagnostics show. `rename` maps public
    /// function names to the names they get in this engine (to load two modules that both
    /// define `@main`); a renamed function must not be referenced inside the module.
    #[pyo3(signature = (text, name = "<string>", rename = None))]
    fn load(
        &self,
        py: Python<'_>,
        text: &str,
        name: &str,
        rename: Option<HashMap<String, String>>,
    ) -> PyResult<Vec<String>> {
        let engine = self.engine.clone();
        let r = py.detach(|| match rename {
            None => engine.load_text(text, name),
            Some(map) => load_renamed(&engine, text, name, &map),
        });
        r.map_err(|e| engine_err(py, e))
    }

    /// The public function `name` of a loaded module.
    fn function(&self, py: Python<'_>, name: &str) -> PyResult<Function> {
        let engine = self.engine.clone();
        let f = py.detach(|| engine.function(name)).map_err(|e| engine_err(py, e))?;
        let (params, results) = f.signature();
        // The parameters' numpy dtypes, looked up once (bfloat16's only if ml_dtypes is there:
        // otherwise the call that needs it says so).
        let descrs = params
            .iter()
            .map(|p| p.as_ref().and_then(|p| descr(py, p.dtype).ok()).map(Bound::unbind))
            .collect();
        Ok(Function {
            f,
            params,
            results,
            descrs,
        })
    }

    /// The engine's report in its JSON form (`kiln.Engine.report` makes it a dict).
    fn report_json(&self) -> String {
        self.engine.report().to_json()
    }

    /// The engine's report as text.
    fn report_text(&self) -> String {
        self.engine.report().to_string()
    }

    /// Stops the compile workers (`cancel`: drop queued compiles instead of finishing them);
    /// returns the number of requests dropped. Calls keep working at the tiers reached.
    #[pyo3(signature = (cancel = false))]
    fn shutdown(&self, py: Python<'_>, cancel: bool) -> usize {
        let engine = self.engine.clone();
        py.detach(|| engine.shutdown(if cancel { Shutdown::Cancel } else { Shutdown::Drain }))
    }
}

/// Parses `text`, renames its public functions by `map`, and loads it.
fn load_renamed(
    engine: &KEngine,
    text: &str,
    name: &str,
    map: &HashMap<String, String>,
) -> Result<Vec<String>, EngineError> {
    let ctx = kiln::context();
    let mut m = kiln::parse(&ctx, text, name).map_err(|e| EngineError::Load(e.to_string()))?;
    let root = m.root();
    let uses = kiln::ir::symbol::symbol_uses(&m, root);
    let body = m.body();
    let ops: Vec<_> = m.block_ops(body).collect();
    for op in ops {
        let Some(old) = kiln::ir::symbol::symbol_name(&m, op).map(str::to_string) else {
            continue;
        };
        if let Some(new) = map.get(&old) {
            if uses.iter().any(|&s| ctx.str(s) == old) {
                return Err(EngineError::Load(format!(
                    "{name}: cannot rename '@{old}': the module refers to it"
                )));
            }
            let a = ctx.str_attr(new);
            m.set_attr(op, "sym_name", a);
        }
    }
    engine.load_module(m)
}

/// A function of a loaded module. Calling it with numpy arrays (or anything `numpy.asarray`
/// or `numpy.from_dlpack` takes) returns one array, or a tuple for several results.
#[pyclass(frozen, module = "kiln._kiln", name = "Function")]
struct Function {
    f: KFunction,
    params: Vec<Option<ParamSpec>>,
    results: Vec<Option<ParamSpec>>,
    descrs: Vec<Option<Py<PyArrayDescr>>>,
}

impl Function {
    /// Converts argument `i` to a host tensor, raising `DTypeError` or `ShapeError` when it
    /// cannot match parameter `i`.
    fn convert(&self, py: Python<'_>, i: usize, a: &Bound<'_, PyAny>) -> PyResult<Tensor> {
        let spec = self.params.get(i).and_then(|s| s.as_ref());
        let np = numpy_mod(py)?;
        let mut arr = match a.cast::<PyUntypedArray>() {
            Ok(arr) => arr.clone(),
            Err(_) => {
                let conv = if a.hasattr("__dlpack__")? {
                    np.call_method1("from_dlpack", (a,))?
                } else {
                    let conv = np.call_method1("asarray", (a,))?;
                    // Python scalars and lists are weakly typed, as in JAX: a float takes a
                    // float parameter's type, an int an int or float parameter's.
                    match spec {
                        Some(s) if weak_fits(&conv, s.dtype)? => conv.call_method1("astype", (descr(py, s.dtype)?,))?,
                        _ => conv,
                    }
                };
                conv.cast_into::<PyUntypedArray>()
                    .map_err(|_| PyTypeError::new_err(format!("argument #{i} is not an array")))?
            }
        };
        let name = self.f.name();
        let Some(spec) = spec else {
            return Err(raise(
                py,
                |e| &e.call,
                format!("parameter #{i} of '@{name}' has a type a host array cannot carry"),
            ));
        };
        let want = match self.descrs.get(i) {
            Some(Some(d)) => d.bind(py).clone(),
            _ => descr(py, spec.dtype)?,
        };
        let have = arr.dtype();
        if !have.is(&want) && !have.is_equiv_to(&want) {
            return Err(raise(
                py,
                |e| &e.dtype,
                format!(
                    "argument #{i} of '@{name}' expects {} ({}), got an array of {}",
                    want.str()?,
                    spec.text,
                    arr.dtype().str()?
                ),
            ));
        }
        let shape = arr.shape().to_vec();
        let shape_ok = shape.len() == spec.dims.len()
            && spec
                .dims
                .iter()
                .zip(&shape)
                .all(|(d, &n)| !matches!(d, kiln::DimSpec::Static(s) if *s != n));
        if !shape_ok {
            return Err(raise(
                py,
                |e| &e.shape,
                format!("argument #{i} of '@{name}' expects {}, got shape {shape:?}", spec.text),
            ));
        }
        let flags = unsafe { (*arr.as_array_ptr()).flags };
        if !arr.is_c_contiguous() || flags & NPY_ARRAY_ALIGNED == 0 {
            arr = np
                .call_method1("require", (&arr, PyNone::get(py), "CA"))?
                .cast_into::<PyUntypedArray>()
                .map_err(|_| PyTypeError::new_err("numpy.require did not return an array"))?;
        }
        // No copy: the tensor reads the array's buffer in place and holds a reference to
        // the array. Kiln never writes an argument (a write would copy it first), and no
        // result shares its memory (`to_numpy` copies a result that is not Kiln's own).
        let data = unsafe { (*arr.as_array_ptr()).data as *const u8 };
        let owner: Py<PyUntypedArray> = arr.unbind();
        unsafe { Tensor::from_foreign(spec.dtype, &shape, data, Box::new(owner)) }
            .map_err(|e| raise(py, |e| &e.shape, format!("argument #{i} of '@{name}': {e}")))
    }

    fn call_list(&self, py: Python<'_>, args: &Bound<'_, PyAny>) -> PyResult<Vec<Tensor>> {
        let n = args.len()?;
        if n != self.params.len() {
            return Err(raise(
                py,
                |e| &e.call,
                format!("'@{}' takes {} arguments, got {n}", self.f.name(), self.params.len()),
            ));
        }
        let mut tensors = Vec::with_capacity(n);
        for (i, a) in args.try_iter()?.enumerate() {
            tensors.push(self.convert(py, i, &a?)?);
        }
        let f = &self.f;
        py.detach(|| f.call(&tensors)).map_err(|e| engine_err(py, e))
    }
}

#[pymethods]
impl Function {
    #[pyo3(signature = (*args))]
    fn __call__<'py>(&self, py: Python<'py>, args: &Bound<'py, PyTuple>) -> PyResult<Bound<'py, PyAny>> {
        let mut out = self.call_list(py, args.as_any())?;
        if out.len() == 1 {
            return to_numpy(py, out.pop().unwrap());
        }
        let arrays = out.into_iter().map(|t| to_numpy(py, t)).collect::<PyResult<Vec<_>>>()?;
        Ok(PyTuple::new(py, arrays)?.into_any())
    }

    /// Calls with a sequence of arguments and returns a list of every result (what
    /// `kiln.jit` uses: it unflattens the list into the function's output tree).
    fn call_flat<'py>(&self, py: Python<'py>, args: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let out = self.call_list(py, args)?;
        let arrays = out.into_iter().map(|t| to_numpy(py, t)).collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, arrays)
    }

    /// The function's name.
    #[getter]
    fn name(&self) -> String {
        self.f.name().to_string()
    }

    /// The tier of the code serving calls no specialization serves (0-2).
    #[getter]
    fn tier(&self) -> u8 {
        self.f.tier()
    }

    /// Calls served so far by tiers 0, 1, 2 and 3.
    #[getter]
    fn calls_by_tier(&self) -> Vec<u64> {
        self.f.calls_by_tier().to_vec()
    }

    /// The parameter types as Kiln prints them (`tensor<Nx4xf32>`).
    #[getter]
    fn param_types(&self) -> Vec<Option<String>> {
        self.params.iter().map(|p| p.as_ref().map(|p| p.text.clone())).collect()
    }

    /// The result types as Kiln prints them.
    #[getter]
    fn result_types(&self) -> Vec<Option<String>> {
        self.results
            .iter()
            .map(|p| p.as_ref().map(|p| p.text.clone()))
            .collect()
    }

    fn __repr__(&self) -> String {
        format!(
            "<kiln.Function @{}({}) at tier {}>",
            self.f.name(),
            self.param_types()
                .into_iter()
                .map(|t| t.unwrap_or_else(|| "?".into()))
                .collect::<Vec<_>>()
                .join(", "),
            self.f.tier()
        )
    }

    /// Times `n` calls made from Rust with the arguments converted once, and returns the
    /// median nanoseconds per call: the direct-call baseline the binding's overhead is
    /// measured against (`bench/python_overhead.py`).
    fn _time_direct(&self, py: Python<'_>, args: &Bound<'_, PyAny>, n: usize) -> PyResult<f64> {
        let mut tensors = Vec::new();
        for (i, a) in args.try_iter()?.enumerate() {
            tensors.push(self.convert(py, i, &a?)?);
        }
        let f = &self.f;
        let r = py.detach(|| -> Result<f64, EngineError> {
            let mut ns = Vec::with_capacity(n);
            for _ in 0..n.max(1) {
                let t0 = std::time::Instant::now();
                let out = f.call(&tensors)?;
                drop(out);
                ns.push(t0.elapsed().as_nanos() as f64);
            }
            ns.sort_by(f64::total_cmp);
            Ok(ns[ns.len() / 2])
        });
        r.map_err(|e| engine_err(py, e))
    }
}

/// Installs Kiln's log subscriber (filtered by `$KILN_LOG`); false when one was installed.
#[pyfunction]
fn init_logging() -> bool {
    kiln::init_logging()
}

#[pymodule]
fn _kiln(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Engine>()?;
    m.add_class::<Function>()?;
    m.add_function(wrap_pyfunction!(init_logging, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
