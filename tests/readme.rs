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
