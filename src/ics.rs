//! iCalendar (RFC 5545) text for the aftercare reminders: all-day events, each with a
//! reminder at 9 am the day before (a `VALARM`), CRLF line endings, lines folded at 75
//! octets, text escaped. Pure; no DOM.

use crate::content::Step;
use crate::dates::Date;
use crate::ids::Treatment;
use crate::timeline::applies;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsEvent {
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
    /// The clinic's booking address (the event's URL property), if it has one.
    pub url: Option<String>,
}

/// Who to call and where to book, added to every event's description (the booking address
/// also as the event's URL, which calendar apps show as a link).
pub struct ClinicContact<'a> {
    pub name: Option<&'a str>,
    pub phone: Option<&'a str>,
    /// The booking address (`booking-url`, already checked as an https address).
    pub booking: Option<&'a str>,
    /// What to call the clinic when it has no name ("Your clinic", in the locale).
    pub label: &'a str,
}

/// One all-day event per step with a calendar entry, on the date the step starts. Each
/// description ends with `warning` (the emergency signs and the market's number) and the
/// clinic's contact.
pub fn events_for(steps: &[Step], treatment: Treatment, treated: Date, clinic: &ClinicContact, warning: &str, uid_tag: &str) -> Vec<IcsEvent> {
    let mut contact = match (clinic.name, clinic.phone) {
        (Some(n), Some(p)) => format!("\n\n{n}: {p}"),
        (Some(n), None) => format!("\n\n{n}"),
        (None, Some(p)) => format!("\n\n{}: {p}", clinic.label),
        (None, None) => String::new(),
    };
    if let Some(url) = clinic.booking {
        contact.push_str(if contact.is_empty() { "\n\n" } else { "\n" });
        contact.push_str(url);
    }
    steps
        .iter()
        .filter(|s| applies(s, treatment))
        .filter_map(|s| {
            let entry = s.calendar.as_ref()?;
            let days = match s.start? {
                crate::content::Offset::Days(d) => d,
                crate::content::Offset::Hours(h) => h.div_euclid(24),
            };
            let date = treated.add_days(days);
            Some(IcsEvent {
                uid: format!("{}-{}-{}@botox-guide", s.id, compact(date), uid_tag),
                date,
                summary: match clinic.name {
                    Some(n) => format!("{} ({n})", entry.summary),
                    None => entry.summary.clone(),
                },
                description: format!("{}\n\n{warning}{contact}", entry.description),
                url: clinic.booking.map(str::to_string),
            })
        })
        .collect()
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// When each event's reminder goes off: 15 hours before its (midnight) start, so 9 am the
/// day before.
pub const REMINDER: &str = "-PT15H";

/// The whole calendar. `stamp` is the creation time in UTC: (date, minutes after midnight).
pub fn calendar(events: &[IcsEvent], stamp: (Date, u32)) -> String {
    let dtstamp = format!("{}T{:02}{:02}00Z", compact(stamp.0), stamp.1 / 60, stamp.1 % 60);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//botox-guide//aftercare reminders//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    for e in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", escape_text(&e.uid)));
        lines.push(format!("DTSTAMP:{dtstamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", compact(e.date)));
        lines.push(format!("DTEND;VALUE=DATE:{}", compact(e.date.add_days(1))));
        lines.push(format!("SUMMARY:{}", escape_text(&e.summary)));
        lines.push(format!("DESCRIPTION:{}", escape_text(&e.description)));
        if let Some(url) = &e.url {
            lines.push(format!("URL:{url}"));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        // A reminder the day before, at 9 am (an all-day event starts at midnight, local).
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        lines.push(format!("DESCRIPTION:{}", escape_text(&e.summary)));
        lines.push(format!("TRIGGER:{REMINDER}"));
        lines.push("END:VALARM".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("")
}

/// Escape a TEXT value: backslash, semicolon, comma and newlines.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line with its CRLF, folded so no line exceeds 75 octets; folds never split
/// a UTF-8 character. Continuation lines start with a single space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0; // octets on the current output line
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}
