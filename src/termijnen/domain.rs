//! The legal terms of the Wmo procedure, counted as the law counts them. Pure: no clock, no database.
//!
//! A term of N weeks after day D ends at the end of day D + 7N, the same weekday; "within 7 days after" ends at
//! D + 7 (as Awb art. 6:8 counts the bezwaar term). A term set by law that ends on a Saturday, a Sunday or a
//! generally recognised holiday runs on to the next day that is none of these (Algemene termijnenwet art. 1),
//! and a term of at least three days always holds at least two such days (art. 2). The holidays are those of
//! Atw art. 3 plus the days equated with them by royal decree, which the municipality's profile keeps as data.

use time::{Date, Duration};

use crate::gemeente::Termijnen;
use crate::kalender::Kalender;

/// The terms of the procedure, each named after what must happen by its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// The resident may hand in a persoonlijk plan within 7 days after the melding (Wmo 2015 art. 2.3.2 lid 2).
    PersoonlijkPlan,
    /// The municipality does the onderzoek within 6 weeks after the melding (Wmo 2015 art. 2.3.2 lid 1).
    Onderzoek,
    /// The municipality decides within 2 weeks after the aanvraag (Wmo 2015 art. 2.3.5 lid 1).
    Besluit,
    /// The resident may object within 6 weeks after the besluit was sent (Awb art. 6:7, 6:8).
    Bezwaar,
    /// The municipality decides on a bezwaar within 6 weeks (12 when an advisory committee hears it) after
    /// the bezwaar term ended, once extended by 6 weeks at most (Awb art. 7:10 lid 1 and 3).
    BeslissingOpBezwaar,
}

/// One computed term.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Termijn {
    pub soort: Soort,
    /// The day of what started it: the melding, the aanvraag, the sending of the besluit.
    pub begin: Date,
    /// The last day, after the Atw's extension.
    pub einde: Date,
    /// The last day before the Atw's extension; differs from `einde` when the term ran on.
    pub einde_zonder_verlenging: Date,
}

impl Termijn {
    fn nieuw(soort: Soort, begin: Date, dagen: i64, kalender: &Kalender<'_>) -> Termijn {
        let einde = begin.saturating_add(Duration::days(dagen));
        Termijn {
            soort,
            begin,
            einde: kalender.verleng(begin, einde),
            einde_zonder_verlenging: einde,
        }
    }

    /// True when the term ran on past a weekend or holiday.
    pub fn verlengd(&self) -> bool {
        self.einde != self.einde_zonder_verlenging
    }

    /// True when the whole of the last day has passed on `vandaag`.
    pub fn verstreken(&self, vandaag: Date) -> bool {
        vandaag > self.einde
    }
}

/// The terms that start with the melding: the persoonlijk plan and the onderzoek.
pub fn na_melding(melding: Date, t: &Termijnen, kalender: &Kalender<'_>) -> [Termijn; 2] {
    [
        Termijn::nieuw(
            Soort::PersoonlijkPlan,
            melding,
            i64::from(t.persoonlijk_plan_dagen),
            kalender,
        ),
        Termijn::nieuw(
            Soort::Onderzoek,
            melding,
            7 * i64::from(t.onderzoek_weken),
            kalender,
        ),
    ]
}

/// The term that starts with the aanvraag: the besluit.
pub fn na_aanvraag(aanvraag: Date, t: &Termijnen, kalender: &Kalender<'_>) -> Termijn {
    Termijn::nieuw(
        Soort::Besluit,
        aanvraag,
        7 * i64::from(t.besluit_weken),
        kalender,
    )
}

/// Weeks within which the municipality decides on an application when no rule sets a term of its own: a
/// reasonable term, at most eight weeks after receiving it (Awb art. 4:13 lid 2).
pub const REDELIJKE_TERMIJN_WEKEN: i64 = 8;

/// The term for a decision on an application for which no rule sets one (a blijverslening, the Kindpakket).
pub fn redelijke_termijn(aanvraag: Date, kalender: &Kalender<'_>) -> Termijn {
    Termijn::nieuw(
        Soort::Besluit,
        aanvraag,
        7 * REDELIJKE_TERMIJN_WEKEN,
        kalender,
    )
}

