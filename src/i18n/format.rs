//! Dates, numbers and euro amounts in the reader's language, from ICU4X and the Unicode CLDR: month and day
//! names, the order of day, month and year, separators and digit grouping all come from that data, not from
//! tables in this source. Always the Gregorian calendar (legal terms count in it), Latin digits (the same
//! digits as in references, phone numbers and the Dutch documents beside them) and a 24-hour clock.

use std::sync::LazyLock;

use fixed_decimal::Decimal;
use icu_calendar::{Date as IcuDate, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{T, YM, YMD, YMDE};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use time::{Date, OffsetDateTime};

use super::Lang;
use crate::clock;
use crate::geld::Bedrag;

/// The formatters of one language, made once.
struct Opmaak {
    datum: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    met_dag: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    maand: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    tijd: FixedCalendarDateTimeFormatter<Gregorian, T>,
    getal: DecimalFormatter,
}

impl Opmaak {
    /// The CLDR locale of each language. English is British English: day before month, as in the Netherlands.
    fn locale(lang: Lang) -> Locale {
        let tag = match lang {
            Lang::En => "en-GB",
            other => other.code(),
        };
        #[allow(clippy::expect_used)]
        format!("{tag}-u-ca-gregory-hc-h23-nu-latn")
            .parse()
            .expect("a valid locale")
    }

    #[allow(clippy::expect_used)]
    fn new(lang: Lang) -> Opmaak {
        let locale = Opmaak::locale(lang);
        Opmaak {
            datum: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
                .expect("date data"),
            met_dag: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMDE::long())
                .expect("date data"),
            maand: FixedCalendarDateTimeFormatter::try_new((&locale).into(), YM::long())
                .expect("date data"),
            tijd: FixedCalendarDateTimeFormatter::try_new((&locale).into(), T::hm())
                .expect("time data"),
            getal: DecimalFormatter::try_new((&locale).into(), Default::default())
                .expect("number data"),
        }
    }
}

static OPMAAK: LazyLock<[Opmaak; 6]> = LazyLock::new(|| Lang::ALL.map(Opmaak::new));

fn opmaak(lang: Lang) -> &'static Opmaak {
    &OPMAAK[lang.index()]
}

fn gregoriaans(date: Date) -> IcuDate<Gregorian> {
    // Day 1 of the rata die count is 1 January of year 1, Julian day number 1,721,426: every date of the
    // `time` crate has one, so this cannot fail.
    let rata_die = i64::from(date.to_julian_day()) - 1_721_425;
    IcuDate::from_rata_die(icu_calendar::types::RataDie::new(rata_die), Gregorian)
}

/// "7 december 2026" / "7 December 2026" / "7 Aralık 2026".
pub fn datum(date: Date, lang: Lang) -> String {
    opmaak(lang).datum.format(&gregoriaans(date)).to_string()
}

/// "december 2026" / "December 2026".
pub fn maand(date: Date, lang: Lang) -> String {
    opmaak(lang).maand.format(&gregoriaans(date)).to_string()
}

/// "maandag 7 december 2026" / "Monday 7 December 2026": for deadlines, where the weekday helps.
pub fn datum_met_dag(date: Date, lang: Lang) -> String {
    opmaak(lang).met_dag.format(&gregoriaans(date)).to_string()
}

