//! The embedding API's integration tests: one binary (each binary that links LLVM weighs
//! ~300 MB), one module per topic.

mod custom_dialect;
mod engine;
mod extend;
mod ops;
mod oracle;
mod parallel;
mod specialize;
mod vector_math;
mod vectorized;
