//! The forms of the blijverslening: the public check, the application, the co-owner's answer and the staff
//! decision. Raw input is kept as strings, so that a form with a mistake comes back as it was typed.

use serde::Deserialize;
use time::Date;

use super::domain::{self, Kosten, Reden, Soort, Vragen, Weigergrond};
use super::repo::{Aanvraag, Eigenaar, Gegevens, NieuweEigenaar};
use crate::auth::EmailAddress;
use crate::backoffice::domain::{BedragFout, bedrag_cent, bedrag_invoer};
use crate::form::{DatumFout, FieldErrors, datum};
use crate::gemeente::Blijverslening;
use crate::i18n::{Tr, msg};

/// How many co-owners the form has room for.
pub const MEDE_EIGENAREN: usize = 3;
/// How many birth dates the check asks for.
pub const CHECK_AANVRAGERS: usize = 3;
/// The longest text of a name.
pub const NAAM_MAX: usize = 200;
/// The longest description of the measures, and of the reason of a decision.
pub const TEKST_MAX: usize = 2000;

/// A date as its three fields.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct DatumVelden {
    pub dag: String,
    pub maand: String,
    pub jaar: String,
}

impl DatumVelden {
    pub fn van(d: Date) -> DatumVelden {
        DatumVelden {
            dag: d.day().to_string(),
            maand: u8::from(d.month()).to_string(),
            jaar: d.year().to_string(),
        }
    }

    fn is_leeg(&self) -> bool {
        [&self.dag, &self.maand, &self.jaar]
            .iter()
            .all(|d| d.trim().is_empty())
    }
}

/// Reads a required text of at most `max` characters, trimmed; an error goes beside `veld`. `leeg`: the
/// message when nothing is given.
fn lees_tekst<'a>(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    tekst: &'a str,
    max: usize,
    leeg: &str,
) -> &'a str {
    let tekst = tekst.trim();
    if tekst.is_empty() {
        errors.add(veld, tr.t(leeg));
    } else if tekst.chars().count() > max {
        errors.add(
            veld,
            tr.ta(msg::BLIJVERSLENING_FOUT_TE_LANG, &[("aantal", max.into())]),
        );
    }
    tekst
}

/// Reads a date; an error goes beside `veld`. `leeg`: the message when none is given (`None`: optional).
fn lees_datum(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    d: &DatumVelden,
    leeg: Option<&str>,
) -> Option<Date> {
    match datum(&d.dag, &d.maand, &d.jaar) {
        Ok(Some(d)) => Some(d),
        Ok(None) => {
            if let Some(leeg) = leeg {
                errors.add(veld, tr.t(leeg));
            }
            None
        }
        Err(DatumFout::Onvolledig) => {
            errors.add(veld, tr.t(msg::BLIJVERSLENING_FOUT_DATUM_ONVOLLEDIG));
            None
        }
        Err(DatumFout::BestaatNiet) => {
            errors.add(veld, tr.t(msg::BLIJVERSLENING_FOUT_DATUM_BESTAAT_NIET));
            None
        }
    }
}

/// Reads an amount in euros; `leeg` as for dates.
fn lees_bedrag(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    tekst: &str,
    leeg: Option<&str>,
) -> Option<i64> {
    match bedrag_cent(tekst) {
        Ok(Some(c)) => Some(c),
        Ok(None) => {
            if let Some(leeg) = leeg {
                errors.add(veld, tr.t(leeg));
            }
            None
        }
        Err(BedragFout::Onleesbaar | BedragFout::TeGroot) => {
            errors.add(veld, tr.t(msg::BLIJVERSLENING_FOUT_BEDRAG_ONLEESBAAR));
            None
        }
    }
}

fn ja_nee(tekst: &str) -> Option<bool> {
    match tekst {
        "ja" => Some(true),
        "nee" => Some(false),
        _ => None,
    }
}

