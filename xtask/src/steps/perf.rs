//! Step "perf pages": the pages `bench/run` measures with Lighthouse, generated from the demo
//! page so they cannot drift from it: the demo without the widget (`perf-without.html`), the
//! demo with the widget far below the fold (`perf-far.html`), the same with
//! `loading="lazy"` (`perf-far-lazy.html`) and without the widget (`perf-far-without.html`).
//! Runs after SRI, so the widget pages carry the demo's pinned script tag.

use super::Out;

/// The host page's rule that reserves the guide's space until `embed.js` has run (README).
pub const RESERVE: &str = "botox-guide:not(:defined) { display: block; min-height: min(100vh, 1200px); }";

/// Screens of the clinic's own text put before the guide on the far-below-the-fold pages.
const FILLER_PARAGRAPHS: usize = 24;

pub fn run(out: &Out) {
    let demo = out.read_text("index.html");
    // The README's second way to embed: the script deferred, with the space the guide will
    // take reserved by one CSS rule (`RESERVE`), so nothing below it moves into view.
    let tag_start = demo.find("<script src=\"embed.js\"").expect("the embed tag");
    let tag_end = tag_start + demo[tag_start..].find("></script>").expect("closed");
    let deferred = format!("{} defer{}", &demo[..tag_end], &demo[tag_end..]);
    assert!(deferred.contains("</style>"), "index.html: no <style> in the head");
    out.write("perf-defer.html", &deferred.replacen("</style>", &format!("  {RESERVE}\n  </style>"), 1));
    let start = demo.find("<botox-guide ").expect("index.html: the widget element changed shape");
    let end = start + demo[start..].find("</botox-guide>").expect("index.html: the widget element is not closed") + "</botox-guide>".len();
    let without = |page: &str| {
        let page = super::replace_embed_tag(page, "").expect("index.html: the embed script tag changed shape");
        let start = page.find("<botox-guide ").expect("the widget element");
        let end = start + page[start..].find("</botox-guide>").expect("closed") + "</botox-guide>".len();
        format!("{}{}", &page[..start], &page[end..])
    };
    assert!(demo[start..end].contains("clinic-name="), "index.html: the widget has no clinic name");
    out.write("perf-without.html", &without(&demo));

    let learn = "<section id=\"learn\"";
    assert!(demo.contains(learn), "index.html: the learn section changed shape");
    let paragraph = "<p>Our clinic has treated patients by the lake since 1998. Every treatment starts with a \
                     consultation: we look at your health, your medicines and what you hope for, and we tell you \
                     plainly what a treatment can and cannot do. You never pay for a treatment you did not choose \
                     after that talk.</p>";
    let filler = format!(
        "<section id=\"about-clinic\"><h2>About the clinic</h2>{}</section>\n    ",
        paragraph.repeat(FILLER_PARAGRAPHS)
    );
    let far = demo.replacen(learn, &format!("{filler}{learn}"), 1);
    out.write("perf-far.html", &far);
    out.write("perf-far-without.html", &without(&far));
    let lazy = far.replacen("<botox-guide ", "<botox-guide loading=\"lazy\" ", 1);
    out.write("perf-far-lazy.html", &lazy);
}
