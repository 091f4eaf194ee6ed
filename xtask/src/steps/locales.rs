//! Step "locale files": `botox-guide-<locale>.json` next to embed.js, compact. Languages
//! other than English are fetched from there on demand; the English file is a template for
//! a clinic's own `content-url` (the loader carries English inline).

use super::shell::compact;
use super::Out;
use botox_guide::content::{locale_file, EN_JSON, OTHER_LOCALES};
use botox_guide::ids::Locale;

pub fn run(out: &Out) {
    out.write(&locale_file(Locale::En), &compact(EN_JSON));
    for (locale, json) in OTHER_LOCALES {
        out.write(&locale_file(*locale), &compact(json));
    }
}