/// `GET /blijverslening/check`: every question is optional; a missing answer leaves the outcome open.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct CheckForm {
    /// Set by the form's hidden field: the resident asked for the outcome.
    #[serde(default)]
    pub check: String,
    #[serde(default)]
    pub eigenaar: String,
    #[serde(default)]
    pub bewoner: String,
    #[serde(default, rename = "alle-eigenaren")]
    pub alle_eigenaren: String,
    #[serde(default)]
    pub reden: String,
    #[serde(default, rename = "geboren1-dag")]
    pub g1_dag: String,
    #[serde(default, rename = "geboren1-maand")]
    pub g1_maand: String,
    #[serde(default, rename = "geboren1-jaar")]
    pub g1_jaar: String,
    #[serde(default, rename = "geboren2-dag")]
    pub g2_dag: String,
    #[serde(default, rename = "geboren2-maand")]
    pub g2_maand: String,
    #[serde(default, rename = "geboren2-jaar")]
    pub g2_jaar: String,
    #[serde(default, rename = "geboren3-dag")]
    pub g3_dag: String,
    #[serde(default, rename = "geboren3-maand")]
    pub g3_maand: String,
    #[serde(default, rename = "geboren3-jaar")]
    pub g3_jaar: String,
    #[serde(default)]
    pub soort: String,
    #[serde(default)]
    pub looptijd: String,
    #[serde(default)]
    pub bedrag: String,
    #[serde(default)]
    pub klaar: String,
}

impl CheckForm {
    /// The birth dates as typed, in order.
    pub fn geboren(&self) -> [DatumVelden; CHECK_AANVRAGERS] {
        let d = |dag: &str, maand: &str, jaar: &str| DatumVelden {
            dag: dag.to_owned(),
            maand: maand.to_owned(),
            jaar: jaar.to_owned(),
        };
        [
            d(&self.g1_dag, &self.g1_maand, &self.g1_jaar),
            d(&self.g2_dag, &self.g2_maand, &self.g2_jaar),
            d(&self.g3_dag, &self.g3_maand, &self.g3_jaar),
        ]
    }

    /// The term in years: 20 only for a mortgage loan that asks for it.
    pub fn looptijd(&self) -> u8 {
        if self.soort == "hypothecair" && self.looptijd == "20" {
            20
        } else {
            10
        }
    }

    /// The answers as the rules read them; unreadable ones are errors beside their field.
    pub fn parse(&self, tr: &Tr) -> Result<Vragen, FieldErrors> {
        let mut errors = FieldErrors::new();
        let mut geboortedata = Vec::new();
        for (i, d) in self.geboren().iter().enumerate() {
            if let Some(d) = lees_datum(&mut errors, tr, &format!("geboren{}", i + 1), d, None) {
                geboortedata.push(d);
            }
        }
        let bedrag = lees_bedrag(&mut errors, tr, "bedrag", &self.bedrag, None);
        if errors.is_empty() {
            Ok(Vragen {
                eigenaar: ja_nee(&self.eigenaar),
                bewoner: ja_nee(&self.bewoner),
                alle_eigenaren: ja_nee(&self.alle_eigenaren),
                reden: Reden::from_code(&self.reden),
                geboortedata,
                soort: Soort::from_code(&self.soort),
                bedrag,
                werk_klaar: ja_nee(&self.klaar),
                geplande_datum: None,
                werkelijke_kosten: None,
            })
        } else {
            Err(errors)
        }
    }
}

/// One co-owner's fields.
#[derive(Clone, Debug, Default)]
pub struct MedeVelden {
    pub naam: String,
    pub geboren: DatumVelden,
    pub email: String,
}

impl MedeVelden {
    fn is_leeg(&self) -> bool {
        self.naam.trim().is_empty() && self.email.trim().is_empty() && self.geboren.is_leeg()
    }
}

