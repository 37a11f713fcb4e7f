//! The form of an invitation: raw strings in, a checked [`Uitnodiging`] out, or errors per field.

use serde::Deserialize;
use time::Date;

use crate::auth::EmailAddress;
use crate::auth::machtiging::{self as domain, Rechten};
use crate::form::{DatumFout, FieldErrors};
use crate::i18n::{Tr, msg};

/// The longest name kept.
pub const NAAM_MAX: usize = 100;

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct UitnodigingForm {
    pub email: String,
    pub naam: String,
    /// The resident's own name, so that the helper knows who asks.
    pub eigen_naam: String,
    /// `indienen` and/or `post`; looking is always included.
    pub rechten: Vec<String>,
    #[serde(rename = "tot-dag")]
    pub tot_dag: String,
    #[serde(rename = "tot-maand")]
    pub tot_maand: String,
    #[serde(rename = "tot-jaar")]
    pub tot_jaar: String,
}

/// A checked invitation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Uitnodiging {
    pub email: EmailAddress,
    pub naam: Option<String>,
    pub eigen_naam: Option<String>,
    pub rechten: Rechten,
    pub tot: Date,
}

fn naam(tekst: &str) -> Option<String> {
    let tekst = tekst.trim();
    (!tekst.is_empty()).then(|| tekst.chars().take(NAAM_MAX).collect())
}

impl UitnodigingForm {
    /// Checks the form for a resident with address `eigen_adres` on `vandaag`.
    pub fn parse(
        &self,
        tr: &Tr,
        eigen_adres: &str,
        vandaag: Date,
    ) -> Result<Uitnodiging, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = match EmailAddress::parse(&self.email) {
            Ok(e) if e.as_str() == eigen_adres => {
                errors.add("email", tr.t(msg::MACHTIGINGEN_NIEUW_FOUT_EIGEN_ADRES));
                None
            }
            Ok(e) => Some(e),
            Err(crate::auth::EmailError::Empty) => {
                errors.add("email", tr.t(msg::MACHTIGINGEN_NIEUW_FOUT_EMAIL_LEEG));
                None
            }
            Err(_) => {
                errors.add("email", tr.t(msg::MACHTIGINGEN_NIEUW_FOUT_EMAIL));
                None
            }
        };
        let tot = match crate::form::datum(&self.tot_dag, &self.tot_maand, &self.tot_jaar) {
            Ok(Some(tot)) if domain::einde_toegestaan(vandaag, tot) => Some(tot),
            Ok(Some(_)) => {
                errors.add("tot", tr.t(msg::MACHTIGINGEN_NIEUW_FOUT_TOT_BEREIK));
                None
            }
            Ok(None) => {
                errors.add("tot", tr.t(msg::MACHTIGINGEN_NIEUW_FOUT_TOT_LEEG));
                None
            }
            Err(DatumFout::Onvolledig) => {
                errors.add("tot", tr.t(msg::MACHTIGINGEN_NIEUW_FOUT_TOT_ONVOLLEDIG));
                None
            }
            Err(DatumFout::BestaatNiet) => {
                errors.add("tot", tr.t(msg::MACHTIGINGEN_NIEUW_FOUT_TOT_BESTAAT_NIET));
                None
            }
        };
        let rechten = Rechten::gekozen(
            self.rechten.iter().any(|r| r == "indienen"),
            self.rechten.iter().any(|r| r == "post"),
        );
        match (email, tot) {
            (Some(email), Some(tot)) if errors.is_empty() => Ok(Uitnodiging {
                email,
                naam: naam(&self.naam),
                eigen_naam: naam(&self.eigen_naam),
                rechten,
                tot,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct NamensForm {
    /// The person to act for; empty: oneself.
    pub voor: String,
    /// Where to go next: a path inside the portal.
    pub terug: String,
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};
    use time::macros::date;

    fn tr() -> Tr {
        Tr::new(I18n::load().expect("translations"), Lang::Nl)
    }

    fn form(email: &str, tot: (&str, &str, &str)) -> UitnodigingForm {
        UitnodigingForm {
            email: email.into(),
            naam: " Piet ".into(),
            rechten: vec!["post".into()],
            tot_dag: tot.0.into(),
            tot_maand: tot.1.into(),
            tot_jaar: tot.2.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_invitation() {
        let u = form("Piet@Example.nl", ("31", "12", "2027"))
            .parse(&tr(), "jan@example.nl", date!(2026 - 11 - 23))
            .expect("valid");
        assert_eq!(u.email.as_str(), "piet@example.nl");
        assert_eq!(u.naam.as_deref(), Some("Piet"));
        assert_eq!(u.rechten, Rechten::gekozen(false, true));
        assert_eq!(u.tot, date!(2027 - 12 - 31));
    }

    #[test]
    fn errors_per_field() {
        let vandaag = date!(2026 - 11 - 23);
        let fout = |f: UitnodigingForm| f.parse(&tr(), "jan@example.nl", vandaag).unwrap_err();
        let e = fout(form("jan@example.nl", ("", "", "")));
        assert!(e.get("email").is_some() && e.get("tot").is_some());
        let e = fout(form("piet", ("22", "11", "2026")));
        assert!(e.get("email").is_some() && e.get("tot").is_some());
        assert!(
            fout(form("piet@example.nl", ("1", "1", "2040")))
                .get("tot")
                .is_some()
        );
        assert!(
            fout(form("piet@example.nl", ("31", "2", "2027")))
                .get("tot")
                .is_some()
        );
        assert!(
            fout(form("piet@example.nl", ("31", "", "2027")))
                .get("tot")
                .is_some()
        );
    }
}
