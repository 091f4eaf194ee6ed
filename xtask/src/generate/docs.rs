//! README tables generated from the tables in code: options, events, tokens, parts.
//! `tests/readme.rs` fails when the README's copy drifts (`UPDATE_README=1` rewrites it).

use botox_guide::events::EVENTS;
use botox_guide::options::OPTIONS;
use botox_guide::theme::{Contrast, PARTS, TOKENS};

fn cell(s: &str) -> String {
    s.replace('|', "\\|")
}

pub fn options_table() -> String {
    let mut out = String::from("| Option | Values | Default | What it does |\n|---|---|---|---|\n");
    for o in OPTIONS {
        out.push_str(&format!("| `{}` | {} | {} | {} |\n", o.name, cell(&o.rule.values_doc()), cell(o.default), cell(o.doc)));
    }
    out
}

pub fn events_table() -> String {
    let mut out = String::from("| Event | `detail` | When |\n|---|---|---|\n");
    for e in EVENTS {
        let detail = if e.detail.is_empty() {
            "`{}`".to_string()
        } else {
            e.detail.iter().map(|(name, ty, what)| format!("`{name}`: `{}` ({what})", cell(ty))).collect::<Vec<_>>().join(", ")
        };
        out.push_str(&format!("| `{}` | {detail} | {} |\n", e.full_name(), cell(e.doc)));
    }
    out
}

/// What a colour is kept readable against, in words.
pub fn contrast_doc(c: Contrast) -> &'static str {
    match c {
        Contrast::Text => "text: 4.5:1 on every background",
        Contrast::NonText => "non-text: 3:1 on every background",
        Contrast::Surface => "background: kept light (light) or dark (dark)",
        Contrast::Decorative => "decorative: as given in light, kept dark in dark",
        Contrast::None => "",
    }
}

pub fn tokens_table() -> String {
    let mut out = String::from("| Token | Light default | Dark default | Kept readable as | Colour used, for your part rules | What it styles |\n|---|---|---|---|---|---|\n");
    for t in TOKENS {
        let used = t.used().map(|u| format!("`var({u})`")).unwrap_or_default();
        out.push_str(&format!("| `{}` | `{}` | `{}` | {} | {used} | {} |\n", t.var.public(), t.light, t.dark, contrast_doc(t.contrast), t.what));
    }
    out
}

/// The token table for the theme playground (`dist/playground-tokens.js`).
pub fn tokens_json() -> serde_json::Value {
    serde_json::Value::Array(
        TOKENS
            .iter()
            .map(|t| {
                serde_json::json!({
                    "name": t.name(), "light": t.light, "dark": t.dark, "what": t.what,
                    "colour": t.is_colour(), "contrast": format!("{:?}", t.contrast).to_lowercase(),
                    "follows": t.follows.map(|f| f.name()),
                })
            })
            .collect(),
    )
}

pub fn parts_table() -> String {
    let mut out = String::from("| Part | What it is |\n|---|---|\n");
    for (name, what) in PARTS {
        out.push_str(&format!("| `{name}` | {what} |\n"));
    }
    out
}

/// `text` with the part between `<!-- {marker}:start -->` and `<!-- {marker}:end -->`
/// replaced by `body`.
pub fn replace_between(text: &str, marker: &str, body: &str) -> String {
    let start = format!("<!-- {marker}:start -->\n");
    let end = format!("<!-- {marker}:end -->");
    let (Some(a), Some(b)) = (text.find(&start), text.find(&end)) else { return text.to_string() };
    format!("{}{start}{body}{}", &text[..a], &text[b..])
}