/// The application form as it arrives (urlencoded, flat field names).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct AanvraagForm {
    #[serde(default)]
    pub sleutel: String,
    #[serde(default)]
    pub naam: String,
    #[serde(default, rename = "geboren-dag")]
    pub geboren_dag: String,
    #[serde(default, rename = "geboren-maand")]
    pub geboren_maand: String,
    #[serde(default, rename = "geboren-jaar")]
    pub geboren_jaar: String,
    #[serde(default, rename = "mede1-naam")]
    pub m1_naam: String,
    #[serde(default, rename = "mede1-geboren-dag")]
    pub m1_dag: String,
    #[serde(default, rename = "mede1-geboren-maand")]
    pub m1_maand: String,
    #[serde(default, rename = "mede1-geboren-jaar")]
    pub m1_jaar: String,
    #[serde(default, rename = "mede1-email")]
    pub m1_email: String,
    #[serde(default, rename = "mede2-naam")]
    pub m2_naam: String,
    #[serde(default, rename = "mede2-geboren-dag")]
    pub m2_dag: String,
    #[serde(default, rename = "mede2-geboren-maand")]
    pub m2_maand: String,
    #[serde(default, rename = "mede2-geboren-jaar")]
    pub m2_jaar: String,
    #[serde(default, rename = "mede2-email")]
    pub m2_email: String,
    #[serde(default, rename = "mede3-naam")]
    pub m3_naam: String,
    #[serde(default, rename = "mede3-geboren-dag")]
    pub m3_dag: String,
    #[serde(default, rename = "mede3-geboren-maand")]
    pub m3_maand: String,
    #[serde(default, rename = "mede3-geboren-jaar")]
    pub m3_jaar: String,
    #[serde(default, rename = "mede3-email")]
    pub m3_email: String,
    /// `ja`: the resident owns the home.
    #[serde(default)]
    pub eigenaar: String,
    /// `ja`: the resident lives in it.
    #[serde(default)]
    pub bewoner: String,
    /// `ja`: every owner is named on this form.
    #[serde(default, rename = "alle-eigenaren")]
    pub alle_eigenaren: String,
    #[serde(default)]
    pub reden: String,
    #[serde(default)]
    pub maatregelen: String,
    #[serde(default)]
    pub materiaal: String,
    #[serde(default)]
    pub arbeid: String,
    #[serde(default)]
    pub uren: String,
    #[serde(default)]
    pub leenkosten: String,
    #[serde(default)]
    pub subsidies: String,
    #[serde(default)]
    pub soort: String,
    #[serde(default)]
    pub looptijd: String,
    #[serde(default)]
    pub bedrag: String,
    #[serde(default, rename = "gepland-dag")]
    pub gepland_dag: String,
    #[serde(default, rename = "gepland-maand")]
    pub gepland_maand: String,
    #[serde(default, rename = "gepland-jaar")]
    pub gepland_jaar: String,
}

impl AanvraagForm {
    /// The co-owners' fields, in order.
    pub fn mede(&self) -> [MedeVelden; MEDE_EIGENAREN] {
        let m = |naam: &str, dag: &str, maand: &str, jaar: &str, email: &str| MedeVelden {
            naam: naam.to_owned(),
            geboren: DatumVelden {
                dag: dag.to_owned(),
                maand: maand.to_owned(),
                jaar: jaar.to_owned(),
            },
            email: email.to_owned(),
        };
        [
            m(
                &self.m1_naam,
                &self.m1_dag,
                &self.m1_maand,
                &self.m1_jaar,
                &self.m1_email,
            ),
            m(
                &self.m2_naam,
                &self.m2_dag,
                &self.m2_maand,
                &self.m2_jaar,
                &self.m2_email,
            ),
            m(
                &self.m3_naam,
                &self.m3_dag,
                &self.m3_maand,
                &self.m3_jaar,
                &self.m3_email,
            ),
        ]
    }

