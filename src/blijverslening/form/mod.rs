//! The forms of the blijverslening: the public check, the application, the co-owner's answer and the staff
//! decision. Raw input is kept as strings, so that a form with a mistake comes back as it was typed.

use serde::{Deserialize, Serialize};
use time::Date;

use super::domain::{self, Kosten, Reden, Soort, Vragen, Weigergrond};
use super::repo::{Adres, Gegevens, NieuweEigenaar};
use crate::auth::EmailAddress;
use crate::form::{BedragFout, bedrag_invoer};
use crate::form::{DatumFout, FieldErrors, datum};
use crate::geld::Bedrag;
use crate::gemeente::Blijverslening;
use crate::i18n::{Tr, msg};

mod aanvraag;
mod besluit;
mod deel;

pub use aanvraag::*;
pub use besluit::*;
pub use deel::*;

/// How many co-owners the form has room for.
pub const MEDE_EIGENAREN: usize = 3;
/// How many birth dates the check asks for.
pub const CHECK_AANVRAGERS: usize = 3;
/// The longest text of a name.
pub const NAAM_MAX: usize = 200;
/// The longest description of the measures, and of the reason of a decision.
pub const TEKST_MAX: usize = 2000;

/// A date as its three fields.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct DatumVelden {
    pub dag: String,
    pub maand: String,
    pub jaar: String,
}

impl DatumVelden {
    pub fn van(d: Date) -> DatumVelden {
        DatumVelden {
            dag: d.day().to_string(),
            maand: u8::from(d.month()).to_string(),
            jaar: d.year().to_string(),
        }
    }

    pub fn is_leeg(&self) -> bool {
        [&self.dag, &self.maand, &self.jaar]
            .iter()
            .all(|d| d.trim().is_empty())
    }
}

/// Reads a required text of at most `max` characters, trimmed; an error goes beside `veld`. `leeg`: the
/// message when nothing is given.
fn lees_tekst<'a>(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    tekst: &'a str,
    max: usize,
    leeg: &str,
) -> &'a str {
    let tekst = tekst.trim();
    if tekst.is_empty() {
        errors.add(veld, tr.t(leeg));
    } else if tekst.chars().count() > max {
        errors.add(
            veld,
            tr.ta(msg::BLIJVERSLENING_FOUT_TE_LANG, &[("aantal", max.into())]),
        );
    }
    tekst
}

/// Reads a date; an error goes beside `veld`. `leeg`: the message when none is given (`None`: optional).
fn lees_datum(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    d: &DatumVelden,
    leeg: Option<&str>,
) -> Option<Date> {
    match datum(&d.dag, &d.maand, &d.jaar) {
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            if let Some(leeg) = leeg {
                errors.add(veld, tr.t(leeg));
            }
            None
        }
        Err(DatumFout::Onvolledig) => {
            errors.add(veld, tr.t(msg::BLIJVERSLENING_FOUT_DATUM_ONVOLLEDIG));
            None
        }
        Err(DatumFout::BestaatNiet) => {
            errors.add(veld, tr.t(msg::BLIJVERSLENING_FOUT_DATUM_BESTAAT_NIET));
            None
        }
    }
}

/// Reads an amount in euros; `leeg` as for dates.
fn bedrag_veld(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    tekst: &str,
    leeg: Option<&str>,
) -> Option<Bedrag> {
    match crate::form::lees_bedrag(tekst) {
        Ok(Some(c)) => Some(c),
        Ok(None) => {
            if let Some(leeg) = leeg {
                errors.add(veld, tr.t(leeg));
            }
            None
        }
        Err(BedragFout::Onleesbaar | BedragFout::TeGroot) => {
            errors.add(veld, tr.t(msg::BLIJVERSLENING_FOUT_BEDRAG_ONLEESBAAR));
            None
        }
    }
}

fn ja_nee(tekst: &str) -> Option<bool> {
    match tekst {
        "ja" => Some(true),
        "nee" => Some(false),
        _ => None,
    }
}

/// `POST /blijverslening/aanvragen`: the start form's key, and the answers the new draft begins with (those of
/// the public check, as hidden fields with the application's field names).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct BeginForm {
    #[serde(default)]
    pub sleutel: String,
    #[serde(flatten)]
    pub invoer: AanvraagForm,
}

