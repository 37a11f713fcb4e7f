//! The calendar a term set by law is counted on: weekends, the generally recognised holidays of the Algemene
//! termijnenwet (art. 3), and the days a royal decree equates with them, which the municipality's profile keeps
//! as data. Pure: no clock, no database. The terms themselves are counted in `termijnen`.

use time::{Date, Month, Weekday};

/// A generally recognised holiday (Algemene termijnenwet art. 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feestdag {
    Nieuwjaarsdag,
    /// Equated with a holiday by Atw art. 3 lid 2.
    GoedeVrijdag,
    TweedePaasdag,
    Koningsdag,
    Bevrijdingsdag,
    Hemelvaartsdag,
    TweedePinksterdag,
    EersteKerstdag,
    TweedeKerstdag,
    /// A day equated with a holiday by royal decree (Atw art. 3 lid 3), from the profile.
    Gelijkgesteld,
}

/// Easter Sunday in the Gregorian calendar (the anonymous algorithm of 1876, as given by Meeus).
pub fn pasen(jaar: i32) -> Date {
    let a = jaar.rem_euclid(19);
    let b = jaar.div_euclid(100);
    let c = jaar.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let maand = (h + l - 7 * m + 114) / 31;
    let dag = (h + l - 7 * m + 114) % 31 + 1;
    // March (3) or April (4), day 1 to 31: always a valid date.
    let maand = if maand == 3 {
        Month::March
    } else {
        Month::April
    };
    Date::from_calendar_date(jaar, maand, dag as u8).unwrap_or(Date::MIN)
}

/// The calendar terms are counted on: weekends, the holidays of the Atw, and the equated days.
#[derive(Clone, Copy, Debug)]
pub struct Kalender<'a> {
    gelijkgesteld: &'a [Date],
}

impl<'a> Kalender<'a> {
    /// `gelijkgesteld`: the days equated with a holiday by royal decree, sorted (as the profile keeps them).
    pub fn new(gelijkgesteld: &'a [Date]) -> Self {
        Kalender { gelijkgesteld }
    }

    /// The holiday that falls on `dag`, if any.
    pub fn feestdag(&self, dag: Date) -> Option<Feestdag> {
        let jaar = dag.year();
        let pasen = pasen(jaar);
        let van_pasen = (dag - pasen).whole_days();
        let op = |maand: Month, d: u8| dag.month() == maand && dag.day() == d;
        let feestdag = match van_pasen {
            -2 => Some(Feestdag::GoedeVrijdag),
            1 => Some(Feestdag::TweedePaasdag),
            39 => Some(Feestdag::Hemelvaartsdag),
            50 => Some(Feestdag::TweedePinksterdag),
            _ if op(Month::January, 1) => Some(Feestdag::Nieuwjaarsdag),
            // Koningsdag is 27 April, or 26 April when the 27th is a Sunday (Atw art. 3 lid 1).
            _ if op(Month::April, 27) && dag.weekday() != Weekday::Sunday => {
                Some(Feestdag::Koningsdag)
            }
            _ if op(Month::April, 26) && dag.weekday() == Weekday::Saturday => {
                Some(Feestdag::Koningsdag)
            }
            _ if op(Month::May, 5) => Some(Feestdag::Bevrijdingsdag),
            _ if op(Month::December, 25) => Some(Feestdag::EersteKerstdag),
            _ if op(Month::December, 26) => Some(Feestdag::TweedeKerstdag),
            _ => None,
        };
        feestdag.or_else(|| {
            self.gelijkgesteld
                .binary_search(&dag)
                .is_ok()
                .then_some(Feestdag::Gelijkgesteld)
        })
    }

    /// A Saturday, a Sunday or a holiday: a day a term cannot end on.
    pub fn is_vrij(&self, dag: Date) -> bool {
        matches!(dag.weekday(), Weekday::Saturday | Weekday::Sunday) || self.feestdag(dag).is_some()
    }

