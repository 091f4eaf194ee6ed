#![cfg(not(target_arch = "wasm32"))]
//! The README's public-API tables (options, events, tokens, parts) and the content JSON
//! Schema are generated from the code; these tests fail when the committed copies drift.
//! To refresh both: `cargo xtask docs` (or `UPDATE_README=1 cargo test --test readme`).

use xtask::generate::docs::{events_table, options_table, parts_table, replace_between, tokens_table};

const TABLES: [&str; 4] = ["options", "events", "tokens", "parts"];

fn table(marker: &str) -> String {
    match marker {
        "options" => options_table(),
        "events" => events_table(),
        "tokens" => tokens_table(),
        _ => parts_table(),
    }
}

#[test]
fn readme_tables_match_the_code() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    for marker in TABLES {
        assert!(readme.contains(&format!("<!-- {marker}:start -->")), "README lacks the {marker} table markers");
    }
    let expected = TABLES.iter().fold(readme.clone(), |text, m| replace_between(&text, m, &table(m)));
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, &expected).unwrap();
    }
    assert!(readme == expected, "README tables are stale: run `cargo xtask docs`");
}

#[test]
fn the_committed_content_schema_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/content.schema.json");
    let committed = std::fs::read_to_string(path).unwrap();
    let generated = xtask::schema::schema_text();
    if std::env::var_os("UPDATE_README").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    assert!(committed == generated, "docs/content.schema.json is stale: run `cargo xtask docs`");
}

/// `css` without the blocks of the at-rules starting with `prefix` (braces balanced).
fn without_blocks(css: &str, prefix: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(at) = rest.find(prefix) {
        out.push_str(&rest[..at]);
        let open = at + rest[at..].find('{').expect("an at-rule block");
        let mut depth = 0;
        let mut end = open;
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn components_use_tokens_not_hard_coded_colours() {
    // Outside the print and forced-colours blocks, no colour literal may appear in the
    // stylesheet: every colour comes from a token.
    let css = xtask::styles::stylesheet();
    let rules = without_blocks(&without_blocks(&css, "@media print"), "@media (forced-colors:");
    assert!(rules.len() < css.len(), "the print and forced-colours blocks were found");
    // Strip the token declarations (`--_x:var(--botox-guide-x, DEFAULT)`, and a colour's
    // `--botox-guide-used-x:…`), which hold the defaults.
    let declares = |d: &str| {
        let property = d.split(':').next().unwrap_or("").trim();
        property.starts_with("--_") || property.starts_with("--botox-guide-used-")
    };
    let body: String = rules.split([';', '{', '}']).filter(|d| !declares(d)).collect::<Vec<_>>().join(";");
    for literal in ["#", "rgb(", "rgba(", "hsl("] {
        let hits: Vec<_> = body.match_indices(literal).map(|(i, _)| &body[i.saturating_sub(30)..(i + 12).min(body.len())]).collect();
        let hits: Vec<_> = hits.into_iter().filter(|h| !h.contains("#bg-") && !h.contains("\\2")).collect();
        assert!(hits.is_empty(), "hard-coded colour `{literal}` in the stylesheet: {hits:?}");
    }
}

#[test]
fn the_committed_english_content_in_rust_is_the_generated_one() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../src/content/builtin_en.rs");
    let committed = std::fs::read_to_string(path).unwrap();
    assert!(committed == xtask::generate::builtin::source(), "src/content/builtin_en.rs is stale: run `cargo xtask docs`");
}
