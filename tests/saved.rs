#![cfg(not(target_arch = "wasm32"))]
//! The saved plan: one record per clinic, changed by merging into what is stored now, never
//! by writing a widget's own copy over it; unknown fields and later versions kept; dates with
//! a UTC offset read on the visitor's clock.

use botox_guide::dates::{Date, FixedZone, LocalDateTime};
use botox_guide::saved::{clinic_tag, input_value, migrate, storage_key, treated_time, Change, Refused, Saved, Stored, MAX_RECORD_BYTES, VERSION};
use serde_json::{json, Value};

/// Apply a change to the stored text the way the store does: read, merge, write back.
fn write(stored: Option<&str>, change: Change) -> Option<String> {
    Stored::read(stored).apply(&change).expect("accepted").map(|v| v.to_string())
}

fn tree(text: &Option<String>) -> Value {
    serde_json::from_str(text.as_deref().unwrap()).unwrap()
}

#[test]
fn two_widgets_of_one_clinic_keep_each_others_changes() {
    // Widget A enters the date; widget B, which rendered before that, ticks a box: B's
    // change is merged into the record as stored now, so A's date survives.
    let after_a = write(None, Change::TreatedAt(Some("2026-11-24T15:00".into())));
    let after_b = write(after_a.as_deref(), Change::Tick("tell-medicines".into(), true));
    let saved = Stored::read(after_b.as_deref()).view();
    assert_eq!(saved.treated_at.as_deref(), Some("2026-11-24T15:00"));
    assert_eq!(saved.ticks, ["tell-medicines"]);
    assert_eq!(tree(&after_b)["version"], json!(VERSION));
}

#[test]
fn a_later_version_keeps_its_fields_and_its_version_after_a_tick() {
    let later = r#"{"version":2,"treated_at":"2026-11-24T15:00","ticks":["cold-pack"],"notes":"my notes"}"#;
    let after = tree(&write(Some(later), Change::Tick("no-rubbing".into(), true)));
    assert_eq!(after["version"], json!(2), "not downgraded");
    assert_eq!(after["notes"], json!("my notes"));
    assert_eq!(after["ticks"], json!(["cold-pack", "no-rubbing"]));
    assert_eq!(after["treated_at"], json!("2026-11-24T15:00"));
}

#[test]
fn a_field_in_an_unknown_shape_is_read_around_and_never_overwritten() {
    let later = r#"{"version":3,"treated_at":"2026-11-24T15:00","ticks":[{"id":"cold-pack","at":"…"}]}"#;
    let stored = Stored::read(Some(later));
    let saved = stored.view();
    assert_eq!(saved.treated_at.as_deref(), Some("2026-11-24T15:00"), "the readable date is still read");
    assert!(saved.ticks.is_empty());
    assert_eq!(stored.apply(&Change::Tick("no-rubbing".into(), true)), Err(Refused::Field("ticks")));
    // The date may still change: the ticks it cannot read stay exactly as they were.
    let after = tree(&write(Some(later), Change::TreatedAt(Some("2026-11-25T09:30".into()))));
    assert_eq!(after["ticks"], json!([{"id": "cold-pack", "at": "…"}]));
    assert_eq!(after["treated_at"], json!("2026-11-25T09:30"));
    let odd_date = r#"{"treated_at":{"local":"2026-11-24T15:00"}}"#;
    assert_eq!(Stored::read(Some(odd_date)).apply(&Change::TreatedAt(None)), Err(Refused::Field("treated_at")));
}

