//! The steps of a right-to-challenge case, as the kernel stores them ([`crate::zaken::stap`]): sent, the
//! conversation, questions and answers, decided. The proposal's own rows keep what was written; these steps
//! keep when it happened and who did it.

use serde::{Deserialize, Serialize};

use super::domain::Uitkomst;
use crate::zaken::domain::Fase;
use crate::zaken::kern::Regeling;
use crate::zaken::stap::Stap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case")]
pub enum Gebeurtenis {
    /// A member of the initiative sent the proposal.
    Ingediend,
    /// The municipality starts the conversation.
    GesprekGepland,
    /// The municipality asked the initiative something (`vraag_id`: its row in `uitdaag_vragen`).
    Vraag { vraag_id: String },
    /// A member of the initiative answered that question.
    Antwoord { vraag_id: String },
    /// The municipality decided.
    Besloten { uitkomst: Uitkomst },
}

impl Stap for Gebeurtenis {
    const REGELING: Regeling = Regeling::Uitdaagrecht;

    fn soort(&self) -> &'static str {
        match self {
            Gebeurtenis::Ingediend => "ingediend",
            Gebeurtenis::GesprekGepland => "gesprek_gepland",
            Gebeurtenis::Vraag { .. } => "vraag",
            Gebeurtenis::Antwoord { .. } => "antwoord",
            Gebeurtenis::Besloten { .. } => "besloten",
        }
    }

    fn fase(&self) -> Option<Fase> {
        match self {
            Gebeurtenis::GesprekGepland => Some(Fase::GesprekGepland),
            Gebeurtenis::Besloten { .. } => Some(Fase::Besloten),
            Gebeurtenis::Ingediend | Gebeurtenis::Vraag { .. } | Gebeurtenis::Antwoord { .. } => {
                None
            }
        }
    }
}
