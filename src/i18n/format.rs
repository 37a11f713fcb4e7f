//! Dates and euro amounts, formatted in Rust: fluent has no date formatting, and the portal wants the Dutch
//! forms ("maandag 7 december 2026", "€ 1.283,83") rather than whatever a library's locale data says.

use crate::geld::Bedrag;
use time::{Date, OffsetDateTime};

use super::Lang;
use crate::clock;

const MAANDEN: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAGEN: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn month_name(date: Date, lang: Lang) -> &'static str {
    let i = usize::from(u8::from(date.month())) - 1;
    match lang {
        Lang::Nl => MAANDEN[i],
        Lang::En => MONTHS[i],
    }
}

/// "7 december 2026" / "7 December 2026".
pub fn datum(date: Date, lang: Lang) -> String {
    format!("{} {} {}", date.day(), month_name(date, lang), date.year())
}

/// "december 2026" / "December 2026".
pub fn maand(date: Date, lang: Lang) -> String {
    format!("{} {}", month_name(date, lang), date.year())
}

/// "maandag 7 december 2026" / "Monday 7 December 2026": for deadlines, where the weekday helps.
pub fn datum_met_dag(date: Date, lang: Lang) -> String {
    let i = usize::from(date.weekday().number_days_from_monday());
    let day = match lang {
        Lang::Nl => DAGEN[i],
        Lang::En => DAYS[i],
    };
    format!("{day} {}", datum(date, lang))
}

/// "07-12-2026": for tables and receipts, the numeric Dutch form in both languages.
pub fn datum_kort(date: Date) -> String {
    format!(
        "{:02}-{:02}-{}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

/// "7 december 2026, 14:05" in Dutch local time (Europe/Amsterdam).
pub fn tijdstip(moment: OffsetDateTime, lang: Lang) -> String {
    let local = clock::amsterdam(moment);
    format!(
        "{}, {:02}:{:02}",
        datum(local.date(), lang),
        local.hour(),
        local.minute()
    )
}

/// A euro amount from cents: "€ 1.283,83" in Dutch, "€1,283.83" in English. Whole euros keep ",00" in Dutch
/// money style only when there are cents elsewhere; residents read "€ 300" more easily than "€ 300,00".
pub fn bedrag(bedrag: Bedrag, lang: Lang) -> String {
    let cents = bedrag.in_cent();
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    let (euros, rest) = (abs / 100, abs % 100);
    let (group, decimal, space) = match lang {
        Lang::Nl => ('.', ',', " "),
        Lang::En => (',', '.', ""),
    };
    let digits = euros.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    if rest == 0 {
        format!("{sign}€{space}{grouped}")
    } else {
        format!("{sign}€{space}{grouped}{decimal}{rest:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn dates_in_dutch_and_english() {
        let d = date!(2026 - 12 - 07);
        assert_eq!(datum(d, Lang::Nl), "7 december 2026");
        assert_eq!(datum(d, Lang::En), "7 December 2026");
        assert_eq!(datum_met_dag(d, Lang::Nl), "maandag 7 december 2026");
        assert_eq!(datum_met_dag(d, Lang::En), "Monday 7 December 2026");
        assert_eq!(datum_kort(d), "07-12-2026");
    }

    #[test]
    fn moments_in_amsterdam_time() {
        // Winter: UTC+1; summer: UTC+2.
        assert_eq!(
            tijdstip(datetime!(2026-01-15 13:05 UTC), Lang::Nl),
            "15 januari 2026, 14:05"
        );
        assert_eq!(
            tijdstip(datetime!(2026-07-15 13:05 UTC), Lang::Nl),
            "15 juli 2026, 15:05"
        );
    }

    #[test]
    fn amounts_dutch_style() {
        assert_eq!(bedrag(Bedrag::cent(128_383), Lang::Nl), "€ 1.283,83");
        assert_eq!(bedrag(Bedrag::cent(128_383), Lang::En), "€1,283.83");
        assert_eq!(bedrag(Bedrag::cent(30_000), Lang::Nl), "€ 300");
        assert_eq!(bedrag(Bedrag::cent(7_537_500), Lang::Nl), "€ 75.375");
        assert_eq!(bedrag(Bedrag::cent(1_900), Lang::En), "€19");
        assert_eq!(bedrag(Bedrag::cent(5), Lang::Nl), "€ 0,05");
        assert_eq!(bedrag(Bedrag::cent(-250_000), Lang::Nl), "-€ 2.500");
    }
}
