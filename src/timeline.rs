//! Pure date logic for the aftercare timeline: offsets from the treatment time to real
//! instants, which step is "now", and how to say when a step happens. No DOM.
//!
//! Times are minutes since 1970-01-01 00:00 UTC (`i64`). The visitor's wall clock is a
//! [`LocalDateTime`]; a [`Zone`] converts between the two. In the browser the zone is the
//! visitor's own (through JavaScript's `Date`, which knows daylight-saving rules); native
//! tests use fixed or hand-made zones. Offsets in hours are real elapsed time ("4 hours
//! after" is 4 hours later even across a clock change); offsets in days are calendar days
//! at the same wall-clock time ("day 14" is 14 dates later at the same time of day).

use crate::content::{Offset, Step, Ui};
use crate::dates::Date;
use crate::options::Treatment;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDateTime {
    pub date: Date,
    /// Minutes after local midnight, 0..1440.
    pub minute: u32,
}

impl LocalDateTime {
    pub fn new(date: Date, hour: u32, minute: u32) -> Option<LocalDateTime> {
        (hour < 24 && minute < 60).then_some(LocalDateTime { date, minute: hour * 60 + minute })
    }

    /// Parse the value of `<input type="datetime-local">`: `YYYY-MM-DDTHH:MM[:SS[.sss]]`.
    pub fn parse(s: &str) -> Option<LocalDateTime> {
        let (date, time) = s.trim().split_once(['T', ' '])?;
        let date = Date::parse_iso(date)?;
        let mut parts = time.split(':');
        let h = parts.next()?;
        let m = parts.next()?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        LocalDateTime::new(date, h.parse().ok()?, m.parse().ok()?)
    }

    pub fn hour(self) -> u32 {
        self.minute / 60
    }

    /// Minutes since the epoch if this wall-clock time were UTC.
    pub fn naive_minutes(self) -> i64 {
        self.date.to_days() * 1440 + i64::from(self.minute)
    }

    pub fn from_naive_minutes(m: i64) -> LocalDateTime {
        LocalDateTime { date: Date::from_days(m.div_euclid(1440)), minute: m.rem_euclid(1440) as u32 }
    }
}

/// A time zone: wall clock ⇄ instant.
pub trait Zone {
    /// The instant (UTC minutes) of a local wall-clock time. For a time skipped by a clock
    /// change, the zone picks one (JavaScript moves it forward).
    fn instant(&self, local: LocalDateTime) -> i64;
    /// The local wall-clock time at an instant.
    fn local(&self, instant: i64) -> LocalDateTime;
}

/// A zone with a fixed offset from UTC, in minutes (east positive).
pub struct FixedZone(pub i64);

impl Zone for FixedZone {
    fn instant(&self, local: LocalDateTime) -> i64 {
        local.naive_minutes() - self.0
    }
    fn local(&self, instant: i64) -> LocalDateTime {
        LocalDateTime::from_naive_minutes(instant + self.0)
    }
}

/// Rough length of an offset in minutes (for validation and ordering only).
pub fn offset_minutes_estimate(o: Offset) -> i64 {
    match o {
        Offset::Hours(h) => h * 60,
        Offset::Days(d) => d * 1440,
    }
}

/// The instant an offset from the treatment time falls on.
pub fn instant_at(treated: LocalDateTime, offset: Offset, zone: &dyn Zone) -> i64 {
    match offset {
        Offset::Hours(h) => zone.instant(treated) + h * 60,
        Offset::Days(d) => zone.instant(LocalDateTime { date: treated.date.add_days(d), ..treated }),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Past,
    Now,
    Upcoming,
    /// Not tied to a time (the urgent signs).
    Always,
}

/// Where `now` is relative to a window `[start, end)`; open ends reach to ±infinity.
pub fn status(start: Option<i64>, end: Option<i64>, now: i64) -> Status {
    match (start, end) {
        (None, None) => Status::Always,
        (Some(s), _) if now < s => Status::Upcoming,
        (_, Some(e)) if now >= e => Status::Past,
        _ => Status::Now,
    }
}

/// Whether a step applies to the treatment shown (`Both` shows every step).
pub fn applies(step: &Step, treatment: Treatment) -> bool {
    match (&step.only, treatment) {
        (None, _) | (_, Treatment::Both) => true,
        (Some(only), t) => only == t.as_str(),
    }
}

/// A step placed in time.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned<'a> {
    pub step: &'a Step,
    pub start: Option<i64>,
    pub end: Option<i64>,
    /// `None` until the visitor enters a treatment time.
    pub status: Option<Status>,
}

