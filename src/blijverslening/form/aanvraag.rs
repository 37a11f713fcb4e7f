//! The application form: every question, parsed and checked beside its field. A draft keeps it as typed
//! (stored as JSON), filled in part by part ([`Deel`]); sending parses it whole.

use super::*;

/// One co-owner's fields.
#[derive(Clone, Debug, Default)]
pub struct MedeVelden {
    pub naam: String,
    pub geboren: DatumVelden,
    pub email: String,
}

impl MedeVelden {
    /// A stored co-owner's fields.
    pub fn van(naam: &str, geboren: Date, email: &str) -> MedeVelden {
        MedeVelden {
            naam: naam.to_owned(),
            geboren: DatumVelden::van(geboren),
            email: email.to_owned(),
        }
    }

    fn is_leeg(&self) -> bool {
        self.naam.trim().is_empty() && self.email.trim().is_empty() && self.geboren.is_leeg()
    }
}

/// The application's answers as typed: as a part's form sends them (urlencoded, flat field names), and as a
/// draft keeps them (JSON with the same names).
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
pub struct AanvraagForm {
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
    /// The house: street and house number, postcode and place.
    #[serde(default)]
    pub straat: String,
    #[serde(default)]
    pub postcode: String,
    #[serde(default)]
    pub plaats: String,
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

