//! A Wmo case as it is now, folded from its events: its phase, dates, questions and terms.

use super::*;

/// One stored event with its author and moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stap {
    pub volgnummer: i64,
    pub gebeurtenis: Gebeurtenis,
    pub door_persoon_id: crate::ids::PersoonId,
    pub door: Door,
    pub op: time::OffsetDateTime,
}

/// A question to the resident and its answer, if any.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vraag {
    pub id: String,
    pub tekst: String,
    pub voor: Date,
    pub schort_op: bool,
    /// The Dutch day it was asked.
    pub gesteld_op: Date,
    pub beantwoord_op: Option<Date>,
}

/// What a case is now: the events folded, oldest first.
#[derive(Clone, Debug, Default)]
pub struct Zaak {
    pub fase: Option<Fase>,
    pub consulent_id: Option<crate::ids::PersoonId>,
    /// The planned gesprek: day, time, place.
    pub gesprek: Option<(Date, String, Plaats)>,
    pub geinformeerd: Option<(bool, bool)>,
    pub tijdelijk: Option<(String, Date)>,
    /// The day of the onderzoek's gesprek.
    pub onderzocht_op: Option<Date>,
    pub verslag: Option<Stap>,
    pub reacties: Vec<Stap>,
    pub vragen: Vec<Vraag>,
    pub aanvraag: Option<(Date, Vec<Voorziening>)>,
    /// The last notice of a later besluit.
    pub verdaagd: Option<(Date, String)>,
    pub besluit: Option<Stap>,
    pub bezwaar: Option<Stap>,
    pub ingebrekestelling: Option<Date>,
    pub gesloten: Option<Stap>,
    /// Every event, oldest first.
    pub stappen: Vec<Stap>,
}

impl Zaak {
    /// Folds the events of one case, in the order of their number. Moments are turned into Dutch days by
    /// `dag_van`.
    pub fn uit(stappen: Vec<Stap>, dag_van: impl Fn(time::OffsetDateTime) -> Date) -> Zaak {
        let mut zaak = Zaak::default();
        for stap in &stappen {
            let dag = dag_van(stap.op);
            // Phases only move forward: a verslag recorded after an early aanvraag does not move the case back.
            if let Some(fase) = stap.gebeurtenis.nieuwe_fase()
                && fase.index() > zaak.fase().index()
            {
                zaak.fase = Some(fase);
            }
            match &stap.gebeurtenis {
                Gebeurtenis::Toegewezen { consulent_id } => {
                    zaak.consulent_id = Some(consulent_id.clone());
                }
                Gebeurtenis::GesprekGepland {
                    datum,
                    tijd,
                    plaats,
                    ..
                } => zaak.gesprek = Some((*datum, tijd.clone(), *plaats)),
                Gebeurtenis::Geinformeerd {
                    clientondersteuning,
                    persoonlijk_plan,
                } => zaak.geinformeerd = Some((*clientondersteuning, *persoonlijk_plan)),
                Gebeurtenis::TijdelijkeVoorziening {
                    omschrijving,
                    vanaf,
                } => {
                    zaak.tijdelijk = Some((omschrijving.clone(), *vanaf));
                }
                Gebeurtenis::Onderzoek { gesprek_op, .. } => zaak.onderzocht_op = Some(*gesprek_op),
                Gebeurtenis::Verslag { .. } => zaak.verslag = Some(stap.clone()),
                Gebeurtenis::Reactie { .. } => zaak.reacties.push(stap.clone()),
                Gebeurtenis::Document { .. } => {}
                Gebeurtenis::Vraag {
                    vraag_id,
                    tekst,
                    voor,
                    schort_op,
                } => zaak.vragen.push(Vraag {
                    id: vraag_id.clone(),
                    tekst: tekst.clone(),
                    voor: *voor,
                    schort_op: *schort_op,
                    gesteld_op: dag,
                    beantwoord_op: None,
                }),
                Gebeurtenis::Antwoord { vraag_id, .. } => {
                    if let Some(vraag) = zaak
                        .vragen
                        .iter_mut()
                        .find(|v| &v.id == vraag_id && v.beantwoord_op.is_none())
                    {
                        vraag.beantwoord_op = Some(dag);
                    }
                }
                Gebeurtenis::Aanvraag {
                    ontvangen_op,
                    voorzieningen,
                } => zaak.aanvraag = Some((*ontvangen_op, voorzieningen.clone())),
                Gebeurtenis::Verdaagd {
                    nieuwe_datum,
                    reden,
                } => zaak.verdaagd = Some((*nieuwe_datum, reden.clone())),
                Gebeurtenis::Besluit { .. } => zaak.besluit = Some(stap.clone()),
                Gebeurtenis::Bezwaar { .. } => zaak.bezwaar = Some(stap.clone()),
                Gebeurtenis::Ingebrekestelling { ontvangen_op } => {
                    zaak.ingebrekestelling = Some(*ontvangen_op);
                }
                Gebeurtenis::Gesloten { .. } => zaak.gesloten = Some(stap.clone()),
            }
        }
        zaak.stappen = stappen;
        zaak
    }

