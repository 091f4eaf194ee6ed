//! The DOM events the widget sends to the page, declared once: the wasm fires them from
//! [`GuideEvent`], the loader fires `error` with the name from its generated data, and the
//! README table, TypeScript types and manifest are generated from [`EVENTS`].
//!
//! Every event bubbles and is composed (it leaves the shadow root), on the host element.
//! Names have no colon (`botox-guide-tab-change`) so React, Vue and Angular templates can
//! bind them; the old colon names (`botox-guide:tab-change`) are fired too, as deprecated
//! aliases, for one release.

use crate::ids::{Tab, Treatment};

/// Prefix of every event name.
pub const PREFIX: &str = "botox-guide-";
/// Prefix of the deprecated aliases.
pub const LEGACY_PREFIX: &str = "botox-guide:";
/// Prefix of the `event` of a dataLayer entry (`analytics="datalayer"`): tag managers'
/// trigger names are conventionally snake case.
pub const DATA_LAYER_PREFIX: &str = "botox_guide_";

/// One field of an event's `detail`: name, TypeScript type, what it holds.
pub type DetailField = (&'static str, &'static str, &'static str);

pub struct EventSpec {
    /// The name after the prefix.
    pub name: &'static str,
    pub detail: &'static [DetailField],
    pub doc: &'static str,
    /// The `detail` fields that may go to a clinic's analytics (`analytics="datalayer"`):
    /// ids chosen from a fixed list only, never a date, free text or anything that could
    /// identify a visitor. The others stay on the DOM event.
    pub analytics: &'static [&'static str],
}

impl EventSpec {
    pub fn full_name(&self) -> String {
        format!("{PREFIX}{}", self.name)
    }
    pub fn legacy_name(&self) -> String {
        format!("{LEGACY_PREFIX}{}", self.name)
    }
}

pub const TAB_TYPE: &str = "BotoxGuideTab";
pub const CTA_TYPE: &str = "'booking' | 'phone'";
pub const TREATMENT_TYPE: &str = "'cosmetic' | 'migraine'";
pub const SHARE_TYPE: &str = "'qr' | 'share' | 'copy'";

pub const EVENTS: &[EventSpec] = &[
    EventSpec { name: "ready", detail: &[], doc: "The live widget's first render is on screen.", analytics: &[] },
    EventSpec { name: "tab-change", detail: &[("tab", TAB_TYPE, "the tab the visitor picked")], doc: "The visitor picked a tab.", analytics: &["tab"] },
    EventSpec { name: "treatment-change", detail: &[("treatment", TREATMENT_TYPE, "the treatment picked")], doc: "The visitor switched the treatment shown (figures, aftercare).", analytics: &["treatment"] },
    EventSpec {
        name: "plan-set",
        detail: &[("treatment", TREATMENT_TYPE, "the treatment the plan is for")],
        doc: "The visitor entered a treatment date in the aftercare planner (the date itself is never sent).",
        analytics: &["treatment"],
    },
    EventSpec { name: "step-done", detail: &[("step", "string", "the aftercare step's id")], doc: "The visitor ticked the last item of an aftercare step's checklist.", analytics: &["step"] },
    EventSpec { name: "calendar-download", detail: &[("treatment", TREATMENT_TYPE, "the treatment the reminders are for")], doc: "The visitor downloaded the calendar file.", analytics: &["treatment"] },
    EventSpec { name: "print", detail: &[], doc: "The visitor asked to print the aftercare sheet.", analytics: &[] },
    EventSpec {
        name: "plan-share",
        detail: &[("method", SHARE_TYPE, "how: the QR code shown, the device's share sheet, or the link copied")],
        doc: "The visitor took their plan's link to another device (\"Send to my phone\"): fired by the loader for the small QR wasm. The link itself is never sent.",
        analytics: &["method"],
    },
    EventSpec { name: "cta-click", detail: &[("kind", CTA_TYPE, "which button")], doc: "The visitor used the clinic card's call or booking button.", analytics: &["kind"] },
    EventSpec {
        name: "error",
        detail: &[("message", "string", "what went wrong, for the console or your error log")],
        doc: "The wasm or a content file (locale or `content-url`) failed to load; the widget shows a notice and the built-in content or the prerendered guide.",
        analytics: &[],
    },
];

/// The clinic card's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CtaKind {
    Booking,
    Phone,
}

impl CtaKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CtaKind::Booking => "booking",
            CtaKind::Phone => "phone",
        }
    }
}

/// What the widget tells the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuideEvent {
    Ready,
    TabChange(Tab),
    TreatmentChange(Treatment),
    PlanSet(Treatment),
    /// A step's id.
    StepDone(String),
    CalendarDownload(Treatment),
    Print,
    CtaClick(CtaKind),
    Error(String),
}

impl GuideEvent {
    /// The event's name after the prefix (its spec in [`EVENTS`] has the same name: tested).
    pub fn name(&self) -> &'static str {
        match self {
            GuideEvent::Ready => "ready",
            GuideEvent::TabChange(_) => "tab-change",
            GuideEvent::TreatmentChange(_) => "treatment-change",
            GuideEvent::PlanSet(_) => "plan-set",
            GuideEvent::StepDone(_) => "step-done",
            GuideEvent::CalendarDownload(_) => "calendar-download",
            GuideEvent::Print => "print",
            GuideEvent::CtaClick(_) => "cta-click",
            GuideEvent::Error(_) => "error",
        }
    }

    /// The `detail` object's fields, in the order of the spec.
    pub fn detail(&self) -> Vec<(&'static str, String)> {
        match self {
            GuideEvent::Ready | GuideEvent::Print => vec![],
            GuideEvent::TabChange(tab) => vec![("tab", tab.as_str().to_string())],
            GuideEvent::TreatmentChange(t) | GuideEvent::PlanSet(t) | GuideEvent::CalendarDownload(t) => vec![("treatment", t.as_str().to_string())],
            GuideEvent::StepDone(step) => vec![("step", step.clone())],
            GuideEvent::CtaClick(kind) => vec![("kind", kind.as_str().to_string())],
            GuideEvent::Error(message) => vec![("message", message.clone())],
        }
    }
}
