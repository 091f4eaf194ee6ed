//! A plan that comes with the page: a clinic's `treatment-date` option, or the link a visitor
//! sent to their phone (`#botox-guide-plan=2026-12-01T10:00~migraine`), which reopens their
//! plan on the same page. The fragment never reaches a server's log; the loader reads it once
//! and removes it from the address bar (`loader/plan-link.ts`, with this module's key and
//! separator in its data). Pure: how a link is written, and what a plan from the page does
//! to the one saved on the device.

use crate::ids::Treatment;
use crate::options::PlanTime;

/// The fragment parameter: `#botox-guide-plan=<date and time>[~<treatment>]`.
pub const HASH_KEY: &str = "botox-guide-plan";
/// Between the time and the treatment (unreserved in a URL: never percent-encoded).
pub const SEPARATOR: char = '~';
/// The element a dated plan's printed QR code is drawn into (the loader finds it from the
/// Print button: its data carries this id).
pub const PRINT_CODE_ID: &str = "bg-print-qr";

/// The link that reopens a plan on `page` (the page's address: only its origin and path are
/// kept, so no query parameter of the page, such as a mailing's tracking id, goes with it).
/// It holds the treatment time and the treatment, nothing else.
pub fn link(page: &str, at: PlanTime, treatment: Treatment) -> String {
    let end = page.find(['?', '#']).unwrap_or(page.len());
    format!("{}#{HASH_KEY}={}{SEPARATOR}{treatment}", &page[..end], at.value())
}

/// What a time that came with the page does to the saved plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prefill {
    /// No time came, or the saved one is the same: nothing.
    Nothing,
    /// Nothing is saved: the planner is filled with it (and it is saved, as if typed).
    Fill(String),
    /// A different time is saved: it is kept, and the visitor is offered this one.
    Offer(String),
}

/// The one rule for a plan from the page: it never overwrites a saved time.
pub fn prefill(from_page: Option<PlanTime>, saved: Option<&str>) -> Prefill {
    let Some(at) = from_page else { return Prefill::Nothing };
    let value = at.value();
    match saved {
        None => Prefill::Fill(value),
        Some(s) if crate::dates::LocalDateTime::parse(s) == Some(at.0) => Prefill::Nothing,
        Some(_) => Prefill::Offer(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::LocalDateTime;

    fn at(s: &str) -> PlanTime {
        PlanTime(LocalDateTime::parse(s).unwrap())
    }

    #[test]
    fn a_link_keeps_the_page_path_and_drops_its_query_and_fragment() {
        assert_eq!(link("https://c.example/after?email=a@b.c#top", at("2026-12-01T09:05"), Treatment::Migraine), "https://c.example/after#botox-guide-plan=2026-12-01T09:05~migraine");
        assert_eq!(link("https://c.example/", at("2026-02-28T23:59"), Treatment::Cosmetic), "https://c.example/#botox-guide-plan=2026-02-28T23:59~cosmetic");
    }

    #[test]
    fn a_time_from_the_page_fills_an_empty_plan_and_never_replaces_a_saved_one() {
        assert_eq!(prefill(None, None), Prefill::Nothing);
        assert_eq!(prefill(None, Some("2026-12-01T10:00")), Prefill::Nothing);
        assert_eq!(prefill(Some(at("2026-12-01T10:00")), None), Prefill::Fill("2026-12-01T10:00".into()));
        assert_eq!(prefill(Some(at("2026-12-01T10:00")), Some("2026-12-01T10:00")), Prefill::Nothing);
        // The same time saved with seconds by another version is the same time.
        assert_eq!(prefill(Some(at("2026-12-01T10:00")), Some("2026-12-01T10:00:00")), Prefill::Nothing);
        assert_eq!(prefill(Some(at("2026-12-01T10:00")), Some("2026-12-01T10:30")), Prefill::Offer("2026-12-01T10:00".into()));
        // An unreadable saved value is not replaced either: offered.
        assert_eq!(prefill(Some(at("2026-12-01T10:00")), Some("garbage")), Prefill::Offer("2026-12-01T10:00".into()));
    }
}
