//! Shared by the native test files: render the widget to HTML with Yew's server renderer.

use std::rc::Rc;

use botox_guide::components::{App, AppProps};
use botox_guide::content::Content;
use botox_guide::options::Options;

pub async fn render_options(options: Options) -> String {
    render_with(Content::builtin_en(), options).await
}

/// Options as the loader hands them over (canonical: already checked), from (name, value)
/// pairs written canonically: `sections` comma-separated, `deep-link` `true`/`false`, the
/// first section shown unless `tab` says otherwise, and the phone's `tel:` address made.
#[allow(dead_code)]
pub fn options(pairs: &[(&str, &str)]) -> Options {
    let mut o = serde_json::Map::new();
    for &(k, v) in pairs {
        let value = match k {
            "sections" => serde_json::json!(v.split(',').collect::<Vec<_>>()),
            "deep-link" => serde_json::json!(v == "true"),
            _ => serde_json::json!(v),
        };
        o.insert(k.to_string(), value);
    }
    if let (Some(sections), None) = (o.get("sections").cloned(), o.get("tab")) {
        o.insert("tab".into(), sections[0].clone());
    }
    if let Some(phone) = o.get("phone").and_then(|p| p.as_str()).map(str::to_string) {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        o.insert("phone-href".into(), serde_json::json!(format!("tel:{}{digits}", if phone.starts_with('+') { "+" } else { "" })));
    }
    Options::from_json(&serde_json::Value::Object(o).to_string()).expect("canonical options")
}

/// Render `content` (any locale) with options given as (name, value) pairs.
#[allow(dead_code)]
pub async fn render_content(content: Content, pairs: &[(&str, &str)]) -> String {
    render_with(content, options(pairs)).await
}

async fn render_with(content: Content, options: Options) -> String {
    let props = AppProps { content: content.into(), options: Rc::new(options), notice: None, on_event: Default::default(), mode: Default::default(), container: None };
    yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await
}

/// Render with options given as (name, value) pairs, as a clinic would write them.
#[allow(dead_code)]
pub async fn render(pairs: &[(&str, &str)]) -> String {
    render_options(options(pairs)).await
}
