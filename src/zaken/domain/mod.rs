//! The case behind a submitted melding, as a list of events. Nothing here is stored state: [`Zaak::uit`] folds
//! the events, oldest first, into what the case is now, and the terms follow from the dates in it. Pure.

use serde::{Deserialize, Serialize};
use time::{Date, Duration};

use crate::geld::Bedrag;
use crate::gemeente::Gemeente;
use crate::ids::PersoonId;
use crate::termijnen::domain::{Termijn, na_aanvraag, na_besluit, redelijke_termijn};

mod termijn;
mod zaak;

pub use termijn::*;
pub use zaak::*;

/// A day as `YYYY-MM-DD` in the events' JSON.
pub(crate) mod dag {
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
/// 2023, §2.9; Verordening Sociaal Domein Lansingerland 2018, art. 4:6).
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
    #[serde(rename = "kostprijs_cent")]
    pub kostprijs: Option<Bedrag>,
    /// The eigen bijdrage per month; `None` when none is due.
    #[serde(rename = "eigen_bijdrage_cent")]
    pub eigen_bijdrage: Option<Bedrag>,
    /// For a pgb: the budget and how it was calculated.
    #[serde(rename = "pgb_bedrag_cent")]
    pub pgb_bedrag: Option<Bedrag>,
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
    Toegewezen { consulent_id: PersoonId },
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
    /// Who recorded an event. A co-owner of a home (blijverslening) answers by the link in their mail,
    /// without an account.
    Door {
        Inwoner = "inwoner",
        Medewerker = "medewerker",
        Beheerder = "beheerder",
        Helper = "helper",
        Medeeigenaar = "medeeigenaar",
    }
);

#[cfg(test)]
mod tests;