    fn zet_mede(&mut self, i: usize, m: MedeVelden) {
        let velden = match i {
            0 => (
                &mut self.m1_naam,
                &mut self.m1_dag,
                &mut self.m1_maand,
                &mut self.m1_jaar,
                &mut self.m1_email,
            ),
            1 => (
                &mut self.m2_naam,
                &mut self.m2_dag,
                &mut self.m2_maand,
                &mut self.m2_jaar,
                &mut self.m2_email,
            ),
            _ => (
                &mut self.m3_naam,
                &mut self.m3_dag,
                &mut self.m3_maand,
                &mut self.m3_jaar,
                &mut self.m3_email,
            ),
        };
        *velden.0 = m.naam;
        *velden.1 = m.geboren.dag;
        *velden.2 = m.geboren.maand;
        *velden.3 = m.geboren.jaar;
        *velden.4 = m.email;
    }

    /// The form filled in from a stored draft, to change it.
    pub fn uit(aanvraag: &Aanvraag, eigenaren: &[Eigenaar]) -> AanvraagForm {
        let g = &aanvraag.gegevens;
        let geboren = DatumVelden::van(g.geboortedatum);
        let gepland = DatumVelden::van(g.geplande_datum);
        let mut form = AanvraagForm {
            sleutel: String::new(),
            naam: g.naam.clone(),
            geboren_dag: geboren.dag,
            geboren_maand: geboren.maand,
            geboren_jaar: geboren.jaar,
            eigenaar: "ja".into(),
            bewoner: "ja".into(),
            alle_eigenaren: "ja".into(),
            reden: g.reden.code().into(),
            maatregelen: g.maatregelen.clone(),
            materiaal: bedrag_invoer(g.kosten.materiaal),
            arbeid: bedrag_invoer(g.kosten.arbeid),
            uren: bedrag_invoer(g.kosten.uren),
            leenkosten: bedrag_invoer(g.kosten.leenkosten),
            subsidies: bedrag_invoer(g.kosten.subsidies),
            soort: g.soort.code().into(),
            looptijd: g.looptijd.to_string(),
            bedrag: bedrag_invoer(g.bedrag),
            gepland_dag: gepland.dag,
            gepland_maand: gepland.maand,
            gepland_jaar: gepland.jaar,
            ..Default::default()
        };
        for (i, e) in eigenaren.iter().take(MEDE_EIGENAREN).enumerate() {
            form.zet_mede(
                i,
                MedeVelden {
                    naam: e.naam.clone(),
                    geboren: DatumVelden::van(e.geboortedatum),
                    email: e.email.clone(),
                },
            );
        }
        form
    }

