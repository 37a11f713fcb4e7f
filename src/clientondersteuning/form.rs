//! The request form: raw input (all strings) and its parsing into a [`Verzoek`], with field errors in page
//! order.

use serde::Deserialize;

use super::domain::{
    Contact, KORT_MAX, NOTITIE_MAX, Telefoon, TelefoonFout, Toegankelijkheid, Verzoek, VoorWie,
    Voorkeur,
};
use crate::auth::EmailAddress;
use crate::form::FieldErrors;
use crate::gemeente::Gemeente;
use crate::i18n::{Tr, msg};

/// The radio value for "let the municipality choose". Not a valid organisation id: ids are profile data, and
/// this one holds a character no id in a profile needs to hold.
pub const GEEN_VOORKEUR: &str = "_gemeente-kiest";

/// The form as it arrives. Field names are also the ids the error summary links to.
#[derive(Debug, Default, Deserialize)]
pub struct VerzoekForm {
    /// The one-time key of this form, made when it was first shown.
    #[serde(default)]
    pub sleutel: String,
    #[serde(default, rename = "voor-wie")]
    pub voor_wie: String,
    #[serde(default, rename = "ander-naam")]
    pub ander_naam: String,
    #[serde(default, rename = "ander-relatie")]
    pub ander_relatie: String,
    #[serde(default)]
    pub organisatie: String,
    #[serde(default)]
    pub telefoon: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub toegankelijkheid: String,
    #[serde(default, rename = "tolk-taal")]
    pub tolk_taal: String,
    #[serde(default)]
    pub notitie: String,
    /// The id of the resident's melding this request belongs to, when asked for from the melding.
    #[serde(default)]
    pub melding: String,
    /// `ja`: the cliëntondersteuner who takes the request may see the dossier of that melding.
    #[serde(default)]
    pub inzage: String,
    /// That melding's reference, checked by the handler; never read from the form.
    #[serde(skip)]
    pub melding_referentie: Option<String>,
}