    /// The end of a term set by law that runs from the day after `begin` to `einde`, extended by the Atw.
    pub fn verleng(&self, begin: Date, einde: Date) -> Date {
        let mut einde = einde;
        // Art. 2: a term of at least three days holds at least two days that are not free.
        if (einde - begin).whole_days() >= 3 {
            let werkdagen = |tot: Date| {
                let mut n = 0;
                let mut dag = begin;
                while dag < tot {
                    dag = dag.next_day().unwrap_or(dag);
                    if !self.is_vrij(dag) {
                        n += 1;
                    }
                }
                n
            };
            while werkdagen(einde) < 2 {
                einde = einde.next_day().unwrap_or(einde);
            }
        }
        // Art. 1: a term that ends on a free day runs on to the next day that is not free.
        while self.is_vrij(einde) {
            einde = einde.next_day().unwrap_or(einde);
        }
        einde
    }
}

/// The days equated with a holiday by royal decree for 2026-2028 (Algemene termijnenwet art. 3 lid 3), as the
/// built-in profiles keep them: for the tests of everything that counts terms.
#[cfg(test)]
pub(crate) const GELIJKGESTELD_2026_2028: [Date; 5] = [
    time::macros::date!(2026 - 01 - 02),
    time::macros::date!(2026 - 05 - 15),
    time::macros::date!(2027 - 05 - 07),
    time::macros::date!(2028 - 04 - 28),
    time::macros::date!(2028 - 05 - 26),
];

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    const GELIJKGESTELD: [Date; 5] = GELIJKGESTELD_2026_2028;

    #[test]
    fn easter_falls_on_the_known_sundays() {
        for (jaar, verwacht) in [
            (2024, date!(2024 - 03 - 31)),
            (2025, date!(2025 - 04 - 20)),
            (2026, date!(2026 - 04 - 05)),
            (2027, date!(2027 - 03 - 28)),
            (2028, date!(2028 - 04 - 16)),
            (2038, date!(2038 - 04 - 25)),
            (2285, date!(2285 - 03 - 22)),
        ] {
            assert_eq!(pasen(jaar), verwacht, "{jaar}");
            assert_eq!(pasen(jaar).weekday(), Weekday::Sunday);
        }
    }

    #[test]
    fn the_holidays_of_2026() {
        let k = Kalender::new(&GELIJKGESTELD);
        for (dag, feestdag) in [
            (date!(2026 - 01 - 01), Feestdag::Nieuwjaarsdag),
            (date!(2026 - 01 - 02), Feestdag::Gelijkgesteld),
            (date!(2026 - 04 - 03), Feestdag::GoedeVrijdag),
            (date!(2026 - 04 - 06), Feestdag::TweedePaasdag),
            (date!(2026 - 04 - 27), Feestdag::Koningsdag),
            (date!(2026 - 05 - 05), Feestdag::Bevrijdingsdag),
            (date!(2026 - 05 - 14), Feestdag::Hemelvaartsdag),
            (date!(2026 - 05 - 15), Feestdag::Gelijkgesteld),
            (date!(2026 - 05 - 25), Feestdag::TweedePinksterdag),
            (date!(2026 - 12 - 25), Feestdag::EersteKerstdag),
            (date!(2026 - 12 - 26), Feestdag::TweedeKerstdag),
        ] {
            assert_eq!(k.feestdag(dag), Some(feestdag), "{dag}");
        }
        assert_eq!(
            k.feestdag(date!(2026 - 04 - 05)),
            None,
            "Eerste Paasdag is a Sunday anyway"
        );
        assert_eq!(k.feestdag(date!(2026 - 12 - 01)), None);
    }

    #[test]
    fn koningsdag_moves_to_saturday_when_the_27th_is_a_sunday() {
        let k = Kalender::new(&[]);
        // 27 April 2025 was a Sunday.
        assert_eq!(
            k.feestdag(date!(2025 - 04 - 26)),
            Some(Feestdag::Koningsdag)
        );
        assert_eq!(k.feestdag(date!(2025 - 04 - 27)), None);
        assert_eq!(k.feestdag(date!(2026 - 04 - 26)), None);
    }
}
