//! The random-program oracle: seeded programs of the tensor dialect (`generate.rs`) run at
//! tiers 1, 2 and 3 and compared with tier 0, the interpreter; a disagreement is cut down
//! (`minimize.rs`) and reported as a program to turn into a regression test.
//!
//! `make test` runs 500 programs. A long run:
//! `KILN_ORACLE_PROGRAMS=10000 KILN_ORACLE_SEED=7 cargo test --release -p kiln --test api oracle -- --nocapture`;
//! `KILN_ORACLE_ONLY=<seed>` runs one program, `KILN_ORACLE_PRINT=1` prints each, and
//! `KILN_ORACLE_MANIFEST=DIR` writes the agreeing ones as a corpus (`test/oracle-random/`).

mod generate;
mod minimize;
mod program;

use generate::{bindings, Gen};
use kiln::{Engine, Tensor, TierMode};
use program::Program;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One engine per tier, each with one function per program loaded.
struct Tiers(Vec<Engine>);

impl Tiers {
    fn new() -> Tiers {
        Tiers(
            (0..4u8)
                .map(|t| {
                    Engine::builder()
                        .mode(TierMode::Fixed(t))
                        .synchronous(true)
                        .workers(1)
                        .build()
                        .unwrap()
                })
                .collect(),
        )
    }
}

/// What a call gave: results, or the error's text.
type Outcome = Result<Vec<Tensor>, String>;

/// Runs `text`'s function `name` on each argument list, at one tier.
fn run(e: &Engine, text: &str, name: &str, calls: &[Vec<Tensor>]) -> Result<Vec<Outcome>, String> {
    e.load_text(text, &format!("{name}.mlir")).map_err(|e| e.to_string())?;
    let f = e.function(name).map_err(|e| e.to_string())?;
    Ok(calls.iter().map(|a| f.call(a).map_err(|e| e.to_string())).collect())
}

/// A disagreement with tier 0.
#[derive(Debug)]
struct Mismatch {
    tier: usize,
    what: String,
}

/// Totals over a run.
#[derive(Default, Debug)]
struct Stats {
    programs: usize,
    /// Per tier: calls whose results were compared, calls where tier 0 and the tier both
    /// failed.
    compared: [usize; 4],
    both_failed: [usize; 4],
    /// Programs a tier declines with a located "not supported" error (a documented limit
    /// of the tier), with the reasons.
    unsupported: [usize; 4],
    reasons: BTreeSet<String>,
}

static NAMES: AtomicUsize = AtomicUsize::new(0);

/// Runs `p` at tier 0 and at `tiers_to_check`, comparing every call.
fn check(t: &Tiers, p: &Program, seed: u64, tiers_to_check: &[usize], stats: &mut Stats) -> Result<(), Mismatch> {
    let name = format!("p{}", NAMES.fetch_add(1, Ordering::Relaxed));
    let text = p.text(&name);
    let calls: Vec<Vec<Tensor>> = bindings(seed).into_iter().map(|b| p.inputs(b)).collect();
    let want = run(&t.0[0], &text, &name, &calls).map_err(|e| Mismatch {
        tier: 0,
        what: format!("the generator's program does not load at tier 0: {e}"),
    })?;
    for &tier in tiers_to_check {
        let got = match run(&t.0[tier], &text, &name, &calls) {
            Ok(got) => got,
            Err(e) if e.contains("not supported") => {
                stats.unsupported[tier] += 1;
                let reason = e.split("not supported").nth(1).unwrap_or("");
                stats.reasons.insert(reason.lines().next().unwrap_or("").to_string());
                continue;
            }
            Err(e) => {
                return Err(Mismatch {
                    tier,
                    what: format!("loads at tier 0, not at tier {tier}: {e}"),
                })
            }
        };
        for (c, (w, g)) in want.iter().zip(&got).enumerate() {
            match (w, g) {
                (Err(_), Err(_)) => stats.both_failed[tier] += 1,
                (Ok(w), Ok(g)) => {
                    for (k, (a, b)) in w.iter().zip(g).enumerate() {
                        let (exact, loose) = (p.exact(p.rets[k]), p.overflow_dependent(p.rets[k]));
                        agree(a, b, exact, loose).map_err(|what| Mismatch {
                            tier,
                            what: format!("call {c}, result {k}: {what}"),
                        })?;
                    }
                    stats.compared[tier] += 1;
                }
                (w, g) => {
                    return Err(Mismatch {
                        tier,
                        what: format!("call {c}: tier 0 {}, tier {tier} {}", describe(w), describe(g)),
                    })
                }
            }
        }
    }
    Ok(())
}