/// "07-12-2026": for tables and receipts, the numeric Dutch form in every language.
pub fn datum_kort(date: Date) -> String {
    format!(
        "{:02}-{:02}-{}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

/// "7 december 2026, 14:05" in Dutch local time (Europe/Amsterdam): the date and the time of day.
pub fn tijdstip(moment: OffsetDateTime, lang: Lang) -> String {
    let local = clock::amsterdam(moment);
    let tijd = icu_time::Time::try_new(local.hour(), local.minute(), 0, 0)
        .unwrap_or(icu_time::Time::start_of_day());
    format!(
        "{}{} {}",
        datum(local.date(), lang),
        if lang.rtl() { "،" } else { "," },
        opmaak(lang).tijd.format(&tijd)
    )
}

/// A number in the reader's language: "1.283" / "1,283" / "1 283".
pub fn getal(waarde: i64, lang: Lang) -> String {
    opmaak(lang)
        .getal
        .format(&Decimal::from(waarde))
        .to_string()
}

/// A number with one decimal at most, for medians: "12,5" / "12.5"; whole numbers without decimals.
pub fn getal_met_decimaal(waarde: f64, lang: Lang) -> String {
    let tienden = (waarde * 10.0).round() as i64;
    let mut d = Decimal::from(tienden);
    d.multiply_pow10(-1);
    d.absolute.trim_end();
    opmaak(lang).getal.format(&d).to_string()
}

/// A euro amount from cents in the reader's language: "€ 1.283,83" in Dutch, "€1,283.83" in English,
/// "1283,83 €" in Polish. Whole euros without cents: residents read "€ 300" more easily than "€ 300,00".
/// The digits, separators and grouping come from CLDR; where the sign stands is CLDR's currency pattern of
/// the language, which ICU4X's stable formatters do not carry.
pub fn bedrag(bedrag: Bedrag, lang: Lang) -> String {
    let cents = bedrag.in_cent();
    let mut d = Decimal::from(cents.unsigned_abs());
    d.multiply_pow10(-2);
    if cents % 100 == 0 {
        d.absolute.trim_end();
    }
    let getal = opmaak(lang).getal.format(&d).to_string();
    let min = if cents < 0 { "-" } else { "" };
    match lang {
        // A plain space in Dutch, as the portal has always written it (and its texts and tests quote it).
        Lang::Nl => format!("{min}€ {getal}"),
        Lang::En | Lang::Tr => format!("{min}€{getal}"),
        Lang::Ar | Lang::Pl | Lang::Uk => format!("{min}{getal}\u{a0}€"),
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
        assert_eq!(datum_met_dag(d, Lang::En), "Monday, 7 December 2026");
        assert_eq!(datum_kort(d), "07-12-2026");
        // The day count behind the conversion to ICU4X's calendar, on a leap day and far from today.
        assert_eq!(datum(date!(2024 - 02 - 29), Lang::Nl), "29 februari 2024");
        assert_eq!(datum(date!(1946 - 08 - 15), Lang::Nl), "15 augustus 1946");
        assert_eq!(
            datum_met_dag(date!(2000 - 01 - 01), Lang::Nl),
            "zaterdag 1 januari 2000"
        );
    }

    /// The forms CLDR gives each language: names, order and the Ukrainian "р." (year) come from the library.
    #[test]
    fn dates_in_every_language() {
        let d = date!(2026 - 12 - 07);
        let verwacht = [
            (
                Lang::Tr,
                "7 Aralık 2026",
                "7 Aralık 2026 Pazartesi",
                "Aralık 2026",
            ),
            (
                Lang::Ar,
                "7 ديسمبر 2026",
                "الاثنين، 7 ديسمبر 2026",
                "ديسمبر 2026",
            ),
            (
                Lang::Pl,
                "7 grudnia 2026",
                "poniedziałek, 7 grudnia 2026",
                "grudzień 2026",
            ),
            (
                Lang::Uk,
                "7 грудня 2026\u{202f}р.",
                "понеділок, 7 грудня 2026\u{202f}р.",
                "грудень 2026\u{202f}р.",
            ),
        ];
        for (lang, kaal, met_dag, van_maand) in verwacht {
            assert_eq!(datum(d, lang), kaal);
            assert_eq!(datum_met_dag(d, lang), met_dag);
            assert_eq!(maand(d, lang), van_maand);
        }
        // A 24-hour clock everywhere, with the language's own comma.
        let m = datetime!(2026-01-15 13:05 UTC);
        assert_eq!(tijdstip(m, Lang::Ar), "15 يناير 2026، 14:05");
        assert_eq!(tijdstip(m, Lang::Uk), "15 січня 2026\u{202f}р., 14:05");
    }

    #[test]
    fn amounts_and_numbers_in_every_language() {
        let b = Bedrag::cent(128_383);
        assert_eq!(bedrag(b, Lang::Tr), "€1.283,83");
        assert_eq!(bedrag(b, Lang::Ar), "1,283.83\u{a0}€");
        // Polish groups only from five digits on (CLDR's minimum grouping); Ukrainian with a no-break space.
        assert_eq!(bedrag(b, Lang::Pl), "1283,83\u{a0}€");
        assert_eq!(
            bedrag(Bedrag::cent(7_537_500), Lang::Pl),
            "75\u{a0}375\u{a0}€"
        );
        assert_eq!(bedrag(b, Lang::Uk), "1\u{a0}283,83\u{a0}€");
        assert_eq!(getal(12_345, Lang::Nl), "12.345");
        assert_eq!(getal(12_345, Lang::En), "12,345");
        assert_eq!(getal_met_decimaal(12.5, Lang::Nl), "12,5");
        assert_eq!(getal_met_decimaal(12.5, Lang::Ar), "12.5");
        assert_eq!(getal_met_decimaal(12.0, Lang::Pl), "12");
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
