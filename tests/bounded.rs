#![cfg(not(target_arch = "wasm32"))]
//! No input can make the widget keep more than it needs or show the wrong thing without a
//! word: a clinic's text cannot reorder the widget's own, a content file must be JSON and
//! UTF-8, and timeline offsets are bounded. (A warning quoting a bad value only in part is
//! the loader's: `loader/rules.test.ts`.)

use botox_guide::content::load::{check_content_type, utf8_text};
use botox_guide::content::{Content, EN_JSON};
use botox_guide::options::Options;
use botox_guide::text::{balance, isolate};

const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';
const RLI: char = '\u{2067}';
const PDI: char = '\u{2069}';

#[test]
fn an_open_override_or_isolate_is_closed_at_the_end_of_the_text() {
    assert_eq!(balance("Plain title"), "Plain title", "nothing to do: borrowed as it is");
    assert!(matches!(balance("Plain title"), std::borrow::Cow::Borrowed(_)));
    assert_eq!(balance(&format!("Tue{RLO}, from Dec 8")), format!("Tue{RLO}, from Dec 8{PDF}"));
    assert_eq!(balance(&format!("a{RLI}b{RLO}c")), format!("a{RLI}b{RLO}c{PDF}{PDI}"), "closed innermost first");
    assert_eq!(balance(&format!("a{RLO}b{PDF}c")), format!("a{RLO}b{PDF}c"), "a matched pair stays");
    assert_eq!(balance(&format!("a{PDF}b{PDI}c")), "abc", "a pop with nothing open is dropped: it could close ours");
    assert_eq!(balance(&format!("{RLI}x{RLO}y{PDI}z")), format!("{RLI}x{RLO}y{PDI}z"), "a PDI closes the override inside its isolate");
    assert_eq!(balance(&format!("{RLO}x{RLI}y{PDF}")), format!("{RLO}x{RLI}y{PDI}{PDF}"), "a PDF inside an isolate is dropped");
    assert_eq!(isolate("Dr. Ana"), "\u{2068}Dr. Ana\u{2069}");
    assert_eq!(isolate(&format!("x{RLO}")), format!("\u{2068}x{RLO}{PDF}\u{2069}"));
}

#[test]
fn a_content_file_and_the_clinics_options_keep_their_controls_to_themselves() {
    let over = format!(r#"{{"aftercare":{{"steps":[{{"id":"effect-begins","title":"Days 3 to 7{RLO}"}}]}}}}"#);
    let c = Content::with_override(EN_JSON, &over).unwrap();
    let step = c.aftercare.steps.iter().find(|s| s.id == "effect-begins").unwrap();
    assert_eq!(step.title, format!("Days 3 to 7{RLO}{PDF}"));
    let o = Options::from_json(&serde_json::json!({ "clinic-name": format!("Clinic{RLO}"), "reviewed-by": format!("Dr{RLI}") }).to_string()).unwrap();
    assert_eq!(o.clinic_name, Some(format!("Clinic{RLO}{PDF}")));
    assert_eq!(o.reviewed_by, Some(format!("Dr{RLI}{PDI}")));
}

#[test]
fn only_json_content_types_are_read_and_a_web_page_is_named() {
    for ok in [None, Some("application/json"), Some("application/json; charset=utf-8"), Some("TEXT/JSON"), Some("application/vnd.clinic+json")] {
        assert_eq!(check_content_type(ok), Ok(()), "{ok:?}");
    }
    let page = check_content_type(Some("text/html; charset=utf-8")).unwrap_err();
    assert!(page.contains("\"text/html; charset=utf-8\"") && page.contains("a web page"), "{page}");
    let other = check_content_type(Some("text/plain")).unwrap_err();
    assert!(other.contains("expected application/json") && !other.contains("web page"), "{other}");
    assert!(check_content_type(Some("application/jsonp")).is_err());
    assert!(check_content_type(Some("image/json-ish")).is_err());
}

#[test]
fn a_file_that_is_not_utf8_is_named_by_its_first_bad_byte() {
    assert_eq!(utf8_text(b"{\"a\":\"\xc3\xa9\"}".to_vec()).unwrap(), "{\"a\":\"é\"}");
    let e = utf8_text(b"{\"a\":\"caf\xe9\"}".to_vec()).unwrap_err();
    assert!(e.contains("byte 10") && e.contains("UTF-8"), "{e}");
}

#[test]
fn timeline_offsets_are_whole_and_within_two_years() {
    // Laid over a step whose start is in the same unit (objects merge key by key).
    let with = |offset: &str| {
        let step = if offset.contains("hours") { "first-4-hours" } else { "full-effect" };
        let over = format!(r#"{{"aftercare":{{"steps":[{{"id":"{step}","start":{offset}}}]}}}}"#);
        Content::with_override(EN_JSON, &over).map(|_| ())
    };
    assert_eq!(with(r#"{"days":730}"#), Ok(()));
    assert_eq!(with(r#"{"days":-730}"#), Ok(()));
    assert_eq!(with(r#"{"hours":17520}"#), Ok(()));
    for (bad, says) in [(r#"{"days":731}"#, "from -730 to 730, found 731"), (r#"{"days":1e8}"#, "found 100000000"), (r#"{"hours":17521}"#, "hours from -17520 to 17520"), (r#"{"days":1.5}"#, "a whole number of days")] {
        let e = with(bad).unwrap_err();
        assert!(e.contains(says) && e.contains("content.aftercare.steps"), "{bad}: {e}");
    }
}
