//! TOML dates (`2026-01-02`, unquoted) into [`time::Date`]. A TOML local date is its own type, not a string,
//! so `time`'s serde formats do not apply; this reads the `toml` crate's date and converts it.

use serde::de::{Deserialize, Deserializer, Error};
use time::{Date, Month};

fn naar_time(d: toml::value::Date) -> Result<Date, String> {
    let maand = Month::try_from(d.month).map_err(|e| format!("{d}: {e}"))?;
    Date::from_calendar_date(i32::from(d.year), maand, d.day).map_err(|e| format!("{d}: {e}"))
}

/// One date, written as a TOML local date.
pub fn een<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
    naar_time(toml::value::Date::deserialize(deserializer)?).map_err(D::Error::custom)
}

/// A list of dates, written as TOML local dates.
pub fn lijst<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Date>, D::Error> {
    Vec::<toml::value::Date>::deserialize(deserializer)?
        .into_iter()
        .map(|d| naar_time(d).map_err(D::Error::custom))
        .collect()
}
