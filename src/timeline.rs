//! Pure date logic for the aftercare timeline: offsets from the treatment time to real
//! instants, which step is "now", and how to say when a step happens. No DOM.
//!
//! Times are minutes since 1970-01-01 00:00 UTC (`i64`). The visitor's wall clock is a
//! [`LocalDateTime`]; a [`Zone`] converts between the two. In the browser the zone is the
//! visitor's own (through JavaScript's `Date`, which knows daylight-saving rules); native
//! tests use fixed or hand-made zones. Offsets in hours are real elapsed time ("4 hours
//! after" is 4 hours later even across a clock change); offsets in days are calendar days
//! at the same wall-clock time ("day 14" is 14 dates later at the same time of day).

use crate::content::{AftercareText, Content, Offset, Step};
pub use crate::dates::{FixedZone, LocalDateTime, Zone};
use crate::format::DateWords;
use crate::ids::Treatment;

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

/// Whether a step applies to the treatment shown.
pub fn applies(step: &Step, treatment: Treatment) -> bool {
    step.only.is_none_or(|only| only == treatment)
}

/// A step placed in time.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned<'a> {
    pub step: &'a Step,
    /// Its position in the content's steps (what the visitor's opened past steps are keyed by).
    pub index: usize,
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
        .enumerate()
        .filter(|(_, s)| applies(s, treatment))
        .map(|(index, step)| {
            let at = |o: Option<Offset>| Some(instant_at(treated?, o?, zone));
            let (start, end) = (at(step.start), at(step.end));
            let status = match (treated, step.anytime) {
                (_, true) => Some(Status::Always),
                (Some(_), false) => Some(status(start, end, now)),
                (None, false) => None,
            };
            Planned { step, index, start, end, status }
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
pub fn between_status(plan: &[Planned], zone: &dyn Zone, c: &Content, words: &dyn DateWords) -> Option<String> {
    let next = &plan[between_before(plan)?];
    let when = words.short_date(zone.local(next.start?).date);
    let labels = &c.aftercare.labels;
    let next_line = labels[AftercareText::NextStep].replace("{step}", &crate::text::isolate(&next.step.title)).replace("{when}", &when);
    Some(format!("{} {next_line}", &labels[AftercareText::Between]))
}

/// What the "right now" card at the top of the plan says, once a date is set.
#[derive(Debug, Clone, PartialEq)]
pub struct Today<'p, 'a> {
    /// The timed steps under way now (what to do and avoid, and until when).
    pub current: Vec<&'p Planned<'a>>,
    /// The first step still to come.
    pub next: Option<&'p Planned<'a>>,
}

/// The "right now" card's steps, or `None` without a treatment time.
pub fn today<'p, 'a>(plan: &'p [Planned<'a>]) -> Option<Today<'p, 'a>> {
    if plan.iter().all(|p| p.status.is_none() || p.status == Some(Status::Always)) {
        return None;
    }
    let current = plan.iter().filter(|p| p.status == Some(Status::Now)).collect();
    let next = plan.iter().find(|p| p.status == Some(Status::Upcoming));
    Some(Today { current, next })
}

/// The status line by the date field: the steps under way ("Now: First 4 hours, First 24
/// hours. …"), or between steps what comes next; `None` without a treatment time.
pub fn status_line(plan: &[Planned], zone: &dyn Zone, c: &Content, words: &dyn DateWords) -> Option<String> {
    let now: Vec<String> = plan.iter().filter(|p| p.status == Some(Status::Now)).map(|p| crate::text::isolate(&p.step.title)).collect();
    if now.is_empty() {
        return between_status(plan, zone, c, words);
    }
    Some(c.aftercare.labels[AftercareText::NowStatus].replace("{steps}", &now.join(", ")))
}

/// Whether an item of a step has a box to tick: what to do or avoid at a time, not what to
/// expect, nor the warning signs (any time).
pub fn tickable(step: &Step, item: &crate::content::Item) -> bool {
    !step.anytime && item.kind != crate::content::ItemKind::Expect
}

/// Whether a step before now is "done": the visitor ticked every box in it (a step with
/// nothing to tick is only ever "past").
pub fn done(step: &Step, ticked: impl Fn(&str) -> bool) -> bool {
    let mut boxes = step.items.iter().filter(|i| tickable(step, i)).peekable();
    boxes.peek().is_some() && boxes.all(|i| ticked(&i.id))
}

/// Words for when a planned step happens, or `None` without a treatment time, with the
/// content's templates ("Until {when}", "{from} to {to}", "From {when}").
pub fn describe_when(p: &Planned, zone: &dyn Zone, c: &Content, words: &dyn DateWords) -> Option<String> {
    let labels = &c.aftercare.labels;
    let (until, from_to, from) = (&labels[AftercareText::Until], &labels[AftercareText::FromTo], &labels[AftercareText::From]);
    let day = |i: i64| words.short_date(zone.local(i).date);
    let day_time = |i: i64| words.day_time(zone.local(i));
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
