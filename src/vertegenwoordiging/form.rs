//! The forms of vertegenwoordiging: raw input (all strings) and its parsing into what is stored, with the
//! messages beside the fields.

use serde::Deserialize;
use time::Date;

use crate::auth::EmailAddress;
use crate::auth::machtiging::{Rechten, Soort, code_normaal, einde_toegestaan};
use crate::form::{DatumFout, FieldErrors, datum};
use crate::i18n::{Tr, msg};
use crate::zaken::document::upload::{Bestand, Upload};

/// The longest name or reason accepted.
pub const NAAM_MAX: usize = 200;
pub const REDEN_MAX: usize = 2000;

/// The request to confirm by e-mail: the resident's address, the rights asked and the end date.
#[derive(Debug, Default, Deserialize)]
pub struct VraagForm {
    #[serde(default)]
    pub email: String,
    /// `indienen`, `post`: besides looking, which is always included.
    #[serde(default)]
    pub rechten: Vec<String>,
    #[serde(default, rename = "einde-dag")]
    pub einde_dag: String,
    #[serde(default, rename = "einde-maand")]
    pub einde_maand: String,
    #[serde(default, rename = "einde-jaar")]
    pub einde_jaar: String,
}

/// A parsed request to confirm.
#[derive(Debug)]
pub struct Vraag {
    pub email: EmailAddress,
    pub rechten: Rechten,
    pub tot: Date,
}

/// An address, with the message for "not an address" and for "your own address".
fn adres(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    invoer: &str,
    eigen: &str,
) -> Option<EmailAddress> {
    match EmailAddress::parse(invoer) {
        Ok(e) if e.as_str().eq_ignore_ascii_case(eigen) => {
            errors.add(veld, tr.t(msg::VERTEGENWOORDIGING_FOUT_EIGEN_EMAIL));
            None
        }
        Ok(e) => Some(e),
        Err(_) => {
            errors.add(veld, tr.t(msg::VERTEGENWOORDIGING_FOUT_EMAIL));
            None
        }
    }
}

fn datum_fout(errors: &mut FieldErrors, tr: &Tr, veld: &str, fout: DatumFout) {
    errors.add(
        veld,
        tr.t(match fout {
            DatumFout::Onvolledig => msg::VERTEGENWOORDIGING_FOUT_DATUM_ONVOLLEDIG,
            DatumFout::BestaatNiet => msg::VERTEGENWOORDIGING_FOUT_DATUM_BESTAAT_NIET,
        }),
    );
}

impl VraagForm {
    pub fn parse(&self, tr: &Tr, eigen_email: &str, vandaag: Date) -> Result<Vraag, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = if self.email.trim().is_empty() {
            errors.add("email", tr.t(msg::VERTEGENWOORDIGING_FOUT_EMAIL_LEEG));
            None
        } else {
            adres(&mut errors, tr, "email", &self.email, eigen_email)
        };
        let rechten = Rechten::gekozen(
            self.rechten.iter().any(|r| r == "indienen"),
            self.rechten.iter().any(|r| r == "post"),
        );
        let tot = match datum(&self.einde_dag, &self.einde_maand, &self.einde_jaar) {
            Ok(Some(tot)) if einde_toegestaan(vandaag, tot) => Some(tot),
            Ok(Some(_)) => {
                errors.add("einde", tr.t(msg::VERTEGENWOORDIGING_FOUT_EINDE_BEREIK));
                None
            }
            Ok(None) => {
                errors.add("einde", tr.t(msg::VERTEGENWOORDIGING_FOUT_EINDE_LEEG));
                None
            }
            Err(fout) => {
                datum_fout(&mut errors, tr, "einde", fout);
                None
            }
        };
        match (email, tot) {
            (Some(email), Some(tot)) if errors.is_empty() => Ok(Vraag {
                email,
                rechten,
                tot,
            }),
            _ => Err(errors),
        }
    }
}

/// The signed authorisation: the file, and the resident's address if the helper knows it.
#[derive(Debug, Default)]
pub struct FormulierInvoer {
    pub email: String,
}

/// A parsed signed authorisation.
#[derive(Debug)]
pub struct Formulier {
    pub email: Option<EmailAddress>,
    pub bestand: Bestand,
}

impl FormulierInvoer {
    pub fn uit(velden: &[(String, String)]) -> FormulierInvoer {
        FormulierInvoer {
            email: Upload::veld(velden, "formulier-email").to_owned(),
        }
    }

