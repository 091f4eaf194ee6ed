//! Civil (calendar) dates, wall-clock times and time zones. Pure arithmetic on the
//! proleptic Gregorian calendar (days since 1970-01-01), so month ends and leap days are
//! exact and native tests cover them. Their wording is in [`crate::format`].

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let d = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(d)
    }

    /// Parse `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let y = it.next()?;
        let m = it.next()?;
        let d = it.next()?;
        if y.len() != 4 || m.len() != 2 || d.len() != 2 || ![y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday (3).
        (self.to_days() + 3).rem_euclid(7) as usize
    }
}

pub fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

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
