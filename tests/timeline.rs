#![cfg(not(target_arch = "wasm32"))]
//! Aftercare date logic: offsets → instants, "which step is now", wording, daylight saving.

use botox_guide::content::{Content, Offset};
use botox_guide::dates::Date;
use botox_guide::options::Treatment;
use botox_guide::timeline::*;

fn en() -> Content {
    Content::builtin_en()
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> LocalDateTime {
    LocalDateTime::new(Date::new(y, m, d).unwrap(), h, min).unwrap()
}

/// Central European time: UTC+1, and UTC+2 from the last Sunday of March 01:00 UTC to the
/// last Sunday of October 01:00 UTC (2026: 29 March and 25 October).
struct Berlin;
impl Berlin {
    fn offset_at_instant(i: i64) -> i64 {
        let start = at(2026, 3, 29, 1, 0).naive_minutes();
        let end = at(2026, 10, 25, 1, 0).naive_minutes();
        if (start..end).contains(&i) { 120 } else { 60 }
    }
}
impl Zone for Berlin {
    fn instant(&self, l: LocalDateTime) -> i64 {
        // Try summer time first, as JavaScript does for ambiguous times.
        let guess = l.naive_minutes() - 120;
        if Berlin::offset_at_instant(guess) == 120 { guess } else { l.naive_minutes() - 60 }
    }
    fn local(&self, i: i64) -> LocalDateTime {
        LocalDateTime::from_naive_minutes(i + Berlin::offset_at_instant(i))
    }
}

#[test]
fn parses_datetime_local_values_and_rejects_junk() {
    assert_eq!(LocalDateTime::parse("2026-11-24T15:00"), Some(at(2026, 11, 24, 15, 0)));
    assert_eq!(LocalDateTime::parse("2026-11-24T15:00:30.000"), Some(at(2026, 11, 24, 15, 0)));
    for bad in ["", "2026-11-24", "2026-02-30T10:00", "2026-11-24T25:00", "2026-11-24T9:00", "tomorrow"] {
        assert_eq!(LocalDateTime::parse(bad), None, "{bad}");
    }
}

#[test]
fn status_of_a_window() {
    assert_eq!(status(Some(10), Some(20), 5), Status::Upcoming);
    assert_eq!(status(Some(10), Some(20), 10), Status::Now);
    assert_eq!(status(Some(10), Some(20), 20), Status::Past);
    assert_eq!(status(None, Some(20), 0), Status::Now, "open start");
    assert_eq!(status(Some(10), None, 1_000), Status::Now, "open end");
    assert_eq!(status(None, None, 0), Status::Always);
}

#[test]
fn day_offsets_cross_month_ends_and_leap_days() {
    let z = FixedZone(0);
    let treated = at(2028, 2, 20, 10, 0);
    let day14 = z.local(instant_at(treated, Offset::Days(14), &z));
    assert_eq!(day14, at(2028, 3, 5, 10, 0), "through 29 Feb 2028");
    let jan = at(2027, 1, 31, 9, 30);
    assert_eq!(z.local(instant_at(jan, Offset::Days(1), &z)), at(2027, 2, 1, 9, 30));
    assert_eq!(z.local(instant_at(at(2026, 12, 20, 23, 0), Offset::Days(90), &z)).date, Date::new(2027, 3, 20).unwrap());
}

#[test]
fn across_spring_forward_hours_are_real_hours_and_days_keep_the_wall_clock() {
    let z = Berlin;
    // Treated at 23:30 on Saturday 28 March 2026; clocks jump 02:00 → 03:00 that night.
    let treated = at(2026, 3, 28, 23, 30);
    let four_hours = z.local(instant_at(treated, Offset::Hours(4), &z));
    assert_eq!(four_hours, at(2026, 3, 29, 4, 30), "4 real hours later the wall clock says 04:30");
    let next_day = z.local(instant_at(treated, Offset::Days(1), &z));
    assert_eq!(next_day, at(2026, 3, 29, 23, 30), "day 1 is the next date at the same time");
    let real_minutes = instant_at(treated, Offset::Days(1), &z) - z.instant(treated);
    assert_eq!(real_minutes, 23 * 60, "that calendar day had 23 hours");
}

#[test]
fn across_fall_back_day_14_stays_at_the_same_time() {
    let z = Berlin;
    let treated = at(2026, 10, 20, 15, 0);
    assert_eq!(z.local(instant_at(treated, Offset::Days(14), &z)), at(2026, 11, 3, 15, 0));
    assert_eq!(instant_at(treated, Offset::Days(14), &z) - z.instant(treated), 14 * 1440 + 60);
}

#[test]
fn treated_yesterday_at_3pm_puts_today_between_the_first_day_and_the_effect() {
    let c = en();
    let z = FixedZone(0);
    let treated = at(2026, 11, 24, 15, 0);
    let now = z.instant(at(2026, 11, 25, 10, 0)); // 19 hours later
    let p = plan(&c.aftercare.steps, Treatment::Cosmetic, Some(treated), now, &z);
    let by_id = |id: &str| p.iter().find(|s| s.step.id == id).unwrap().status;
    assert_eq!(by_id("before"), Some(Status::Past));
    assert_eq!(by_id("first-4-hours"), Some(Status::Past));
    assert_eq!(by_id("first-day"), Some(Status::Now), "still inside the first 24 hours");
    assert_eq!(by_id("effect-begins"), Some(Status::Upcoming));
    assert_eq!(by_id("any-time"), Some(Status::Always));
    let first_day = p.iter().find(|s| s.step.id == "first-day").unwrap();
    let words = describe_when(first_day, &z, &c.ui, &c.aftercare.until, &c.aftercare.from_to, &c.aftercare.from);
    assert_eq!(words.as_deref(), Some("Until Wed 25 Nov, 3:00 pm"), "avoid rubbing until when");
    // Two days later no timed step is current: the next one is flagged.
    let later = z.instant(at(2026, 11, 26, 18, 0));
    let p = plan(&c.aftercare.steps, Treatment::Cosmetic, Some(treated), later, &z);
    let next = between_before(&p).map(|i| p[i].step.id.as_str());
    assert_eq!(next, Some("effect-begins"));
}

#[test]
fn treatment_choice_changes_the_later_steps() {
    let c = en();
    let z = FixedZone(0);
    let ids = |t| plan(&c.aftercare.steps, t, None, 0, &z).iter().map(|p| p.step.id.clone()).collect::<Vec<_>>();
    let cosmetic = ids(Treatment::Cosmetic);
    let migraine = ids(Treatment::Migraine);
    assert!(cosmetic.contains(&"full-effect".into()) && cosmetic.contains(&"wears-off".into()));
    assert!(!cosmetic.contains(&"next-migraine".into()));
    assert!(migraine.contains(&"next-migraine".into()) && migraine.contains(&"migraine-review".into()));
    assert!(!migraine.contains(&"wears-off".into()));
    let treated = at(2026, 11, 24, 15, 0);
    let p = plan(&c.aftercare.steps, Treatment::Migraine, Some(treated), 0, &z);
    let next = p.iter().find(|s| s.step.id == "next-migraine").unwrap();
    assert_eq!(z.local(next.start.unwrap()).date, Date::new(2027, 2, 16).unwrap(), "12 weeks later");
}

#[test]
fn without_a_date_no_step_has_a_status_or_a_date() {
    let c = en();
    let p = plan(&c.aftercare.steps, Treatment::Cosmetic, None, 0, &FixedZone(0));
    assert!(p.iter().all(|s| s.start.is_none() && s.end.is_none()));
    assert!(p.iter().filter(|s| !s.step.anytime).all(|s| s.status.is_none()));
}

#[test]
fn times_in_12_and_24_hour_formats() {
    let mut ui = en().ui;
    assert_eq!(format_time(at(2026, 1, 1, 0, 5), &ui), "12:05 am");
    assert_eq!(format_time(at(2026, 1, 1, 12, 0), &ui), "12:00 pm");
    assert_eq!(format_time(at(2026, 1, 1, 15, 30), &ui), "3:30 pm");
    ui.time_format = "24h".into();
    assert_eq!(format_time(at(2026, 1, 1, 15, 30), &ui), "15:30");
}

#[test]
fn aftercare_steps_are_valid_and_in_order() {
    assert_eq!(botox_guide::content::validate::problems(&en()), Vec::<String>::new());
    let c = en();
    let ids: Vec<_> = c.aftercare.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids.first(), Some(&"before"));
    assert_eq!(ids.last(), Some(&"any-time"));
    assert!(c.aftercare.steps.iter().flat_map(|s| &s.items).any(|i| i.precaution), "precautions are marked");
}
