//! The beheerder's forms: a new account (raw strings, parsed into [`NieuwAccount`] with field errors in page
//! order) and the question whether to end one.

use serde::Deserialize;

use crate::auth::EmailAddress;
use crate::form::FieldErrors;
use crate::gemeente::Gemeente;
use crate::i18n::{Tr, msg};

/// The longest name, in characters.
pub const NAAM_MAX: usize = 200;

/// The add form as it arrives. Field names are also the ids the error summary links to.
#[derive(Debug, Default, Deserialize)]
pub struct AccountForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub naam: String,
    #[serde(default)]
    pub organisatie: String,
}

/// An account to add: a valid address, a name residents see, an organisation of the profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NieuwAccount {
    pub email: String,
    pub naam: String,
    pub organisatie: String,
}

impl AccountForm {
    pub fn parse(&self, tr: &Tr, gemeente: &Gemeente) -> Result<NieuwAccount, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = match EmailAddress::parse(&self.email) {
            Ok(e) => Some(e.as_str().to_owned()),
            Err(_) => {
                errors.add("email", tr.t(msg::CLIENTONDERSTEUNERS_FOUT_EMAIL));
                None
            }
        };
        let naam = self.naam.trim();
        if naam.is_empty() {
            errors.add("naam", tr.t(msg::CLIENTONDERSTEUNERS_FOUT_NAAM));
        } else if naam.chars().count() > NAAM_MAX {
            errors.add(
                "naam",
                tr.ta(
                    msg::CLIENTONDERSTEUNERS_FOUT_TE_LANG,
                    &[("aantal", NAAM_MAX.into())],
                ),
            );
        }
        let organisatie = gemeente
            .organisatie(&self.organisatie)
            .map(|o| o.id.clone());
        if organisatie.is_none() {
            errors.add(
                "organisatie",
                tr.t(msg::CLIENTONDERSTEUNERS_FOUT_ORGANISATIE),
            );
        }
        match (email, organisatie) {
            (Some(email), Some(organisatie)) if errors.is_empty() => Ok(NieuwAccount {
                email,
                naam: naam.to_owned(),
                organisatie,
            }),
            _ => Err(errors),
        }
    }
}

/// "Do you want to end this account?": `ja` or `nee`; nothing chosen is asked again.
#[derive(Debug, Default, Deserialize)]
pub struct ZekerForm {
    #[serde(default)]
    pub zeker: String,
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

    #[test]
    fn a_complete_form_parses() {
        let form = AccountForm {
            email: " Fatima@Sensoor.example ".into(),
            naam: " Fatima El Amrani ".into(),
            organisatie: "sensoor".into(),
        };
        let nieuw = form.parse(&test_tr(Lang::Nl), &gemeente()).unwrap();
        assert_eq!(nieuw.naam, "Fatima El Amrani");
        assert_eq!(nieuw.organisatie, "sensoor");
        assert!(nieuw.email.contains('@'));
    }

    #[test]
    fn an_empty_form_names_every_field_in_page_order() {
        let errors = AccountForm::default()
            .parse(&test_tr(Lang::Nl), &gemeente())
            .unwrap_err();
        let velden: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(velden, ["email", "naam", "organisatie"]);
    }
}
