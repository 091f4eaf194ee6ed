//! Reading content files into the typed model (see [`crate::json::FromJson`]). Every error
//! names the path of the bad field, e.g. `content.sections[2].blocks[0].text: expected
//! text, found a number`, and unknown field names are refused (a typo would otherwise be
//! silently ignored).

use super::*;
use crate::json::{expected, Fields, FromJson, Json, Path};
use crate::{json_enum, json_struct};

json_struct!(Content { locale: req, title: req, last_checked: req, reviewed_by: opt, reviewed_on: opt, ui: req, sections: req, risks: req, aftercare: req, sources: req });
json_struct!(Ui {
    tablist_label: req, sources_heading: req, last_checked: req, reviewed_by: req, reviewed_on: req,
    not_reviewed: req, disclaimer: req, clinic_heading: req, call: req, book: req, source_prefix: req,
    content_error: req, rate_about: req, rate_under_one: req, rate_none: req, no_rate: req, with_botox: req,
    with_placebo: req, months: req, months_short: req, weekdays_short: req, date_long: req, time_format: req,
});
json_struct!(Section { id: req, label: req, heading: req, blocks: req });
json_struct!(Risks { heading: req, intro: req, switch_label: req, groups: req, labels: req, treatments: req, urgent: req });
json_struct!(RiskGroups { expected: req, call: req });
json_struct!(RiskLabels { feels: req, lasts: req, action: req, days: req });
json_struct!(RiskTreatment { id: req, label: req, note: req, source: req, benefits: opt, effects: req });
json_struct!(Benefit { id: req, text: req, botox: req, placebo: req, unit: req, source: req });
json_struct!(Effect {
    id: req, name: req, term: opt, rate: opt, placebo: opt, group: req, feels: req, lasts: req,
    action: req, source: req, no_rate: opt, confirm: opt,
});
json_struct!(Urgent { title: req, intro: req, signs: req, note: req, source: req });
json_struct!(Sign { id: req, text: req });
json_struct!(Aftercare {
    heading: req, intro: req, date_label: req, not_set: req, invalid_date: req, treatment_label: req,
    you_are_here: req, past: req, upcoming: req, between: req, next_step: req, until: req, from_to: req, from: req,
    precaution: req, kinds: req, tick_label: req, forget: req, forgotten: req, saved_note: req,
    storage_blocked: req, calendar: req, calendar_needs_date: req, print: req, steps: req,
});
json_struct!(Step { id: req, title: req, start: opt, end: opt, only: opt, anytime: opt, items: req, calendar: opt, sources: opt });
json_struct!(Item { id: req, kind: req, text: req, precaution: opt });
json_struct!(CalendarEntry { summary: req, description: req });
json_struct!(Source { id: req, title: req, publisher: req, year: req, url: req });

json_enum!(ListStyle { Bullets = "bullets", Steps = "steps", Questions = "questions", RedFlags = "red_flags" });
json_enum!(Tone { Note = "note", Caution = "caution", Urgent = "urgent" });
json_enum!(BenefitUnit { Days = "days", Per100 = "per100" });
json_enum!(Group { Expected = "expected", Call = "call" });
json_enum!(ItemKind { Do = "do", Avoid = "avoid", Expect = "expect" });

impl FromJson for ItemKinds {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        let mut f = Fields::of(value, path)?;
        let out = ItemKinds { do_: f.req("do"), avoid: f.req("avoid"), expect: f.req("expect") };
        f.finish()?;
        Ok(out)
    }
}

impl FromJson for Rate {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        match value {
            Json::Num(_) => f32::from_json(value, path).map(Rate::Per100),
            Json::Str(s) if s.trim() == "<1" => Ok(Rate::UnderOne),
            _ => Err(expected(path, "a number or \"<1\"", value)),
        }
    }
}

impl FromJson for Offset {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        match value {
            Json::Obj(fields) if fields.len() == 1 => {
                let (unit, n) = &fields[0];
                let n = i64::from_json(n, &Path::Field(path, unit))?;
                match unit.as_str() {
                    "hours" => Ok(Offset::Hours(n)),
                    "days" => Ok(Offset::Days(n)),
                    _ => Err(format!("{path}: expected {{\"hours\": n}} or {{\"days\": n}}, found \"{unit}\"")),
                }
            }
            _ => Err(expected(path, "{\"hours\": n} or {\"days\": n}", value)),
        }
    }
}

impl FromJson for Block {
    fn from_json(value: &Json, path: &Path) -> Result<Self, String> {
        let mut f = Fields::of(value, path)?;
        let kind: String = f.req("type");
        f.check()?;
        let block = match kind.as_str() {
            "paragraph" => Block::Paragraph { text: f.req("text"), sources: f.opt("sources") },
            "list" => Block::List {
                title: f.opt("title"),
                style: f.opt("style"),
                items: f.req("items"),
                sources: f.opt("sources"),
                confirm: f.opt("confirm"),
            },
            "callout" => Block::Callout { tone: f.req("tone"), title: f.req("title"), text: f.req("text"), sources: f.opt("sources") },
            "risk_explainer" => Block::RiskExplainer,
            "urgent_signs" => Block::UrgentSigns,
            "aftercare_timeline" => Block::AftercareTimeline,
            "risk_link" => Block::RiskLink { treatment: f.req("treatment"), text: f.req("text") },
            other => return Err(format!("{path}.type: unknown block type \"{other}\"")),
        };
        f.finish()?;
        Ok(block)
    }
}