/// The term that starts when the besluit is sent: the bezwaar. Awb 6:8: it starts the day after sending, so it
/// ends on the same weekday six weeks later.
pub fn na_besluit(verstuurd: Date, t: &Termijnen, kalender: &Kalender<'_>) -> Termijn {
    Termijn::nieuw(
        Soort::Bezwaar,
        verstuurd,
        7 * i64::from(t.bezwaar_weken),
        kalender,
    )
}

/// Weeks within which the municipality decides on a bezwaar (Awb art. 7:10 lid 1).
pub const BESLISSING_BEZWAAR_WEKEN: i64 = 6;

/// The same when an advisory committee as meant in Awb art. 7:13 hears the bezwaar (art. 7:10 lid 1).
pub const BESLISSING_BEZWAAR_COMMISSIE_WEKEN: i64 = 12;

/// The decision on a bezwaar may be postponed once, by at most this many weeks (Awb art. 7:10 lid 3).
pub const VERDAGING_BEZWAAR_WEKEN: i64 = 6;

/// The term for the decision on a bezwaar against a besluit sent on `verstuurd`. It is counted from the day
/// after the bezwaar term ended (Awb art. 7:10 lid 1), whenever the bezwaar came in: 6 weeks, 12 with an
/// advisory committee, and 6 more once postponed (lid 3). `begin` is the bezwaar term's last day.
pub fn beslissing_op_bezwaar(
    verstuurd: Date,
    t: &Termijnen,
    kalender: &Kalender<'_>,
    commissie: bool,
    verdaagd: bool,
) -> Termijn {
    let bezwaar = na_besluit(verstuurd, t, kalender);
    let weken = if commissie {
        BESLISSING_BEZWAAR_COMMISSIE_WEKEN
    } else {
        BESLISSING_BEZWAAR_WEKEN
    } + if verdaagd { VERDAGING_BEZWAAR_WEKEN } else { 0 };
    Termijn::nieuw(
        Soort::BeslissingOpBezwaar,
        bezwaar.einde,
        7 * weken,
        kalender,
    )
}

/// The dwangsom when the municipality decides too late (Awb art. 4:17): it runs from two weeks after the
/// ingebrekestelling was received, for at most 42 days.
pub mod dwangsom {
    /// Days after receiving the ingebrekestelling in which the municipality may still decide without paying.
    pub const WACHTTIJD_DAGEN: i64 = 14;
    /// The dwangsom runs for at most this many days (Awb art. 4:17 lid 2).
    pub const MAXIMUM_DAGEN: i64 = 42;
    use crate::geld::Bedrag;

    /// The amount a day: the first 14 days, the next 14, and after that (Awb art. 4:17 lid 2).
    pub const PER_DAG: [(i64, Bedrag); 3] = [
        (14, Bedrag::euro(23)),
        (14, Bedrag::euro(35)),
        (14, Bedrag::euro(45)),
    ];

    /// What is owed after `dagen` days of dwangsom.
    pub fn bedrag(dagen: i64) -> Bedrag {
        let mut over = dagen.clamp(0, MAXIMUM_DAGEN);
        let mut totaal = Bedrag::NUL;
        for (lengte, per_dag) in PER_DAG {
            let deel = over.min(lengte);
            totaal += Bedrag::cent(deel * per_dag.in_cent());
            over -= deel;
        }
        totaal
    }

