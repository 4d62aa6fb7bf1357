//! Instrumentation shared by the pass manager and tools: a nested timing tree printed like
//! MLIR's `-mlir-timing`, and IR-printing settings.

use std::fmt::Write;
use std::time::{Duration, Instant};

/// Which IR dumps to produce around passes.
#[derive(Copy, Clone, Debug, Default)]
pub struct IrPrintConfig {
    pub before_all: bool,
    pub after_all: bool,
    /// Only after passes that changed the IR.
    pub after_change: bool,
    pub after_failure: bool,
}

struct Node {
    name: String,
    total: Duration,
    children: Vec<usize>,
}

/// Nested wall-clock timers; entering a name twice under one parent accumulates.
pub struct TimingTree {
    nodes: Vec<Node>,
    stack: Vec<(usize, Instant)>,
    start: Instant,
}

impl Default for TimingTree {
    fn default() -> Self {
        Self::new()
    }
}

impl TimingTree {
    pub fn new() -> Self {
        TimingTree {
            nodes: vec![Node {
                name: "root".into(),
                total: Duration::ZERO,
                children: Vec::new(),
            }],
            stack: Vec::new(),
            start: Instant::now(),
        }
    }
    /// Starts timing `name` under the current node.
    pub fn enter(&mut self, name: &str) {
        let parent = self.stack.last().map(|s| s.0).unwrap_or(0);
        let existing = self.nodes[parent]
            .children
            .iter()
            .copied()
            .find(|&c| self.nodes[c].name == name);
        let id = match existing {
            Some(c) => c,
            None => {
                self.nodes.push(Node {
                    name: name.to_string(),
                    total: Duration::ZERO,
                    children: Vec::new(),
                });
                let id = self.nodes.len() - 1;
                self.nodes[parent].children.push(id);
                id
            }
        };
        self.stack.push((id, Instant::now()));
    }
    /// Stops the innermost timer.
    pub fn leave(&mut self) {
        if let Some((id, t)) = self.stack.pop() {
            self.nodes[id].total += t.elapsed();
        }
    }
    /// The report in MLIR's layout.
    pub fn report(&self) -> String {
        let total = self.start.elapsed();
        let secs = total.as_secs_f64().max(1e-9);
        let mut s = String::new();
        s.push_str("===-------------------------------------------------------------------------===\n");
        s.push_str("                         ... Execution time report ...\n");
        s.push_str("===-------------------------------------------------------------------------===\n");
        let _ = writeln!(s, "  Total Execution Time: {:.4} seconds\n", total.as_secs_f64());
        s.push_str("  ----Wall Time----  ----Name----\n");
        self.write(0, 0, secs, &mut s);
        let _ = writeln!(s, "  {:>8.4} (100.0%)  Total", total.as_secs_f64());
        s
    }
    fn write(&self, node: usize, depth: usize, total: f64, s: &mut String) {
        for &c in &self.nodes[node].children {
            let t = self.nodes[c].total.as_secs_f64();
            let _ = writeln!(
                s,
                "  {:>8.4} ({:>5.1}%)  {}{}",
                t,
                100.0 * t / total,
                "  ".repeat(depth),
                self.nodes[c].name
            );
            self.write(c, depth + 1, total, s);
        }
    }
}
