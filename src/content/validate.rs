//! Checks that a content file is complete and consistent. Used by the test suite on the
//! built-in files and at run time on a clinic's `content-url` override.

use super::{BenefitUnit, Content, Group, Level, Rate};
use crate::ids::{Market, Tab, Treatment};
/// A small set of ids (a list: the content has dozens, and a hash set would add its own
/// code to the wasm for each key type).
#[derive(Default)]
struct Ids<'a>(Vec<&'a str>);

impl<'a> Ids<'a> {
    fn contains(&self, id: &str) -> bool {
        self.0.contains(&id)
    }

    /// Adds `id`; false if it was there already.
    fn insert(&mut self, id: &'a str) -> bool {
        let new = !self.contains(id);
        if new {
            self.0.push(id);
        }
        new
    }
}

impl<'a> FromIterator<&'a str> for Ids<'a> {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
        let mut ids = Ids::default();
        for id in iter {
            ids.insert(id);
        }
        ids
    }
}

impl<'a> Extend<&'a str> for Ids<'a> {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        for id in iter {
            self.insert(id);
        }
    }
}

/// Every problem found, in plain words. Empty means the content is valid.
/// Every problem of a content file: of its texts as written (the US market's), then of each
/// other market's view of it (its overrides applied; only what the US view does not already
/// have, named with the market), then each market's facts (its emergency number, its
/// reporting route, a non-promotional title) in that market's texts.
pub fn problems(content: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let mut us: Vec<String> = Vec::new();
    for &market in Market::ALL {
        let view = super::market::apply(content, market);
        let found = file_problems(&view);
        if market == Market::Us {
            us = found.clone();
            out.extend(found);
        } else {
            out.extend(found.into_iter().filter(|p| !us.contains(p)).map(|p| format!("markets ({market}): {p}")));
        }
        market_problems(content, &view, market, &mut out);
    }
    out
}

/// The block on the risks tab that says how to report a side effect (it must name the
/// market's route) and the list of possible benefits (left out where the guide must not
/// promote a prescription-only medicine).
pub const REPORT_BLOCK: &str = "report-side-effect";
pub const BENEFITS_BLOCK: &str = "possible-benefits";
/// The brand a non-promotional market's title and tab labels must not name.
pub const BRAND: &str = "botox";

/// What the market's facts require of its view of the content.
fn market_problems(content: &Content, view: &Content, market: Market, out: &mut Vec<String>) {
    let spec = market.spec();
    let urgent = &view.risks.urgent.emergency;
    for number in std::iter::once(spec.emergency).chain(spec.urgent_line) {
        if !has_number(urgent, number) {
            out.push(format!("markets ({market}): risks.urgent.emergency does not give the number {number}"));
        }
    }
    let block = view.sections.iter().flat_map(|s| s.all_blocks()).find(|b| b.id() == Some(REPORT_BLOCK));
    let text = block.map(|b| b.texts().concat()).unwrap_or_default();
    for needed in [Some(spec.report.0).filter(|n| !n.is_empty()), spec.report.1].into_iter().flatten() {
        if !text.contains(needed) {
            out.push(format!("markets ({market}): the block `{REPORT_BLOCK}` does not name {needed}"));
        }
    }
    if spec.non_promotional {
        // The brand nowhere a visitor reads but in the blocks the market keeps as written
        // (the one factual mention in "what it is").
        let keep: Vec<String> = view_keep(content, market);
        let mut named = Vec::new();
        super::market::for_each_text(&mut view.clone(), &keep, &mut |text| {
            if text.to_ascii_lowercase().contains(BRAND) {
                named.push(text.clone());
            }
        });
        for text in named {
            out.push(format!("markets ({market}): names the brand outside the blocks kept as written, in: {text}"));
        }
        if keep.len() > 1 {
            out.push(format!("markets ({market}): more than one block keeps the brand"));
        }
        if view.sections.iter().flat_map(|s| s.all_blocks()).any(|b| b.id() == Some(BENEFITS_BLOCK)) {
            out.push(format!("markets ({market}): the block `{BENEFITS_BLOCK}` must be left out (omit)"));
        }
    }
}

/// The blocks `market`'s overrides keep as written.
fn view_keep(content: &Content, market: Market) -> Vec<String> {
    content.markets.iter().filter(|set| set.markets.contains(&market)).flat_map(|set| set.keep.iter().cloned()).collect()
}

