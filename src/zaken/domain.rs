//! The case behind a submitted melding, as a list of events. Nothing here is stored state: [`Zaak::uit`] folds
//! the events, oldest first, into what the case is now, and the terms follow from the dates in it. Pure.

use serde::{Deserialize, Serialize};
use time::{Date, Duration};

use crate::gemeente::Gemeente;
use crate::termijnen::domain::{Termijn, na_aanvraag, na_besluit, redelijke_termijn};

/// A day as `YYYY-MM-DD` in the events' JSON.
mod dag {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    pub fn serialize<S: Serializer>(dag: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::db::date(*dag))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let tekst = String::deserialize(d)?;
        crate::db::parse_date(&tekst).ok_or_else(|| serde::de::Error::custom("not a date"))
    }

    pub mod optie {
        use serde::{Deserialize, Deserializer, Serializer};
        use time::Date;

        pub fn serialize<S: Serializer>(dag: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
            match dag {
                Some(dag) => s.serialize_some(&crate::db::date(*dag)),
                None => s.serialize_none(),
            }
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
            match Option::<String>::deserialize(d)? {
                Some(tekst) => crate::db::parse_date(&tekst)
                    .map(Some)
                    .ok_or_else(|| serde::de::Error::custom("not a date")),
                None => Ok(None),
            }
        }
    }
}

/// Codes that are stored: a closed list with a stable text form.
macro_rules! codes {
    ($(#[$meta:meta])* $naam:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum $naam { $(#[serde(rename = $code)] $variant),+ }

        impl $naam {
            pub const ALL: &'static [$naam] = &[$($naam::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($naam::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<$naam> {
                match code { $($code => Some($naam::$variant),)+ _ => None }
            }
        }
    };
}

codes!(
    /// Where the gesprek takes place (preferably at home: Beleidsregels Wmo Het Hogeland 2023, §2.5; the
    /// "keukentafelgesprek" of CLB-Handreiking De Wmo (2022), §4.3).
    Plaats {
        Thuis = "thuis",
        Gemeentehuis = "gemeentehuis",
        Telefoon = "telefoon",
        Beeldbellen = "beeldbellen",
    }
);

codes!(
    /// The topics an onderzoek must cover (Verordening Sociaal Domein Lansingerland 2018, art. 2:3 lid 3-7;
    /// Beleidsregels Wmo Het Hogeland 2023, §2.5).
    Onderwerp {
        Behoeften = "behoeften",
        Resultaat = "resultaat",
        EigenKracht = "eigen_kracht",
        Mantelzorg = "mantelzorg",
        OndersteuningMantelzorger = "ondersteuning_mantelzorger",
        AlgemeneVoorzieningen = "algemene_voorzieningen",
        Maatwerk = "maatwerk",
        Samenwerking = "samenwerking",
        CultuurGeloof = "cultuur_geloof",
        EigenBijdrage = "eigen_bijdrage",
        Pgb = "pgb",
        Documenten = "documenten",
        Identiteit = "identiteit",
    }
);

codes!(
    /// The kinds of maatwerkvoorziening the portal knows, for the besluit and for the figures.
    Voorziening {
        HuishoudelijkeOndersteuning = "huishoudelijke_ondersteuning",
        Begeleiding = "begeleiding",
        Dagbesteding = "dagbesteding",
        KortdurendVerblijf = "kortdurend_verblijf",
        Hulpmiddel = "hulpmiddel",
        Woningaanpassing = "woningaanpassing",
        Vervoer = "vervoer",
        BeschermdWonen = "beschermd_wonen",
        Overig = "overig",
    }
);

codes!(
    /// The decision on one requested voorziening.
    Uitkomst {
        Toegekend = "toegekend",
        Gedeeltelijk = "gedeeltelijk",
        Afgewezen = "afgewezen",
    }
);

codes!(
    /// In kind (zorg in natura, from a provider the municipality contracts) or as a persoonsgebonden budget.
    Vorm {
        Zin = "zin",
        Pgb = "pgb",
    }
);

