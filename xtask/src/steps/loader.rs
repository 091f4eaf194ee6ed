//! Step "loader": `embed.js` is the loader's two source files (`static/loader/rules.js`,
//! `static/loader/embed.js`) wrapped in one function that receives the generated data
//! object: `(function (DATA) { … })(data);`, then minified. Nothing in the sources is
//! patched. The rules part of the data also goes to `target/generated/loader-rules.json`
//! for the node test of the shared option fixture.

use super::shell::Shells;
use super::Out;
use botox_guide::content::{Content, UiText};
use botox_guide::generate::loader;
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
            (l, serde_json::json!({ "loading": &content.ui[UiText::LoaderLoading], "failed": &content.ui[UiText::LoaderFailed], "unavailable": &content.ui[UiText::LoaderUnavailable], "contentLoading": &content.ui[UiText::ContentLoading] }))
        })
        .collect();
    let data = loader::data(botox_guide::generate::VERSION, integrity, css, &shells.loader, &messages);
    std::fs::create_dir_all("target/generated").expect("target/generated");
    std::fs::write("target/generated/loader-rules.json", serde_json::to_string_pretty(&loader::rules()).expect("JSON")).expect("write rules");
    let rules = std::fs::read_to_string("static/loader/rules.js").expect("static/loader/rules.js");
    let body = std::fs::read_to_string("static/loader/embed.js").expect("static/loader/embed.js");
    let source = format!(
        "/*! botox-guide {} embed loader: one classic <script>, no bundler. */\n(function (DATA) {{\n'use strict';\n{rules}\n{body}\n}})({});\n",
        botox_guide::generate::VERSION,
        js_data(&data)
    );
    let embed = super::minify(&source, false);
    out.write("embed.js", &embed);
    embed
}

/// The data as a JavaScript expression: JSON, with `</` broken up so it can never end a
/// script element, and the two line separators JSON allows but old parsers do not.
fn js_data(data: &serde_json::Value) -> String {
    serde_json::to_string(data).expect("JSON").replace("</", "<\\/").replace('\u{2028}', "\\u2028").replace('\u{2029}', "\\u2029")
}