/// A trimmed text, or `None` when empty.
fn optioneel(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// A short text (a name, a relation, a language): trimmed, at most [`KORT_MAX`] characters. Empty is an error
/// only when `leeg` gives its message.
fn kort(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    tekst: &str,
    leeg: Option<&str>,
) -> Option<String> {
    match optioneel(tekst) {
        None => {
            if let Some(leeg) = leeg {
                errors.add(veld, tr.t(leeg));
            }
            None
        }
        Some(t) if t.chars().count() > KORT_MAX => {
            errors.add(
                veld,
                tr.ta(
                    msg::CLIENTONDERSTEUNING_FOUT_TE_LANG,
                    &[("aantal", KORT_MAX.into())],
                ),
            );
            None
        }
        Some(t) => Some(t),
    }
}

impl VerzoekForm {
    pub fn parse(&self, tr: &Tr, gemeente: &Gemeente) -> Result<Verzoek, FieldErrors> {
        let mut errors = FieldErrors::new();
        let voor_wie = match self.voor_wie.as_str() {
            "zelf" => Some(VoorWie::Zelf),
            "ander" => {
                let naam = kort(
                    &mut errors,
                    tr,
                    "ander-naam",
                    &self.ander_naam,
                    Some(msg::CLIENTONDERSTEUNING_FOUT_ANDER_NAAM),
                );
                let relatie = kort(
                    &mut errors,
                    tr,
                    "ander-relatie",
                    &self.ander_relatie,
                    Some(msg::CLIENTONDERSTEUNING_FOUT_ANDER_RELATIE),
                );
                naam.zip(relatie)
                    .map(|(naam, relatie)| VoorWie::Ander { naam, relatie })
            }
            _ => {
                errors.add("voor-wie", tr.t(msg::CLIENTONDERSTEUNING_FOUT_VOOR_WIE));
                None
            }
        };

        let voorkeur = if self.organisatie == GEEN_VOORKEUR {
            Some(Voorkeur(None))
        } else if let Some(o) = gemeente.organisatie(&self.organisatie) {
            Some(Voorkeur(Some(o.id.clone())))
        } else {
            errors.add(
                "organisatie",
                tr.t(msg::CLIENTONDERSTEUNING_FOUT_ORGANISATIE),
            );
            None
        };

        // At least one way to reach the resident; each one given must be valid.
        let telefoon = match Telefoon::parse(&self.telefoon) {
            Ok(t) => Some(t),
            Err(TelefoonFout::Empty) => None,
            Err(TelefoonFout::Invalid) => {
                errors.add("telefoon", tr.t(msg::CLIENTONDERSTEUNING_FOUT_TELEFOON));
                None
            }
        };
        let email = if self.email.trim().is_empty() {
            None
        } else {
            match EmailAddress::parse(&self.email) {
                Ok(e) => Some(e),
                Err(_) => {
                    errors.add("email", tr.t(msg::CLIENTONDERSTEUNING_FOUT_EMAIL));
                    None
                }
            }
        };
        if self.telefoon.trim().is_empty() && self.email.trim().is_empty() {
            errors.add("telefoon", tr.t(msg::CLIENTONDERSTEUNING_FOUT_CONTACT));
        }

        let toegankelijkheid = match self.toegankelijkheid.as_str() {
            code @ ("geen" | "tolk" | "gebarentaal") => {
                let taal = if code == "tolk" {
                    kort(&mut errors, tr, "tolk-taal", &self.tolk_taal, None)
                } else {
                    None
                };
                Some(Toegankelijkheid::from_code(code, taal))
            }
            _ => {
                errors.add(
                    "toegankelijkheid",
                    tr.t(msg::CLIENTONDERSTEUNING_FOUT_TOEGANKELIJKHEID),
                );
                None
            }
        };

        let notitie = optioneel(&self.notitie);
        if notitie
            .as_ref()
            .is_some_and(|n| n.chars().count() > NOTITIE_MAX)
        {
            errors.add(
                "notitie",
                tr.ta(
                    msg::CLIENTONDERSTEUNING_FOUT_TE_LANG,
                    &[("aantal", NOTITIE_MAX.into())],
                ),
            );
        }

        match (voor_wie, voorkeur, toegankelijkheid) {
            (Some(voor_wie), Some(voorkeur), Some(toegankelijkheid)) if errors.is_empty() => {
                Ok(Verzoek {
                    voor_wie,
                    voorkeur,
                    contact: Contact { telefoon, email },
                    toegankelijkheid,
                    notitie,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ui::test_tr;

    fn gemeente() -> Gemeente {
        Gemeente::builtin("het-hogeland").expect("profile")
    }

    fn volledig() -> VerzoekForm {
        VerzoekForm {
            voor_wie: "zelf".into(),
            organisatie: "sensoor".into(),
            email: "jan@example.nl".into(),
            toegankelijkheid: "tolk".into(),
            tolk_taal: " Arabisch ".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_form_parses() {
        let v = volledig()
            .parse(&test_tr(Lang::Nl), &gemeente())
            .expect("valid");
        assert_eq!(v.voor_wie, VoorWie::Zelf);
        assert_eq!(v.voorkeur, Voorkeur(Some("sensoor".into())));
        assert_eq!(v.toegankelijkheid.tolk_taal(), Some("Arabisch"));
        assert_eq!(v.notitie, None);
    }

    #[test]
    fn an_empty_form_names_every_question_in_page_order() {
        let errors = VerzoekForm::default()
            .parse(&test_tr(Lang::Nl), &gemeente())
            .unwrap_err();
        let velden: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            velden,
            ["voor-wie", "organisatie", "telefoon", "toegankelijkheid"]
        );
    }

    #[test]
    fn someone_else_needs_a_name_and_a_relation_and_notes_have_a_limit() {
        let form = VerzoekForm {
            voor_wie: "ander".into(),
            organisatie: GEEN_VOORKEUR.into(),
            notitie: "x".repeat(NOTITIE_MAX + 1),
            ..volledig()
        };
        let errors = form.parse(&test_tr(Lang::Nl), &gemeente()).unwrap_err();
        let velden: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(velden, ["ander-naam", "ander-relatie", "notitie"]);
    }

    #[test]
    fn an_unknown_organisation_is_refused() {
        let form = VerzoekForm {
            organisatie: "bestaat-niet".into(),
            ..volledig()
        };
        let errors = form.parse(&test_tr(Lang::Nl), &gemeente()).unwrap_err();
        assert!(errors.get("organisatie").is_some());
    }
}
