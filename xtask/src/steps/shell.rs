//! Step "shells": the widget's first view rendered by Yew's server renderer from the same
//! components the wasm runs, every panel's content included (`RenderMode::AllPanels`), for
//! default options. The loader's copy carries a clinic card template that it fills from the
//! options; the snippet's has no card.

use std::rc::Rc;

use botox_guide::components::{App, AppProps, RenderMode};
use botox_guide::content::Content;
use botox_guide::generate::loader::{Shell, CARD};
use botox_guide::ids::Locale;
use botox_guide::options::Options;

pub struct Shells {
    /// One per locale the loader paints at once.
    pub loader: Vec<Shell>,
    /// The English shell without a card, for the pasted snippet and the baseline.
    pub snippet: String,
}

async fn render(content: &Content, with_card: bool, hydratable: bool) -> String {
    let mut options = Options::default();
    if with_card {
        options.clinic_name = Some(CARD.name.into());
        options.phone = Some(CARD.phone.into());
        options.booking_url = Some(CARD.booking.into());
    }
    let props = AppProps { content: content.clone().into(), options: Rc::new(options), notice: None, on_event: Default::default(), mode: RenderMode::AllPanels };
    let html = yew::LocalServerRenderer::<App>::with_props(props).hydratable(hydratable).render().await;
    format!("<div>{html}</div>")
}

pub async fn run(hydratable: bool) -> Shells {
    let en = Content::builtin_en();
    let html = render(&en, true, hydratable).await;
    assert!(html.contains(CARD.name) && html.contains(CARD.booking), "the card template rendered");
    let content = Some(compact(botox_guide::content::EN_JSON));
    let loader = vec![Shell { locale: Locale::En, html, card: CARD, content }];
    Shells { loader, snippet: render(&en, false, hydratable).await }
}

/// Compact JSON text: the wasm reads it; brotli packs its text with the shell's.
pub fn compact(json: &str) -> String {
    serde_json::to_string(&serde_json::from_str::<serde_json::Value>(json).expect("content is JSON")).expect("JSON")
}