/// Whether `text` gives `number` as a number of its own (not inside a longer one).
fn has_number(text: &str, number: &str) -> bool {
    let digit = |c: Option<&u8>| c.is_some_and(u8::is_ascii_digit);
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|i| bytes[i..].starts_with(number.as_bytes()) && !digit(i.checked_sub(1).and_then(|j| bytes.get(j))) && !digit(bytes.get(i + number.len())))
}

fn file_problems(content: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let source_ids: Ids = content.sources.iter().map(|s| s.id.as_str()).collect();

    for (what, id) in all_ids(content) {
        if !is_id(id) {
            out.push(format!("{what} id `{id}` must be 1 to 64 of a-z, 0-9 and -"));
        }
    }
    if let Some(date) = &content.reviewed_on {
        if !is_iso_date(date) {
            out.push(format!("reviewed_on `{date}` is not a YYYY-MM-DD date"));
        }
    }
    if content.sources.len() != source_ids.0.len() {
        out.push("two sources share an id".to_string());
    }
    for source in &content.sources {
        if source.title.trim().is_empty() || source.publisher.trim().is_empty() {
            out.push(format!("source `{}` has no title or publisher", source.id));
        }
        if !source.url.starts_with("https://") {
            out.push(format!("source `{}` has a URL that is not https", source.id));
        } else if is_site_root(&source.url) {
            out.push(format!("source `{}` links to a site's front page, not the page it cites", source.id));
        }
    }

    let mut seen = Ids::default();
    for section in &content.sections {
        if !seen.insert(section.id.as_str()) {
            out.push(format!("section `{}` appears twice", section.id));
        }
        if section.label.trim().is_empty() || section.heading.trim().is_empty() {
            out.push(format!("section `{}` has no label or heading", section.id));
        }
        if section.all_blocks().next().is_none() {
            out.push(format!("section `{}` is empty", section.id));
        }
        if section.summary.is_empty() {
            out.push(format!("section `{}` has no summary", section.id));
        }
        if let Some(detail) = &section.detail {
            if detail.title.trim().is_empty() || detail.blocks.is_empty() {
                out.push(format!("section `{}` has a detail without a title or blocks", section.id));
            }
        }
        for block in section.all_blocks() {
            if let super::Block::BenefitFigures { treatment } = block {
                if content.risk_treatment(*treatment).is_none_or(|t| t.benefits.is_empty()) {
                    out.push(format!("section `{}` shows the benefits of `{treatment}`, which has none", section.id));
                }
            }
            if block.texts().iter().any(|t| t.trim().is_empty()) {
                out.push(format!("section `{}` has an empty text", section.id));
            }
            if let super::Block::List { items, .. } = block {
                if items.is_empty() {
                    out.push(format!("section `{}` has an empty list", section.id));
                }
            }
            for id in block.sources() {
                if !source_ids.contains(id.as_str()) {
                    out.push(format!("section `{}` cites unknown source `{id}`", section.id));
                }
            }
        }
    }
    for id in Tab::IDS {
        if !seen.contains(id) {
            out.push(format!("section `{id}` is missing"));
        }
    }

    risk_problems(content, &source_ids, &mut out);
    aftercare_problems(content, &source_ids, &mut out);

    let cited: Ids = content.cited_sources().collect();
    for source in &content.sources {
        if !cited.contains(source.id.as_str()) {
            out.push(format!("source `{}` is never cited", source.id));
        }
    }

    let d = &content.dates;
    if d.months.len() != 12 || d.months_short.len() != 12 || d.weekdays_short.len() != 7 {
        out.push("dates needs 12 month names, 12 short month names and 7 weekday names".to_string());
    }
    let texts = [("ui", content.ui.missing().collect::<Vec<_>>()), ("risks.labels", content.risks.labels.missing().collect()), ("aftercare.labels", content.aftercare.labels.missing().collect())];
    for (group, missing) in texts {
        for name in missing {
            out.push(format!("{group} has no text `{name}`"));
        }
    }
    missing_placeholders(content, &mut out);
    if !is_iso_date(&content.last_checked) {
        out.push(format!("last_checked `{}` is not a YYYY-MM-DD date", content.last_checked));
    }
    if !is_iso_date(&content.next_review) {
        out.push(format!("next_review `{}` is not a YYYY-MM-DD date", content.next_review));
    } else if content.next_review <= content.last_checked {
        out.push(format!("next_review {} is not after last_checked {}", content.next_review, content.last_checked));
    }
    for (what, place, id) in SAFETY_REQUIRED {
        if !has_statement(content, place, id) {
            out.push(format!("the {what} statement `{id}` is missing ({place:?})"));
        }
    }
    let block_ids: Vec<&str> = content.sections.iter().flat_map(|s| s.all_blocks()).filter_map(|b| b.id()).collect();
    for (i, id) in block_ids.iter().enumerate() {
        if !is_id(id) {
            out.push(format!("block id `{id}` must be 1 to 64 of a-z, 0-9 and -"));
        }
        if block_ids[..i].contains(id) {
            out.push(format!("block id `{id}` appears twice"));
        }
    }
    out
}