/// The steps for a treatment, in order, with real times when the treatment time is known.
pub fn plan<'a>(
    steps: &'a [Step],
    treatment: Treatment,
    treated: Option<LocalDateTime>,
    now: i64,
    zone: &dyn Zone,
) -> Vec<Planned<'a>> {
    steps
        .iter()
        .filter(|s| applies(s, treatment))
        .map(|step| {
            let at = |o: Option<Offset>| Some(instant_at(treated?, o?, zone));
            let (start, end) = (at(step.start), at(step.end));
            let status = match (treated, step.anytime) {
                (_, true) => Some(Status::Always),
                (Some(_), false) => Some(status(start, end, now)),
                (None, false) => None,
            };
            Planned { step, start, end, status }
        })
        .collect()
}

/// Index of the first upcoming step when no timed step is current ("between steps").
pub fn between_before(plan: &[Planned]) -> Option<usize> {
    if plan.iter().any(|p| p.status == Some(Status::Now)) {
        return None;
    }
    plan.iter().position(|p| p.status == Some(Status::Upcoming))
}

/// The status line when no timed step is current: "You are between steps…" followed by
/// what comes next and the day it starts ("Next: Days 3 to 7: the effect begins, from Fri
/// 4 Dec."). `None` when a step is current, or no treatment time is known.
pub fn between_status(plan: &[Planned], zone: &dyn Zone, ui: &Ui, between: &str, next_step: &str) -> Option<String> {
    let next = &plan[between_before(plan)?];
    let when = zone.local(next.start?).date.short(ui);
    Some(format!("{between} {}", next_step.replace("{step}", &next.step.title).replace("{when}", &when)))
}

/// "3:00 pm" (12h) or "15:00" (24h).
pub fn format_time(t: LocalDateTime, ui: &Ui) -> String {
    let (h, m) = (t.minute / 60, t.minute % 60);
    if ui.time_format == "24h" {
        format!("{h:02}:{m:02}")
    } else {
        let suffix = if h < 12 { "am" } else { "pm" };
        let h12 = if h % 12 == 0 { 12 } else { h % 12 };
        format!("{h12}:{m:02} {suffix}")
    }
}

/// Words for when a planned step happens, or `None` without a treatment time.
/// `until`, `from_to` and `from` are the locale's templates ("Until {when}", …).
pub fn describe_when(p: &Planned, zone: &dyn Zone, ui: &Ui, until: &str, from_to: &str, from: &str) -> Option<String> {
    let day = |i: i64| zone.local(i).date.short(ui);
    let day_time = |i: i64| {
        let l = zone.local(i);
        format!("{}, {}", l.date.short(ui), format_time(l, ui))
    };
    let hourly = matches!(p.step.end, Some(Offset::Hours(_)));
    match (p.start, p.end) {
        (None, Some(e)) => Some(until.replace("{when}", &day_time(e))),
        (Some(_), Some(e)) if hourly => Some(until.replace("{when}", &day_time(e))),
        (Some(s), Some(e)) if e - s <= 1440 => Some(day(s)),
        (Some(s), Some(e)) => Some(from_to.replace("{from}", &day(s)).replace("{to}", &day(e))),
        (Some(s), None) => Some(from.replace("{when}", &day(s))),
        (None, None) => None,
    }
}
