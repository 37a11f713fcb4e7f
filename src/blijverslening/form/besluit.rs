//! The forms of a co-owner's answer and of the staff decision.

use super::*;

/// The co-owner's answer.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AntwoordForm {
    #[serde(default)]
    pub antwoord: String,
}

/// The staff decision.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct BesluitForm {
    /// `toekennen` or `weigeren`.
    #[serde(default)]
    pub besluit: String,
    #[serde(default)]
    pub bedrag: String,
    /// The letter of art. 4:15e lid 1 when refused.
    #[serde(default)]
    pub grond: String,
    #[serde(default)]
    pub reden: String,
}

/// A parsed decision: the amount given, or the ground; and the written reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Beslissing {
    pub bedrag: Option<Bedrag>,
    pub grond: Option<Weigergrond>,
    pub reden: String,
}

impl BesluitForm {
    /// Reads the decision; the budget check is the caller's, with the numbers of the day.
    pub fn parse(&self, tr: &Tr) -> Result<Beslissing, FieldErrors> {
        let mut errors = FieldErrors::new();
        let (bedrag, grond) = match self.besluit.as_str() {
            "toekennen" => (
                bedrag_veld(
                    &mut errors,
                    tr,
                    "bedrag",
                    &self.bedrag,
                    Some(msg::BLIJVERSLENING_FOUT_BESLUIT_BEDRAG),
                ),
                None,
            ),
            "weigeren" => {
                let grond = Weigergrond::from_code(&self.grond);
                if grond.is_none() {
                    errors.add("grond", tr.t(msg::BLIJVERSLENING_FOUT_BESLUIT_GROND));
                }
                (None, grond)
            }
            _ => {
                errors.add("besluit", tr.t(msg::BLIJVERSLENING_FOUT_BESLUIT));
                (None, None)
            }
        };
        let reden = lees_tekst(
            &mut errors,
            tr,
            "reden",
            &self.reden,
            TEKST_MAX,
            msg::BLIJVERSLENING_FOUT_BESLUIT_REDEN,
        );
        if errors.is_empty() && (bedrag.is_some() || grond.is_some()) {
            Ok(Beslissing {
                bedrag,
                grond,
                reden: reden.to_owned(),
            })
        } else {
            Err(errors)
        }
    }
}