/// Boxed-warning symptoms and allergic-reaction signs the urgent list must name (ids), at
/// the level each must have: trouble swallowing, breathing or speaking, swelling of the face
/// or throat, weakness all over and fainting are emergencies; the others are for the same day.
pub const URGENT_REQUIRED: [(&str, Level); 9] = [
    ("swallowing", Level::Emergency),
    ("breathing", Level::Emergency),
    ("speaking", Level::Emergency),
    ("allergy-swelling", Level::Emergency),
    ("weakness", Level::Emergency),
    ("allergy-faint", Level::Emergency),
    ("vision", Level::SameDay),
    ("eyelids", Level::SameDay),
    ("allergy-hives", Level::SameDay),
];

/// Statements every patient leaflet carries, which the guide must keep in every locale and
/// a clinic's file may not drop: (what, where it must be, its id).
pub const SAFETY_REQUIRED: [(&str, Place, &str); 19] = [
    ("ingredients", Place::Block(crate::ids::Tab::About), "ingredients"),
    ("results vary", Place::Block(crate::ids::Tab::Wrinkles), "results-vary"),
    ("at the appointment", Place::Block(crate::ids::Tab::Wrinkles), "at-appointment"),
    ("alternatives", Place::Block(crate::ids::Tab::Wrinkles), "alternatives"),
    ("highest risk", Place::Block(crate::ids::Tab::Risks), "highest-risk"),
    ("pregnancy and breastfeeding", Place::Block(crate::ids::Tab::Risks), "pregnancy"),
    ("what to tell the clinician", Place::Block(crate::ids::Tab::Risks), "tell-clinician"),
    ("reporting a side effect", Place::Block(crate::ids::Tab::Risks), "report-side-effect"),
    ("what affects the cost", Place::Block(crate::ids::Tab::Choosing), "cost"),
    ("blood thinners", Place::AftercareItem, "keep-blood-thinners"),
    ("driving", Place::Block(crate::ids::Tab::Risks), "driving"),
    ("driving", Place::AftercareItem, "no-driving-if-weak"),
    ("medicines", Place::Block(crate::ids::Tab::Risks), "medicines"),
    ("medicines", Place::AftercareItem, "tell-medicines"),
    ("adults only", Place::Block(crate::ids::Tab::About), "adults-only"),
    ("contraindications", Place::Block(crate::ids::Tab::Risks), "who-should-not"),
    ("medication overuse", Place::Block(crate::ids::Tab::Migraine), "medication-overuse"),
    ("migraine specialist", Place::Block(crate::ids::Tab::Migraine), "migraine-specialist"),
    ("migraine specialist", Place::Block(crate::ids::Tab::Choosing), "migraine-specialist-choosing"),
];

/// Where a required statement lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A block (with this id) of a tab.
    Block(crate::ids::Tab),
    /// An item (with this id) of an aftercare step.
    AftercareItem,
}

/// Whether `content` holds the statement `id` at `place`.
pub fn has_statement(content: &Content, place: Place, id: &str) -> bool {
    match place {
        Place::Block(tab) => content.section(tab).is_some_and(|s| s.all_blocks().any(|b| b.id() == Some(id))),
        Place::AftercareItem => content.aftercare.steps.iter().flat_map(|s| &s.items).any(|i| i.id == id),
    }
}

