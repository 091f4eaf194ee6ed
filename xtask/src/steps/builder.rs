//! Step "snippet builder": `builder-data.js` for `builder.html` (the form, the snippets and
//! the checks come from the option table and the loader's rules; `botox_guide::generate::builder`).
//! Runs after embed.js is hashed: the CDN snippet carries that hash.

use super::Out;
use botox_guide::generate::loader::{pack_file, pack_locales};
use botox_guide::generate::{builder, PACKAGE, VERSION};

pub fn run(out: &Out, embed_integrity: &str, integrity: &[(String, String)]) {
    let packs: Vec<(String, String)> = pack_locales().map(pack_file).filter_map(|name| integrity.iter().find(|(n, _)| *n == name).cloned()).collect();
    let data = builder::data(VERSION, PACKAGE, embed_integrity, &packs);
    let rules = std::fs::read_to_string("static/loader/rules.js").expect("static/loader/rules.js");
    out.write(builder::FILE, &builder::script(&data, &rules));
}
