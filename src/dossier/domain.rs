//! What the resident's dossier shows, worked out from the case: the steps of the timeline with their state and
//! dates, and the next date that matters. Pure.

use time::Date;

use crate::gemeente::Gemeente;
use crate::termijnen::domain::Termijn;
use crate::zaken::domain::{Fase, Gebeurtenis, Wat, Zaak};

/// Where a step of the timeline stands, for the resident.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Staat {
    Gedaan,
    Nu,
    Hierna,
}

/// One step of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Punt {
    pub fase: Fase,
    pub staat: Staat,
    /// The day it happened (or, for the gesprek, the day it is planned).
    pub datum: Option<Date>,
    /// For a step still to come: the last day the municipality has for it.
    pub uiterlijk: Option<Date>,
}

/// The days a dossier needs besides the case: when the melding came in, and its own terms (persoonlijk plan,
/// onderzoek) when known.
#[derive(Clone, Copy, Debug)]
pub struct Melding {
    pub ontvangen: Option<Date>,
    pub termijnen: Option<[Termijn; 2]>,
}

/// The steps of [`Fase::PAD`] with their state. A closed case shows only the steps it went through.
pub fn tijdlijn(zaak: &Zaak, melding: Melding, gemeente: &Gemeente, vandaag: Date) -> Vec<Punt> {
    let nu = zaak.fase();
    let onderzoek = melding.termijnen.map(|[_, o]| o.einde);
    Fase::PAD
        .iter()
        .map(|&fase| {
            let staat = match fase.index().cmp(&nu.index()) {
                std::cmp::Ordering::Less => Staat::Gedaan,
                std::cmp::Ordering::Equal => Staat::Nu,
                std::cmp::Ordering::Greater => Staat::Hierna,
            };
            let datum = match fase {
                Fase::Ontvangen => melding.ontvangen,
                // Once the talk took place, the day it did: the onderzoek records it, and it may differ from
                // the day planned.
                Fase::GesprekGepland => zaak
                    .onderzocht_op
                    .or_else(|| zaak.gesprek.as_ref().map(|(d, _, _)| *d)),
                Fase::Onderzocht => zaak.onderzocht_op,
                Fase::VerslagVerstuurd => zaak.verslag.as_ref().map(|s| crate::zaken::dag(s.op)),
                Fase::AanvraagOntvangen => zaak.aanvraag.as_ref().map(|(d, _)| *d),
                Fase::Besloten => besluit_verzonden(zaak),
                Fase::Gesloten => zaak.gesloten.as_ref().map(|s| crate::zaken::dag(s.op)),
            };
            let uiterlijk = match fase {
                _ if staat != Staat::Hierna => None,
                Fase::Onderzocht => onderzoek,
                Fase::VerslagVerstuurd => zaak.verslag_termijn(gemeente),
                Fase::Besloten => zaak.besluit_termijn(gemeente, vandaag),
                _ => None,
            };
            Punt {
                fase,
                staat,
                datum,
                uiterlijk,
            }
        })
        .filter(|p| nu != Fase::Gesloten || p.datum.is_some())
        .collect()
}

/// The day the besluit was sent.
pub fn besluit_verzonden(zaak: &Zaak) -> Option<Date> {
    match &zaak.besluit.as_ref()?.gebeurtenis {
        Gebeurtenis::Besluit { verzonden_op, .. } => Some(*verzonden_op),
        _ => None,
    }
}

/// The next date that matters to the resident, for Mijn loket and the top of the dossier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Volgende {
    /// The planned gesprek.
    Gesprek(Date),
    /// The last day for the municipality's next step.
    Gemeente(Wat, Date),
    /// The last day to answer a question.
    Vraag(Date),
    /// The last day to object to the besluit.
    Bezwaar(Date),
}