/// The decision on one requested voorziening, with what the besluit must state (Beleidsregels Wmo Het Hogeland
/// 2023, §2.9; Verordening Sociaal Domein Lansingerland 2018, art. 4:6). Amounts in euro cents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BesluitRegel {
    pub voorziening: Voorziening,
    /// In the consulent's words: "Hulp bij het schoonhouden van uw huis".
    pub omschrijving: String,
    pub uitkomst: Uitkomst,
    /// Not for a refusal.
    pub vorm: Option<Vorm>,
    #[serde(with = "dag::optie", default)]
    pub ingangsdatum: Option<Date>,
    /// The last day; an indicatie lasts at most 5 years (Beleidsregels Wmo Het Hogeland 2023, §2.10).
    #[serde(with = "dag::optie", default)]
    pub einddatum: Option<Date>,
    /// How much: "3 uur per week".
    pub omvang: String,
    pub aanbieder: String,
    /// The cost price, so that the resident can work out the eigen bijdrage.
    pub kostprijs_cent: Option<i64>,
    /// The eigen bijdrage per month; `None` when none is due.
    pub eigen_bijdrage_cent: Option<i64>,
    /// For a pgb: the budget and how it was calculated.
    pub pgb_bedrag_cent: Option<i64>,
    pub pgb_berekening: String,
    /// Why: the reasons for this decision.
    pub reden: String,
}

/// Everything that happens to a case after the melding is submitted. Each is stored as one event with its
/// author and moment; none is ever changed or removed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case")]
pub enum Gebeurtenis {
    /// A consulent takes the case.
    Toegewezen { consulent_id: String },
    /// The municipality confirms the melding and plans the gesprek.
    GesprekGepland {
        #[serde(with = "dag")]
        datum: Date,
        /// "14:30", as the consulent writes it.
        tijd: String,
        plaats: Plaats,
        toelichting: String,
    },
    /// The resident (and the mantelzorger) were told about free cliëntondersteuning and the persoonlijk plan.
    Geinformeerd {
        clientondersteuning: bool,
        persoonlijk_plan: bool,
    },
    /// A spoed case: a temporary provision before the onderzoek (Wmo 2015 art. 2.3.3).
    TijdelijkeVoorziening {
        omschrijving: String,
        #[serde(with = "dag")]
        vanaf: Date,
    },
    /// The onderzoek: the gesprek took place.
    Onderzoek {
        #[serde(with = "dag")]
        gesprek_op: Date,
        onderwerpen: Vec<Onderwerp>,
        /// Codes of the life areas (as in the melding).
        levensgebieden: Vec<String>,
        uitkomst: String,
    },
    /// The verslag of the onderzoek, written in the portal or as a PDF (or both), sent to the resident.
    Verslag {
        tekst: String,
        document_id: Option<String>,
    },
    /// The resident's comment on the verslag: added to it, the verslag itself stays as it is.
    Reactie { tekst: String },
    /// A document was added to the case.
    Document { document_id: String, naam: String },
    /// The municipality asks the resident for something. With `schort_op`, the term of the besluit stands still
    /// from the day after the question until the answer (Awb 4:15).
    Vraag {
        vraag_id: String,
        tekst: String,
        #[serde(with = "dag")]
        voor: Date,
        schort_op: bool,
    },
    /// The resident answered a question (with text, a document, or both).
    Antwoord {
        vraag_id: String,
        tekst: String,
        document_id: Option<String>,
    },
    /// The aanvraag was received: the 2-week term of the besluit starts.
    Aanvraag {
        #[serde(with = "dag")]
        ontvangen_op: Date,
        voorzieningen: Vec<Voorziening>,
    },
    /// A written notice that the besluit comes later (Awb 4:14), with the new date and why.
    Verdaagd {
        #[serde(with = "dag")]
        nieuwe_datum: Date,
        reden: String,
    },
    /// The besluit, sent to the resident.
    Besluit {
        #[serde(with = "dag")]
        verzonden_op: Date,
        regels: Vec<BesluitRegel>,
        motivering: String,
        document_id: Option<String>,
    },
    /// The resident objects to the besluit.
    Bezwaar { tekst: String },
    /// The resident tells the municipality it is late with the besluit (Awb 4:17).
    Ingebrekestelling {
        #[serde(with = "dag")]
        ontvangen_op: Date,
    },
    /// The case is closed.
    Gesloten { reden: String },
}

