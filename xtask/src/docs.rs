//! `cargo xtask docs`: rewrite the generated files that are committed — the README's tables
//! (options, events, tokens, parts) and the content JSON Schema. The same functions back the
//! tests that fail when a committed copy drifts.

use crate::generate::docs::{events_table, options_table, parts_table, replace_between, tokens_table};

pub fn write() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let mut text = readme.clone();
    for (marker, body) in [("options", options_table()), ("events", events_table()), ("tokens", tokens_table()), ("parts", parts_table())] {
        text = replace_between(&text, marker, &body);
    }
    if text != readme {
        std::fs::write("README.md", text).expect("write README.md");
        println!("README.md: tables rewritten");
    }
    std::fs::write("docs/content.schema.json", crate::schema::schema_text()).expect("write schema");
    println!("docs/content.schema.json written");
    std::fs::write(crate::generate::builtin::PATH, crate::generate::builtin::source()).expect("write the built-in content");
    println!("{} written", crate::generate::builtin::PATH);
}