    /// Takes the bezwaar from the kernel's list of bezwaar steps: sent (and not withdrawn), as one step of the
    /// case made from its first, with its grounds.
    pub fn met_bezwaar(&mut self, bezwaar: Option<&crate::zaken::bezwaar::domain::Bezwaar>) {
        self.bezwaar = bezwaar
            .filter(|b| b.ingetrokken_op.is_none())
            .and_then(|b| {
                let eerste = b.stappen.first()?;
                Some(Stap {
                    volgnummer: eerste.volgnummer,
                    gebeurtenis: Gebeurtenis::Bezwaar {
                        tekst: b.gronden.clone(),
                    },
                    door_persoon_id: eerste.door_persoon_id.clone()?,
                    door: eerste.door,
                    op: eerste.op,
                })
            });
    }

    /// The phase; a case without events was received and no more.
    pub fn fase(&self) -> Fase {
        self.fase.unwrap_or(Fase::Ontvangen)
    }

    pub fn is_open(&self) -> bool {
        self.fase() != Fase::Gesloten
    }

    /// True when the last aanvraag already has a besluit.
    pub fn besloten_op_aanvraag(&self) -> bool {
        let laatste = |soort: &str| {
            self.stappen
                .iter()
                .rev()
                .find(|s| s.gebeurtenis.soort() == soort)
                .map(|s| s.volgnummer)
        };
        matches!((laatste("aanvraag"), laatste("besluit")), (Some(a), Some(b)) if b > a)
    }

    /// Whether this event may be added to the case as it is now. A besluit needs an aanvraag that has none
    /// yet, and a closed case is not closed again: a double submit must not record these twice.
    pub fn staat_toe(&self, gebeurtenis: &Gebeurtenis) -> bool {
        match gebeurtenis {
            Gebeurtenis::Besluit { .. } => self.aanvraag.is_some() && !self.besloten_op_aanvraag(),
            Gebeurtenis::Gesloten { .. } => self.is_open(),
            Gebeurtenis::Aanvraag { .. } => self.aanvraag.is_none(),
            // A notice of extension must come before the term ends (Awb 4:14), so never after an
            // ingebrekestelling; the form checks the date.
            Gebeurtenis::Verdaagd { .. } => {
                self.besluit.is_none() && self.ingebrekestelling.is_none()
            }
            Gebeurtenis::Bezwaar { .. } => self.besluit.is_some() && self.bezwaar.is_none(),
            Gebeurtenis::Ingebrekestelling { .. } => {
                self.besluit.is_none() && self.ingebrekestelling.is_none()
            }
            Gebeurtenis::Antwoord { vraag_id, .. } => self.open_vragen().any(|v| &v.id == vraag_id),
            _ => true,
        }
    }