#[test]
fn an_unreadable_record_is_kept_unless_the_visitor_asks_to_forget_it() {
    for junk in ["{not json", "[1,2]", "\"text\"", "42"] {
        let stored = Stored::read(Some(junk));
        assert_eq!(stored, Stored::Unreadable, "{junk}");
        assert_eq!(stored.view(), Saved::default());
        assert_eq!(stored.apply(&Change::Tick("a".into(), true)), Err(Refused::Unreadable));
        assert_eq!(stored.apply(&Change::TreatedAt(Some("2026-11-24T15:00".into()))), Err(Refused::Unreadable));
        assert_eq!(stored.apply(&Change::Forget), Ok(None), "forget removes it");
    }
    let huge = format!(r#"{{"ticks":[],"pad":"{}"}}"#, "x".repeat(MAX_RECORD_BYTES));
    assert_eq!(Stored::read(Some(&huge)), Stored::Unreadable, "too large to read on every change");
    let fits = format!(r#"{{"ticks":[],"pad":"{}"}}"#, "x".repeat(MAX_RECORD_BYTES - 30));
    assert!(matches!(Stored::read(Some(&fits)), Stored::Record(_)));
}

#[test]
fn a_record_without_a_version_is_migrated_to_this_one() {
    let legacy = r#"{"treated_at":"2026-11-24T15:00","ticks":["a"]}"#;
    let Value::Object(map) = serde_json::from_str(legacy).unwrap() else { unreachable!() };
    let migrated = migrate(map.clone());
    assert_eq!(migrated["version"], json!(1));
    assert_eq!(migrated["ticks"], map["ticks"]);
    let Value::Object(later) = json!({"version": 7, "x": 1}) else { unreachable!() };
    assert_eq!(migrate(later.clone()), later, "a later version is left alone");
    let after = tree(&write(Some(legacy), Change::Tick("b".into(), true)));
    assert_eq!(after, json!({"treated_at": "2026-11-24T15:00", "ticks": ["a", "b"], "version": 1}));
}

#[test]
fn ticks_stay_sorted_and_unique_and_nothing_left_removes_the_key() {
    let mut text = None;
    for id in ["b", "a", "c", "a"] {
        text = write(text.as_deref(), Change::Tick(id.into(), true));
    }
    assert_eq!(tree(&text)["ticks"], json!(["a", "b", "c"]));
    text = write(text.as_deref(), Change::Tick("b".into(), false));
    text = write(text.as_deref(), Change::Tick("zz".into(), false));
    let saved = Stored::read(text.as_deref()).view();
    assert_eq!(saved.ticks, ["a", "c"]);
    assert!(saved.is_ticked("a") && !saved.is_ticked("b"));
    assert_eq!(Stored::read(Some(r#"{"ticks":["c","a","c"]}"#)).view().ticks, ["a", "c"], "stored repeats read once, in order");
    text = write(text.as_deref(), Change::Tick("a".into(), false));
    text = write(text.as_deref(), Change::Tick("c".into(), false));
    assert_eq!(text, None, "only the version left: the key is removed");
    let dated = write(None, Change::TreatedAt(Some("2026-11-24T15:00".into())));
    assert_eq!(write(dated.as_deref(), Change::TreatedAt(None)), None);
    assert_eq!(write(dated.as_deref(), Change::Forget), None);
}

#[test]
fn a_seeded_record_holds_what_the_visitor_saw() {
    let saved = Saved { treated_at: Some("2026-11-24T15:00".into()), ticks: vec!["a".into()] };
    assert_eq!(Stored::seeded(&saved).view(), saved);
    assert_eq!(Stored::seeded(&Saved::default()).apply(&Change::Forget), Ok(None));
}

#[test]
fn a_time_with_a_utc_offset_is_read_on_the_visitors_clock() {
    let at = |h, m| LocalDateTime::new(Date::new(2026, 11, 24).unwrap(), h, m).unwrap();
    assert_eq!(treated_time("2026-11-24T15:00", &FixedZone(0)), Some(at(15, 0)), "a local value as it is");
    assert_eq!(treated_time("2026-11-24T15:00:00+01:00", &FixedZone(0)), Some(at(14, 0)));
    assert_eq!(treated_time("2026-11-24T15:00:00+01:00", &FixedZone(-300)), Some(at(9, 0)), "into New York in winter");
    assert_eq!(treated_time("2026-11-24T15:00:00-05:30", &FixedZone(60)), Some(at(21, 30)));
    assert_eq!(treated_time("2026-11-24T15:00Z", &FixedZone(780)), LocalDateTime::new(Date::new(2026, 11, 25).unwrap(), 4, 0), "past midnight in Auckland");
    for bad in ["2026-11-24T15:00+25:00", "2026-11-24T15:00+1:00", "2026-11-24T24:00", "yesterday", ""] {
        assert_eq!(treated_time(bad, &FixedZone(0)), None, "{bad}");
    }
    assert_eq!(input_value(at(9, 5)), "2026-11-24T09:05");
}

#[test]
fn keys_are_per_clinic() {
    assert_eq!(storage_key(Some("Lakeside Dermatology & Co.")), "botox-guide:v1:lakeside-dermatology-co");
    assert_eq!(storage_key(None), "botox-guide:v1:default");
    assert_eq!(clinic_tag(Some("Lakeside Dermatology & Co.")), "lakeside-dermatology-co");
    assert_ne!(storage_key(Some("Clinic A")), storage_key(Some("Clinic B")));
    assert_ne!(storage_key(Some("Клиника Мира")), storage_key(Some("Клиника Света")), "non-Latin names stay apart");
    assert!(storage_key(Some("Clínica Sol")).starts_with("botox-guide:v1:cl-nica-sol-"));
}