/// Writes `p` as a corpus case (`KILN_ORACLE_MANIFEST=DIR`): the module, the first call's
/// inputs and tier 0's results as expected outputs, for `jit-run --manifest` on other
/// backends (upstream MLIR's). Programs whose results depend on reassociated sums, or whose
/// first call fails, are left out.
fn dump(t: &Tiers, p: &Program, seed: u64, dir: &std::path::Path) -> Option<serde_json::Value> {
    if p.rets.iter().any(|&v| p.overflow_dependent(v)) {
        return None;
    }
    let name = format!("s{seed}");
    let inputs = p.inputs(bindings(seed)[0]);
    let text = p.text("main");
    // Run under its own name: each engine holds every program it has run.
    let want = run(&t.0[0], &p.text(&name), &name, std::slice::from_ref(&inputs))
        .ok()?
        .pop()?
        .ok()?;
    let case = dir.join(&name);
    std::fs::create_dir_all(&case).ok()?;
    std::fs::write(case.join("module.mlir"), &text).ok()?;
    let files = |ts: &[Tensor], what: &str| -> Option<Vec<serde_json::Value>> {
        ts.iter()
            .enumerate()
            .map(|(i, x)| {
                let file = format!("{name}/{what}{i}.bin");
                std::fs::write(dir.join(&file), x.bytes()).ok()?;
                Some(serde_json::json!({"name": format!("{what}{i}"), "shape": x.shape(), "dtype": x.dtype().name(), "file": file}))
            })
            .collect()
    };
    Some(serde_json::json!({
        "name": name,
        "entry_function": "main",
        "modules": {"stablehlo": format!("{name}/module.mlir")},
        "tolerance": {"rtol": 1e-3, "atol": 1e-4},
        "inputs": files(&inputs, "in")?,
        "outputs": files(&want, "out")?,
    }))
}

fn describe(o: &Outcome) -> String {
    match o {
        Ok(v) => format!("returned {} results", v.len()),
        Err(e) => format!("failed: {e}"),
    }
}

/// Whether `got` agrees with tier 0's `want`: bit for bit where `exact` (any NaN matches
/// any NaN), else within a float tolerance, where overflow is order- and precision-dependent
/// (tier 0 accumulates products in f64, native code in the element type, in lanes): two
/// non-finite values agree, and so do infinity and a huge value of its sign; NaN against a
/// finite value does not, unless the value depends on a reassociated sum or product
/// (`loose`), where one tier's overflow (then `inf - inf` or `0 * inf`) is another's finite
/// result.
fn agree(want: &Tensor, got: &Tensor, exact: bool, loose: bool) -> Result<(), String> {
    if want.dtype() != got.dtype() || want.shape() != got.shape() {
        return Err(format!(
            "tier 0 gave {}, the tier {}",
            want.type_string(),
            got.type_string()
        ));
    }
    let (w, g) = (want.to_f64_vec(), got.to_f64_vec());
    for (i, (&a, &b)) in w.iter().zip(&g).enumerate() {
        let same = if (!exact && !a.is_finite() && !b.is_finite()) || (loose && !(a.is_finite() && b.is_finite())) {
            true
        } else if a.is_nan() || b.is_nan() {
            a.is_nan() && b.is_nan()
        } else if exact {
            a.to_bits() == b.to_bits()
        } else {
            a == b
                || (a - b).abs() <= 1e-4 + 1e-3 * a.abs().max(b.abs())
                || (a.signum() == b.signum() && a.abs().min(b.abs()) > 1e30)
        };
        if !same {
            return Err(format!(
                "element {i} of {}: tier 0 {a:e}, the tier {b:e} ({})",
                want.type_string(),
                if exact { "exact" } else { "within 1e-3" }
            ));
        }
    }
    Ok(())
}

