//! The dossier's forms: an answer to a question, a comment on the verslag, a bezwaar, a document. Raw input,
//! parsed into what is stored, with field errors.

use serde::Deserialize;

use crate::form::FieldErrors;
use crate::i18n::{Tr, msg};
use crate::zaken::document::upload::{Bestand, Upload};

/// A text the resident writes holds at most this many characters.
pub const MAX_TEKENS: usize = 5000;

/// A text field: trimmed, not too long, and not empty when `verplicht` names the message for that.
fn tekst(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    invoer: &str,
    verplicht: Option<&str>,
) -> String {
    let tekst = invoer.trim().to_owned();
    let lengte = tekst.chars().count();
    if let (Some(leeg), true) = (verplicht, tekst.is_empty()) {
        errors.add(veld, tr.t(leeg));
    } else if lengte > MAX_TEKENS {
        errors.add(
            veld,
            tr.ta(
                msg::DOSSIER_TE_LANG,
                &[
                    ("aantal", MAX_TEKENS.into()),
                    ("teveel", (lengte - MAX_TEKENS).into()),
                ],
            ),
        );
    }
    tekst
}

/// One text field, for the verslag's comment and the bezwaar.
#[derive(Debug, Default, Deserialize)]
pub struct TekstForm {
    #[serde(default)]
    pub tekst: String,
    /// The step of the case the form was drawn on ([`crate::zaken::domain::Zaak::stand`]).
    #[serde(default)]
    pub stand: String,
}

impl TekstForm {
    pub fn parse(&self, tr: &Tr, leeg: &str) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        let tekst = tekst(&mut errors, tr, "tekst", &self.tekst, Some(leeg));
        if errors.is_empty() {
            Ok(tekst)
        } else {
            Err(errors)
        }
    }
}

/// An answer: text, a file, or both.
pub struct Antwoord {
    pub tekst: String,
    pub bestand: Option<Bestand>,
}

/// Reads the answer form: at least a text or a file; a chosen file must be one the portal can open.
pub fn antwoord(tr: &Tr, invoer: &str, upload: &Upload) -> Result<Antwoord, FieldErrors> {
    let mut errors = FieldErrors::new();
    let tekst = tekst(&mut errors, tr, "tekst", invoer, None);
    let bestand = if upload.is_leeg() {
        if tekst.is_empty() && errors.is_empty() {
            errors.add("tekst", tr.t(msg::DOSSIER_ANTWOORD_LEEG));
        }
        None
    } else {
        match upload.parse(tr) {
            Ok(bestand) => Some(bestand),
            Err(fouten) => {
                for fout in fouten.iter() {
                    errors.add(&fout.field, fout.message.clone());
                }
                None
            }
        }
    };
    if errors.is_empty() {
        Ok(Antwoord { tekst, bestand })
    } else {
        Err(errors)
    }
}
