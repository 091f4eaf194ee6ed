#![cfg(not(target_arch = "wasm32"))]
//! The .ics reminders: RFC 5545 shape, folding, escaping, and a round trip through a real
//! iCalendar parser (the `icalendar` crate).

use botox_guide::content::Content;
use botox_guide::dates::Date;
use botox_guide::ics::{calendar, escape_text, events_for, fold, ClinicContact};
use botox_guide::ids::Treatment;

/// The calendar without its reminders (whose DESCRIPTION is the event's title), to read the
/// events' own lines.
fn without_alarms(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("BEGIN:VALARM") {
        out.push_str(&rest[..at]);
        rest = &rest[rest[at..].find("END:VALARM\r\n").map(|e| at + e + "END:VALARM\r\n".len()).expect("closed")..];
    }
    out + rest
}

fn ics(treatment: Treatment, clinic: ClinicContact) -> String {
    let c = Content::builtin_en();
    let events = events_for(&c.aftercare.steps, treatment, Date::new(2026, 11, 24).unwrap(), &clinic, &c.emergency_line(), "lakeside");
    calendar(&events, (Date::new(2026, 11, 25).unwrap(), 10 * 60 + 5))
}

#[test]
fn escaping_and_folding_follow_rfc_5545() {
    assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    let long = format!("DESCRIPTION:{}", "é".repeat(60));
    let folded = fold(&long);
    assert!(folded.ends_with("\r\n"));
    for line in folded.trim_end_matches("\r\n").split("\r\n") {
        assert!(line.len() <= 75, "{} octets", line.len());
        assert!(std::str::from_utf8(line.as_bytes()).is_ok());
    }
    assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"), "unfolding restores the line");
    // The limit exactly: 75 octets stay on one line, 76 fold after the 75th.
    let at_limit = "x".repeat(75);
    assert_eq!(fold(&at_limit), format!("{at_limit}\r\n"));
    assert_eq!(fold(&"x".repeat(76)), format!("{at_limit}\r\n x\r\n"));
}

#[test]
fn cosmetic_calendar_has_follow_up_and_next_treatment_with_clinic_contact() {
    let text = ics(Treatment::Cosmetic, ClinicContact { name: Some("Lakeside, Dermatology"), phone: Some("+1 555 0100"), booking: None, label: "Your clinic" });
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    assert!(text.split("\r\n").all(|l| l.len() <= 75));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 2);
    assert!(text.contains("DTSTART;VALUE=DATE:20261208"), "day 14");
    assert!(text.contains("DTSTART;VALUE=DATE:20270222"), "day 90");
    assert!(text.contains("DTSTAMP:20261125T100500Z"));
    assert!(text.contains("Lakeside\\, Dermatology"), "clinic name escaped");
    // Each all-day event ends the next day (an end equal to the start is an empty event).
    assert!(text.contains("DTSTART;VALUE=DATE:20261208\r\nDTEND;VALUE=DATE:20261209\r\n"), "{text}");
    assert!(text.contains("DTSTART;VALUE=DATE:20270222\r\nDTEND;VALUE=DATE:20270223\r\n"));
    let unfolded = without_alarms(&text.replace("\r\n ", ""));
    // The clinic's name in every event's title, and its phone in every description.
    assert_eq!(unfolded.matches("SUMMARY:").count(), 2);
    for line in unfolded.split("\r\n").filter(|l| l.starts_with("SUMMARY:")) {
        assert!(line.ends_with("(Lakeside\\, Dermatology)"), "{line}");
    }
    for line in unfolded.split("\r\n").filter(|l| l.starts_with("DESCRIPTION:")) {
        assert!(line.ends_with("\\n\\nLakeside\\, Dermatology: +1 555 0100"), "{line}");
        assert!(line.contains("\\n\\nGet emergency help now for: trouble swallowing\\; "), "the emergency line, before the contact: {line}");
    }
}

