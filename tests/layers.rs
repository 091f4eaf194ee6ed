#![cfg(not(target_arch = "wasm32"))]
//! No import cycle among the crate's modules: every `crate::<module>` a module's files name
//! is an edge, and the graph of top-level modules (ids, dates, content, options, …) must be
//! acyclic, so the plain modules form layers (see the module map in src/lib.rs).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level module a file under `src/` belongs to (`src/content/load.rs` → `content`).
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(concat!(env!("CARGO_MANIFEST_DIR"), "/src")).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = Vec::new();
    files(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut all);
    let modules: BTreeSet<String> = all.iter().map(|p| module_of(p)).filter(|m| m != "lib").collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in &all {
        let from = module_of(path);
        if from == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let code: String = text.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        let mut rest = code.as_str();
        while let Some(at) = rest.find("crate::") {
            rest = &rest[at + 7..];
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            // `use crate::{a, b}` names several.
            let names: Vec<String> = if rest.starts_with('{') {
                rest[1..rest.find('}').unwrap_or(1)].split(',').map(|n| n.trim().split("::").next().unwrap_or("").to_string()).collect()
            } else {
                vec![name]
            };
            for n in names {
                if modules.contains(&n) && n != from {
                    edges.entry(from.clone()).or_default().insert(n);
                }
            }
        }
        edges.entry(from).or_default();
    }
    edges
}

#[test]
fn the_modules_form_layers_without_a_cycle() {
    let edges = graph();
    assert!(edges.len() >= 15, "the modules were found: {:?}", edges.keys());
    // Depth-first search for a back edge.
    fn visit(m: &str, edges: &BTreeMap<String, BTreeSet<String>>, state: &mut BTreeMap<String, u8>, path: &mut Vec<String>) -> Option<Vec<String>> {
        match state.get(m) {
            Some(2) => return None,
            Some(1) => {
                let start = path.iter().position(|p| p == m).unwrap();
                return Some([&path[start..], &[m.to_string()]].concat());
            }
            _ => {}
        }
        state.insert(m.to_string(), 1);
        path.push(m.to_string());
        for next in edges.get(m).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, state, path) {
                return Some(cycle);
            }
        }
        path.pop();
        state.insert(m.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for m in edges.keys() {
        if let Some(cycle) = visit(m, &edges, &mut state, &mut Vec::new()) {
            panic!("import cycle: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn the_lowest_layer_imports_nothing_of_the_crate() {
    let edges = graph();
    for base in ["ids", "dates", "theme"] {
        assert_eq!(edges.get(base).map(|e| e.len()), Some(0), "{base} imports {:?}", edges.get(base));
    }
    // Content does not reach up into the plain logic that uses it.
    for upper in ["timeline", "options", "components", "embed", "format"] {
        assert!(!edges["content"].contains(upper), "content imports {upper}");
    }
}