/// `GET /blijverslening/check`: every question is optional; a missing answer leaves the outcome open.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CheckForm {
    /// Set by the form's hidden field: the resident asked for the outcome.
    #[serde(default)]
    pub check: String,
    #[serde(default)]
    pub eigenaar: String,
    #[serde(default)]
    pub bewoner: String,
    #[serde(default, rename = "alle-eigenaren")]
    pub alle_eigenaren: String,
    #[serde(default)]
    pub reden: String,
    #[serde(default, rename = "geboren1-dag")]
    pub g1_dag: String,
    #[serde(default, rename = "geboren1-maand")]
    pub g1_maand: String,
    #[serde(default, rename = "geboren1-jaar")]
    pub g1_jaar: String,
    #[serde(default, rename = "geboren2-dag")]
    pub g2_dag: String,
    #[serde(default, rename = "geboren2-maand")]
    pub g2_maand: String,
    #[serde(default, rename = "geboren2-jaar")]
    pub g2_jaar: String,
    #[serde(default, rename = "geboren3-dag")]
    pub g3_dag: String,
    #[serde(default, rename = "geboren3-maand")]
    pub g3_maand: String,
    #[serde(default, rename = "geboren3-jaar")]
    pub g3_jaar: String,
    #[serde(default)]
    pub soort: String,
    #[serde(default)]
    pub looptijd: String,
    #[serde(default)]
    pub bedrag: String,
    #[serde(default)]
    pub klaar: String,
}

impl CheckForm {
    /// The birth dates as typed, in order.
    pub fn geboren(&self) -> [DatumVelden; CHECK_AANVRAGERS] {
        let d = |dag: &str, maand: &str, jaar: &str| DatumVelden {
            dag: dag.to_owned(),
            maand: maand.to_owned(),
            jaar: jaar.to_owned(),
        };
        [
            d(&self.g1_dag, &self.g1_maand, &self.g1_jaar),
            d(&self.g2_dag, &self.g2_maand, &self.g2_jaar),
            d(&self.g3_dag, &self.g3_maand, &self.g3_jaar),
        ]
    }

    /// The term in years: 20 only for a mortgage loan that asks for it.
    pub fn looptijd(&self) -> u8 {
        if self.soort == "hypothecair" && self.looptijd == "20" {
            20
        } else {
            10
        }
    }

    /// The query string that takes the answers the application asks too ([`AanvraagForm::uit_check`]) to the
    /// start of the application: `eigenaar=ja&...`, only those given.
    pub fn overnemen(&self) -> String {
        let velden = [
            ("eigenaar", &self.eigenaar),
            ("bewoner", &self.bewoner),
            ("reden", &self.reden),
            ("geboren1-dag", &self.g1_dag),
            ("geboren1-maand", &self.g1_maand),
            ("geboren1-jaar", &self.g1_jaar),
            ("geboren2-dag", &self.g2_dag),
            ("geboren2-maand", &self.g2_maand),
            ("geboren2-jaar", &self.g2_jaar),
            ("geboren3-dag", &self.g3_dag),
            ("geboren3-maand", &self.g3_maand),
            ("geboren3-jaar", &self.g3_jaar),
            ("soort", &self.soort),
            ("looptijd", &self.looptijd),
            ("bedrag", &self.bedrag),
        ];
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (naam, waarde) in velden {
            let waarde = waarde.trim();
            if !waarde.is_empty() {
                query.append_pair(naam, waarde);
            }
        }
        query.finish()
    }

    /// The answers as the rules read them; unreadable ones are errors beside their field.
    pub fn parse(&self, tr: &Tr) -> Result<Vragen, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut geboortedata = Vec::new();
        for (i, d) in self.geboren().iter().enumerate() {
            if let Some(d) = lees_datum(&mut errors, tr, &format!("geboren{}", i + 1), d, None) {
                geboortedata.push(d);
            }
        }
        let bedrag = bedrag_veld(&mut errors, tr, "bedrag", &self.bedrag, None);
        if errors.is_empty() {
            Ok(Vragen {
                eigenaar: ja_nee(&self.eigenaar),
                bewoner: ja_nee(&self.bewoner),
                alle_eigenaren: ja_nee(&self.alle_eigenaren),
                reden: Reden::from_code(&self.reden),
                geboortedata,
                soort: Soort::from_code(&self.soort),
                bedrag,
                werk_klaar: ja_nee(&self.klaar),
                geplande_datum: None,
                werkelijke_kosten: None,
            })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests;
