//! Step "shells": the widget's first view rendered by Yew's server renderer from the same
//! components the wasm runs, every panel's content included (`RenderMode::AllPanels`), for
//! default options, for every locale: English goes into the loader, the others into their
//! locale packs; every other market's view of each, as edits of the US one, into the market
//! files. The loader's copy carries a clinic card template that it fills from the
//! options; the snippet's has no card.

use std::rc::Rc;

use botox_guide::components::{App, AppProps, RenderMode};
use botox_guide::content::Content;
use crate::generate::edits::{apply, diff, Edit};
use crate::generate::loader::{Shell, CARD};
use botox_guide::ids::{Locale, Market};
use botox_guide::options::Options;

pub struct Shells {
    /// The shells `embed.js` carries: English, painted at once.
    pub loader: Vec<Shell>,
    /// Every other locale's shell, with its content: the locale packs.
    pub packs: Vec<Shell>,
    /// Each locale's shell without a card, for the pasted snippet (and, English, the baseline).
    pub snippets: Vec<(Locale, String)>,
    /// Every other market's first view, per locale, as edits of the US one (the market files).
    pub markets: Vec<(Market, Vec<(Locale, Vec<Edit>)>)>,
}

impl Shells {
    pub fn snippet(&self, locale: Locale) -> &str {
        &self.snippets.iter().find(|(l, _)| *l == locale).expect("a snippet per locale").1
    }
}

async fn render(content: &Content, with_card: bool, hydratable: bool, market: Market) -> String {
    let mut options = Options { market, ..Options::default() };
    if with_card {
        options.clinic_name = Some(CARD.name.into());
        options.phone = Some(CARD.phone.into());
        options.phone_href = Some("tel:".into()); // the loader sets the real address
        options.booking_url = Some(CARD.booking.into());
    }
    let props = AppProps { content: content.clone().into(), options: Rc::new(options), notice: None, on_event: Default::default(), mode: RenderMode::AllPanels, container: None };
    let html = yew::LocalServerRenderer::<App>::with_props(props).hydratable(hydratable).render().await;
    format!("<div>{html}</div>")
}

pub async fn run(hydratable: bool) -> Shells {
    let (mut loader, mut packs, mut snippets) = (Vec::new(), Vec::new(), Vec::new());
    let mut markets: Vec<(Market, Vec<(Locale, Vec<Edit>)>)> = Market::ALL.iter().filter(|&&m| m != Market::Us).map(|&m| (m, Vec::new())).collect();
    for &locale in Locale::ALL {
        let json = botox_guide::content::builtin_json(locale);
        let content = Content::from_json(json).expect("built-in content is valid");
        let html = render(&content, true, hydratable, Market::Us).await;
        for (market, per_locale) in &mut markets {
            let theirs = render(&content, true, hydratable, *market).await;
            let edits = diff(&html, &theirs);
            assert_eq!(apply(&html, &edits), theirs, "the {market} edits of the {locale} view give that view exactly");
            per_locale.push((locale, edits));
        }
        assert!(html.contains(CARD.name) && html.contains(CARD.booking), "the card template rendered");
        // English needs no text in embed.js: the lean wasm has it built in, and the full
        // one reads botox-guide-en.json (steps::locales) when a page needs it.
        let text = (locale != Locale::En).then(|| compact(json));
        let shell = Shell { locale, html, card: CARD, content: text };
        if locale == Locale::En { loader.push(shell) } else { packs.push(shell) }
        snippets.push((locale, render(&content, false, hydratable, Market::Us).await));
    }
    Shells { loader, packs, snippets, markets }
}

/// Compact JSON text: the wasm reads it; brotli packs its text with the shell's.
pub fn compact(json: &str) -> String {
    serde_json::to_string(&serde_json::from_str::<serde_json::Value>(json).expect("content is JSON")).expect("JSON")
}
