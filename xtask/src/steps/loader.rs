//! Step "loader": `embed.js` is the loader (`loader/`, TypeScript, bundled and minified by
//! esbuild from `loader/boot.ts`) wrapped in one function that receives the generated data
//! object: `(function (DATA) { … })(data);`. Nothing in the sources is patched. The rules part
//! of the data also goes to `target/generated/loader-rules.json` (the loader's node tests),
//! and the whole data to `target/generated/loader-data.json` (its type is checked there); the
//! market table to `target/generated/markets.json` (what the browser tests expect of each).

use super::shell::Shells;
use super::Out;
use botox_guide::content::{Content, UiText};
use crate::generate::loader;
use botox_guide::ids::Locale;

pub fn run(out: &Out, css: &str, shells: &Shells, integrity: &[(String, String)]) -> String {
    let messages: Vec<(Locale, serde_json::Value)> = Locale::ALL
        .iter()
        .map(|&l| {
            let content = match l {
                Locale::En => Content::builtin_en(),
                other => {
                    let json = botox_guide::content::OTHER_LOCALES.iter().find(|(k, _)| *k == other).expect("every locale has a file").1;
                    Content::from_json(json).expect("locale content is valid")
                }
            };
            (l, serde_json::json!({ "loading": &content.ui[UiText::LoaderLoading], "failed": &content.ui[UiText::LoaderFailed], "unavailable": &content.ui[UiText::LoaderUnavailable], "contentLoading": &content.ui[UiText::ContentLoading], "qrFailed": &content.aftercare.labels[botox_guide::content::AftercareText::QrFailed] }))
        })
        .collect();
    let data = loader::data(crate::generate::VERSION, integrity, css, &shells.loader, &messages);
    std::fs::create_dir_all("target/generated").expect("target/generated");
    std::fs::write("target/generated/loader-rules.json", serde_json::to_string_pretty(&loader::rules()).expect("JSON")).expect("write rules");
    std::fs::write("target/generated/loader-data.json", serde_json::to_string(&data).expect("JSON")).expect("write data");
    std::fs::write("target/generated/markets.json", serde_json::to_string_pretty(&markets()).expect("JSON")).expect("write markets");
    let body = super::bundle("loader/boot.ts", "iife");
    // esbuild bundles; terser then takes 0.5 KB more out of the brotli'd file (its compressor
    // folds what esbuild's minifier leaves, across the data object too).
    let embed = super::minify(&format!("/*! botox-guide {} embed loader: one classic <script>, no bundler. */\n(function(DATA){{{}}})({});\n", crate::generate::VERSION, body.trim_end(), js_data(&data)), false);
    out.write("embed.js", &embed);
    // The same loader as ES modules, for bundlers: `define()` (its data as a module constant),
    // and the package's main entry, which calls it.
    let module = super::bundle("loader/define.ts", "esm");
    out.write(DEFINE_MODULE, &super::minify(&format!("/*! botox-guide {} ES module: import {{ define }} from 'botox-guide/define'. */\nconst DATA={};\n{}", crate::generate::VERSION, js_data(&data), module), true));
    out.write(MODULE, &format!("/*! botox-guide {}: import 'botox-guide' defines <botox-guide> in a browser (nothing on a server). */\nimport {{ define }} from './{DEFINE_MODULE}';\ndefine();\nexport {{ define, version }} from './{DEFINE_MODULE}';\n", crate::generate::VERSION));
    embed
}

/// The package's main entry: `import 'botox-guide'`.
pub const MODULE: &str = "botox-guide.mjs";
/// `import { define } from 'botox-guide/define'`: defines nothing until called.
pub const DEFINE_MODULE: &str = "botox-guide-define.mjs";

/// The data as a JavaScript expression: JSON, with `</` broken up so it can never end a
/// script element, and the two line separators JSON allows but old parsers do not.
fn js_data(data: &serde_json::Value) -> String {
    serde_json::to_string(data).expect("JSON").replace("</", "<\\/").replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}

/// The market table (`src/markets.rs`) for the browser tests: what each market must show.
fn markets() -> serde_json::Value {
    botox_guide::markets::MARKETS
        .iter()
        .map(|m| {
            let lang: serde_json::Map<String, serde_json::Value> = botox_guide::ids::Locale::ALL.iter().map(|&l| (l.to_string(), serde_json::json!(m.market.lang(l)))).collect();
            (m.market.to_string(), serde_json::json!({ "name": m.name, "emergency": m.emergency, "urgentLine": m.urgent_line, "report": { "name": m.report.0, "address": m.report.1 }, "lang": lang, "nonPromotional": m.non_promotional }))
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}
