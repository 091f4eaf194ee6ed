#![cfg(not(target_arch = "wasm32"))]
//! The README's public-API tables are generated from the code; this test fails when they
//! drift. To refresh: `UPDATE_README=1 cargo test --test readme`.

use botox_guide::options::OPTION_NAMES;
use botox_guide::theme::{PARTS, TOKENS};

fn tokens_table() -> String {
    let mut s = String::from("| Token | Light default | Dark default | What it styles |\n|---|---|---|---|\n");
    for t in TOKENS {
        s.push_str(&format!("| `--botox-guide-{}` | `{}` | `{}` | {} |\n", t.name, t.light, t.dark, t.what));
    }
    s
}

fn parts_table() -> String {
    let mut s = String::from("| Part | What it is |\n|---|---|\n");
    for (name, what) in PARTS {
        s.push_str(&format!("| `{name}` | {what} |\n"));
    }
    s
}

fn replace_between(text: &str, marker: &str, body: &str) -> String {
    let start = format!("<!-- {marker}:start -->\n");
    let end = format!("<!-- {marker}:end -->");
    let a = text.find(&start).unwrap_or_else(|| panic!("README lacks {start}")) + start.len();
    let b = text.find(&end).unwrap_or_else(|| panic!("README lacks {end}"));
    format!("{}{}{}", &text[..a], body, &text[b..])
}

#[test]
fn readme_tables_match_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let expected = replace_between(&replace_between(&readme, "tokens", &tokens_table()), "parts", &parts_table());
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    assert!(readme == expected, "README token/part tables are stale: run UPDATE_README=1 cargo test --test readme");
}

#[test]
fn readme_documents_every_option_and_event() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for name in OPTION_NAMES {
        assert!(readme.contains(&format!("| `{name}` |")), "option {name} is documented");
    }
    for event in ["botox-guide:ready", "botox-guide:tab-change", "botox-guide:cta-click", "botox-guide:error"] {
        assert!(readme.contains(event), "event {event} is documented");
    }
}

#[test]
fn components_use_tokens_not_hard_coded_colours() {
    // Outside the print and forced-colours blocks, no colour literal may appear in the
    // component CSS: every colour comes from a token.
    let css = botox_guide::theme::stylesheet();
    let rules = css.split("@media print").next().unwrap();
    let rules: String = rules.split("@media (forced-colors:active)").next().unwrap().to_string();
    // Strip the token declarations (`--_x:var(--botox-guide-x,DEFAULT)`), which hold the defaults.
    let mut body = String::new();
    for part in rules.split(';') {
        if !part.contains("--_") || part.contains("var(--_") {
            body.push_str(part);
            body.push(';');
        }
    }
    for literal in ["#", "rgb(", "rgba(", "hsl("] {
        let hits: Vec<_> = body.match_indices(literal).map(|(i, _)| &body[i.saturating_sub(30)..(i + 12).min(body.len())]).collect();
        let hits: Vec<_> = hits.into_iter().filter(|h| !h.contains("#bg-") && !h.contains("\\2")).collect();
        assert!(hits.is_empty(), "hard-coded colour `{literal}` in component CSS: {hits:?}");
    }
}