    /// The answers and co-owners, or every mistake beside its field in page order. `vandaag` is the day of
    /// applying; the limits are the profile's on that day.
    pub fn parse(
        &self,
        tr: &Tr,
        b: &Blijverslening,
        vandaag: Date,
    ) -> Result<(Gegevens, Vec<NieuweEigenaar>), FieldErrors> {
        let mut errors = FieldErrors::new();
        let naam = lees_tekst(
            &mut errors,
            tr,
            "naam",
            &self.naam,
            NAAM_MAX,
            msg::BLIJVERSLENING_FOUT_NAAM,
        );
        let geboren = lees_datum(
            &mut errors,
            tr,
            "geboren",
            &DatumVelden {
                dag: self.geboren_dag.clone(),
                maand: self.geboren_maand.clone(),
                jaar: self.geboren_jaar.clone(),
            },
            Some(msg::BLIJVERSLENING_FOUT_GEBOREN),
        );
        if geboren.is_some_and(|d| d > vandaag) {
            errors.add("geboren", tr.t(msg::BLIJVERSLENING_FOUT_GEBOREN_TOEKOMST));
        }

        let mut eigenaren = Vec::new();
        for (i, m) in self.mede().iter().enumerate() {
            if m.is_leeg() {
                continue;
            }
            let p = format!("mede{}", i + 1);
            let naam = lees_tekst(
                &mut errors,
                tr,
                &format!("{p}-naam"),
                &m.naam,
                NAAM_MAX,
                msg::BLIJVERSLENING_FOUT_MEDE_NAAM,
            );
            let d = lees_datum(
                &mut errors,
                tr,
                &format!("{p}-geboren"),
                &m.geboren,
                Some(msg::BLIJVERSLENING_FOUT_GEBOREN),
            );
            let email = match EmailAddress::parse(&m.email) {
                Ok(e) => Some(e.as_str().to_owned()),
                Err(_) => {
                    errors.add(
                        &format!("{p}-email"),
                        tr.t(msg::BLIJVERSLENING_FOUT_MEDE_EMAIL),
                    );
                    None
                }
            };
            if let (Some(d), Some(email)) = (d, email) {
                eigenaren.push(NieuweEigenaar {
                    naam: naam.to_owned(),
                    geboortedatum: d,
                    email,
                });
            }
        }

        for (veld, waarde, fout) in [
            (
                "eigenaar",
                &self.eigenaar,
                msg::BLIJVERSLENING_FOUT_EIGENAAR,
            ),
            ("bewoner", &self.bewoner, msg::BLIJVERSLENING_FOUT_BEWONER),
            (
                "alle-eigenaren",
                &self.alle_eigenaren,
                msg::BLIJVERSLENING_FOUT_ALLE_EIGENAREN,
            ),
        ] {
            if waarde != "ja" {
                errors.add(veld, tr.t(fout));
            }
        }
        let reden = Reden::from_code(&self.reden);
        if reden.is_none() {
            errors.add("reden", tr.t(msg::BLIJVERSLENING_FOUT_REDEN));
        }
        let maatregelen = lees_tekst(
            &mut errors,
            tr,
            "maatregelen",
            &self.maatregelen,
            TEKST_MAX,
            msg::BLIJVERSLENING_FOUT_MAATREGELEN,
        );
        let materiaal = lees_bedrag(
            &mut errors,
            tr,
            "materiaal",
            &self.materiaal,
            Some(msg::BLIJVERSLENING_FOUT_KOSTEN),
        );
        let arbeid = lees_bedrag(&mut errors, tr, "arbeid", &self.arbeid, None).or(Some(0));
        let uren = lees_bedrag(&mut errors, tr, "uren", &self.uren, None).or(Some(0));
        let leenkosten =
            lees_bedrag(&mut errors, tr, "leenkosten", &self.leenkosten, None).or(Some(0));
        let subsidies =
            lees_bedrag(&mut errors, tr, "subsidies", &self.subsidies, None).or(Some(0));
        let kosten = match (materiaal, arbeid, uren, leenkosten, subsidies) {
            (Some(materiaal), Some(arbeid), Some(uren), Some(leenkosten), Some(subsidies)) => {
                Some(Kosten {
                    materiaal,
                    arbeid,
                    uren,
                    leenkosten,
                    subsidies,
                })
            }
            _ => None,
        };

        let regels = b.regels_op(vandaag);
        let soort = Soort::from_code(&self.soort);
        match (soort, regels) {
            (None, _) => errors.add("soort", tr.t(msg::BLIJVERSLENING_FOUT_SOORT)),
            (Some(Soort::Consumptief), Some(r)) => {
                // At least one applicant younger than the limit on the day of applying (art. 4:15b lid 1 b).
                let grens = i32::from(r.consumptief_jonger_dan.jaren);
                let data: Vec<Date> = geboren
                    .into_iter()
                    .chain(eigenaren.iter().map(|e| e.geboortedatum))
                    .collect();
                if !data.is_empty() && data.iter().all(|d| domain::leeftijd(*d, vandaag) >= grens) {
                    errors.add(
                        "soort",
                        tr.ta(
                            msg::BLIJVERSLENING_FOUT_LEEFTIJD,
                            &[("jaren", grens.into())],
                        ),
                    );
                }
            }
            _ => {}
        }
        let looptijd = match (soort, self.looptijd.as_str()) {
            (Some(Soort::Hypothecair), "20") => 20,
            (Some(Soort::Hypothecair), "10") | (Some(Soort::Consumptief), _) => 10,
            (Some(Soort::Hypothecair), _) => {
                errors.add("looptijd", tr.t(msg::BLIJVERSLENING_FOUT_LOOPTIJD));
                10
            }
            (None, _) => 10,
        };
        let bedrag = lees_bedrag(
            &mut errors,
            tr,
            "bedrag",
            &self.bedrag,
            Some(msg::BLIJVERSLENING_FOUT_BEDRAG),
        );
        if let (Some(bedrag), Some(soort), Some(r)) = (bedrag, soort, regels) {
            let g = match soort {
                Soort::Consumptief => &r.consumptief,
                Soort::Hypothecair => &r.hypothecair,
            };
            if bedrag < g.minimum || bedrag > g.maximum {
                errors.add(
                    "bedrag",
                    tr.ta(
                        msg::BLIJVERSLENING_FOUT_BEDRAG_GRENZEN,
                        &[
                            ("minimum", crate::i18n::bedrag(g.minimum, tr.lang()).into()),
                            ("maximum", crate::i18n::bedrag(g.maximum, tr.lang()).into()),
                        ],
                    ),
                );
            } else if let Some(k) = kosten.filter(|k| bedrag > k.werkelijk()) {
                errors.add(
                    "bedrag",
                    tr.ta(
                        msg::BLIJVERSLENING_FOUT_BEDRAG_KOSTEN,
                        &[(
                            "kosten",
                            crate::i18n::bedrag(k.werkelijk(), tr.lang()).into(),
                        )],
                    ),
                );
            }
        }
        let gepland = lees_datum(
            &mut errors,
            tr,
            "gepland",
            &DatumVelden {
                dag: self.gepland_dag.clone(),
                maand: self.gepland_maand.clone(),
                jaar: self.gepland_jaar.clone(),
            },
            Some(msg::BLIJVERSLENING_FOUT_GEPLAND),
        );
        // Work that started before the day of applying gets no loan (art. 4:15e lid 1 f).
        if gepland.is_some_and(|d| d < vandaag) {
            errors.add("gepland", tr.t(msg::BLIJVERSLENING_FOUT_GEPLAND_VOORBIJ));
        }

        match (geboren, reden, kosten, soort, bedrag, gepland) {
            (
                Some(geboortedatum),
                Some(reden),
                Some(kosten),
                Some(soort),
                Some(bedrag),
                Some(geplande_datum),
            ) if errors.is_empty() => Ok((
                Gegevens {
                    naam: naam.to_owned(),
                    geboortedatum,
                    reden,
                    maatregelen: maatregelen.to_owned(),
                    kosten,
                    soort,
                    looptijd,
                    bedrag,
                    geplande_datum,
                },
                eigenaren,
            )),
            _ => Err(errors),
        }
    }
}

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
    pub bedrag: Option<i64>,
    pub grond: Option<Weigergrond>,
    pub reden: String,
}

