//! The steps of a blijverslening case, as the kernel stores them ([`crate::zaken::stap`]): sent, each
//! co-owner's answer, complete or stopped, decided. The application's own row keeps what was asked and
//! decided; these steps keep when it happened and who did it.

use serde::{Deserialize, Serialize};

use crate::zaken::domain::Fase;
use crate::zaken::kern::Regeling;
use crate::zaken::stap::Stap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case")]
pub enum Gebeurtenis {
    /// The resident sent the application; `compleet` when it has no co-owners to wait for.
    Ingediend { compleet: bool },
    /// A co-owner answered the mail (`eigenaar_id`: their row in `blijverslening_eigenaren`).
    Beantwoord { eigenaar_id: String, ja: bool },
    /// Every co-owner said yes: staff decide, and the term for a decision starts.
    Compleet,
    /// A co-owner said no: the application stops.
    Gestopt,
    /// Staff decided: a provisional allocation or a refusal.
    Besloten { toegekend: bool },
    /// A written ingebrekestelling came in on this day, after the last day for the decision (Awb 4:17).
    Ingebrekestelling {
        #[serde(with = "crate::zaken::domain::dag")]
        ontvangen_op: time::Date,
    },
}

impl Stap for Gebeurtenis {
    const REGELING: Regeling = Regeling::Blijverslening;

    fn soort(&self) -> &'static str {
        match self {
            Gebeurtenis::Ingediend { .. } => "ingediend",
            Gebeurtenis::Beantwoord { .. } => "beantwoord",
            Gebeurtenis::Compleet => "compleet",
            Gebeurtenis::Gestopt => "gestopt",
            Gebeurtenis::Besloten { .. } => "besloten",
            Gebeurtenis::Ingebrekestelling { .. } => "ingebrekestelling",
        }
    }

    fn fase(&self) -> Option<Fase> {
        match self {
            Gebeurtenis::Ingediend { compleet: true } | Gebeurtenis::Compleet => {
                Some(Fase::AanvraagOntvangen)
            }
            Gebeurtenis::Ingediend { compleet: false } | Gebeurtenis::Beantwoord { .. } => None,
            Gebeurtenis::Gestopt => Some(Fase::Gesloten),
            Gebeurtenis::Besloten { .. } => Some(Fase::Besloten),
            Gebeurtenis::Ingebrekestelling { .. } => None,
        }
    }

    fn start_termijn(&self) -> bool {
        matches!(
            self,
            Gebeurtenis::Ingediend { compleet: true } | Gebeurtenis::Compleet
        )
    }
}

crate::met_ingebrekestelling!(Gebeurtenis, Gebeurtenis::Besloten { .. });

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::zaken::stap::fase_uit;

    #[test]
    fn the_phase_follows_the_steps_and_never_goes_back() {
        let wacht = Gebeurtenis::Ingediend { compleet: false };
        let ja = Gebeurtenis::Beantwoord {
            eigenaar_id: "e1".to_owned(),
            ja: true,
        };
        assert_eq!(fase_uit([&wacht]), Fase::Ontvangen);
        assert_eq!(fase_uit([&wacht, &ja]), Fase::Ontvangen);
        assert_eq!(
            fase_uit([&wacht, &ja, &Gebeurtenis::Compleet]),
            Fase::AanvraagOntvangen
        );
        let besloten = Gebeurtenis::Besloten { toegekend: true };
        assert_eq!(
            fase_uit([&Gebeurtenis::Ingediend { compleet: true }, &besloten]),
            Fase::Besloten
        );
        // A late answer after the decision does not move the case back.
        assert_eq!(
            fase_uit([&wacht, &Gebeurtenis::Compleet, &besloten, &ja]),
            Fase::Besloten
        );
        assert_eq!(fase_uit([&wacht, &Gebeurtenis::Gestopt]), Fase::Gesloten);
        assert!(Gebeurtenis::Compleet.start_termijn() && !wacht.start_termijn());
    }

    #[test]
    fn a_step_is_stored_with_its_kind_and_reads_back_the_same() {
        let stap = Gebeurtenis::Beantwoord {
            eigenaar_id: "e1".to_owned(),
            ja: false,
        };
        let json = serde_json::to_string(&stap).unwrap();
        assert_eq!(
            json,
            r#"{"soort":"beantwoord","eigenaar_id":"e1","ja":false}"#
        );
        assert_eq!(serde_json::from_str::<Gebeurtenis>(&json).unwrap(), stap);
        assert_eq!(stap.soort(), "beantwoord");
    }
}
