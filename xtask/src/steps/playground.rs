//! Step "playground tokens": the token table as a classic script the theme playground reads
//! (`playground-tokens.js`), so its controls and defaults always match the widget's; and the
//! market list for its preview.

use super::Out;

pub fn run(out: &Out) {
    let tokens = crate::generate::docs::tokens_json();
    // The markets, to preview the guide as a clinic in another country shows it (the brand's
    // generic name in the UK and Ireland changes what the designer sees).
    let markets: Vec<serde_json::Value> = botox_guide::markets::MARKETS.iter().map(|m| serde_json::json!({ "id": m.market.as_str(), "name": m.name })).collect();
    out.write("playground-tokens.js", &format!("window.BOTOX_GUIDE_TOKENS = {tokens};\nwindow.BOTOX_GUIDE_MARKETS = {};\n", serde_json::Value::Array(markets)));
}
