//! The figures, computed from the dates of meldingen and their folded cases. Pure: the tables are tested
//! without a database. Only counts and a median: nothing here says anything about one person.

use time::{Date, Month};

use crate::gemeente::Gemeente;
use crate::meldingen::domain::termijnen;
pub use crate::meldingen::wachttijd::{
    MIN_BESLUITEN_WACHTTIJD, WACHTTIJD_DAGEN, Wachttijd, mediaan, wachttijd,
};
use crate::zaken::domain::{Gebeurtenis, Voorziening, Zaak};
use crate::zaken::kern::Regeling;

/// How many months the figures cover: this month and the eleven before it.
pub const MAANDEN: u8 = 12;

/// One submitted melding and its case.
#[derive(Clone, Debug)]
pub struct Rij {
    pub ontvangen_op: Date,
    pub eerste_gesprek_op: Option<Date>,
    pub spoed: bool,
    pub zaak: Zaak,
}

/// The counts of one month (or of all months together).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Telling {
    /// Meldingen received.
    pub meldingen: u32,
    /// Of those, the ones marked as urgent.
    pub spoed: u32,
    /// Onderzoeken (by the day of the gesprek) within and past the onderzoek's term.
    pub onderzoek_op_tijd: u32,
    pub onderzoek_te_laat: u32,
    /// Open cases whose onderzoek term ended in the month without an onderzoek (as of today).
    pub onderzoek_open_te_laat: u32,
    /// Besluiten sent.
    pub besluiten: u32,
    /// Of those, within and past the besluit's term (a besluit without an aanvraag has no term).
    pub besluit_op_tijd: u32,
    pub besluit_te_laat: u32,
    /// Open aanvragen whose besluit term ended in the month without a besluit (as of today).
    pub besluit_open_te_laat: u32,
    /// Besluiten per kind of voorziening, in the order of [`Voorziening::ALL`].
    pub per_voorziening: Vec<u32>,
    /// Days from the melding to the besluit, one per besluit; only the median is shown.
    dagen_tot_besluit: Vec<i64>,
    /// Applications and proposals received, per scheme of [`ANDERE_REGELINGEN`].
    pub aanvragen: [u32; 3],
}

/// The schemes besides the Wmo whose cases the figures count, in their columns' order.
pub const ANDERE_REGELINGEN: [Regeling; 3] = [
    Regeling::Blijverslening,
    Regeling::Kindpakket,
    Regeling::Uitdaagrecht,
];

impl Telling {
    fn nieuw() -> Telling {
        Telling {
            per_voorziening: vec![0; Voorziening::ALL.len()],
            ..Telling::default()
        }
    }

    /// The median number of days from melding to besluit, if there was a besluit.
    pub fn mediaan_dagen(&self) -> Option<f64> {
        mediaan(&self.dagen_tot_besluit)
    }

    fn voeg_toe(&mut self, ander: &Telling) {
        self.meldingen += ander.meldingen;
        self.spoed += ander.spoed;
        self.onderzoek_op_tijd += ander.onderzoek_op_tijd;
        self.onderzoek_te_laat += ander.onderzoek_te_laat;
        self.onderzoek_open_te_laat += ander.onderzoek_open_te_laat;
        self.besluiten += ander.besluiten;
        self.besluit_op_tijd += ander.besluit_op_tijd;
        self.besluit_te_laat += ander.besluit_te_laat;
        self.besluit_open_te_laat += ander.besluit_open_te_laat;
        for (som, n) in self.per_voorziening.iter_mut().zip(&ander.per_voorziening) {
            *som += n;
        }
        for (som, n) in self.aanvragen.iter_mut().zip(&ander.aanvragen) {
            *som += n;
        }
        self.dagen_tot_besluit
            .extend_from_slice(&ander.dagen_tot_besluit);
    }
}

/// The counts of one calendar month.
#[derive(Clone, Debug, PartialEq)]
pub struct Maand {
    /// The first day of the month.
    pub begin: Date,
    pub telling: Telling,
}

/// The figures: one row per month, oldest first, and all months together.
#[derive(Clone, Debug, PartialEq)]
pub struct Cijfers {
    pub maanden: Vec<Maand>,
    pub totaal: Telling,
}