    /// The answers of an application stored in its answer columns (sent, or a draft of an earlier version),
    /// as its form shows them.
    pub fn uit(g: &Gegevens, mede: Vec<MedeVelden>) -> AanvraagForm {
        let geboren = DatumVelden::van(g.geboortedatum);
        let gepland = DatumVelden::van(g.geplande_datum);
        let adres = g.adres.clone().unwrap_or_default();
        let mut form = AanvraagForm {
            naam: g.naam.clone(),
            geboren_dag: geboren.dag,
            geboren_maand: geboren.maand,
            geboren_jaar: geboren.jaar,
            straat: adres.straat,
            postcode: adres.postcode,
            plaats: adres.plaats,
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
        for (i, m) in mede.into_iter().take(MEDE_EIGENAREN).enumerate() {
            form.zet_mede(i, m);
        }
        form
    }

    /// The answers as a draft keeps them: JSON with the form's field names.
    pub fn json(&self) -> String {
        // A struct of strings always serialises.
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }

    /// The answers that are given, as (field name, answer): the hidden fields that carry them to a new draft.
    pub fn ingevuld(&self) -> Vec<(String, String)> {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::Object(velden)) => velden
                .into_iter()
                .filter_map(|(naam, waarde)| match waarde {
                    serde_json::Value::String(w) if !w.trim().is_empty() => Some((naam, w)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// A draft's answers from their JSON ([`AanvraagForm::json`]).
    pub fn uit_json(json: &str) -> Result<AanvraagForm, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The answers the public check asked that the application asks too: that the resident owns the house and
    /// lives in it, why the work is done, the birth dates (the first the applicant's, the others the
    /// co-owners'), and the loan. What the check's answers cannot be is left out; the rest stays as typed (at
    /// most [`OVERNEMEN_MAX`] characters a field), to be checked in its part.
    pub fn uit_check(c: &CheckForm) -> AanvraagForm {
        let kort = |s: &str| s.trim().chars().take(OVERNEMEN_MAX).collect::<String>();
        let ja = |s: &str| {
            if s == "ja" {
                "ja".to_owned()
            } else {
                String::new()
            }
        };
        let [g1, g2, g3] = c.geboren();
        let mut form = AanvraagForm {
            geboren_dag: kort(&g1.dag),
            geboren_maand: kort(&g1.maand),
            geboren_jaar: kort(&g1.jaar),
            eigenaar: ja(&c.eigenaar),
            bewoner: ja(&c.bewoner),
            reden: Reden::from_code(&c.reden)
                .map(|r| r.code().to_owned())
                .unwrap_or_default(),
            soort: Soort::from_code(&c.soort)
                .map(|s| s.code().to_owned())
                .unwrap_or_default(),
            bedrag: kort(&c.bedrag),
            ..Default::default()
        };
        if let Some(soort) = Soort::from_code(&c.soort) {
            let jaren = c.looptijd();
            if soort.looptijden().contains(&jaren) && (c.looptijd == jaren.to_string()) {
                form.looptijd = jaren.to_string();
            }
        }
        for (i, g) in [g2, g3].into_iter().enumerate() {
            form.zet_mede(
                i,
                MedeVelden {
                    geboren: DatumVelden {
                        dag: kort(&g.dag),
                        maand: kort(&g.maand),
                        jaar: kort(&g.jaar),
                    },
                    ..Default::default()
                },
            );
        }
        form
    }

    /// The raw answers of one part, in the order of its page: empty ones too.
    fn invoer_van(&self, deel: Deel) -> Vec<&str> {
        match deel {
            Deel::Aanvrager => vec![
                &self.naam,
                &self.geboren_dag,
                &self.geboren_maand,
                &self.geboren_jaar,
            ],
            Deel::Woning => vec![
                &self.straat,
                &self.postcode,
                &self.plaats,
                &self.eigenaar,
                &self.bewoner,
            ],
            Deel::Eigenaren => vec![
                &self.m1_naam,
                &self.m1_dag,
                &self.m1_maand,
                &self.m1_jaar,
                &self.m1_email,
                &self.m2_naam,
                &self.m2_dag,
                &self.m2_maand,
                &self.m2_jaar,
                &self.m2_email,
                &self.m3_naam,
                &self.m3_dag,
                &self.m3_maand,
                &self.m3_jaar,
                &self.m3_email,
                &self.alle_eigenaren,
            ],
            Deel::Werk => vec![
                &self.reden,
                &self.maatregelen,
                &self.materiaal,
                &self.arbeid,
                &self.uren,
                &self.leenkosten,
                &self.subsidies,
                &self.gepland_dag,
                &self.gepland_maand,
                &self.gepland_jaar,
            ],
            Deel::Lening => vec![&self.soort, &self.looptijd, &self.bedrag],
        }
        .into_iter()
        .map(String::as_str)
        .collect()
    }

    /// Whether any other owner is filled in.
    pub fn heeft_mede(&self) -> bool {
        self.mede().iter().any(|m| !m.is_leeg())
    }

    /// True while nothing of this part is filled in.
    pub fn is_leeg(&self, deel: Deel) -> bool {
        self.invoer_van(deel).iter().all(|v| v.trim().is_empty())
    }

    /// Takes the answers of one part from `nieuw` (the part's form as it was posted), and keeps the others.
    pub fn neem_deel(&mut self, deel: Deel, nieuw: AanvraagForm) {
        match deel {
            Deel::Aanvrager => {
                self.naam = nieuw.naam;
                self.geboren_dag = nieuw.geboren_dag;
                self.geboren_maand = nieuw.geboren_maand;
                self.geboren_jaar = nieuw.geboren_jaar;
            }
            Deel::Woning => {
                self.straat = nieuw.straat;
                self.postcode = nieuw.postcode;
                self.plaats = nieuw.plaats;
                self.eigenaar = nieuw.eigenaar;
                self.bewoner = nieuw.bewoner;
            }
            Deel::Eigenaren => {
                for (i, m) in nieuw.mede().into_iter().enumerate() {
                    self.zet_mede(i, m);
                }
                self.alle_eigenaren = nieuw.alle_eigenaren;
            }
            Deel::Werk => {
                self.reden = nieuw.reden;
                self.maatregelen = nieuw.maatregelen;
                self.materiaal = nieuw.materiaal;
                self.arbeid = nieuw.arbeid;
                self.uren = nieuw.uren;
                self.leenkosten = nieuw.leenkosten;
                self.subsidies = nieuw.subsidies;
                self.gepland_dag = nieuw.gepland_dag;
                self.gepland_maand = nieuw.gepland_maand;
                self.gepland_jaar = nieuw.gepland_jaar;
            }
            Deel::Lening => {
                self.soort = nieuw.soort;
                self.looptijd = nieuw.looptijd;
                self.bedrag = nieuw.bedrag;
            }
        }
    }

    /// Where one part stands, given the errors of the whole form ([`AanvraagForm::parse`]): not begun while
    /// nothing of it is filled in, done when none of the errors is one of its fields.
    pub fn stand(&self, deel: Deel, fouten: &FieldErrors) -> Stand {
        if self.is_leeg(deel) {
            Stand::NietBegonnen
        } else if fouten
            .iter()
            .any(|f| Deel::van_veld(&f.field) == Some(deel))
        {
            Stand::Bezig
        } else {
            Stand::Klaar
        }
    }

    /// The answers and co-owners, or every mistake beside its field in the order of the parts. `vandaag` is the
    /// day of applying; the limits are the profile's on that day.
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

        let adres = lees_adres(&mut errors, tr, &self.straat, &self.postcode, &self.plaats);
        for (veld, waarde, fout) in [
            (
                "eigenaar",
                &self.eigenaar,
                msg::BLIJVERSLENING_FOUT_EIGENAAR,
            ),
            ("bewoner", &self.bewoner, msg::BLIJVERSLENING_FOUT_BEWONER),
        ] {
            if waarde != "ja" {
                errors.add(veld, tr.t(fout));
            }
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
        if self.alle_eigenaren != "ja" {
            errors.add(
                "alle-eigenaren",
                tr.t(msg::BLIJVERSLENING_FOUT_ALLE_EIGENAREN),
            );
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

        match (geboren, adres, reden, kosten, soort, bedrag, gepland) {
            (
                Some(geboortedatum),
                Some(adres),
                Some(reden),
                Some(kosten),
                Some(soort),
                Some(bedrag),
                Some(geplande_datum),
            ) if errors.is_empty() => Ok((
                Gegevens {
                    naam: naam.to_owned(),
                    geboortedatum,
                    adres: Some(adres),
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

/// The longest street with house number, and the longest place name.
pub const ADRES_MAX: usize = 100;
/// The longest answer of the public check that the application takes over, in characters.
pub const OVERNEMEN_MAX: usize = 20;

/// Reads the house's address: street with house number, a Dutch postcode (written `2611 AB`) and the place.
fn lees_adres(
    errors: &mut FieldErrors,
    tr: &Tr,
    straat: &str,
    postcode: &str,
    plaats: &str,
) -> Option<Adres> {
    let straat = lees_tekst(
        errors,
        tr,
        "straat",
        straat,
        ADRES_MAX,
        msg::BLIJVERSLENING_FOUT_STRAAT,
    );
    let straat_goed = !straat.is_empty() && straat.chars().count() <= ADRES_MAX;
    if straat_goed && !straat.chars().any(|c| c.is_ascii_digit()) {
        errors.add("straat", tr.t(msg::BLIJVERSLENING_FOUT_HUISNUMMER));
    }
    let postcode = if postcode.trim().is_empty() {
        errors.add("postcode", tr.t(msg::BLIJVERSLENING_FOUT_POSTCODE_LEEG));
        None
    } else {
        let p = domain::postcode(postcode);
        if p.is_none() {
            errors.add("postcode", tr.t(msg::BLIJVERSLENING_FOUT_POSTCODE));
        }
        p
    };
    let plaats = lees_tekst(
        errors,
        tr,
        "plaats",
        plaats,
        ADRES_MAX,
        msg::BLIJVERSLENING_FOUT_PLAATS,
    );
    let plaats_goed = !plaats.is_empty() && plaats.chars().count() <= ADRES_MAX;
    match postcode {
        Some(postcode)
            if straat_goed && plaats_goed && straat.chars().any(|c| c.is_ascii_digit()) =>
        {
            Some(Adres {
                straat: straat.to_owned(),
                postcode,
                plaats: plaats.to_owned(),
            })
        }
        _ => None,
    }
}