impl Gebeurtenis {
    /// The stored name of the kind of event.
    pub fn soort(&self) -> &'static str {
        match self {
            Gebeurtenis::Toegewezen { .. } => "toegewezen",
            Gebeurtenis::GesprekGepland { .. } => "gesprek_gepland",
            Gebeurtenis::Geinformeerd { .. } => "geinformeerd",
            Gebeurtenis::TijdelijkeVoorziening { .. } => "tijdelijke_voorziening",
            Gebeurtenis::Onderzoek { .. } => "onderzoek",
            Gebeurtenis::Verslag { .. } => "verslag",
            Gebeurtenis::Reactie { .. } => "reactie",
            Gebeurtenis::Document { .. } => "document",
            Gebeurtenis::Vraag { .. } => "vraag",
            Gebeurtenis::Antwoord { .. } => "antwoord",
            Gebeurtenis::Aanvraag { .. } => "aanvraag",
            Gebeurtenis::Verdaagd { .. } => "verdaagd",
            Gebeurtenis::Besluit { .. } => "besluit",
            Gebeurtenis::Bezwaar { .. } => "bezwaar",
            Gebeurtenis::Ingebrekestelling { .. } => "ingebrekestelling",
            Gebeurtenis::Gesloten { .. } => "gesloten",
        }
    }

    /// True for the events the resident gets an e-mail about. Events the resident causes and the internal
    /// assignment send none.
    pub fn meldt_inwoner(&self) -> bool {
        !matches!(
            self,
            Gebeurtenis::Toegewezen { .. }
                | Gebeurtenis::Geinformeerd { .. }
                | Gebeurtenis::Reactie { .. }
                | Gebeurtenis::Antwoord { .. }
                | Gebeurtenis::Bezwaar { .. }
                | Gebeurtenis::Ingebrekestelling { .. }
                | Gebeurtenis::Document { .. }
        )
    }

    /// The phase the case is in after this event, if the event moves it.
    pub fn nieuwe_fase(&self) -> Option<Fase> {
        match self {
            Gebeurtenis::GesprekGepland { .. } => Some(Fase::GesprekGepland),
            Gebeurtenis::Onderzoek { .. } => Some(Fase::Onderzocht),
            Gebeurtenis::Verslag { .. } => Some(Fase::VerslagVerstuurd),
            Gebeurtenis::Aanvraag { .. } => Some(Fase::AanvraagOntvangen),
            Gebeurtenis::Besluit { .. } => Some(Fase::Besloten),
            Gebeurtenis::Gesloten { .. } => Some(Fase::Gesloten),
            _ => None,
        }
    }
}

codes!(
    /// Where a case stands, as the resident and the work queue see it.
    Fase {
        Ontvangen = "ontvangen",
        GesprekGepland = "gesprek_gepland",
        Onderzocht = "onderzocht",
        VerslagVerstuurd = "verslag_verstuurd",
        AanvraagOntvangen = "aanvraag_ontvangen",
        Besloten = "besloten",
        Gesloten = "gesloten",
    }
);

impl Fase {
    /// The phases a case goes through, in order (for the timeline).
    pub const PAD: [Fase; 7] = [
        Fase::Ontvangen,
        Fase::GesprekGepland,
        Fase::Onderzocht,
        Fase::VerslagVerstuurd,
        Fase::AanvraagOntvangen,
        Fase::Besloten,
        Fase::Gesloten,
    ];

