//! Dates and times in words, in the content's language (month and weekday names come from
//! the locale's `dates`). Pure; the calendar arithmetic is in [`crate::dates`].

use crate::content::Dates;
use crate::dates::Date;
use crate::dates::LocalDateTime;

/// "24 November 2026" (the locale's `dates.long` template).
pub fn long_date(d: Date, dates: &Dates) -> String {
    let month = dates.months.get(d.month as usize - 1).map(String::as_str).unwrap_or("");
    dates.long.replace("{day}", &d.day.to_string()).replace("{month}", month).replace("{year}", &d.year.to_string())
}

/// "Thu 4 Dec".
pub fn short_date(d: Date, dates: &Dates) -> String {
    let wd = dates.weekdays_short.get(d.weekday()).map(String::as_str).unwrap_or("");
    let month = dates.months_short.get(d.month as usize - 1).map(String::as_str).unwrap_or("");
    format!("{wd} {} {month}", d.day)
}

/// "3:00 pm" (12h) or "15:00" (24h).
pub fn format_time(t: LocalDateTime, dates: &Dates) -> String {
    let (h, m) = (t.minute / 60, t.minute % 60);
    if dates.time_format == "24h" {
        format!("{h:02}:{m:02}")
    } else {
        let suffix = if h < 12 { "am" } else { "pm" };
        let h12 = if h % 12 == 0 { 12 } else { h % 12 };
        format!("{h12}:{m:02} {suffix}")
    }
}
