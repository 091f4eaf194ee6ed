#![cfg(not(target_arch = "wasm32"))]
//! The options the wasm reads: the loader's canonical object (checked there, by the rules of
//! the option table), read with serde. Each option is declared once (`options!` in
//! src/options/mod.rs): these tests hold the struct, the table and the defaults to each other,
//! and refuse what the loader would never send.

use botox_guide::dates::Date;
use botox_guide::ids::{Loading, Locale, Tab, Theme, TreatmentChoice};
use botox_guide::options::{Heading, IsoDate, Options, OPTIONS};
use serde_json::{json, Value};

fn read(v: Value) -> Result<Options, String> {
    Options::from_json(&v.to_string())
}

#[test]
fn the_defaults_are_the_documented_ones() {
    let o = Options::default();
    assert_eq!(o.sections, Tab::ALL);
    assert_eq!(o.tab, Tab::ALL[0], "the first section");
    assert_eq!((o.locale, o.treatment, o.theme, o.loading), (Locale::En, TreatmentChoice::Both, Theme::Auto, Loading::Eager));
    assert_eq!(o.heading, Heading::Default);
    assert!(o.clinic_name.is_none() && o.phone.is_none() && o.phone_href.is_none() && o.booking_url.is_none() && !o.deep_link);
    assert_eq!(read(json!({})).unwrap(), o, "left out: the default");
}

#[test]
fn every_option_in_the_table_is_a_key_of_the_canonical_object_and_nothing_else_is() {
    let keys: Vec<String> = serde_json::to_value(Options::default()).unwrap().as_object().unwrap().keys().cloned().collect();
    let mut names: Vec<String> = OPTIONS.iter().map(|o| o.name.to_string()).collect();
    // Made by the loader, not options: the phone's address and a plan link's treatment.
    names.push("phone-href".into());
    names.push("plan-treatment".into());
    let (mut a, mut b) = (keys.clone(), names.clone());
    a.sort();
    b.sort();
    assert_eq!(a, b, "the struct and the table list the same options");
    let err = read(json!({ "clinicName": "x" })).unwrap_err();
    assert!(err.contains("unknown field `clinicName`"), "{err}");
}

#[test]
fn every_value_the_loader_sends_is_read() {
    let o = read(json!({
        "clinic-name": "Lakeside", "heading": "Botox at Lakeside", "phone": "+1 555 0100", "phone-href": "tel:+15550100",
        "booking-url": "https://l.example/book", "locale": "es", "tab": "aftercare", "sections": ["aftercare", "risks"],
        "treatment": "migraine", "theme": "dark", "content-url": "/guide.json", "deep-link": true,
        "reviewed-by": "Dr Ana Ruiz", "reviewed-on": "2028-02-29", "loading": "lazy"
    }))
    .unwrap();
    assert_eq!(o.clinic_name.as_deref(), Some("Lakeside"));
    assert_eq!(o.heading, Heading::Text("Botox at Lakeside".into()));
    assert_eq!(o.phone_href.as_deref(), Some("tel:+15550100"));
    assert_eq!((o.locale, o.tab, o.treatment, o.theme, o.loading), (Locale::Es, Tab::Aftercare, TreatmentChoice::Migraine, Theme::Dark, Loading::Lazy));
    assert_eq!(o.sections, [Tab::Aftercare, Tab::Risks]);
    assert!(o.deep_link);
    assert_eq!(o.reviewed_on, Some(IsoDate(Date::new(2028, 2, 29).unwrap())));
    assert_eq!(read(json!({ "heading": "none" })).unwrap().heading, Heading::Hidden, "the table's word for none");
    assert_eq!(read(json!({ "heading": null })).unwrap().heading, Heading::Default);
}

#[test]
fn what_the_loader_never_sends_is_refused_not_guessed() {
    for bad in [
        json!({ "locale": "auto" }),
        json!({ "locale": "EN" }),
        json!({ "tab": "bogus" }),
        json!({ "sections": "about,risks" }),
        json!({ "deep-link": "true" }),
        json!({ "reviewed-on": "2026-02-30" }),
        json!({ "reviewed-on": "1 Oct 2026" }),
        json!({ "theme": 3 }),
    ] {
        assert!(read(bad.clone()).is_err(), "{bad}");
    }
}

#[test]
fn a_clinics_text_keeps_its_bidirectional_controls_to_itself() {
    let o = read(json!({ "clinic-name": "Clinic\u{202E}", "reviewed-by": "Dr\u{2067}", "heading": "Title\u{202B}" })).unwrap();
    assert_eq!(o.clinic_name.as_deref(), Some("Clinic\u{202E}\u{202C}"));
    assert_eq!(o.reviewed_by.as_deref(), Some("Dr\u{2067}\u{2069}"));
    assert_eq!(o.heading, Heading::Text("Title\u{202B}\u{202C}".into()));
}

#[test]
fn the_table_documents_every_option_for_the_readme() {
    for o in OPTIONS {
        assert!(!o.doc.is_empty() && !o.default.is_empty() && !o.rule.expected().is_empty(), "{}", o.name);
    }
}

#[test]
fn a_treatment_time_and_a_plan_links_treatment_are_read_from_the_canonical_object() {
    let o = read(json!({ "treatment-date": "2026-12-02T15:00", "plan-treatment": "migraine" })).unwrap();
    assert_eq!(o.treatment_date.map(|t| t.value()), Some("2026-12-02T15:00".to_string()));
    assert_eq!(o.plan_treatment, Some(botox_guide::ids::Treatment::Migraine));
    assert_eq!(serde_json::to_value(&o).unwrap()["treatment-date"], json!("2026-12-02T15:00"), "written back as read");
    // The loader checked it; a value it could not have sent is the loader's mistake, named.
    assert!(read(json!({ "treatment-date": "2026-13-02T15:00" })).unwrap_err().contains("YYYY-MM-DDTHH:MM"));
    assert!(read(json!({ "plan-treatment": "lips" })).is_err());
}

#[test]
fn each_rule_names_the_form_control_the_builder_and_wordpress_use() {
    let input = |name: &str| OPTIONS.iter().find(|o| o.name == name).unwrap().rule.input();
    assert_eq!(input("reviewed-on"), "date");
    assert_eq!(input("treatment-date"), "datetime-local");
    assert_eq!(input("phone"), "tel");
    assert_eq!(input("booking-url"), "url");
    // A path on the site is not a URL a `type=url` field accepts.
    assert_eq!(input("content-url"), "text");
    assert_eq!(input("clinic-name"), "text");
}