    /// True when `persoon_id` recorded a step of this kind after step number `stand`: a form drawn at
    /// `stand` and sent again (a double click, a reload) must not record it twice.
    pub fn al_vastgelegd(&self, stand: i64, persoon_id: &str, gebeurtenis: &Gebeurtenis) -> bool {
        self.stappen.iter().any(|s| {
            s.volgnummer > stand
                && s.door_persoon_id == persoon_id
                && s.gebeurtenis.soort() == gebeurtenis.soort()
        })
    }

    /// The number of the last step, for forms to say which state of the case they were drawn on.
    pub fn stand(&self) -> i64 {
        self.stappen.last().map_or(0, |s| s.volgnummer)
    }

    /// The questions the resident has not answered yet.
    pub fn open_vragen(&self) -> impl Iterator<Item = &Vraag> {
        self.vragen.iter().filter(|v| v.beantwoord_op.is_none())
    }

    /// The days the besluit's term stood still for questions asked after the aanvraag and before the term ran
    /// out (Awb 4:15 lid 1 a): from the day after the question "tot de dag waarop de aanvraag is aangevuld",
    /// so up to the day before the answer (the day of the answer counts again), or up to and including the
    /// last day given for it when no answer came by then; an open question whose day has not come counts up
    /// to `vandaag`.
    pub fn opgeschorte_dagen(&self, gemeente: &Gemeente, vandaag: Date) -> i64 {
        let Some((aanvraag, _)) = &self.aanvraag else {
            return 0;
        };
        let einde = na_aanvraag(*aanvraag, &gemeente.termijnen, &gemeente.kalender()).einde;
        self.vragen
            .iter()
            .filter(|v| v.schort_op && v.gesteld_op >= *aanvraag && v.gesteld_op <= einde)
            .map(|v| {
                let laatste = match v.beantwoord_op {
                    Some(antwoord) if antwoord <= v.voor => {
                        antwoord.previous_day().unwrap_or(antwoord)
                    }
                    Some(_) => v.voor,
                    None => vandaag.min(v.voor),
                };
                (laatste - v.gesteld_op).whole_days().max(0)
            })
            .sum()
    }

    /// The last day for the besluit: 2 weeks after the aanvraag, plus the days it stood still, then extended
    /// past weekends and holidays (Atw); or the date of a notice of extension when that is later.
    pub fn besluit_termijn(&self, gemeente: &Gemeente, vandaag: Date) -> Option<Date> {
        let (aanvraag, _) = self.aanvraag.as_ref()?;
        let aanvraag = *aanvraag;
        let kalender = gemeente.kalender();
        let termijn = na_aanvraag(aanvraag, &gemeente.termijnen, &kalender);
        let opgeschort = self.opgeschorte_dagen(gemeente, vandaag);
        let einde = if opgeschort > 0 {
            kalender.verleng(
                aanvraag,
                termijn
                    .einde_zonder_verlenging
                    .saturating_add(Duration::days(opgeschort)),
            )
        } else {
            termijn.einde
        };
        Some(match &self.verdaagd {
            Some((nieuw, _)) if *nieuw > einde => *nieuw,
            _ => einde,
        })
    }

    /// The term to object to the besluit, once it was sent.
    pub fn bezwaar_termijn(&self, gemeente: &Gemeente) -> Option<Termijn> {
        match &self.besluit.as_ref()?.gebeurtenis {
            Gebeurtenis::Besluit { verzonden_op, .. } => {
                Some(bezwaar_termijn(*verzonden_op, gemeente))
            }
            _ => None,
        }
    }