    pub fn index(self) -> usize {
        Fase::PAD.iter().position(|f| *f == self).unwrap_or(0)
    }
}

codes!(
    /// Who recorded an event.
    Door {
        Inwoner = "inwoner",
        Medewerker = "medewerker",
        Beheerder = "beheerder",
        Helper = "helper",
    }
);

/// One stored event with its author and moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stap {
    pub volgnummer: i64,
    pub gebeurtenis: Gebeurtenis,
    pub door_persoon_id: String,
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
    pub consulent_id: Option<String>,
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
    /// out (Awb 4:15 lid 1 a): from the day after the question up to and including the day of the answer, or
    /// the last day given for it when no answer came; an open question whose day has not come counts up to
    /// `vandaag`.
    pub fn opgeschorte_dagen(&self, gemeente: &Gemeente, vandaag: Date) -> i64 {
        let Some((aanvraag, _)) = &self.aanvraag else {
            return 0;
        };
        let einde = na_aanvraag(*aanvraag, &gemeente.termijnen, &gemeente.kalender()).einde;
        self.vragen
            .iter()
            .filter(|v| v.schort_op && v.gesteld_op >= *aanvraag && v.gesteld_op <= einde)
            .map(|v| {
                let tot = v.beantwoord_op.unwrap_or(vandaag).min(v.voor);
                (tot - v.gesteld_op).whole_days().max(0)
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

    /// The day the dwangsom starts to run: two weeks after the ingebrekestelling was received (Awb 4:17 lid 3).
    pub fn dwangsom_vanaf(&self) -> Option<Date> {
        self.ingebrekestelling.map(|d| {
            d.saturating_add(Duration::days(
                crate::termijnen::domain::dwangsom::WACHTTIJD_DAGEN,
            ))
        })
    }

    /// The days of dwangsom up to `vandaag`, or up to the day the besluit was sent when it came late: what
    /// ran up before the besluit stays owed (Awb 4:17, 4:18).
    pub fn dwangsom_dagen(&self, vandaag: Date) -> i64 {
        let Some(vanaf) = self.dwangsom_vanaf() else {
            return 0;
        };
        let tot = match self.besluit.as_ref().map(|s| &s.gebeurtenis) {
            Some(Gebeurtenis::Besluit { verzonden_op, .. }) => vandaag.min(*verzonden_op),
            _ => vandaag,
        };
        (tot - vanaf)
            .whole_days()
            .clamp(0, crate::termijnen::domain::dwangsom::MAXIMUM_DAGEN)
    }

    /// The dwangsom owed on `vandaag`, in euro cents.
    pub fn dwangsom(&self, vandaag: Date) -> i64 {
        crate::termijnen::domain::dwangsom::bedrag(self.dwangsom_dagen(vandaag))
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

/// What the municipality must do next on a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wat {
    Onderzoek,
    Verslag,
    Besluit,
}

/// The municipality's next deadline on a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub wat: Wat,
    pub einde: Date,
    /// False for a target date that is not a legal term.
    pub wettelijk: bool,
}

impl Deadline {
    /// The deadline of a case whose term for a decision starts on a day (`termijn_vanaf`) rather than from its
    /// events: an application waiting for a decision must have one within the reasonable term of Awb art.
    /// 4:13. Without a start day, or in any other phase, there is none.
    pub fn besluit_vanaf(
        fase: Fase,
        termijn_vanaf: Option<Date>,
        gemeente: &Gemeente,
    ) -> Option<Deadline> {
        let begin = termijn_vanaf.filter(|_| fase == Fase::AanvraagOntvangen)?;
        Some(Deadline {
            wat: Wat::Besluit,
            einde: redelijke_termijn(begin, &gemeente.kalender()).einde,
            wettelijk: true,
        })
    }
}

/// The term to object to a decision of any scheme sent on `verstuurd`: from the day after sending, run on past
/// a weekend or holiday (Awb art. 6:7, 6:8; Algemene termijnenwet art. 1).
pub fn bezwaar_termijn(verstuurd: Date, gemeente: &Gemeente) -> Termijn {
    na_besluit(verstuurd, &gemeente.termijnen, &gemeente.kalender())
}

/// How near a deadline is, for the marks in the work queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgentie {
    /// The last day has passed.
    Verlopen,
    /// At most this many days left: [`BIJNA_DAGEN`].
    Bijna,
    Op,
}

/// A deadline is "nearly due" with this many days or fewer left.
pub const BIJNA_DAGEN: i64 = 5;

impl Deadline {
    pub fn urgentie(&self, vandaag: Date) -> Urgentie {
        let over = (self.einde - vandaag).whole_days();
        if over < 0 {
            Urgentie::Verlopen
        } else if over <= BIJNA_DAGEN {
            Urgentie::Bijna
        } else {
            Urgentie::Op
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    fn stap(n: i64, op: time::OffsetDateTime, gebeurtenis: Gebeurtenis) -> Stap {
        Stap {
            volgnummer: n,
            gebeurtenis,
            door_persoon_id: "p".into(),
            door: Door::Medewerker,
            op,
        }
    }

    fn dag(moment: time::OffsetDateTime) -> Date {
        moment.date()
    }

    fn gemeente() -> Gemeente {
        Gemeente::builtin("het-hogeland").unwrap()
    }

    #[test]
    fn events_survive_json_unchanged() {
        let g = Gebeurtenis::Besluit {
            verzonden_op: date!(2026 - 12 - 04),
            regels: vec![BesluitRegel {
                voorziening: Voorziening::HuishoudelijkeOndersteuning,
                omschrijving: "Schoonmaken".into(),
                uitkomst: Uitkomst::Toegekend,
                vorm: Some(Vorm::Zin),
                ingangsdatum: Some(date!(2027 - 01 - 01)),
                einddatum: None,
                omvang: "3 uur per week".into(),
                aanbieder: "Thuiszorg".into(),
                kostprijs_cent: Some(3500),
                eigen_bijdrage_cent: Some(2160),
                pgb_bedrag_cent: None,
                pgb_berekening: String::new(),
                reden: "Nodig".into(),
            }],
            motivering: "Zie verslag".into(),
            document_id: None,
        };
        let json = serde_json::to_string(&g).unwrap();
        assert!(json.contains(r#""soort":"besluit""#), "{json}");
        assert!(json.contains(r#""verzonden_op":"2026-12-04""#), "{json}");
        assert_eq!(serde_json::from_str::<Gebeurtenis>(&json).unwrap(), g);
    }

    #[test]
    fn the_phase_follows_the_last_step_that_moves_it() {
        let zaak = Zaak::uit(vec![], dag);
        assert_eq!(zaak.fase(), Fase::Ontvangen);
        let zaak = Zaak::uit(
            vec![
                stap(
                    1,
                    datetime!(2026-11-24 10:00 UTC),
                    Gebeurtenis::Toegewezen {
                        consulent_id: "c".into(),
                    },
                ),
                stap(
                    2,
                    datetime!(2026-11-24 10:05 UTC),
                    Gebeurtenis::GesprekGepland {
                        datum: date!(2026 - 12 - 01),
                        tijd: "10:00".into(),
                        plaats: Plaats::Thuis,
                        toelichting: String::new(),
                    },
                ),
                stap(
                    3,
                    datetime!(2026-11-24 10:06 UTC),
                    Gebeurtenis::Geinformeerd {
                        clientondersteuning: true,
                        persoonlijk_plan: true,
                    },
                ),
            ],
            dag,
        );
        assert_eq!(zaak.fase(), Fase::GesprekGepland);
        assert_eq!(zaak.consulent_id.as_deref(), Some("c"));
    }

    fn met_aanvraag(extra: Vec<Stap>) -> Zaak {
        let mut stappen = vec![stap(
            1,
            datetime!(2026-11-23 09:00 UTC),
            Gebeurtenis::Aanvraag {
                ontvangen_op: date!(2026 - 11 - 23),
                voorzieningen: vec![Voorziening::Begeleiding],
            },
        )];
        stappen.extend(extra);
        Zaak::uit(stappen, dag)
    }

    #[test]
    fn the_besluit_is_due_two_weeks_after_the_aanvraag() {
        let g = gemeente();
        let zaak = met_aanvraag(vec![]);
        assert_eq!(
            zaak.besluit_termijn(&g, date!(2026 - 11 - 23)),
            Some(date!(2026 - 12 - 07))
        );
        assert!(!zaak.mag_ingebrekestelling(&g, date!(2026 - 12 - 07)));
        assert!(zaak.mag_ingebrekestelling(&g, date!(2026 - 12 - 08)));
    }

    #[test]
    fn a_question_that_suspends_moves_the_besluit_by_the_days_it_was_open() {
        let g = gemeente();
        let zaak = met_aanvraag(vec![
            stap(
                2,
                datetime!(2026-11-25 09:00 UTC),
                Gebeurtenis::Vraag {
                    vraag_id: "v1".into(),
                    tekst: "Stuur de offerte".into(),
                    voor: date!(2026 - 12 - 09),
                    schort_op: true,
                },
            ),
            stap(
                3,
                datetime!(2026-11-30 09:00 UTC),
                Gebeurtenis::Antwoord {
                    vraag_id: "v1".into(),
                    tekst: "Hier is hij".into(),
                    document_id: None,
                },
            ),
        ]);
        assert_eq!(zaak.opgeschorte_dagen(&g, date!(2026 - 12 - 20)), 5);
        // 7 December + 5 days = Saturday 12 December, extended to Monday 14 December.
        assert_eq!(
            zaak.besluit_termijn(&g, date!(2026 - 12 - 20)),
            Some(date!(2026 - 12 - 14))
        );
        assert_eq!(zaak.open_vragen().count(), 0);
    }

    #[test]
    fn a_second_besluit_on_the_same_aanvraag_is_refused() {
        let besluit = Gebeurtenis::Besluit {
            verzonden_op: date!(2026 - 12 - 01),
            regels: vec![],
            motivering: "Zie verslag".into(),
            document_id: None,
        };
        assert!(!Zaak::uit(vec![], dag).staat_toe(&besluit), "no aanvraag");
        let zaak = met_aanvraag(vec![]);
        assert!(zaak.staat_toe(&besluit));
        let zaak = met_aanvraag(vec![stap(
            2,
            datetime!(2026-12-01 09:00 UTC),
            besluit.clone(),
        )]);
        assert!(zaak.besloten_op_aanvraag());
        assert!(!zaak.staat_toe(&besluit));
    }

    #[test]
    fn a_notice_of_extension_gives_a_later_date() {
        let g = gemeente();
        let zaak = met_aanvraag(vec![stap(
            2,
            datetime!(2026-12-01 09:00 UTC),
            Gebeurtenis::Verdaagd {
                nieuwe_datum: date!(2026 - 12 - 21),
                reden: "Advies nodig".into(),
            },
        )]);
        assert_eq!(
            zaak.besluit_termijn(&g, date!(2026 - 12 - 01)),
            Some(date!(2026 - 12 - 21))
        );
        assert!(!zaak.mag_ingebrekestelling(&g, date!(2026 - 12 - 10)));
    }

    #[test]
    fn the_dwangsom_runs_two_weeks_after_the_ingebrekestelling() {
        let zaak = met_aanvraag(vec![stap(
            2,
            datetime!(2026-12-08 09:00 UTC),
            Gebeurtenis::Ingebrekestelling {
                ontvangen_op: date!(2026 - 12 - 08),
            },
        )]);
        assert_eq!(zaak.dwangsom_vanaf(), Some(date!(2026 - 12 - 22)));
        assert_eq!(zaak.dwangsom(date!(2026 - 12 - 22)), 0);
        assert_eq!(zaak.dwangsom(date!(2026 - 12 - 24)), 2 * 2300);
    }

    #[test]
    fn an_unanswered_question_suspends_only_until_its_own_last_day() {
        let g = gemeente();
        let zaak = met_aanvraag(vec![stap(
            2,
            datetime!(2026-11-25 09:00 UTC),
            Gebeurtenis::Vraag {
                vraag_id: "v1".into(),
                tekst: "Stuur de offerte".into(),
                voor: date!(2026 - 11 - 30),
                schort_op: true,
            },
        )]);
        // 25 to 30 November: 5 days, however long the resident stays silent.
        assert_eq!(zaak.opgeschorte_dagen(&g, date!(2027 - 01 - 15)), 5);
        assert_eq!(zaak.opgeschorte_dagen(&g, date!(2026 - 11 - 27)), 2);
        assert!(zaak.mag_ingebrekestelling(&g, date!(2027 - 01 - 15)));
    }

    #[test]
    fn suspended_days_are_added_before_the_atw_extension() {
        let g = gemeente();
        // Aanvraag Monday 13 April 2026: 2 weeks end on Koningsdag, Monday 27 April. One day suspended: 28 April.
        let zaak = Zaak::uit(
            vec![
                stap(
                    1,
                    datetime!(2026-04-13 09:00 UTC),
                    Gebeurtenis::Aanvraag {
                        ontvangen_op: date!(2026 - 04 - 13),
                        voorzieningen: vec![],
                    },
                ),
                stap(
                    2,
                    datetime!(2026-04-14 09:00 UTC),
                    Gebeurtenis::Vraag {
                        vraag_id: "v".into(),
                        tekst: "?".into(),
                        voor: date!(2026 - 04 - 20),
                        schort_op: true,
                    },
                ),
                stap(
                    3,
                    datetime!(2026-04-15 09:00 UTC),
                    Gebeurtenis::Antwoord {
                        vraag_id: "v".into(),
                        tekst: "!".into(),
                        document_id: None,
                    },
                ),
            ],
            dag,
        );
        assert_eq!(
            zaak.besluit_termijn(&g, date!(2026 - 05 - 01)),
            Some(date!(2026 - 04 - 28))
        );
    }

    #[test]
    fn the_dwangsom_that_ran_up_stays_owed_after_a_late_besluit() {
        let zaak = met_aanvraag(vec![
            stap(
                2,
                datetime!(2026-12-08 09:00 UTC),
                Gebeurtenis::Ingebrekestelling {
                    ontvangen_op: date!(2026 - 12 - 08),
                },
            ),
            stap(
                3,
                datetime!(2026-12-25 09:00 UTC),
                Gebeurtenis::Besluit {
                    verzonden_op: date!(2026 - 12 - 25),
                    regels: vec![],
                    motivering: String::new(),
                    document_id: None,
                },
            ),
        ]);
        assert_eq!(zaak.dwangsom_dagen(date!(2027 - 01 - 31)), 3);
        assert_eq!(zaak.dwangsom(date!(2027 - 01 - 31)), 3 * 2300);
    }

    #[test]
    fn urgency_marks_overdue_and_nearly_due() {
        let d = Deadline {
            wat: Wat::Besluit,
            einde: date!(2026 - 12 - 07),
            wettelijk: true,
        };
        assert_eq!(d.urgentie(date!(2026 - 12 - 08)), Urgentie::Verlopen);
        assert_eq!(d.urgentie(date!(2026 - 12 - 07)), Urgentie::Bijna);
        assert_eq!(d.urgentie(date!(2026 - 12 - 02)), Urgentie::Bijna);
        assert_eq!(d.urgentie(date!(2026 - 12 - 01)), Urgentie::Op);
    }
}
