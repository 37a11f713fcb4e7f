//! The form of "Termijnen berekenen": three optional dates, each typed as day, month and year.

use serde::Deserialize;
use time::Date;

use crate::form::{DatumFout, FieldErrors, datum};
use crate::i18n::{Tr, msg};

/// The query string as it arrives: all strings, all optional.
#[derive(Debug, Default, Deserialize)]
pub struct TermijnenForm {
    #[serde(default, rename = "melding-dag")]
    pub melding_dag: String,
    #[serde(default, rename = "melding-maand")]
    pub melding_maand: String,
    #[serde(default, rename = "melding-jaar")]
    pub melding_jaar: String,
    #[serde(default, rename = "aanvraag-dag")]
    pub aanvraag_dag: String,
    #[serde(default, rename = "aanvraag-maand")]
    pub aanvraag_maand: String,
    #[serde(default, rename = "aanvraag-jaar")]
    pub aanvraag_jaar: String,
    #[serde(default, rename = "besluit-dag")]
    pub besluit_dag: String,
    #[serde(default, rename = "besluit-maand")]
    pub besluit_maand: String,
    #[serde(default, rename = "besluit-jaar")]
    pub besluit_jaar: String,
}

/// What happened on which day; each is optional.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Gebeurd {
    pub melding: Option<Date>,
    pub aanvraag: Option<Date>,
    pub besluit: Option<Date>,
}

impl Gebeurd {
    pub fn is_leeg(&self) -> bool {
        self.melding.is_none() && self.aanvraag.is_none() && self.besluit.is_none()
    }
}

impl TermijnenForm {
    pub fn parse(&self, tr: &Tr) -> Result<Gebeurd, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut lees =
            |veld: &str, dag: &str, maand: &str, jaar: &str| match datum(dag, maand, jaar) {
                Ok(d) => d,
                Err(fout) => {
                    let bericht = match fout {
                        DatumFout::Onvolledig => msg::TERMIJNEN_DATUM_ONVOLLEDIG,
                        DatumFout::BestaatNiet => msg::TERMIJNEN_DATUM_BESTAAT_NIET,
                    };
                    errors.add(veld, tr.t(bericht));
                    None
                }
            };
        let gebeurd = Gebeurd {
            melding: lees(
                "melding",
                &self.melding_dag,
                &self.melding_maand,
                &self.melding_jaar,
            ),
            aanvraag: lees(
                "aanvraag",
                &self.aanvraag_dag,
                &self.aanvraag_maand,
                &self.aanvraag_jaar,
            ),
            besluit: lees(
                "besluit",
                &self.besluit_dag,
                &self.besluit_maand,
                &self.besluit_jaar,
            ),
        };
        if errors.is_empty() {
            Ok(gebeurd)
        } else {
            Err(errors)
        }
    }
}