/// The next date that has not passed: an open question first (the resident must act), then the gesprek, the
/// municipality's next deadline, or the last day for a bezwaar.
pub fn volgende(
    zaak: &Zaak,
    melding: Melding,
    gemeente: &Gemeente,
    vandaag: Date,
) -> Option<Volgende> {
    if !zaak.is_open() {
        return None;
    }
    if let Some(vraag) = zaak.open_vragen().map(|v| v.voor).min() {
        return Some(Volgende::Vraag(vraag));
    }
    if let Some((dag, _, _)) = &zaak.gesprek
        && zaak.fase() == Fase::GesprekGepland
        && *dag >= vandaag
    {
        return Some(Volgende::Gesprek(*dag));
    }
    if zaak.fase() == Fase::Besloten {
        return zaak
            .bezwaar_termijn(gemeente)
            .filter(|t| !t.verstreken(vandaag) && zaak.bezwaar.is_none())
            .map(|t| Volgende::Bezwaar(t.einde));
    }
    let ontvangen = melding.ontvangen.unwrap_or(vandaag);
    zaak.volgende_termijn(gemeente, vandaag, melding.termijnen, ontvangen)
        .filter(|d| d.wettelijk)
        .map(|d| Volgende::Gemeente(d.wat, d.einde))
}

pub use crate::zaken::ingebreke::Dwangsom;

/// How the dwangsom stands on `vandaag`, once an ingebrekestelling came in.
pub fn dwangsom(zaak: &Zaak, vandaag: Date) -> Option<Dwangsom> {
    zaak.dwangsom_stand(vandaag)
}

/// The day the dwangsom would start after an ingebrekestelling received on `vandaag`.
pub fn dwangsom_vanaf_als(vandaag: Date) -> Date {
    crate::zaken::ingebreke::vanaf_als(vandaag)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;
    use crate::zaken::domain::{Door, Plaats, Stap};

    fn stap(n: i64, gebeurtenis: Gebeurtenis) -> Stap {
        Stap {
            volgnummer: n,
            gebeurtenis,
            door_persoon_id: "c".into(),
            door: Door::Medewerker,
            op: datetime!(2026-11-24 10:00 UTC),
        }
    }

    fn gemeente() -> Gemeente {
        Gemeente::builtin("het-hogeland").unwrap()
    }

    const MELDING: Melding = Melding {
        ontvangen: Some(date!(2026 - 11 - 23)),
        termijnen: None,
    };

    #[test]
    fn the_current_step_is_the_phase_and_the_rest_follow() {
        let zaak = Zaak::uit(
            vec![stap(
                1,
                Gebeurtenis::GesprekGepland {
                    datum: date!(2026 - 12 - 01),
                    tijd: "10:30".into(),
                    plaats: Plaats::Thuis,
                    toelichting: String::new(),
                },
            )],
            crate::zaken::dag,
        );
        let punten = tijdlijn(&zaak, MELDING, &gemeente(), date!(2026 - 11 - 24));
        let staten: Vec<Staat> = punten.iter().map(|p| p.staat).collect();
        assert_eq!(staten[..3], [Staat::Gedaan, Staat::Nu, Staat::Hierna]);
        assert_eq!(punten.len(), 7);
        assert_eq!(punten[1].datum, Some(date!(2026 - 12 - 01)));
        assert_eq!(
            volgende(&zaak, MELDING, &gemeente(), date!(2026 - 11 - 24)),
            Some(Volgende::Gesprek(date!(2026 - 12 - 01)))
        );
    }

    #[test]
    fn a_closed_case_shows_only_the_steps_it_went_through() {
        let zaak = Zaak::uit(
            vec![stap(
                1,
                Gebeurtenis::Gesloten {
                    reden: "Ingetrokken".into(),
                },
            )],
            crate::zaken::dag,
        );
        let punten = tijdlijn(&zaak, MELDING, &gemeente(), date!(2026 - 11 - 24));
        let fasen: Vec<Fase> = punten.iter().map(|p| p.fase).collect();
        assert_eq!(fasen, [Fase::Ontvangen, Fase::Gesloten]);
        assert_eq!(
            volgende(&zaak, MELDING, &gemeente(), date!(2026 - 11 - 24)),
            None
        );
    }

    #[test]
    fn the_dwangsom_counts_days_after_the_two_weeks() {
        let zaak = Zaak::uit(
            vec![stap(
                1,
                Gebeurtenis::Ingebrekestelling {
                    ontvangen_op: date!(2026 - 12 - 08),
                },
            )],
            crate::zaken::dag,
        );
        let d = dwangsom(&zaak, date!(2026 - 12 - 24)).unwrap();
        assert_eq!(d.vanaf, date!(2026 - 12 - 22));
        assert_eq!((d.dagen, d.bedrag), (2, crate::geld::Bedrag::cent(4600)));
        assert_eq!(dwangsom_vanaf_als(date!(2026 - 12 - 08)), d.vanaf);
    }
}