#[test]
fn without_a_clinic_name_the_phone_goes_under_the_generic_label() {
    let text = without_alarms(&ics(Treatment::Cosmetic, ClinicContact { name: None, phone: Some("+1 555 0100"), booking: None, label: "Your clinic" }).replace("\r\n ", ""));
    assert_eq!(text.matches("Your clinic: +1 555 0100").count(), 2);
    let summaries: Vec<&str> = text.split("\r\n").filter_map(|l| l.strip_prefix("SUMMARY:")).collect();
    assert_eq!(summaries, ["Botox follow-up check (about 2 weeks after treatment)", "Earliest date for your next Botox treatment (about 3 months)"], "no name added to the title");
    let nothing = without_alarms(&ics(Treatment::Cosmetic, ClinicContact { name: None, phone: None, booking: None, label: "Your clinic" }).replace("\r\n ", ""));
    assert!(!nothing.contains("Your clinic"), "no contact");
    for line in nothing.split("\r\n").filter(|l| l.starts_with("DESCRIPTION:")) {
        assert!(line.ends_with("or wait for the ambulance."), "ends with the emergency line, no empty lines after it: {line}");
        assert_eq!(line.matches("\\n\\n").count(), 1, "{line}");
    }
}

#[test]
fn a_real_parser_reads_every_event_back() {
    let text = ics(Treatment::Migraine, ClinicContact { name: Some("Lakeside; Headache"), phone: Some("+1 555 0100"), booking: Some("https://lakeside.example/book?from=guide"), label: "Your clinic" });
    let unfolded = icalendar::parser::unfold(&text);
    let cal = icalendar::parser::read_calendar(&unfolded).expect("parses");
    let events: Vec<_> = cal.components.iter().filter(|c| c.name.as_str() == "VEVENT").collect();
    assert_eq!(events.len(), 2, "next treatment at 12 weeks and the review");
    for e in &events {
        for required in ["UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"] {
            assert!(e.properties.iter().any(|p| p.name.as_str() == required), "{required}");
        }
    }
    let prop = |e: &icalendar::parser::Component, name: &str| {
        e.properties.iter().find(|p| p.name.as_str() == name).unwrap().val.as_str().to_string()
    };
    assert_eq!(prop(events[0], "DTSTART"), "20270216");
    assert!(prop(events[0], "SUMMARY").contains("every 12 weeks"));
    assert!(prop(events[0], "DESCRIPTION").contains("+1 555 0100"));
    assert!(prop(events[0], "DESCRIPTION").contains("https://lakeside.example/book?from=guide"), "the booking address in the text");
    assert_eq!(prop(events[0], "URL"), "https://lakeside.example/book?from=guide", "and as the event's link");
    let uids: std::collections::HashSet<_> = events.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(uids.len(), 2, "unique UIDs");
    // Each event reminds the day before, at 9 am, with its own title.
    for e in &events {
        let alarms: Vec<_> = e.components.iter().filter(|c| c.name.as_str() == "VALARM").collect();
        assert_eq!(alarms.len(), 1, "one reminder per event");
        assert_eq!(prop(alarms[0], "ACTION"), "DISPLAY");
        assert_eq!(prop(alarms[0], "TRIGGER"), "-PT15H", "15 hours before midnight: 9 am the day before");
        assert_eq!(prop(alarms[0], "DESCRIPTION"), prop(e, "SUMMARY"));
    }
}

#[test]
fn a_clinic_with_only_a_booking_address_still_gets_it_in_every_event() {
    let text = ics(Treatment::Cosmetic, ClinicContact { name: None, phone: None, booking: Some("https://x.example/book"), label: "Your clinic" });
    assert_eq!(text.matches("URL:https://x.example/book\r\n").count(), 2);
    assert_eq!(text.replace("\r\n ", "").matches("\\n\\nhttps://x.example/book").count(), 2, "after a blank line in each description");
}
