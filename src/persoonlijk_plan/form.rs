//! The form of the plan's three guided questions. Raw input, parsed into domain types. An uploaded plan is read
//! as every document is ([`crate::zaken::document::upload`]).

use serde::Deserialize;

use super::domain::{MAX_TEKENS, Teksten};
use crate::form::FieldErrors;
use crate::i18n::{Tr, msg};

/// The value of the second submit button; any other value (or none) saves a draft.
pub const INLEVEREN: &str = "inleveren";
pub const OPSLAAN: &str = "opslaan";

#[derive(Debug, Default, Deserialize)]
pub struct PlanForm {
    #[serde(default)]
    pub doelen: String,
    #[serde(default)]
    pub zelf: String,
    #[serde(default)]
    pub ondersteuning: String,
    #[serde(default)]
    pub actie: String,
}

impl PlanForm {
    /// The stored answers, to fill the form.
    pub fn from_teksten(t: &Teksten) -> PlanForm {
        PlanForm {
            doelen: t.doelen.clone(),
            zelf: t.zelf_en_netwerk.clone(),
            ondersteuning: t.ondersteuning.clone(),
            actie: String::new(),
        }
    }

    /// Whether the resident pressed "Inleveren".
    pub fn inleveren(&self) -> bool {
        self.actie == INLEVEREN
    }

    /// A draft may be empty; a plan to hand in needs at least its goals. No answer may be too long.
    pub fn parse(&self, tr: &Tr, inleveren: bool) -> Result<Teksten, FieldErrors> {
        let mut errors = FieldErrors::new();
        let teksten = Teksten {
            doelen: self.doelen.trim().to_owned(),
            zelf_en_netwerk: self.zelf.trim().to_owned(),
            ondersteuning: self.ondersteuning.trim().to_owned(),
        };
        if inleveren && teksten.doelen.is_empty() {
            errors.add("doelen", tr.t(msg::PERSOONLIJK_PLAN_DOELEN_LEEG));
        }
        for (name, text) in [
            ("doelen", &teksten.doelen),
            ("zelf", &teksten.zelf_en_netwerk),
            ("ondersteuning", &teksten.ondersteuning),
        ] {
            let lengte = text.chars().count();
            if lengte > MAX_TEKENS {
                errors.add(
                    name,
                    tr.ta(
                        msg::PERSOONLIJK_PLAN_TE_LANG,
                        &[
                            ("aantal", MAX_TEKENS.into()),
                            ("teveel", (lengte - MAX_TEKENS).into()),
                        ],
                    ),
                );
            }
        }
        if errors.is_empty() {
            Ok(teksten)
        } else {
            Err(errors)
        }
    }
}
