//! The portal's sense of time: a clock that tests can fix, and Dutch local time.
//!
//! Moments are stored in UTC; dates that residents see (deadlines, "received on") are the date in
//! Europe/Amsterdam. The EU summer-time rule (since 1996: from the last Sunday of March, 01:00 UTC, to the last
//! Sunday of October, 01:00 UTC) is all the time-zone data the portal needs, so it is computed here rather than
//! pulling in a time-zone database.

use std::sync::{Arc, Mutex};

use time::{Date, Duration, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset, Weekday};

/// Where "now" comes from.
#[derive(Clone, Debug, Default)]
pub enum Clock {
    #[default]
    System,
    /// A clock that stands still until moved; for tests and demo data.
    Fixed(Arc<Mutex<OffsetDateTime>>),
}

impl Clock {
    pub fn fixed(at: OffsetDateTime) -> Clock {
        Clock::Fixed(Arc::new(Mutex::new(at)))
    }

    pub fn now(&self) -> OffsetDateTime {
        match self {
            Clock::System => OffsetDateTime::now_utc(),
            Clock::Fixed(at) => *at.lock().unwrap_or_else(|e| e.into_inner()),
        }
    }

    /// Moves a fixed clock forward; a system clock cannot be moved.
    pub fn advance(&self, by: Duration) {
        if let Clock::Fixed(at) = self {
            let mut at = at.lock().unwrap_or_else(|e| e.into_inner());
            *at += by;
        }
    }

    /// Today's date in the Netherlands.
    pub fn today(&self) -> Date {
        amsterdam(self.now()).date()
    }
}

fn last_sunday(year: i32, month: Month) -> Date {
    let mut day = Date::from_calendar_date(year, month, month.length(year)).unwrap_or(Date::MIN);
    while day.weekday() != Weekday::Sunday {
        day = day.previous_day().unwrap_or(day);
    }
    day
}

/// The moment in Dutch local time (CET, or CEST in summer).
pub fn amsterdam(moment: OffsetDateTime) -> OffsetDateTime {
    let utc = moment.to_offset(UtcOffset::UTC);
    let year = utc.year();
    let switch = |month| {
        PrimitiveDateTime::new(
            last_sunday(year, month),
            Time::from_hms(1, 0, 0).unwrap_or(Time::MIDNIGHT),
        )
        .assume_utc()
    };
    let summer = utc >= switch(Month::March) && utc < switch(Month::October);
    let hours = if summer { 2 } else { 1 };
    utc.to_offset(UtcOffset::from_hms(hours, 0, 0).unwrap_or(UtcOffset::UTC))
}

/// The age in whole years on `op` of someone born on `geboren`; `None` for someone not yet born. The birthday
/// itself counts; someone born on 29 February turns a year older on 1 March in a year without that day.
pub fn leeftijd(geboren: Date, op: Date) -> Option<i32> {
    if geboren > op {
        return None;
    }
    let mut jaren = op.year() - geboren.year();
    if (u8::from(op.month()), op.day()) < (u8::from(geboren.month()), geboren.day()) {
        jaren -= 1;
    }
    Some(jaren)
}

/// The same day `maanden` months after `dag`; the month's last day when it has no such day (31 January plus
/// one month is 28 or 29 February).
pub fn plus_maanden(dag: Date, maanden: u16) -> Date {
    let totaal = dag.year() * 12 + i32::from(u8::from(dag.month())) - 1 + i32::from(maanden);
    let jaar = totaal.div_euclid(12);
    let maand = u8::try_from(totaal.rem_euclid(12) + 1).unwrap_or(12);
    let maand = Month::try_from(maand).unwrap_or(Month::December);
    let laatste = maand.length(jaar);
    Date::from_calendar_date(jaar, maand, dag.day().min(laatste)).unwrap_or(dag)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn months_later_keep_the_day_or_take_the_last() {
        assert_eq!(
            plus_maanden(date!(2025 - 07 - 01), 7),
            date!(2026 - 02 - 01)
        );
        assert_eq!(
            plus_maanden(date!(2025 - 12 - 15), 1),
            date!(2026 - 01 - 15)
        );
        assert_eq!(
            plus_maanden(date!(2026 - 01 - 31), 1),
            date!(2026 - 02 - 28)
        );
        assert_eq!(
            plus_maanden(date!(2028 - 01 - 31), 1),
            date!(2028 - 02 - 29)
        );
        assert_eq!(
            plus_maanden(date!(2026 - 05 - 10), 0),
            date!(2026 - 05 - 10)
        );
    }

    #[test]
    fn summer_time_switches_on_the_last_sundays() {
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(amsterdam(datetime!(2026-03-29 00:59 UTC)).hour(), 1);
        assert_eq!(amsterdam(datetime!(2026-03-29 01:00 UTC)).hour(), 3);
        assert_eq!(amsterdam(datetime!(2026-10-25 00:59 UTC)).hour(), 2);
        assert_eq!(amsterdam(datetime!(2026-10-25 01:00 UTC)).hour(), 2);
    }

    #[test]
    fn the_dutch_date_can_differ_from_the_utc_date() {
        let late = datetime!(2026-11-22 23:30 UTC);
        assert_eq!(amsterdam(late).date(), time::macros::date!(2026 - 11 - 23));
    }

    #[test]
    fn a_fixed_clock_moves_only_when_told() {
        let clock = Clock::fixed(datetime!(2026-01-01 09:00 UTC));
        assert_eq!(clock.now(), datetime!(2026-01-01 09:00 UTC));
        clock.advance(Duration::days(2));
        assert_eq!(clock.today(), time::macros::date!(2026 - 01 - 03));
    }
}