    pub fn parse(
        &self,
        tr: &Tr,
        upload: &Upload,
        eigen_email: &str,
    ) -> Result<Formulier, FieldErrors> {
        let mut errors = FieldErrors::new();
        let email = if self.email.trim().is_empty() {
            None
        } else {
            adres(&mut errors, tr, "formulier-email", &self.email, eigen_email)
        };
        let bestand = bestand(&mut errors, tr, upload);
        match bestand {
            Some(bestand) if errors.is_empty() => Ok(Formulier { email, bestand }),
            _ => Err(errors),
        }
    }
}

fn bestand(errors: &mut FieldErrors, tr: &Tr, upload: &Upload) -> Option<Bestand> {
    match upload.parse(tr) {
        Ok(bestand) => Some(bestand),
        Err(fouten) => {
            for fout in fouten.iter() {
                errors.add(&fout.field, fout.message.clone());
            }
            None
        }
    }
}

/// The code the resident reads out on the phone.
#[derive(Debug, Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pub code: String,
}

impl CodeForm {
    /// The code as typed, without spaces or dashes; an empty one is an error.
    pub fn parse(&self, tr: &Tr) -> Result<String, FieldErrors> {
        let code = code_normaal(&self.code);
        if code.is_empty() {
            let mut errors = FieldErrors::new();
            errors.add("code", tr.t(msg::VERTEGENWOORDIGING_FOUT_CODE_LEEG));
            return Err(errors);
        }
        Ok(code)
    }
}

/// "Ja, dit klopt" or "Nee" on the link's page.
#[derive(Debug, Default, Deserialize)]
pub struct AntwoordForm {
    #[serde(default)]
    pub antwoord: String,
}

/// The request of a legal representative, as it came in (a multipart form, for the proof).
#[derive(Debug, Default)]
pub struct WettelijkInvoer {
    pub soort: String,
    pub naam: String,
    pub geboren_dag: String,
    pub geboren_maand: String,
    pub geboren_jaar: String,
    pub email: String,
    pub einde_dag: String,
    pub einde_maand: String,
    pub einde_jaar: String,
}

/// A parsed request of a legal representative.
#[derive(Debug)]
pub struct Wettelijk {
    pub soort: Soort,
    pub naam: String,
    pub geboren: Date,
    pub email: Option<EmailAddress>,
    pub tot: Option<Date>,
    pub bestand: Bestand,
}

/// Minors have a voogd or a parent with authority (BW 1:245): the child is under 18.
const MEERDERJARIG: i32 = 18;

impl WettelijkInvoer {
    pub fn uit(velden: &[(String, String)]) -> WettelijkInvoer {
        let veld = |naam: &str| Upload::veld(velden, naam).to_owned();
        WettelijkInvoer {
            soort: veld("soort"),
            naam: veld("naam"),
            geboren_dag: veld("geboren-dag"),
            geboren_maand: veld("geboren-maand"),
            geboren_jaar: veld("geboren-jaar"),
            email: veld("email"),
            einde_dag: veld("einde-dag"),
            einde_maand: veld("einde-maand"),
            einde_jaar: veld("einde-jaar"),
        }
    }

    pub fn parse(
        &self,
        tr: &Tr,
        upload: &Upload,
        eigen_email: &str,
        vandaag: Date,
    ) -> Result<Wettelijk, FieldErrors> {
        let mut errors = FieldErrors::new();
        let soort = Soort::from_code(&self.soort).filter(|s| s.is_wettelijk());
        if soort.is_none() {
            errors.add("soort", tr.t(msg::VERTEGENWOORDIGING_FOUT_SOORT));
        }
        let naam = self.naam.trim();
        if naam.is_empty() {
            errors.add("naam", tr.t(msg::VERTEGENWOORDIGING_FOUT_NAAM));
        } else if naam.chars().count() > NAAM_MAX {
            errors.add(
                "naam",
                tr.ta(
                    msg::VERTEGENWOORDIGING_FOUT_TE_LANG,
                    &[("aantal", NAAM_MAX.into())],
                ),
            );
        }
        let geboren = match datum(&self.geboren_dag, &self.geboren_maand, &self.geboren_jaar) {
            Ok(Some(d)) if d >= vandaag => {
                errors.add(
                    "geboren",
                    tr.t(msg::VERTEGENWOORDIGING_FOUT_GEBOREN_TOEKOMST),
                );
                None
            }
            Ok(Some(d)) => Some(d),
            Ok(None) => {
                errors.add("geboren", tr.t(msg::VERTEGENWOORDIGING_FOUT_GEBOREN_LEEG));
                None
            }
            Err(fout) => {
                datum_fout(&mut errors, tr, "geboren", fout);
                None
            }
        };
        if let (Some(Soort::Voogd | Soort::Ouder), Some(geboren)) = (soort, geboren) {
            let achttien = geboren
                .replace_year(geboren.year() + MEERDERJARIG)
                .unwrap_or(geboren);
            if achttien <= vandaag {
                errors.add("geboren", tr.t(msg::VERTEGENWOORDIGING_FOUT_GEEN_KIND));
            }
        }
        let email = if self.email.trim().is_empty() {
            None
        } else {
            adres(&mut errors, tr, "email", &self.email, eigen_email)
        };
        let tot = match datum(&self.einde_dag, &self.einde_maand, &self.einde_jaar) {
            Ok(Some(tot)) if tot < vandaag => {
                errors.add("einde", tr.t(msg::VERTEGENWOORDIGING_FOUT_EINDE_VERLEDEN));
                None
            }
            Ok(tot) => tot,
            Err(fout) => {
                datum_fout(&mut errors, tr, "einde", fout);
                None
            }
        };
        let bestand = bestand(&mut errors, tr, upload);
        match (soort, geboren, bestand) {
            (Some(soort), Some(geboren), Some(bestand)) if errors.is_empty() => Ok(Wettelijk {
                soort,
                naam: naam.to_owned(),
                geboren,
                email,
                tot,
                bestand,
            }),
            _ => Err(errors),
        }
    }
}