/// The `ktensor` ops in `text`.
fn ops_in(text: &str, into: &mut BTreeSet<String>) {
    for (i, _) in text.match_indices("ktensor.") {
        let name: String = text[i..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
            .collect();
        into.insert(name);
    }
}

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn random_programs_agree_with_tier_0_at_every_tier() {
    let count = env("KILN_ORACLE_PROGRAMS", 500);
    let base = env("KILN_ORACLE_SEED", 1);
    let mut tiers = Tiers::new();
    let mut stats = Stats::default();
    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    let mut manifest = Vec::new();
    for i in 0..count {
        // A fresh set of engines now and then keeps the memory of a long run flat.
        if i % 200 == 199 {
            tiers = Tiers::new();
        }
        let seed = match std::env::var("KILN_ORACLE_ONLY").ok().and_then(|v| v.parse().ok()) {
            Some(s) => s,
            None => base.wrapping_mul(1_000_003).wrapping_add(i),
        };
        let size = 3 + (seed % 11) as usize;
        let p = Gen::program(seed, size);
        if std::env::var_os("KILN_ORACLE_PRINT").is_some() {
            eprintln!("seed {seed}:\n{}", p.text("f"));
        }
        ops_in(&p.text("f"), &mut seen);
        stats.programs += 1;
        let checked = check(&tiers, &p, seed, &[1, 2, 3], &mut stats);
        if let (Ok(()), Some(dir)) = (&checked, std::env::var_os("KILN_ORACLE_MANIFEST")) {
            manifest.push(dump(&tiers, &p, seed, std::path::Path::new(&dir)));
        }
        if let Err(m) = checked {
            let tier = m.tier;
            let mut fails = |q: &Program| matches!(check(&tiers, q, seed, &[tier.max(1)], &mut Stats::default()), Err(m) if m.tier == tier);
            let small = if tier == 0 {
                p.clone()
            } else {
                minimize::minimize(&p, &mut fails)
            };
            let why = check(&tiers, &small, seed, &[tier.max(1)], &mut Stats::default()).err();
            let inputs: Vec<String> = bindings(seed)
                .into_iter()
                .map(|b| {
                    format!(
                        "{:?}",
                        small.inputs(b).iter().map(|t| t.to_f64_vec()).collect::<Vec<_>>()
                    )
                })
                .filter(|s| s.len() < 4000)
                .collect();
            failures.push(format!(
                "seed {seed}: tier {}: {}\nminimized ({}):\n{}\ninputs {inputs:?}\nbindings {:?}\n",
                m.tier,
                m.what,
                why.map_or("no longer fails".into(), |w| w.what),
                small.text("f"),
                bindings(seed)
            ));
            if failures.len() >= 5 {
                break;
            }
        }
    }
    eprintln!("oracle: {stats:?}");
    if let Some(dir) = std::env::var_os("KILN_ORACLE_MANIFEST") {
        let cases: Vec<serde_json::Value> = manifest.into_iter().flatten().collect();
        eprintln!(
            "oracle: {} cases written to {}",
            cases.len(),
            std::path::Path::new(&dir).display()
        );
        let m = serde_json::json!({
            "format_version": 1,
            "generator": {
                "script": "kiln/tests/api/oracle: KILN_ORACLE_MANIFEST=DIR KILN_ORACLE_PROGRAMS=count KILN_ORACLE_SEED=seed",
                "seed": base,
                "count": count
            },
            "comparison": "outputs of Kiln's tier 0",
            "cases": cases,
        });
        let text = serde_json::to_string_pretty(&m).unwrap();
        std::fs::write(std::path::Path::new(&dir).join("manifest.json"), text).unwrap();
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs disagree:\n{}",
        failures.len(),
        stats.programs,
        failures.join("\n")
    );
    // Every op that computes a tensor is generated (`dim`, `cast` and the asserts are not).
    let ctx = kiln::context();
    let missing: Vec<String> = ctx
        .op_defs()
        .map(|d| d.name.to_string())
        .filter(|n| n.starts_with("ktensor."))
        .filter(|n| !["ktensor.dim", "ktensor.cast", "ktensor.assert", "ktensor.assert_dim_eq"].contains(&n.as_str()))
        .filter(|n| !seen.contains(n))
        .collect();
    if count >= 500 {
        assert!(missing.is_empty(), "never generated: {missing:?}");
    }
}
