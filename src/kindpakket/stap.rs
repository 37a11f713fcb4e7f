//! The steps of a Kindpakket case, as the kernel stores them ([`crate::zaken::stap`]): sent, then decided.
//! The application's own rows keep what was asked and decided per child; these steps keep when it happened
//! and who did it.

use serde::{Deserialize, Serialize};

use crate::zaken::domain::Fase;
use crate::zaken::kern::Regeling;
use crate::zaken::stap::Stap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case")]
pub enum Gebeurtenis {
    /// The application was sent: the term for a decision starts.
    Ingediend,
    /// Staff decided on every child's provisions.
    Besloten,
    /// A written ingebrekestelling came in on this day, after the last day for the decision (Awb 4:17).
    Ingebrekestelling {
        #[serde(with = "crate::zaken::domain::dag")]
        ontvangen_op: time::Date,
    },
}

impl Stap for Gebeurtenis {
    const REGELING: Regeling = Regeling::Kindpakket;

    fn soort(&self) -> &'static str {
        match self {
            Gebeurtenis::Ingediend => "ingediend",
            Gebeurtenis::Besloten => "besloten",
            Gebeurtenis::Ingebrekestelling { .. } => "ingebrekestelling",
        }
    }

    fn fase(&self) -> Option<Fase> {
        match self {
            Gebeurtenis::Ingediend => Some(Fase::AanvraagOntvangen),
            Gebeurtenis::Besloten => Some(Fase::Besloten),
            Gebeurtenis::Ingebrekestelling { .. } => None,
        }
    }

    fn start_termijn(&self) -> bool {
        *self == Gebeurtenis::Ingediend
    }
}

crate::met_ingebrekestelling!(Gebeurtenis, Gebeurtenis::Besloten);
