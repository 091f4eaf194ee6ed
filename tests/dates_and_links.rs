#![cfg(not(target_arch = "wasm32"))]
//! Calendar arithmetic and deep-link hashes.

use botox_guide::content::Content;
use botox_guide::dates::Date;
use botox_guide::deep_link::{hash_with_tab, tab_from_hash};

#[test]
fn days_round_trip_across_four_centuries() {
    for z in (-150_000..150_000).step_by(7) {
        assert_eq!(Date::from_days(z).to_days(), z);
    }
    assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
    assert_eq!(Date::new(2000, 3, 1).unwrap().to_days(), 11_017);
}

#[test]
fn month_ends_and_leap_days() {
    let d = |y, m, dd| Date::new(y, m, dd).unwrap();
    assert_eq!(d(2026, 1, 31).add_days(1), d(2026, 2, 1));
    assert_eq!(d(2028, 2, 28).add_days(1), d(2028, 2, 29));
    assert_eq!(d(2027, 2, 28).add_days(1), d(2027, 3, 1));
    assert_eq!(d(2100, 2, 28).add_days(1), d(2100, 3, 1), "2100 is not a leap year");
    assert_eq!(d(2000, 2, 28).add_days(1), d(2000, 2, 29), "2000 is");
    assert_eq!(d(2026, 12, 31).add_days(1), d(2027, 1, 1));
    assert!(Date::new(2026, 2, 29).is_none());
    assert!(Date::new(2026, 13, 1).is_none());
    // The leap-year rule where Date::new checks 29 February: every 4th year, but not every
    // 100th, but every 400th.
    assert!(Date::new(2028, 2, 29).is_some());
    assert!(Date::new(2100, 2, 29).is_none() && Date::new(1900, 2, 29).is_none(), "not every 100th year");
    assert!(Date::new(2000, 2, 29).is_some() && Date::new(2400, 2, 29).is_some(), "every 400th");
}

#[test]
fn a_fixed_zone_turns_wall_clock_time_into_the_instant_and_back() {
    use botox_guide::dates::{FixedZone, LocalDateTime, Zone};
    let ten = LocalDateTime::new(Date::new(2026, 12, 3).unwrap(), 10, 0).unwrap();
    let utc = LocalDateTime::new(Date::new(2026, 12, 3).unwrap(), 0, 0).unwrap().naive_minutes();
    assert_eq!(FixedZone(60).instant(ten), utc + 9 * 60, "10:00 at UTC+1 is 09:00 UTC");
    assert_eq!(FixedZone(-300).instant(ten), utc + 15 * 60, "10:00 in New York in winter is 15:00 UTC");
    for z in [FixedZone(60), FixedZone(-300), FixedZone(780)] {
        assert_eq!(z.local(z.instant(ten)), ten, "and back");
    }
}

#[test]
fn weekdays_and_display() {
    use botox_guide::format::{long_date, short_date};
    let dates = Content::builtin_en().dates;
    let d = Date::new(2026, 12, 3).unwrap();
    assert_eq!(d.weekday(), 3, "3 Dec 2026 is a Thursday");
    assert_eq!(short_date(d, &dates), "Thu 3 Dec");
    assert_eq!(long_date(Date::parse_iso("2026-11-24").unwrap(), &dates), "24 November 2026");
    use botox_guide::format::{DateWords, Templates};
    assert_eq!(Templates(&dates).long_date(d), "3 December 2026", "the content's templates, through DateWords");
    let (_, es) = botox_guide::content::OTHER_LOCALES[0];
    let es = Content::from_json(es).unwrap().dates;
    assert_eq!(long_date(Date::parse_iso("2026-11-24").unwrap(), &es), "24 de noviembre de 2026");
    assert!(Date::parse_iso("2026-1-24").is_none());
    assert!(Date::parse_iso("+202-10-01").is_none(), "digits only");
    assert!(Date::parse_iso("yesterday").is_none());
}

#[test]
fn deep_link_hash_reads_and_writes_only_its_own_key() {
    use botox_guide::ids::Tab;
    assert_eq!(tab_from_hash("#botox-guide=aftercare"), Some(Tab::Aftercare));
    assert_eq!(tab_from_hash("#page=2&botox-guide=risks"), Some(Tab::Risks));
    assert_eq!(tab_from_hash("#botox-guide=nope"), None);
    assert_eq!(tab_from_hash(""), None);
    assert_eq!(hash_with_tab("#page=2&botox-guide=risks", Tab::About), "#page=2&botox-guide=about");
    assert_eq!(hash_with_tab("", Tab::About), "#botox-guide=about");
}