/// The first day of the month `terug` months before the month of `dag`.
fn maanden_terug(dag: Date, terug: u8) -> Date {
    let mut jaar = dag.year();
    let mut maand = dag.month();
    for _ in 0..terug {
        if maand == Month::January {
            jaar -= 1;
        }
        maand = maand.previous();
    }
    Date::from_calendar_date(jaar, maand, 1).unwrap_or(dag)
}

/// The besluit of a case: the day it was sent and the kinds of voorziening it decided on, each once.
pub fn besluit(zaak: &Zaak) -> Option<(Date, Vec<Voorziening>)> {
    match &zaak.besluit.as_ref()?.gebeurtenis {
        Gebeurtenis::Besluit {
            verzonden_op,
            regels,
            ..
        } => {
            let mut soorten: Vec<Voorziening> = Vec::new();
            for regel in regels {
                if !soorten.contains(&regel.voorziening) {
                    soorten.push(regel.voorziening);
                }
            }
            Some((*verzonden_op, soorten))
        }
        _ => None,
    }
}

fn telling(maanden: &mut [Maand], i: Option<usize>) -> Option<&mut Telling> {
    maanden.get_mut(i?).map(|m| &mut m.telling)
}

/// Computes the figures of the last [`MAANDEN`] months up to `vandaag`. Each event counts in the month of its
/// own Dutch date: a melding when it was received, an onderzoek on the day of its gesprek, a besluit on the day
/// it was sent.
/// The figures of the last [`MAANDEN`] months: the Wmo's from its meldingen and their cases, and of every
/// other scheme the cases received (`aanvragen`: the scheme and the Dutch day it was submitted).
pub fn bereken(
    rijen: &[Rij],
    aanvragen: &[(Regeling, Date)],
    gemeente: &Gemeente,
    vandaag: Date,
) -> Cijfers {
    let begin = maanden_terug(vandaag, MAANDEN - 1);
    let mut maanden: Vec<Maand> = (0..MAANDEN)
        .rev()
        .map(|terug| Maand {
            begin: maanden_terug(vandaag, terug),
            telling: Telling::nieuw(),
        })
        .collect();
    // The month a day falls in, if it is one of these.
    let index = |dag: Date| -> Option<usize> {
        if dag < begin || dag > vandaag {
            return None;
        }
        let nummer = |d: Date| i64::from(d.year()) * 12 + i64::from(u8::from(d.month()));
        usize::try_from(nummer(dag) - nummer(begin)).ok()
    };
    for rij in rijen {
        if let Some(t) = telling(&mut maanden, index(rij.ontvangen_op)) {
            t.meldingen += 1;
            if rij.spoed {
                t.spoed += 1;
            }
        }
        if let Some(gesprek) = rij.zaak.onderzocht_op {
            // Where the term counts from the first gesprek and that day was not recorded, the onderzoek's
            // own gesprek is the first.
            let eerste_gesprek = rij.eerste_gesprek_op.or(Some(gesprek));
            let termijn = termijnen(gemeente, Some(rij.ontvangen_op), eerste_gesprek);
            if let (Some(t), Some([_, onderzoek])) =
                (telling(&mut maanden, index(gesprek)), termijn)
            {
                if gesprek <= onderzoek.einde {
                    t.onderzoek_op_tijd += 1;
                } else {
                    t.onderzoek_te_laat += 1;
                }
            }
        }
        // Late and still not done: counted in the month the term ended, so that a case nobody handles is
        // not missing from the figures.
        if rij.zaak.is_open() && rij.zaak.onderzocht_op.is_none() {
            let termijn = termijnen(gemeente, Some(rij.ontvangen_op), rij.eerste_gesprek_op);
            if let Some([_, onderzoek]) = termijn
                && onderzoek.verstreken(vandaag)
                && let Some(t) = telling(&mut maanden, index(onderzoek.einde))
            {
                t.onderzoek_open_te_laat += 1;
            }
        }
        if rij.zaak.is_open()
            && besluit(&rij.zaak).is_none()
            && let Some(einde) = rij.zaak.besluit_termijn(gemeente, vandaag)
            && vandaag > einde
            && let Some(t) = telling(&mut maanden, index(einde))
        {
            t.besluit_open_te_laat += 1;
        }
        if let Some((verzonden, soorten)) = besluit(&rij.zaak) {
            let termijn = rij.zaak.besluit_termijn(gemeente, verzonden);
            if let Some(t) = telling(&mut maanden, index(verzonden)) {
                t.besluiten += 1;
                match termijn {
                    Some(einde) if verzonden <= einde => t.besluit_op_tijd += 1,
                    Some(_) => t.besluit_te_laat += 1,
                    None => {}
                }
                for soort in soorten {
                    if let Some(i) = Voorziening::ALL.iter().position(|v| *v == soort) {
                        t.per_voorziening[i] += 1;
                    }
                }
                t.dagen_tot_besluit
                    .push((verzonden - rij.ontvangen_op).whole_days());
            }
        }
    }
    for (regeling, dag) in aanvragen {
        if let (Some(kolom), Some(t)) = (
            ANDERE_REGELINGEN.iter().position(|r| r == regeling),
            telling(&mut maanden, index(*dag)),
        ) {
            t.aanvragen[kolom] += 1;
        }
    }
    let mut totaal = Telling::nieuw();
    for m in &maanden {
        totaal.voeg_toe(&m.telling);
    }
    Cijfers { maanden, totaal }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;
    use crate::zaken::domain::{BesluitRegel, Door, Stap, Uitkomst};

    fn gemeente() -> Gemeente {
        Gemeente::builtin("het-hogeland").unwrap()
    }

    fn stap(n: i64, gebeurtenis: Gebeurtenis) -> Stap {
        Stap {
            volgnummer: n,
            gebeurtenis,
            door_persoon_id: "c".into(),
            door: Door::Medewerker,
            op: datetime!(2026-01-01 09:00 UTC),
        }
    }

    fn regel(voorziening: Voorziening, uitkomst: Uitkomst) -> BesluitRegel {
        BesluitRegel {
            voorziening,
            omschrijving: String::new(),
            uitkomst,
            vorm: None,
            ingangsdatum: None,
            einddatum: None,
            omvang: String::new(),
            aanbieder: String::new(),
            kostprijs: None,
            eigen_bijdrage: None,
            pgb_bedrag: None,
            pgb_berekening: String::new(),
            reden: String::new(),
        }
    }

    /// A melding received on `ontvangen`, with an onderzoek, an aanvraag and a besluit on the days given.
    fn rij(
        ontvangen: Date,
        gesprek: Option<Date>,
        aanvraag: Option<Date>,
        besluit: Option<(Date, Vec<BesluitRegel>)>,
    ) -> Rij {
        let mut stappen = Vec::new();
        if let Some(gesprek_op) = gesprek {
            stappen.push(stap(
                1,
                Gebeurtenis::Onderzoek {
                    gesprek_op,
                    onderwerpen: vec![],
                    levensgebieden: vec![],
                    uitkomst: String::new(),
                },
            ));
        }
        if let Some(ontvangen_op) = aanvraag {
            stappen.push(stap(
                2,
                Gebeurtenis::Aanvraag {
                    ontvangen_op,
                    voorzieningen: vec![],
                },
            ));
        }
        if let Some((verzonden_op, regels)) = besluit {
            stappen.push(stap(
                3,
                Gebeurtenis::Besluit {
                    verzonden_op,
                    regels,
                    motivering: String::new(),
                    document_id: None,
                },
            ));
        }
        Rij {
            ontvangen_op: ontvangen,
            eerste_gesprek_op: None,
            spoed: false,
            zaak: Zaak::uit(stappen, |m| m.date()),
        }
    }

    #[test]
    fn the_median_is_the_middle_or_halfway_between_the_two_middles() {
        assert_eq!(mediaan(&[]), None);
        assert_eq!(mediaan(&[9, 1, 5]), Some(5.0));
        assert_eq!(mediaan(&[4, 1, 10, 5]), Some(4.5));
    }

    #[test]
    fn twelve_months_oldest_first_up_to_this_month() {
        let c = bereken(&[], &[], &gemeente(), date!(2026 - 11 - 23));
        assert_eq!(c.maanden.len(), 12);
        assert_eq!(c.maanden[0].begin, date!(2025 - 12 - 01));
        assert_eq!(c.maanden[11].begin, date!(2026 - 11 - 01));
        assert_eq!(c.totaal.mediaan_dagen(), None);
    }

    #[test]
    fn each_event_counts_in_its_own_month_within_or_past_its_term() {
        let g = gemeente();
        let toegekend = |v| regel(v, Uitkomst::Toegekend);
        let rijen = vec![
            // Received 2 March; gesprek 30 March (term to 13 April): in time; aanvraag 1 April, besluit
            // 10 April (term to 15 April): in time; 39 days.
            rij(
                date!(2026 - 03 - 02),
                Some(date!(2026 - 03 - 30)),
                Some(date!(2026 - 04 - 01)),
                Some((
                    date!(2026 - 04 - 10),
                    vec![
                        toegekend(Voorziening::Hulpmiddel),
                        toegekend(Voorziening::Hulpmiddel),
                        regel(Voorziening::Vervoer, Uitkomst::Afgewezen),
                    ],
                )),
            ),
            // Received 2 March; gesprek 20 April: too late; aanvraag 20 April, besluit 12 May (term to
            // 4 May): too late; 71 days.
            rij(
                date!(2026 - 03 - 02),
                Some(date!(2026 - 04 - 20)),
                Some(date!(2026 - 04 - 20)),
                Some((date!(2026 - 05 - 12), vec![toegekend(Voorziening::Vervoer)])),
            ),
            // Received in April, nothing else yet; urgent.
            Rij {
                spoed: true,
                ..rij(date!(2026 - 04 - 07), None, None, None)
            },
            // Long before the twelve months: not counted, except for its besluit in the window.
            rij(
                date!(2025 - 10 - 01),
                Some(date!(2025 - 10 - 20)),
                None,
                Some((
                    date!(2025 - 12 - 05),
                    vec![toegekend(Voorziening::Begeleiding)],
                )),
            ),
        ];
        let c = bereken(&rijen, &[], &g, date!(2026 - 11 - 23));
        let maand = |m: Month| {
            &c.maanden
                .iter()
                .find(|x| x.begin.month() == m)
                .unwrap()
                .telling
        };
        assert_eq!(
            (maand(Month::March).meldingen, maand(Month::March).spoed),
            (2, 0)
        );
        assert_eq!(maand(Month::March).onderzoek_op_tijd, 1);
        assert_eq!(
            (maand(Month::April).meldingen, maand(Month::April).spoed),
            (1, 1)
        );
        assert_eq!(maand(Month::April).onderzoek_te_laat, 1);
        let april = maand(Month::April);
        assert_eq!(
            (
                april.besluiten,
                april.besluit_op_tijd,
                april.besluit_te_laat
            ),
            (1, 1, 0)
        );
        let i = |v: Voorziening| Voorziening::ALL.iter().position(|x| *x == v).unwrap();
        assert_eq!(
            april.per_voorziening[i(Voorziening::Hulpmiddel)],
            1,
            "once per besluit"
        );
        assert_eq!(april.per_voorziening[i(Voorziening::Vervoer)], 1);
        let mei = maand(Month::May);
        assert_eq!(
            (mei.besluiten, mei.besluit_op_tijd, mei.besluit_te_laat),
            (1, 0, 1)
        );
        assert_eq!(mei.mediaan_dagen(), Some(71.0));
        // The old one: a besluit without an aanvraag has no term.
        let december = maand(Month::December);
        assert_eq!(
            (
                december.besluiten,
                december.besluit_op_tijd,
                december.besluit_te_laat
            ),
            (1, 0, 0)
        );
        assert_eq!(december.meldingen + maand(Month::October).meldingen, 0);
        assert_eq!(c.totaal.meldingen, 3);
        assert_eq!(c.totaal.besluiten, 3);
        // 65, 39 and 71 days.
        assert_eq!(c.totaal.mediaan_dagen(), Some(65.0));
    }

    #[test]
    fn the_waiting_time_needs_five_cases_and_is_told_in_days_or_weeks() {
        assert_eq!(wachttijd(&[30, 30, 30, 30]), None);
        assert_eq!(wachttijd(&[30, 36, 35, 40, 20]), Some(Wachttijd::Weken(5)));
        assert_eq!(wachttijd(&[3, 9, 10, 12, 40]), Some(Wachttijd::Dagen(10)));
        assert_eq!(
            wachttijd(&[1, 2, 3, 4, 5]),
            Some(Wachttijd::MinderDanEenWeek)
        );
    }
}
