#![cfg(not(target_arch = "wasm32"))]
//! Components rendered to HTML with Yew's server renderer.

mod common;

use botox_guide::content::Content;
use botox_guide::options::Options;
use common::options as parse_options;

async fn render(options: Options) -> String {
    common::render_options(options).await
}

fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

#[tokio::test]
async fn tablist_has_six_tabs_with_apg_roles_and_links() {
    let html = render(Options::default()).await;
    assert_eq!(count(&html, r#"role="tablist""#), 1);
    assert_eq!(count(&html, r#"role="tab""#), 6);
    assert_eq!(count(&html, r#"role="tabpanel""#), 6);
    for id in botox_guide::ids::Tab::IDS {
        assert!(html.contains(&format!(r#"id="bg-tab-{id}""#)), "{id} tab");
        assert!(html.contains(&format!(r#"aria-controls="bg-panel-{id}""#)), "{id} controls");
        assert!(html.contains(&format!(r#"aria-labelledby="bg-tab-{id}""#)), "{id} panel label");
    }
    assert_eq!(count(&html, r#"aria-selected="true""#), 1);
    assert_eq!(count(&html, r#"aria-selected="false""#), 5);
    assert_eq!(count(&html, r#"tabindex="-1""#) - count(&html, r#"<li id="bg-src-"#), 5, "roving tabindex");
    assert!(html.contains("aria-label=\"Botox guide topics\""));
}

#[tokio::test]
async fn only_the_selected_panel_is_visible_and_it_holds_its_text() {
    let html = render(parse_options(&[("tab", "migraine")])).await;
    assert!(html.contains("Botox for chronic migraine"));
    assert!(!html.contains("How to choose a safe clinic"), "other panels are empty");
    let hidden_panels = html.split("<div").filter(|d| {
        let tag = d.split('>').next().unwrap();
        tag.contains(r#"role="tabpanel""#) && tag.contains("hidden")
    });
    assert_eq!(hidden_panels.count(), 5);
    let button = html.split("<button").find(|b| b.contains(r#"aria-controls="bg-detail-migraine""#)).expect("the detail's button");
    assert!(button.split('>').next().unwrap().contains(r#"aria-expanded="false""#), "the migraine detail starts closed: {button}");
    let detail = html.split("<div").find(|d| d.contains(r#"id="bg-detail-migraine""#)).expect("the detail");
    assert!(detail.split('>').next().unwrap().contains("hidden"), "{detail}");
    let tab = html.split("<button").find(|b| b.contains(r#"id="bg-tab-migraine""#)).unwrap();
    assert!(tab.contains(r#"aria-selected="true""#) && tab.contains(r#"tabindex="0""#), "{tab}");
    let panel = html.split("<div").find(|d| d.contains(r#"id="bg-panel-migraine""#)).unwrap();
    assert!(!panel.split('>').next().unwrap().contains("hidden"), "{panel}");
}

#[tokio::test]
async fn sections_option_sets_which_tabs_and_their_order() {
    let html = render(parse_options(&[("sections", "aftercare,about")])).await;
    assert_eq!(count(&html, r#"role="tab""#), 2);
    let a = html.find("bg-tab-aftercare").unwrap();
    let b = html.find("bg-tab-about").unwrap();
    assert!(a < b, "aftercare first");
    assert!(html.contains("Aftercare: what to do and when"), "first listed tab is open");
}

#[tokio::test]
async fn clinic_card_shows_only_when_the_clinic_gives_details() {
    let without = render(Options::default()).await;
    assert!(!without.contains("clinic-card"));
    let with = render(
        parse_options(&[("clinic-name", "Lakeside"), ("phone", "+1 555 0100"), ("booking-url", "https://l.example/book")]),
    )
    .await;
    assert!(with.contains("Lakeside"));
    assert!(with.contains(r#"href="tel:+15550100""#));
    assert!(with.contains(r#"href="https://l.example/book""#));
}

#[tokio::test]
async fn text_is_escaped_never_raw_html() {
    let options = Options { clinic_name: Some("<img src=x onerror=alert(1)>".into()), ..Options::default() };
    let html = render(options).await;
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;img src=x"));
}

#[tokio::test]
async fn footer_has_disclaimer_review_date_and_numbered_sources() {
    let html = render(Options::default()).await;
    assert!(html.contains("It is not medical advice"));
    assert!(html.contains(r#"<time datetime="2026-12-03">3 December 2026</time>"#), "facts checked on");
    assert!(html.contains(r#"Next review due by <time datetime="2027-12-03">3 December 2027</time>"#), "next review");
    let sources = Content::builtin_en().sources.len();
    assert_eq!(count(&html, r#"<li id="bg-src-"#), sources);
    assert!(html.contains("[1]"), "citations are numbered");
}

#[tokio::test]
async fn the_clinics_medical_review_is_shown_when_given() {
    let without = render(Options::default()).await;
    assert!(!without.contains("Medically reviewed"));
    let with = render(parse_options(&[("reviewed-by", "Dr. Ana Ruiz, MD"), ("reviewed-on", "2026-10-01")])).await;
    assert!(with.contains("Medically reviewed by <bdi>Dr. Ana Ruiz, MD</bdi>."), "the name set apart from the sentence: {with}");
    assert!(with.contains(r#"Last medically reviewed on <time datetime="2026-10-01">1 October 2026</time>."#), "{with}");
}