    /// The last day to send the verslag after the gesprek (CLB-Handreiking De Wmo (2022), §4.3), counted like a
    /// legal term.
    pub fn verslag_termijn(&self, gemeente: &Gemeente) -> Option<Date> {
        let gesprek = self.onderzocht_op?;
        let einde =
            gesprek.saturating_add(Duration::days(i64::from(gemeente.termijnen.verslag_dagen)));
        Some(gemeente.kalender().verleng(gesprek, einde))
    }

    /// True when the resident may send an ingebrekestelling: there is an aanvraag, no besluit, and the last
    /// day for the besluit has passed (Awb 4:17).
    pub fn mag_ingebrekestelling(&self, gemeente: &Gemeente, vandaag: Date) -> bool {
        self.besluit.is_none()
            && self.is_open()
            && self
                .besluit_termijn(gemeente, vandaag)
                .is_some_and(|einde| vandaag > einde)
    }

    /// How the dwangsom stands on `vandaag` after the ingebrekestelling, up to the day the besluit was sent
    /// when it came late: what ran up before the besluit stays owed (Awb 4:17, 4:18).
    pub fn dwangsom_stand(&self, vandaag: Date) -> Option<crate::zaken::ingebreke::Dwangsom> {
        let besluit_op = match self.besluit.as_ref().map(|s| &s.gebeurtenis) {
            Some(Gebeurtenis::Besluit { verzonden_op, .. }) => Some(*verzonden_op),
            _ => None,
        };
        self.ingebrekestelling
            .map(|o| crate::zaken::ingebreke::dwangsom(o, besluit_op, vandaag))
    }

    /// The day the dwangsom starts to run: two weeks after the ingebrekestelling was received (Awb 4:17 lid 3).
    pub fn dwangsom_vanaf(&self) -> Option<Date> {
        self.ingebrekestelling
            .map(crate::zaken::ingebreke::vanaf_als)
    }

    /// The days of dwangsom up to `vandaag` ([`Zaak::dwangsom_stand`]).
    pub fn dwangsom_dagen(&self, vandaag: Date) -> i64 {
        self.dwangsom_stand(vandaag).map_or(0, |d| d.dagen)
    }

    /// The dwangsom owed on `vandaag`.
    pub fn dwangsom(&self, vandaag: Date) -> crate::geld::Bedrag {
        self.dwangsom_stand(vandaag)
            .map_or(crate::geld::Bedrag::NUL, |d| d.bedrag)
    }

    /// The next deadline the municipality has on this case, for the work queue: what is due and by when.
    /// `melding_termijnen` are the melding's own terms (persoonlijk plan, onderzoek), when known; `ontvangen`
    /// the day it was received, which gives a target date for the onderzoek while the legal start date is not
    /// yet known (in municipalities that count from the first gesprek).
    pub fn volgende_termijn(
        &self,
        gemeente: &Gemeente,
        vandaag: Date,
        melding_termijnen: Option<[Termijn; 2]>,
        ontvangen: Date,
    ) -> Option<Deadline> {
        match self.fase() {
            Fase::Ontvangen | Fase::GesprekGepland => {
                let (einde, wettelijk) = match melding_termijnen {
                    Some([_, onderzoek]) => (onderzoek.einde, true),
                    None => (
                        ontvangen.saturating_add(Duration::weeks(i64::from(
                            gemeente.termijnen.onderzoek_weken,
                        ))),
                        false,
                    ),
                };
                Some(Deadline {
                    wat: Wat::Onderzoek,
                    einde,
                    wettelijk,
                })
            }
            Fase::Onderzocht => self.verslag_termijn(gemeente).map(|einde| Deadline {
                wat: Wat::Verslag,
                einde,
                wettelijk: false,
            }),
            Fase::AanvraagOntvangen => {
                self.besluit_termijn(gemeente, vandaag)
                    .map(|einde| Deadline {
                        wat: Wat::Besluit,
                        einde,
                        wettelijk: true,
                    })
            }
            Fase::VerslagVerstuurd | Fase::Besloten | Fase::Gesloten => None,
        }
    }
}