fn risk_problems(content: &Content, source_ids: &Ids, out: &mut Vec<String>) {
    let risks = &content.risks;
    let ids: Vec<Treatment> = risks.treatments.iter().map(|t| t.id).collect();
    if ids != Treatment::ALL {
        let found: Vec<&str> = ids.iter().map(|t| t.as_str()).collect();
        out.push(format!("risk treatments must be {}, found {}", Treatment::IDS.join(", "), found.join(", ")));
    }
    let rate_ok = |r: &Option<Rate>| match r {
        Some(Rate::Per100(n)) => (0.0..=100.0).contains(n),
        _ => true,
    };
    for t in &risks.treatments {
        let mut seen = Ids::default();
        for (group, name) in [(Group::Expected, "expected"), (Group::Call, "call")] {
            if !t.effects.iter().any(|e| e.group == group) {
                out.push(format!("treatment `{}` has no effect in group {name}", t.id));
            }
        }
        for e in &t.effects {
            let at = format!("effect `{}` of `{}`", e.id, t.id);
            if !seen.insert(e.id.as_str()) {
                out.push(format!("{at} appears twice"));
            }
            if !rate_ok(&e.rate) || !rate_ok(&e.placebo) {
                out.push(format!("{at} has a rate outside 0 to 100"));
            }
            if e.rate.is_none() && e.no_rate.as_deref().is_none_or(|t| t.trim().is_empty()) {
                out.push(format!("{at} has no rate and no words saying so"));
            }
            if !source_ids.contains(e.source.as_str()) {
                out.push(format!("{at} cites unknown source `{}`", e.source));
            }
            if [&e.name, &e.feels, &e.lasts, &e.action].iter().any(|s| s.trim().is_empty()) {
                out.push(format!("{at} has an empty text"));
            }
        }
        for b in t.benefits.iter().chain(&t.harms) {
            if !source_ids.contains(b.source.as_str()) {
                out.push(format!("figure `{}` cites unknown source `{}`", b.id, b.source));
            }
            if b.unit == BenefitUnit::Per100 && !(0.0..=100.0).contains(&b.botox.max(b.placebo)) {
                out.push(format!("figure `{}` has a rate outside 0 to 100", b.id));
            }
        }
        if !source_ids.contains(t.source.as_str()) {
            out.push(format!("treatment `{}` cites unknown source `{}`", t.id, t.source));
        }
    }
    let urgent = &risks.urgent;
    for (required, level) in URGENT_REQUIRED {
        match urgent.sign(required) {
            None => out.push(format!("urgent signs lack `{required}`")),
            Some(sign) if sign.level != level => out.push(format!("urgent sign `{required}` must be at level {}", level_name(level))),
            Some(_) => {}
        }
    }
    for (level, name) in [(Level::Emergency, "emergency"), (Level::SameDay, "same_day")] {
        if urgent.advice(level).trim().is_empty() {
            out.push(format!("urgent signs have no advice for level {name}"));
        }
    }
    for sign in &urgent.signs {
        if sign.text.trim().is_empty() || sign.short.trim().is_empty() {
            out.push(format!("urgent sign `{}` has an empty text", sign.id));
        }
    }
    // A side-effect card that is a warning sign says what its level says: a same-day sign is
    // a card to call the clinic about; an emergency never waits on a card.
    for t in &risks.treatments {
        for e in &t.effects {
            let Some(id) = e.sign.as_deref() else { continue };
            match urgent.sign(id).map(|s| s.level) {
                None => out.push(format!("effect `{}` of `{}` names unknown urgent sign `{id}`", e.id, t.id)),
                Some(Level::Emergency) => out.push(format!("effect `{}` of `{}` is the emergency sign `{id}`: emergencies belong in the urgent box, not on a card", e.id, t.id)),
                Some(Level::SameDay) if e.group != Group::Call => out.push(format!("effect `{}` of `{}` is the same-day sign `{id}` but not in the call group", e.id, t.id)),
                Some(Level::SameDay) => {}
            }
        }
    }
    if !source_ids.contains(risks.urgent.source.as_str()) {
        out.push(format!("urgent signs cite unknown source `{}`", risks.urgent.source));
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Emergency => "emergency",
        Level::SameDay => "same_day",
    }
}

/// Steps the timeline must have (ids), in this order among the steps.
pub const STEPS_REQUIRED: [&str; 6] = ["before", "right-after", "first-4-hours", "first-day", "effect-begins", "any-time"];

