//! The application form: every question, parsed and checked beside its field.

use super::*;

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
        let materiaal = bedrag_veld(
            &mut errors,
            tr,
            "materiaal",
            &self.materiaal,
            Some(msg::BLIJVERSLENING_FOUT_KOSTEN),
        );
        let arbeid =
            bedrag_veld(&mut errors, tr, "arbeid", &self.arbeid, None).or(Some(Bedrag::NUL));
        let uren = bedrag_veld(&mut errors, tr, "uren", &self.uren, None).or(Some(Bedrag::NUL));
        let leenkosten = bedrag_veld(&mut errors, tr, "leenkosten", &self.leenkosten, None)
            .or(Some(Bedrag::NUL));
        let subsidies =
            bedrag_veld(&mut errors, tr, "subsidies", &self.subsidies, None).or(Some(Bedrag::NUL));
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
        let bedrag = bedrag_veld(
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
