#![cfg(not(target_arch = "wasm32"))]
//! Aftercare date logic: offsets → instants, "which step is now", wording, daylight saving.

use botox_guide::content::{Content, Offset};
use botox_guide::dates::Date;
use botox_guide::format::{format_time, short_date, Templates};
use botox_guide::ids::Treatment;
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
    assert_eq!(LocalDateTime::parse("2026-11-24T23:59"), Some(at(2026, 11, 24, 23, 59)), "the last minute of a day");
    assert_eq!(LocalDateTime::parse("2026-11-24T00:00"), Some(at(2026, 11, 24, 0, 0)));
    for bad in ["", "2026-11-24", "2026-02-30T10:00", "2026-11-24T25:00", "2026-11-24T24:00", "2026-11-24T10:60", "2026-11-24T9:00", "tomorrow"] {
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
    let words = describe_when(first_day, &z, &c, &Templates(&c.dates));
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
    let mut dates = en().dates;
    assert_eq!(format_time(at(2026, 1, 1, 0, 5), &dates), "12:05 am");
    assert_eq!(format_time(at(2026, 1, 1, 12, 0), &dates), "12:00 pm");
    assert_eq!(format_time(at(2026, 1, 1, 15, 30), &dates), "3:30 pm");
    dates.time_format = "24h".into();
    assert_eq!(format_time(at(2026, 1, 1, 15, 30), &dates), "15:30");
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

/// A zone given by its UTC offset changes: (instant from which it applies, offset in minutes).
/// Wall-clock times are resolved as JavaScript's `Date` does: an ambiguous time (clocks
/// going back) is the earlier instant, a skipped one (clocks going forward) moves forward.
struct Changes(&'static [(i64, i64)]);
impl Changes {
    fn offset_at(&self, i: i64) -> i64 {
        self.0.iter().rev().find(|(from, _)| i >= *from).map_or(self.0[0].1, |c| c.1)
    }
}
impl Zone for Changes {
    fn instant(&self, l: LocalDateTime) -> i64 {
        let mut offsets: Vec<i64> = self.0.iter().map(|c| c.1).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let n = l.naive_minutes();
        match offsets.iter().rev().find(|&&o| self.offset_at(n - o) == o) {
            Some(o) => n - o,
            None => n - offsets[0],
        }
    }
    fn local(&self, i: i64) -> LocalDateTime {
        LocalDateTime::from_naive_minutes(i + self.offset_at(i))
    }
}

const fn utc(days_since_epoch: i64, hour: i64) -> i64 {
    days_since_epoch * 1440 + hour * 60
}
/// Pacific/Auckland 2026: NZDT (+13) until 5 April 03:00 local, NZST (+12) until 27 September
/// 02:00 local, then NZDT. (Days since 1970-01-01: 2026-04-04 is 20547, 2026-09-26 is 20722.)
const AUCKLAND: Changes = Changes(&[(i64::MIN, 780), (utc(20547, 14), 720), (utc(20722, 14), 780)]);
/// America/Los_Angeles 2026: PST (−8) until 8 March 02:00 local, PDT (−7) until 1 November
/// 02:00 local, then PST. (2026-03-08 is 20520, 2026-11-01 is 20758.)
const LOS_ANGELES: Changes = Changes(&[(i64::MIN, -480), (utc(20520, 10), -420), (utc(20758, 9), -480)]);

#[test]
fn the_hand_made_zones_match_their_published_changes() {
    assert_eq!(Date::from_days(20547), Date::new(2026, 4, 4).unwrap());
    assert_eq!(Date::from_days(20722), Date::new(2026, 9, 26).unwrap());
    assert_eq!(Date::from_days(20520), Date::new(2026, 3, 8).unwrap());
    assert_eq!(Date::from_days(20758), Date::new(2026, 11, 1).unwrap());
    // 02:30 on the morning clocks go forward does not exist: it becomes 03:30.
    assert_eq!(AUCKLAND.local(AUCKLAND.instant(at(2026, 9, 27, 2, 30))), at(2026, 9, 27, 3, 30));
    assert_eq!(LOS_ANGELES.local(LOS_ANGELES.instant(at(2026, 3, 8, 2, 30))), at(2026, 3, 8, 3, 30));
    // 01:30 on the morning clocks go back happens twice: the first one is taken.
    let first = LOS_ANGELES.instant(at(2026, 11, 1, 1, 30));
    assert_eq!(LOS_ANGELES.local(first + 60), at(2026, 11, 1, 1, 30), "an hour later it is 01:30 again");
}

fn current(c: &Content, t: Treatment, treated: LocalDateTime, now: i64, z: &dyn Zone) -> Vec<String> {
    let p = plan(&c.aftercare.steps, t, Some(treated), now, z);
    p.iter().filter(|s| s.status == Some(Status::Now)).map(|s| s.step.id.clone()).collect()
}

fn status_line(c: &Content, t: Treatment, treated: LocalDateTime, now: i64, z: &dyn Zone) -> Option<String> {
    let p = plan(&c.aftercare.steps, t, Some(treated), now, z);
    between_status(&p, z, c, &Templates(&c.dates))
}

#[test]
fn day_two_gap_names_the_next_step_and_its_day_in_far_zones_for_both_treatments() {
    let c = en();
    for z in [&AUCKLAND as &dyn Zone, &LOS_ANGELES, &FixedZone(0)] {
        // Treated 1 Dec at 1 pm; it is now 3 Dec at 10 am: 45 hours later.
        let treated = at(2026, 12, 1, 13, 0);
        let now = z.instant(at(2026, 12, 3, 10, 0));
        assert_eq!(current(&c, Treatment::Cosmetic, treated, now, z), Vec::<String>::new(), "no cosmetic step on day 2");
        assert_eq!(
            status_line(&c, Treatment::Cosmetic, treated, now, z).as_deref(),
            Some("No step is due right now. Keep watching for the warning signs. Next: \u{2068}Days 3 to 7: the effect begins\u{2069}, from Fri 4 Dec.")
        );
        let migraine = current(&c, Treatment::Migraine, treated, now, z);
        assert_eq!(migraine.len(), 1, "a migraine step is current on day 2: {migraine:?}");
        assert_eq!(status_line(&c, Treatment::Migraine, treated, now, z), None, "no gap line while a step is current");
    }
}

#[test]
fn just_before_and_after_midnight_the_first_day_ends_at_the_treatment_time() {
    let c = en();
    for z in [&AUCKLAND as &dyn Zone, &LOS_ANGELES] {
        let treated = at(2026, 12, 2, 23, 30);
        let before = z.instant(at(2026, 12, 3, 23, 20));
        let after = z.instant(at(2026, 12, 3, 23, 40));
        let past_midnight = z.instant(at(2026, 12, 4, 0, 10));
        assert_eq!(current(&c, Treatment::Cosmetic, treated, before, z), vec!["first-day".to_string()]);
        let p = plan(&c.aftercare.steps, Treatment::Cosmetic, Some(treated), before, z);
        let first_day = p.iter().find(|s| s.step.id == "first-day").unwrap();
        assert_eq!(describe_when(first_day, z, &c, &Templates(&c.dates)).as_deref(), Some("Until Thu 3 Dec, 11:30 pm"));
        for now in [after, past_midnight] {
            assert_eq!(current(&c, Treatment::Cosmetic, treated, now, z), Vec::<String>::new());
            let line = status_line(&c, Treatment::Cosmetic, treated, now, z).unwrap();
            assert!(line.ends_with("Next: \u{2068}Days 3 to 7: the effect begins\u{2069}, from Sat 5 Dec."), "{line}");
        }
    }
}

#[test]
fn across_daylight_saving_changes_in_auckland_and_los_angeles() {
    let c = en();
    let when = |z: &dyn Zone, t: Treatment, treated, id: &str| {
        let p = plan(&c.aftercare.steps, t, Some(treated), 0, z);
        let s = p.iter().find(|s| s.step.id == id).unwrap().clone();
        (describe_when(&s, z, &c, &Templates(&c.dates)).unwrap(), s)
    };
    // Los Angeles, clocks go back at 02:00 on 1 November: 4 real hours after 10 pm is 1 am.
    let treated = at(2026, 10, 31, 22, 0);
    assert_eq!(when(&LOS_ANGELES, Treatment::Cosmetic, treated, "first-4-hours").0, "Until Sun 1 Nov, 1:00 am");
    assert_eq!(when(&LOS_ANGELES, Treatment::Cosmetic, treated, "full-effect").0, "Sat 14 Nov");
    let (_, full) = when(&LOS_ANGELES, Treatment::Cosmetic, treated, "full-effect");
    assert_eq!(LOS_ANGELES.local(full.start.unwrap()), at(2026, 11, 14, 22, 0), "day 14 keeps 10 pm");
    let t0 = LOS_ANGELES.instant(treated);
    assert_eq!(current(&c, Treatment::Cosmetic, treated, t0 + 210, &LOS_ANGELES), vec!["first-4-hours", "first-day"]);
    assert_eq!(current(&c, Treatment::Cosmetic, treated, t0 + 250, &LOS_ANGELES), vec!["first-day"], "4 real hours are over at the second 1 am");
    let (_, next) = when(&LOS_ANGELES, Treatment::Migraine, treated, "next-migraine");
    assert_eq!(LOS_ANGELES.local(next.start.unwrap()), at(2027, 1, 23, 22, 0), "week 12 at the same time of day");
    // Auckland, clocks go forward at 02:00 on 27 September: 4 real hours after 11:30 pm is 4:30 am.
    let treated = at(2026, 9, 26, 23, 30);
    assert_eq!(when(&AUCKLAND, Treatment::Cosmetic, treated, "first-4-hours").0, "Until Sun 27 Sep, 4:30 am");
    assert_eq!(when(&AUCKLAND, Treatment::Cosmetic, treated, "first-day").0, "Until Mon 28 Sep, 12:30 am", "24 real hours: the lost hour shows");
    let (_, next) = when(&AUCKLAND, Treatment::Migraine, treated, "next-migraine");
    assert_eq!(AUCKLAND.local(next.start.unwrap()), at(2026, 12, 19, 23, 30));
}

#[test]
fn the_gap_line_names_the_next_step_in_every_locale() {
    let treated = at(2026, 12, 1, 13, 0);
    let z = FixedZone(0);
    let now = z.instant(at(2026, 12, 3, 10, 0));
    let mut lines = vec![status_line(&en(), Treatment::Cosmetic, treated, now, &z).unwrap()];
    for (code, json) in botox_guide::content::OTHER_LOCALES {
        let c = Content::from_json(json).unwrap();
        let line = status_line(&c, Treatment::Cosmetic, treated, now, &z).unwrap_or_else(|| panic!("{code}: no gap line"));
        let next = c.aftercare.steps.iter().find(|s| s.id == "effect-begins").unwrap();
        assert!(line.contains(&next.title) && line.contains(&short_date(Date::new(2026, 12, 4).unwrap(), &c.dates)), "{code}: {line}");
        lines.push(line);
    }
    assert_eq!(lines[1], "Ahora no le toca ningún paso. Siga atento a las señales de alarma. Lo siguiente: \u{2068}Días 3 a 7: empieza el efecto\u{2069}, desde el vie 4 dic.");
}

#[test]
fn each_planned_step_knows_its_place_in_the_content() {
    let c = en();
    let z = FixedZone(0);
    for t in [Treatment::Cosmetic, Treatment::Migraine] {
        let planned = plan(&c.aftercare.steps, t, None, 0, &z);
        assert!(planned.len() < c.aftercare.steps.len(), "{t}: some steps are for the other treatment");
        for p in &planned {
            assert!(std::ptr::eq(p.step, &c.aftercare.steps[p.index]), "{t}: {}", p.step.id);
        }
    }
}