fn aftercare_problems(content: &Content, source_ids: &Ids, out: &mut Vec<String>) {
    let steps = &content.aftercare.steps;
    let mut ids = Ids::default();
    let mut item_ids = Ids::default();
    for step in steps {
        let at = format!("aftercare step `{}`", step.id);
        if !ids.insert(step.id.as_str()) {
            out.push(format!("{at} appears twice"));
        }
        if step.title.trim().is_empty() {
            out.push(format!("{at} has no title"));
        }
        if !step.anytime {
            if step.start.is_none() && step.end.is_none() {
                out.push(format!("{at} has neither start nor end"));
            }
            if step.items.is_empty() {
                out.push(format!("{at} has no items"));
            }
        }
        if let (Some(a), Some(b)) = (step.start, step.end) {
            if a.approx_minutes() >= b.approx_minutes() {
                out.push(format!("{at} ends before it starts"));
            }
        }
        if step.calendar.is_some() && step.start.is_none() {
            out.push(format!("{at} has a calendar entry but no start date"));
        }
        for item in &step.items {
            if !item_ids.insert(item.id.as_str()) {
                out.push(format!("aftercare item `{}` appears twice", item.id));
            }
            if item.text.trim().is_empty() {
                out.push(format!("aftercare item `{}` is empty", item.id));
            }
        }
        for id in &step.sources {
            if !source_ids.contains(id.as_str()) {
                out.push(format!("{at} cites unknown source `{id}`"));
            }
        }
    }
    let order: Vec<&str> = steps.iter().map(|s| s.id.as_str()).filter(|id| STEPS_REQUIRED.contains(id)).collect();
    if order != STEPS_REQUIRED {
        out.push(format!("aftercare steps must include {} in order, found {}", STEPS_REQUIRED.join(", "), order.join(", ")));
    }
    for &t in Treatment::ALL {
        let dated = steps.iter().filter(|s| s.calendar.is_some() && s.only.is_none_or(|o| o == t)).count();
        if dated == 0 {
            out.push(format!("no calendar event for `{t}`"));
        }
    }
}

/// Ids are used in element ids, storage and events: short and plain.
fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn all_ids(c: &Content) -> Vec<(&'static str, &str)> {
    let mut ids: Vec<(&'static str, &str)> = Vec::new();
    ids.extend(c.sources.iter().map(|s| ("source", s.id.as_str())));
    for t in &c.risks.treatments {
        ids.extend(t.effects.iter().map(|e| ("effect", e.id.as_str())));
        ids.extend(t.benefits.iter().map(|b| ("benefit", b.id.as_str())));
        ids.extend(t.harms.iter().map(|b| ("harm", b.id.as_str())));
    }
    ids.extend(c.risks.urgent.signs.iter().map(|s| ("urgent sign", s.id.as_str())));
    for step in &c.aftercare.steps {
        ids.push(("aftercare step", step.id.as_str()));
        ids.extend(step.items.iter().map(|i| ("aftercare item", i.id.as_str())));
    }
    ids
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// `https://host/` or `https://host`: a front page, not the page a source cites.
fn is_site_root(url: &str) -> bool {
    let rest = url.trim_start_matches("https://");
    let path = rest.split_once('/').map_or("", |(_, p)| p);
    path.trim_matches('/').is_empty()
}

/// Problems with template texts that lost a placeholder the guide fills in ("{phone}"): a
/// translation that drops one would print the words without the value.
fn missing_placeholders(c: &Content, out: &mut Vec<String>) {
    use super::{AftercareText as A, RiskText as R, TextKey, UiText as U};
    let a = &c.aftercare.labels;
    let templates: [(&str, &str, &str, &str); 14] = [
        ("ui", U::NAMES[U::ReviewedBy.index()], &c.ui[U::ReviewedBy], "{name}"),
        ("ui", U::NAMES[U::ReviewedOn.index()], &c.ui[U::ReviewedOn], "{date}"),
        ("ui", U::NAMES[U::RateAbout.index()], &c.ui[U::RateAbout], "{n}"),
        ("ui", U::NAMES[U::PrintPhone.index()], &c.ui[U::PrintPhone], "{phone}"),
        ("ui", U::NAMES[U::PrintBooking.index()], &c.ui[U::PrintBooking], "{url}"),
        ("risks.labels", R::NAMES[R::Days.index()], &c.risks.labels[R::Days], "{n}"),
        ("risks.labels", R::NAMES[R::Common.index()], &c.risks.labels[R::Common], "{treatment}"),
        ("aftercare.labels", A::NAMES[A::NowStatus.index()], &a[A::NowStatus], "{steps}"),
        ("aftercare.labels", A::NAMES[A::NextStep.index()], &a[A::NextStep], "{step}"),
        ("aftercare.labels", A::NAMES[A::NextStep.index()], &a[A::NextStep], "{when}"),
        ("aftercare.labels", A::NAMES[A::Until.index()], &a[A::Until], "{when}"),
        ("aftercare.labels", A::NAMES[A::FromTo.index()], &a[A::FromTo], "{from}"),
        ("aftercare.labels", A::NAMES[A::FromTo.index()], &a[A::FromTo], "{to}"),
        ("aftercare.labels", A::NAMES[A::From.index()], &a[A::From], "{when}"),
    ];
    for (group, name, text, slot) in templates {
        if !text.is_empty() && !text.contains(slot) {
            out.push(format!("{group} text `{name}` must keep the placeholder {slot}"));
        }
    }
}
