//! Step "snippet builder": `builder-data.js` for `builder.html` (the form, the snippets and
//! the checks come from the option table and the loader's rules; `crate::generate::builder`).
//! Runs after embed.js is hashed: the CDN snippet carries that hash.

use super::Out;
use crate::generate::loader::{pack_file, pack_locales};
use crate::generate::{builder, PACKAGE, VERSION};

pub fn run(out: &Out, embed_integrity: &str, integrity: &[(String, String)]) {
    let packs: Vec<(String, String)> = pack_locales().map(pack_file).filter_map(|name| integrity.iter().find(|(n, _)| *n == name).cloned()).collect();
    let data = builder::data(VERSION, PACKAGE, embed_integrity, &packs);
    out.write(builder::FILE, &builder::script(&data, &super::bundle("loader/builder.ts", "iife")));
}