    /// The most the dwangsom can be.
    pub fn maximum() -> Bedrag {
        bedrag(MAXIMUM_DAGEN)
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    const GELIJKGESTELD: [Date; 5] = crate::kalender::GELIJKGESTELD_2026_2028;

    fn termijnen() -> Termijnen {
        Termijnen {
            persoonlijk_plan_dagen: 7,
            onderzoek_weken: 6,
            besluit_weken: 2,
            bezwaar_weken: 6,
            verslag_dagen: 10,
            spoed_uren: 48,
            bezwaar_adviescommissie: false,
        }
    }

    #[test]
    fn an_ordinary_term_ends_on_the_same_weekday() {
        let k = Kalender::new(&GELIJKGESTELD);
        let t = termijnen();
        // Tuesday 1 December 2026.
        let [plan, onderzoek] = na_melding(date!(2026 - 12 - 01), &t, &k);
        assert_eq!(plan.einde, date!(2026 - 12 - 08));
        assert_eq!(onderzoek.einde, date!(2027 - 01 - 12));
        assert!(!plan.verlengd() && !onderzoek.verlengd());
        assert_eq!(
            na_aanvraag(date!(2026 - 12 - 01), &t, &k).einde,
            date!(2026 - 12 - 15)
        );
        assert_eq!(
            na_besluit(date!(2026 - 12 - 01), &t, &k).einde,
            date!(2027 - 01 - 12)
        );
    }

    #[test]
    fn a_term_ending_in_a_weekend_runs_to_monday() {
        let k = Kalender::new(&GELIJKGESTELD);
        // Saturday 5 December 2026 + 7 days is a Saturday.
        let [plan, _] = na_melding(date!(2026 - 12 - 05), &termijnen(), &k);
        assert_eq!(plan.einde_zonder_verlenging, date!(2026 - 12 - 12));
        assert_eq!(plan.einde, date!(2026 - 12 - 14));
        assert!(plan.verlengd());
    }

    #[test]
    fn a_term_ending_at_christmas_runs_past_both_days_and_the_weekend() {
        let k = Kalender::new(&GELIJKGESTELD);
        // Friday 11 December 2026 + 2 weeks = Friday 25 December; 26 and 27 are Saturday and Sunday.
        let besluit = na_aanvraag(date!(2026 - 12 - 11), &termijnen(), &k);
        assert_eq!(besluit.einde, date!(2026 - 12 - 28));
    }

    #[test]
    fn easter_based_holidays_and_equated_days_extend_a_term() {
        let k = Kalender::new(&GELIJKGESTELD);
        let t = termijnen();
        // Goede Vrijdag 3 April 2026, then the weekend and Tweede Paasdag: on to Tuesday 7 April.
        assert_eq!(
            na_aanvraag(date!(2026 - 03 - 20), &t, &k).einde,
            date!(2026 - 04 - 07)
        );
        // Hemelvaartsdag 14 May 2026, then the equated Friday 15 May and the weekend: on to Monday 18 May.
        assert_eq!(
            na_aanvraag(date!(2026 - 04 - 30), &t, &k).einde,
            date!(2026 - 05 - 18)
        );
        // Without the equated day, Friday 15 May would be the last day.
        let zonder = Kalender::new(&[]);
        assert_eq!(
            na_aanvraag(date!(2026 - 05 - 01), &t, &zonder).einde,
            date!(2026 - 05 - 15)
        );
        // Nieuwjaarsdag and the equated 2 January 2026, then the weekend: on to Monday 5 January.
        let [plan, _] = na_melding(date!(2025 - 12 - 25), &t, &k);
        assert_eq!(plan.einde, date!(2026 - 01 - 05));
    }

    #[test]
    fn bevrijdingsdag_and_koningsdag_on_a_sunday_extend_a_term() {
        let k = Kalender::new(&GELIJKGESTELD);
        let t = termijnen();
        // Tuesday 21 April 2026 + 2 weeks = Tuesday 5 May, Bevrijdingsdag: on to Wednesday 6 May.
        assert_eq!(
            na_aanvraag(date!(2026 - 04 - 21), &t, &k).einde,
            date!(2026 - 05 - 06)
        );
        // 27 April 2025 was a Sunday, so Koningsdag was Saturday 26 April. A melding of Saturday 19 April 2025
        // has its plan term end on Saturday 26 April: on past Koningsdag and the Sunday to Monday 28 April.
        let [plan, _] = na_melding(date!(2025 - 04 - 19), &t, &k);
        assert_eq!(plan.einde, date!(2025 - 04 - 28));
        // In 2026 Koningsdag is Monday 27 April: a term ending on Sunday 26th runs on to Tuesday 28 April.
        let [plan, _] = na_melding(date!(2026 - 04 - 19), &t, &k);
        assert_eq!(plan.einde, date!(2026 - 04 - 28));
    }

    #[test]
    fn a_term_of_three_days_or_more_holds_two_working_days() {
        let k = Kalender::new(&[]);
        // From Thursday 24 December 2026 a 3-day term would end on Sunday 27th; 25 and 26 are holidays and 27
        // a Sunday, so art. 1 gives Monday 28th, and art. 2 asks for a second working day: Tuesday 29th.
        assert_eq!(
            k.verleng(date!(2026 - 12 - 24), date!(2026 - 12 - 27)),
            date!(2026 - 12 - 29)
        );
        // A shorter term is not held to art. 2.
        assert_eq!(
            k.verleng(date!(2026 - 12 - 24), date!(2026 - 12 - 26)),
            date!(2026 - 12 - 28)
        );
    }

    #[test]
    fn the_day_after_the_last_day_is_too_late() {
        let k = Kalender::new(&[]);
        let besluit = na_aanvraag(date!(2026 - 12 - 01), &termijnen(), &k);
        assert!(!besluit.verstreken(date!(2026 - 12 - 15)));
        assert!(besluit.verstreken(date!(2026 - 12 - 16)));
    }

    #[test]
    fn the_decision_on_a_bezwaar_follows_awb_7_10() {
        let k = Kalender::new(&GELIJKGESTELD);
        let t = termijnen();
        // Besluit sent Tuesday 1 December 2026: the bezwaar term ends Tuesday 12 January 2027 (Awb 6:7, 6:8).
        // Awb 7:10 lid 1: 6 weeks from the day after, so Tuesday 23 February 2027; 12 weeks with an advisory
        // committee, Tuesday 6 April 2027; lid 3: once 6 weeks more.
        let verstuurd = date!(2026 - 12 - 01);
        let zonder = beslissing_op_bezwaar(verstuurd, &t, &k, false, false);
        assert_eq!(zonder.soort, Soort::BeslissingOpBezwaar);
        assert_eq!(zonder.begin, date!(2027 - 01 - 12));
        assert_eq!(zonder.einde, date!(2027 - 02 - 23));
        assert_eq!(
            beslissing_op_bezwaar(verstuurd, &t, &k, false, true).einde,
            date!(2027 - 04 - 06)
        );
        assert_eq!(
            beslissing_op_bezwaar(verstuurd, &t, &k, true, false).einde,
            date!(2027 - 04 - 06)
        );
        assert_eq!(
            beslissing_op_bezwaar(verstuurd, &t, &k, true, true).einde,
            date!(2027 - 05 - 18)
        );
    }

    #[test]
    fn the_decision_on_a_bezwaar_runs_past_christmas_and_easter() {
        let k = Kalender::new(&GELIJKGESTELD);
        let t = termijnen();
        // Besluit Friday 2 October 2026: bezwaar term to Friday 13 November; 6 weeks later is Friday 25
        // December, Eerste Kerstdag, then Tweede Kerstdag and the weekend: Monday 28 December (Atw art. 1).
        let kerst = beslissing_op_bezwaar(date!(2026 - 10 - 02), &t, &k, false, false);
        assert_eq!(kerst.einde_zonder_verlenging, date!(2026 - 12 - 25));
        assert_eq!(kerst.einde, date!(2026 - 12 - 28));
        // Besluit Friday 20 November 2026: the bezwaar term would end on Nieuwjaarsdag, Friday 1 January
        // 2027, and runs on past the weekend to Monday 4 January. With a committee, 12 weeks from there is
        // Monday 29 March 2027, Tweede Paasdag: on to Tuesday 30 March. Without, Monday 15 February.
        let pasen = beslissing_op_bezwaar(date!(2026 - 11 - 20), &t, &k, true, false);
        assert_eq!(pasen.begin, date!(2027 - 01 - 04));
        assert_eq!(pasen.einde_zonder_verlenging, date!(2027 - 03 - 29));
        assert_eq!(pasen.einde, date!(2027 - 03 - 30));
        assert_eq!(
            beslissing_op_bezwaar(date!(2026 - 11 - 20), &t, &k, false, false).einde,
            date!(2027 - 02 - 15)
        );
    }

    #[test]
    fn the_dwangsom_grows_in_three_steps_up_to_42_days() {
        assert_eq!(dwangsom::bedrag(0).in_cent(), 0);
        assert_eq!(dwangsom::bedrag(1).in_cent(), 2300);
        assert_eq!(dwangsom::bedrag(14).in_cent(), 14 * 2300);
        assert_eq!(dwangsom::bedrag(15).in_cent(), 14 * 2300 + 3500);
        assert_eq!(dwangsom::bedrag(28).in_cent(), 14 * 2300 + 14 * 3500);
        assert_eq!(dwangsom::bedrag(29).in_cent(), 14 * 2300 + 14 * 3500 + 4500);
        assert_eq!(dwangsom::bedrag(42).in_cent(), 144_200);
        assert_eq!(
            dwangsom::bedrag(100).in_cent(),
            144_200,
            "never more than 42 days"
        );
        assert_eq!(dwangsom::maximum().in_cent(), 144_200);
    }
}