/// The staff's decision on a proof: `goedkeuren`, or `afwijzen` with a reason.
#[derive(Debug, Default, Deserialize)]
pub struct BesluitForm {
    #[serde(default)]
    pub besluit: String,
    #[serde(default)]
    pub reden: String,
}

impl BesluitForm {
    /// Whether staff pressed "Goedkeuren".
    pub fn goedkeuren(&self) -> bool {
        self.besluit == "goedkeuren"
    }

    /// The reason for refusing; it is required.
    pub fn parse(&self, tr: &Tr) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        let reden = self.reden.trim();
        if reden.is_empty() {
            errors.add("reden", tr.t(msg::VERTEGENWOORDIGING_FOUT_REDEN));
        } else if reden.chars().count() > REDEN_MAX {
            errors.add(
                "reden",
                tr.ta(
                    msg::VERTEGENWOORDIGING_FOUT_TE_LANG,
                    &[("aantal", REDEN_MAX.into())],
                ),
            );
        }
        if errors.is_empty() {
            Ok(reden.to_owned())
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ui::test_tr;
    use time::macros::date;

    const VANDAAG: Date = date!(2026 - 11 - 23);

    fn vraag(email: &str, dag: &str, maand: &str, jaar: &str) -> VraagForm {
        VraagForm {
            email: email.into(),
            rechten: vec!["post".into()],
            einde_dag: dag.into(),
            einde_maand: maand.into(),
            einde_jaar: jaar.into(),
        }
    }

    #[test]
    fn looking_is_always_asked_and_the_end_is_within_five_years() {
        let tr = test_tr(Lang::Nl);
        let goed = vraag("mien@example.nl", "23", "11", "2031")
            .parse(&tr, "ik@example.nl", VANDAAG)
            .unwrap();
        assert_eq!(goed.rechten, Rechten::gekozen(false, true));
        let te_ver = vraag("mien@example.nl", "24", "11", "2031")
            .parse(&tr, "ik@example.nl", VANDAAG)
            .unwrap_err();
        assert!(te_ver.get("einde").is_some());
        let eigen = vraag("IK@example.nl", "1", "1", "2027")
            .parse(&tr, "ik@example.nl", VANDAAG)
            .unwrap_err();
        assert!(eigen.get("email").is_some());
    }

    #[tokio::test]
    async fn a_voogd_or_parent_acts_for_a_minor_only() {
        let tr = test_tr(Lang::Nl);
        let upload = Upload::van("beschikking.pdf", b"%PDF-1.4\n").await;
        let invoer = |soort: &str, jaar: &str| WettelijkInvoer {
            soort: soort.into(),
            naam: "Sem".into(),
            geboren_dag: "1".into(),
            geboren_maand: "6".into(),
            geboren_jaar: jaar.into(),
            ..WettelijkInvoer::default()
        };
        assert!(
            invoer("ouder", "2015")
                .parse(&tr, &upload, "ik@example.nl", VANDAAG)
                .is_ok()
        );
        let volwassen = invoer("voogd", "2000")
            .parse(&tr, &upload, "ik@example.nl", VANDAAG)
            .unwrap_err();
        assert!(volwassen.get("geboren").is_some());
        assert!(
            invoer("gemachtigde", "2000")
                .parse(&tr, &upload, "ik@example.nl", VANDAAG)
                .unwrap_err()
                .get("soort")
                .is_some(),
            "only the legal kinds"
        );
    }
}