impl BesluitForm {
    /// Reads the decision; the budget check is the caller's, with the numbers of the day.
    pub fn parse(&self, tr: &Tr) -> Result<Beslissing, FieldErrors> {
        let mut errors = FieldErrors::new();
        let (bedrag, grond) = match self.besluit.as_str() {
            "toekennen" => (
                lees_bedrag(
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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::gemeente::Gemeente;
    use crate::i18n::Lang;
    use crate::ui::test_tr;
    use time::macros::date;

    const VANDAAG: Date = date!(2026 - 11 - 23);

    fn regeling() -> Blijverslening {
        Gemeente::builtin("lansingerland")
            .expect("profile")
            .blijverslening
            .expect("blijverslening")
    }

    fn volledig() -> AanvraagForm {
        AanvraagForm {
            naam: "Jan de Vries".into(),
            geboren_dag: "1".into(),
            geboren_maand: "5".into(),
            geboren_jaar: "1956".into(),
            eigenaar: "ja".into(),
            bewoner: "ja".into(),
            alle_eigenaren: "ja".into(),
            reden: "zorg-nu".into(),
            maatregelen: "Een traplift".into(),
            materiaal: "4.000".into(),
            arbeid: "1000".into(),
            soort: "consumptief".into(),
            bedrag: "5000".into(),
            gepland_dag: "1".into(),
            gepland_maand: "2".into(),
            gepland_jaar: "2027".into(),
            ..Default::default()
        }
    }

    fn velden(form: &AanvraagForm) -> Vec<String> {
        form.parse(&test_tr(Lang::Nl), &regeling(), VANDAAG)
            .unwrap_err()
            .iter()
            .map(|e| e.field.clone())
            .collect()
    }

    #[test]
    fn a_complete_form_parses() {
        let (g, mede) = volledig()
            .parse(&test_tr(Lang::Nl), &regeling(), VANDAAG)
            .unwrap();
        assert_eq!(g.kosten.werkelijk(), 500_000);
        assert_eq!((g.bedrag, g.looptijd), (500_000, 10));
        assert!(mede.is_empty());
    }

    #[test]
    fn an_empty_form_names_every_question_in_page_order() {
        assert_eq!(
            velden(&AanvraagForm::default()),
            [
                "naam",
                "geboren",
                "eigenaar",
                "bewoner",
                "alle-eigenaren",
                "reden",
                "maatregelen",
                "materiaal",
                "soort",
                "bedrag",
                "gepland"
            ]
        );
    }

    #[test]
    fn limits_age_costs_and_dates_are_checked() {
        let oud = AanvraagForm {
            geboren_jaar: "1940".into(),
            ..volledig()
        };
        assert_eq!(velden(&oud), ["soort"]);
        let te_veel = AanvraagForm {
            bedrag: "10.001".into(),
            ..volledig()
        };
        assert_eq!(velden(&te_veel), ["bedrag"]);
        let boven_kosten = AanvraagForm {
            bedrag: "5.000,01".into(),
            ..volledig()
        };
        assert_eq!(velden(&boven_kosten), ["bedrag"]);
        let gisteren = AanvraagForm {
            gepland_dag: "22".into(),
            gepland_maand: "11".into(),
            gepland_jaar: "2026".into(),
            ..volledig()
        };
        assert_eq!(velden(&gisteren), ["gepland"]);
        let hypotheek = AanvraagForm {
            soort: "hypothecair".into(),
            ..volledig()
        };
        assert_eq!(velden(&hypotheek), ["looptijd"]);
        let mede = AanvraagForm {
            m2_naam: "Els".into(),
            m2_email: "geen adres".into(),
            ..volledig()
        };
        assert_eq!(velden(&mede), ["mede2-geboren", "mede2-email"]);
    }

    #[test]
    fn a_decision_needs_a_choice_a_ground_and_a_reason() {
        let tr = test_tr(Lang::Nl);
        let fouten = |f: BesluitForm| -> Vec<String> {
            f.parse(&tr)
                .unwrap_err()
                .iter()
                .map(|e| e.field.clone())
                .collect()
        };
        assert_eq!(fouten(BesluitForm::default()), ["besluit", "reden"]);
        assert_eq!(
            fouten(BesluitForm {
                besluit: "weigeren".into(),
                reden: "x".into(),
                ..Default::default()
            }),
            ["grond"]
        );
        let b = BesluitForm {
            besluit: "toekennen".into(),
            bedrag: "5000".into(),
            reden: "Voldoet".into(),
            ..Default::default()
        }
        .parse(&tr)
        .unwrap();
        assert_eq!(b.bedrag, Some(500_000));
    }
}
