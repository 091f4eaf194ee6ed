//! Step "locale files": next to embed.js, for each locale other than English, its pack
//! `botox-guide-<locale>.js` (the prerendered first view and the text, which the loader
//! paints at once and hands to the wasm) and its text alone `botox-guide-<locale>.json`
//! (the base a clinic's own translation starts from). The English file is what the full wasm
//! reads (the lean one has English built in) and a template for a clinic's own `content-url`.
//! And each market's file `botox-guide-market-<market>.js`: its first view as edits of the US
//! one.

use super::shell::{compact, Shells};
use super::Out;
use botox_guide::content::{locale_file, EN_JSON, OTHER_LOCALES};
use crate::generate::loader::{market_file, market_pack, pack, pack_file};
use botox_guide::ids::Locale;

pub fn run(out: &Out, shells: &Shells) {
    out.write(&locale_file(Locale::En), &compact(EN_JSON));
    for (locale, json) in OTHER_LOCALES {
        out.write(&locale_file(*locale), &compact(json));
    }
    for shell in &shells.packs {
        // Minified like embed.js (0.3 KB less of a Spanish page, brotli'd).
        out.write(&pack_file(shell.locale), &super::minify(&pack(crate::generate::VERSION, shell), false));
    }
    for (market, edits) in &shells.markets {
        out.write(&market_file(*market), &super::minify(&market_pack(crate::generate::VERSION, *market, edits), false));
    }
}
