//! The forms of Mijn gegevens: the person's own name and the language of their mail, and a request for a
//! correction. Raw strings in, typed values or the errors beside the fields out.

use serde::Deserialize;

use crate::form::{FieldErrors, Invoer};
use crate::i18n::{Lang, Tr, msg};

/// The most characters of a name.
pub const NAAM_MAX: usize = 100;

/// The most characters of each text of a request.
pub const TEKST_MAX: usize = crate::zaken::correctie::MAX_TEKST;

/// The choice of a request that is about the account (or anything outside a case).
pub const ACCOUNT: &str = "account";

#[derive(Clone, Debug, Default, Deserialize)]
pub struct AccountForm {
    #[serde(default)]
    pub naam: String,
    #[serde(default)]
    pub taal: String,
}

/// What the person chose for their account: a name (`None`: none), and the language of their mail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub naam: Option<String>,
    pub taal: Lang,
}

impl AccountForm {
    pub fn parse(&self, tr: &Tr) -> Result<Account, FieldErrors> {
        let mut errors = FieldErrors::new();
        let naam: String = self
            .naam
            .split(|c: char| c.is_whitespace() || c.is_control())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if naam.chars().count() > NAAM_MAX {
            errors.add(
                "naam",
                tr.ta(
                    msg::MIJN_GEGEVENS_FOUT_NAAM_TE_LANG,
                    &[("aantal", NAAM_MAX.into())],
                ),
            );
        }
        let taal = Lang::from_code(&self.taal);
        if taal.is_none() {
            errors.add("taal", tr.t(msg::MIJN_GEGEVENS_FOUT_TAAL));
        }
        match taal {
            Some(taal) if errors.is_empty() => Ok(Account {
                naam: (!naam.is_empty()).then_some(naam),
                taal,
            }),
            _ => Err(errors),
        }
    }
}

/// A request for a correction as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verzoek {
    /// A case id, or [`ACCOUNT`].
    pub over: String,
    pub wat: String,
    pub moet_zijn: String,
}

/// Reads a request; `zaken` are the ids of the cases the person may choose.
pub fn verzoek(invoer: &Invoer, zaken: &[String], tr: &Tr) -> Result<Verzoek, FieldErrors> {
    let mut errors = FieldErrors::new();
    let over = invoer.get("over").to_owned();
    if over != ACCOUNT && !zaken.contains(&over) {
        errors.add("over", tr.t(msg::MIJN_GEGEVENS_FOUT_OVER));
    }
    let wat = invoer.get("wat").trim().to_owned();
    if wat.is_empty() {
        errors.add("wat", tr.t(msg::MIJN_GEGEVENS_FOUT_WAT));
    }
    let moet_zijn = invoer.get("moet_zijn").trim().to_owned();
    for (veld, tekst) in [("wat", &wat), ("moet_zijn", &moet_zijn)] {
        if tekst.chars().count() > TEKST_MAX {
            errors.add(
                veld,
                tr.ta(
                    msg::MIJN_GEGEVENS_FOUT_TE_LANG,
                    &[("aantal", TEKST_MAX.into())],
                ),
            );
        }
    }
    if errors.is_empty() {
        Ok(Verzoek {
            over,
            wat,
            moet_zijn,
        })
    } else {
        Err(errors)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn tr() -> Tr {
        Tr::new(crate::i18n::I18n::load().unwrap(), Lang::Nl)
    }

    #[test]
    fn a_name_is_one_line_and_may_be_empty_and_the_language_is_required() {
        let form = |naam: &str, taal: &str| AccountForm {
            naam: naam.into(),
            taal: taal.into(),
        };
        assert_eq!(
            form("  Anna \n de\tWit ", "en").parse(&tr()),
            Ok(Account {
                naam: Some("Anna de Wit".into()),
                taal: Lang::En
            })
        );
        assert_eq!(form("   ", "nl").parse(&tr()).unwrap().naam, None);
        let fout = form(&"x".repeat(NAAM_MAX + 1), "fr")
            .parse(&tr())
            .unwrap_err();
        assert!(fout.get("naam").is_some() && fout.get("taal").is_some());
    }

    #[test]
    fn a_request_names_known_data_and_what_is_wrong() {
        let zaken = vec!["z1".to_owned()];
        let invoer = |velden: &[(&str, &str)]| {
            Invoer(
                velden
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                    .collect(),
            )
        };
        let goed = verzoek(
            &invoer(&[("over", "z1"), ("wat", " Mijn naam ")]),
            &zaken,
            &tr(),
        );
        assert_eq!(
            goed,
            Ok(Verzoek {
                over: "z1".into(),
                wat: "Mijn naam".into(),
                moet_zijn: String::new()
            })
        );
        assert!(verzoek(&invoer(&[("over", ACCOUNT), ("wat", "x")]), &zaken, &tr()).is_ok());
        // Someone else's case (or none) is no choice; an empty text is no request.
        let fout = verzoek(&invoer(&[("over", "z2"), ("wat", "  ")]), &zaken, &tr()).unwrap_err();
        assert!(fout.get("over").is_some() && fout.get("wat").is_some());
        let lang = "x".repeat(TEKST_MAX + 1);
        let fout = verzoek(
            &invoer(&[("over", "z1"), ("wat", "x"), ("moet_zijn", &lang)]),
            &zaken,
            &tr(),
        )
        .unwrap_err();
        assert!(fout.get("moet_zijn").is_some());
    }
}
