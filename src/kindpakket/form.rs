//! The forms of the Kindpakket: the public check (a GET form), the application draft (a multipart form with a
//! block per child), and the staff decision. Raw input, parsed into domain values with errors in page order.

use serde::Deserialize;
use time::Date;

use super::domain::{self, Beoordeling, GeenRegels, Huishouden, Samenstelling, Uitkomst};
use super::repo::{Aanvraag, Besluit};
use crate::form::{BedragFout, lees_bedrag};
use crate::form::{DatumFout, FieldErrors, datum};
use crate::gemeente::Gemeente;
use crate::i18n::{Tr, msg};

/// The longest first name, and the longest hardship reason or refusal reason.
pub const NAAM_MAX: usize = 50;
pub const TEKST_MAX: usize = 2000;
/// The most children one application (and the check) takes.
pub const KINDEREN_MAX: usize = 15;

/// The answers about the household, shared by the check and the application.
fn huishouden(
    errors: &mut FieldErrors,
    tr: &Tr,
    samenstelling: &str,
    aow: &str,
) -> Option<Huishouden> {
    let samenstelling = Samenstelling::from_code(samenstelling);
    if samenstelling.is_none() {
        errors.add("samenstelling", tr.t(msg::KINDPAKKET_FOUT_SAMENSTELLING));
    }
    let aow = match aow {
        "ja" => Some(true),
        "nee" => Some(false),
        _ => {
            errors.add("aow", tr.t(msg::KINDPAKKET_FOUT_AOW));
            None
        }
    };
    Some(Huishouden {
        samenstelling: samenstelling?,
        aow: aow?,
    })
}

fn inkomen(errors: &mut FieldErrors, tr: &Tr, tekst: &str) -> Option<crate::geld::Bedrag> {
    match lees_bedrag(tekst) {
        Ok(Some(centen)) => Some(centen),
        Ok(None) => {
            errors.add("inkomen", tr.t(msg::KINDPAKKET_FOUT_INKOMEN_LEEG));
            None
        }
        Err(BedragFout::Onleesbaar | BedragFout::TeGroot) => {
            errors.add("inkomen", tr.t(msg::KINDPAKKET_FOUT_INKOMEN));
            None
        }
    }
}

/// `GET /kindpakket/check?...`: nothing is stored.
#[derive(Debug, Default, Deserialize)]
pub struct CheckForm {
    #[serde(default)]
    pub samenstelling: String,
    #[serde(default)]
    pub aow: String,
    #[serde(default)]
    pub inkomen: String,
    #[serde(default)]
    pub aantal: String,
    #[serde(default)]
    pub leeftijden: String,
}

impl CheckForm {
    /// True before the resident answered anything: the page shows the questions only.
    pub fn is_leeg(&self) -> bool {
        [
            &self.samenstelling,
            &self.aow,
            &self.inkomen,
            &self.aantal,
            &self.leeftijden,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }

    /// The outcome, or the errors to show beside the fields. `Ok(Err(GeenRegels))`: the profile has no rule
    /// for today.
    pub fn parse(
        &self,
        tr: &Tr,
        gemeente: &Gemeente,
        vandaag: Date,
    ) -> Result<Result<Beoordeling, GeenRegels>, FieldErrors> {
        let mut errors = FieldErrors::new();
        let h = huishouden(&mut errors, tr, &self.samenstelling, &self.aow);
        let inkomen = inkomen(&mut errors, tr, &self.inkomen);
        let aantal = match self.aantal.trim().parse::<usize>() {
            Ok(n) if n <= KINDEREN_MAX => Some(n),
            _ => {
                errors.add(
                    "aantal",
                    tr.ta(msg::KINDPAKKET_FOUT_AANTAL, &[("max", KINDEREN_MAX.into())]),
                );
                None
            }
        };
        let leeftijden: Option<Vec<Option<i32>>> = self
            .leeftijden
            .split([',', ' ', ';'])
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<i32>()
                    .ok()
                    .filter(|j| (0..=120).contains(j))
                    .map(Some)
            })
            .collect();
        match (aantal, &leeftijden) {
            (Some(n), Some(l)) if l.len() == n => {}
            (Some(_), Some(_)) => {
                errors.add("leeftijden", tr.t(msg::KINDPAKKET_FOUT_LEEFTIJDEN_AANTAL))
            }
            (_, None) => errors.add("leeftijden", tr.t(msg::KINDPAKKET_FOUT_LEEFTIJDEN)),
            (None, Some(_)) => {}
        }
        match (h, inkomen, leeftijden) {
            (Some(h), Some(inkomen), Some(leeftijden)) if errors.is_empty() => {
                domain::beoordeel_in(gemeente, h, inkomen, &leeftijden, vandaag)
                    .ok_or_else(FieldErrors::new)
            }
            _ => Err(errors),
        }
    }
}

/// The answers of the public check that the application asks too, taken to its start (in the outcome's link,
/// then as hidden fields of the start form): the household, whether someone has the AOW age, the income, and
/// how many children (that many child blocks). Ages are no birth dates: the application asks those.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct Overnemen {
    #[serde(default)]
    pub samenstelling: String,
    #[serde(default)]
    pub aow: String,
    #[serde(default)]
    pub inkomen: String,
    #[serde(default)]
    pub aantal: String,
}

/// The longest income taken over as typed, in characters.
pub const INKOMEN_OVERNEMEN_MAX: usize = 20;

impl Overnemen {
    /// The check's answers that can be taken over: each one an answer the application accepts (an income as
    /// typed, at most [`INKOMEN_OVERNEMEN_MAX`] characters; 1 to [`KINDEREN_MAX`] children); others are left out.
    pub fn uit(c: &Overnemen) -> Overnemen {
        let inkomen = c.inkomen.trim();
        Overnemen {
            samenstelling: Samenstelling::from_code(&c.samenstelling)
                .map(|_| c.samenstelling.clone())
                .unwrap_or_default(),
            aow: if matches!(c.aow.as_str(), "ja" | "nee") {
                c.aow.clone()
            } else {
                String::new()
            },
            inkomen: if inkomen.chars().count() <= INKOMEN_OVERNEMEN_MAX {
                inkomen.to_owned()
            } else {
                String::new()
            },
            aantal: c
                .aantal
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=KINDEREN_MAX).contains(n))
                .map(|n| n.to_string())
                .unwrap_or_default(),
        }
    }

    /// The answers of the check's form, to take over.
    pub fn van_check(c: &CheckForm) -> Overnemen {
        Overnemen::uit(&Overnemen {
            samenstelling: c.samenstelling.clone(),
            aow: c.aow.clone(),
            inkomen: c.inkomen.clone(),
            aantal: c.aantal.clone(),
        })
    }

    pub fn is_leeg(&self) -> bool {
        [&self.samenstelling, &self.aow, &self.inkomen, &self.aantal]
            .iter()
            .all(|v| v.is_empty())
    }

    /// How many child blocks the new draft starts with: at least one.
    pub fn kinderen(&self) -> usize {
        self.aantal
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, KINDEREN_MAX)
    }

    /// The answers as (field name, answer), those given only: the start form's hidden fields and the query
    /// string of the outcome's link.
    pub fn velden(&self) -> Vec<(&'static str, &str)> {
        [
            ("samenstelling", self.samenstelling.as_str()),
            ("aow", self.aow.as_str()),
            ("inkomen", self.inkomen.as_str()),
            ("aantal", self.aantal.as_str()),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect()
    }

    /// `samenstelling=alleen&...`, for the link from the check's outcome to the start.
    pub fn query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (naam, waarde) in self.velden() {
            query.append_pair(naam, waarde);
        }
        query.finish()
    }
}

/// What the resident pressed on the draft form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actie {
    /// Save and stay.
    Opslaan,
    /// Save and show one more child block.
    KindErbij,
    /// Save and go to check-your-answers when everything is complete.
    Controleren,
}

impl Actie {
    pub fn uit(waarde: &str) -> Actie {
        if waarde == "kind-erbij" {
            Actie::KindErbij
        } else if waarde == "controleren" {
            Actie::Controleren
        } else {
            Actie::Opslaan
        }
    }
}

/// The children (0-based positions) and the files (ids) the resident ticked to remove. Removing a child is a
/// checkbox, applied with any button, so that no button of the form removes anything: Enter in a field presses
/// the form's first button. (A file has a form of its own; a page of an earlier version ticked it here.)
pub fn weg(a: &Aanvraag, velden: &[(String, String)]) -> (Vec<String>, Vec<String>) {
    let kinderen = a
        .kinderen
        .iter()
        .enumerate()
        .filter(|(i, _)| eerste(velden, &kind_veld(i + 1, "weg")) == "ja")
        .map(|(_, k)| k.id.clone())
        .collect();
    // Only files of this application, each once: a post full of made-up ids removes nothing and costs
    // nothing (it would otherwise run a statement per id while holding the database's writer).
    let bestanden = a
        .bestanden
        .iter()
        .filter(|b| velden.iter().any(|(k, v)| k == "bestand-weg" && *v == b.id))
        .map(|b| b.id.clone())
        .collect();
    (kinderen, bestanden)
}

/// The field name of child `i` (1-based on the page): `kind-2-voornaam`.
pub fn kind_veld(i: usize, veld: &str) -> String {
    format!("kind-{i}-{veld}")
}

fn eerste<'a>(velden: &'a [(String, String)], naam: &str) -> &'a str {
    velden
        .iter()
        .find(|(k, _)| k == naam)
        .map_or("", |(_, v)| v.as_str())
}

/// Copies what came in onto the draft: the household, and each child block in page order. Parts that are not
/// in the profile are dropped.
pub fn neem_over(a: &mut Aanvraag, velden: &[(String, String)], gemeente: &Gemeente) {
    a.samenstelling = eerste(velden, "samenstelling").to_owned();
    a.aow = eerste(velden, "aow").to_owned();
    a.inkomen = eerste(velden, "inkomen").trim().to_owned();
    a.schrijnend = eerste(velden, "schrijnend").trim().to_owned();
    for (i, kind) in a.kinderen.iter_mut().enumerate() {
        let n = i + 1;
        kind.voornaam = eerste(velden, &kind_veld(n, "voornaam")).trim().to_owned();
        kind.dag = eerste(velden, &kind_veld(n, "geboren-dag"))
            .trim()
            .to_owned();
        kind.maand = eerste(velden, &kind_veld(n, "geboren-maand"))
            .trim()
            .to_owned();
        kind.jaar = eerste(velden, &kind_veld(n, "geboren-jaar"))
            .trim()
            .to_owned();
        let naam = kind_veld(n, "onderdelen");
        kind.onderdelen = velden
            .iter()
            .filter(|(k, v)| {
                *k == naam
                    && gemeente
                        .kindpakket
                        .as_ref()
                        .is_some_and(|kp| kp.onderdeel(v).is_some())
            })
            .map(|(_, v)| v.clone())
            .collect();
        kind.onderdelen.dedup();
    }
}

/// A complete application, ready to send.
#[derive(Clone, Debug)]
pub struct Geldig {
    pub inkomen_centen: crate::geld::Bedrag,
    pub beoordeling: Beoordeling,
    /// (child id, birth date) per child.
    pub geboortedata: Vec<(String, Date)>,
}

/// Checks a draft before it can be sent: every question answered, every child under the age limit with at
/// least one part, income proof uploaded, and the income within the limits (above the usual one only with a
/// hardship reason; above the hardship limit not at all).
pub fn controleer(
    a: &Aanvraag,
    tr: &Tr,
    gemeente: &Gemeente,
    vandaag: Date,
) -> Result<Geldig, FieldErrors> {
    let mut errors = FieldErrors::new();
    let h = huishouden(&mut errors, tr, &a.samenstelling, &a.aow);
    let inkomen = inkomen(&mut errors, tr, &a.inkomen);
    if a.schrijnend.chars().count() > TEKST_MAX {
        errors.add(
            "schrijnend",
            tr.ta(
                msg::KINDPAKKET_FOUT_TE_LANG,
                &[("aantal", TEKST_MAX.into())],
            ),
        );
    }
    let onder = gemeente
        .kindpakket
        .as_ref()
        .and_then(|k| k.leeftijd_kind_onder_op(vandaag))
        .map_or(18, |l| l.jaren);
    if a.kinderen.iter().all(|k| k.is_leeg()) {
        errors.add("kind-erbij", tr.t(msg::KINDPAKKET_FOUT_GEEN_KIND));
    }
    let mut geboortedata = Vec::new();
    let mut leeftijden = Vec::new();
    for (i, kind) in a.kinderen.iter().enumerate() {
        if kind.is_leeg() {
            continue;
        }
        let n = i + 1;
        let naam = kind_veld(n, "voornaam");
        if kind.voornaam.is_empty() {
            errors.add(
                &naam,
                tr.ta(msg::KINDPAKKET_FOUT_VOORNAAM, &[("nummer", n.into())]),
            );
        } else if kind.voornaam.chars().count() > NAAM_MAX {
            errors.add(
                &naam,
                tr.ta(msg::KINDPAKKET_FOUT_TE_LANG, &[("aantal", NAAM_MAX.into())]),
            );
        }
        let veld = kind_veld(n, "geboren");
        match datum(&kind.dag, &kind.maand, &kind.jaar) {
            Ok(Some(geboren)) => {
                let leeftijd = domain::leeftijd_op(geboren, vandaag);
                if leeftijd.is_none() {
                    errors.add(&veld, tr.t(msg::KINDPAKKET_FOUT_GEBOREN_TOEKOMST));
                } else if !domain::telt_mee(leeftijd, onder) {
                    errors.add(
                        &veld,
                        tr.ta(msg::KINDPAKKET_FOUT_TE_OUD, &[("leeftijd", onder.into())]),
                    );
                }
                leeftijden.push(leeftijd);
                geboortedata.push((kind.id.clone(), geboren));
            }
            Ok(None) => errors.add(
                &veld,
                tr.ta(msg::KINDPAKKET_FOUT_GEBOREN_LEEG, &[("nummer", n.into())]),
            ),
            Err(DatumFout::Onvolledig) => {
                errors.add(&veld, tr.t(msg::KINDPAKKET_FOUT_GEBOREN_ONVOLLEDIG))
            }
            Err(DatumFout::BestaatNiet) => {
                errors.add(&veld, tr.t(msg::KINDPAKKET_FOUT_GEBOREN_BESTAAT_NIET))
            }
        }
        if kind.onderdelen.is_empty() {
            errors.add(
                &kind_veld(n, "onderdelen"),
                tr.t(msg::KINDPAKKET_FOUT_ONDERDELEN),
            );
        }
    }
    let beoordeling = match (h, inkomen) {
        (Some(h), Some(inkomen)) => {
            match domain::beoordeel_in(gemeente, h, inkomen, &leeftijden, vandaag) {
                Some(Ok(b)) => Some(b),
                _ => {
                    errors.add("inkomen", tr.t(msg::KINDPAKKET_FOUT_GEEN_REGELS));
                    None
                }
            }
        }
        _ => None,
    };
    if let (Some(b), Some(inkomen)) = (&beoordeling, inkomen) {
        let bedrag = |c: crate::geld::Bedrag| crate::i18n::bedrag(c, tr.lang());
        if inkomen > b.grens_schrijnend {
            errors.add(
                "inkomen",
                tr.ta(
                    msg::KINDPAKKET_FOUT_INKOMEN_TE_HOOG,
                    &[("grens", bedrag(b.grens_schrijnend).into())],
                ),
            );
        } else if a.schrijnend.is_empty()
            && (inkomen > b.grens
                || a.kinderen.iter().any(|k| {
                    k.onderdelen.iter().any(|id| {
                        b.onderdeel(id)
                            .is_some_and(|o| o.uitkomst == Uitkomst::AlleenSchrijnend)
                    })
                }))
        {
            errors.add(
                "schrijnend",
                tr.ta(
                    msg::KINDPAKKET_FOUT_SCHRIJNEND,
                    &[("grens", bedrag(b.grens).into())],
                ),
            );
        }
        // Each part has its own limit: beside a child, the parts chosen that this income cannot get.
        if inkomen <= b.grens_schrijnend {
            for (i, kind) in a.kinderen.iter().enumerate() {
                let buiten: Vec<String> = kind
                    .onderdelen
                    .iter()
                    .filter_map(|id| b.onderdeel(id))
                    .filter(|o| o.uitkomst == Uitkomst::Nee)
                    .map(|o| {
                        let naam = gemeente
                            .kindpakket
                            .as_ref()
                            .and_then(|k| k.onderdeel(&o.id))
                            .map_or(o.id.as_str(), |k| k.naam.as_str());
                        let grens = o.grens_schrijnend.unwrap_or(o.grens);
                        tr.ta(
                            msg::KINDPAKKET_ONDERDEEL_GRENS,
                            &[("onderdeel", naam.into()), ("grens", bedrag(grens).into())],
                        )
                    })
                    .collect();
                if !kind.is_leeg() && !buiten.is_empty() {
                    errors.add(
                        &kind_veld(i + 1, "onderdelen"),
                        tr.ta(
                            msg::KINDPAKKET_FOUT_ONDERDEEL_INKOMEN,
                            &[("onderdelen", buiten.join(", ").into())],
                        ),
                    );
                }
            }
        }
    }
    if a.bestanden.is_empty() {
        errors.add("bestand", tr.t(msg::KINDPAKKET_FOUT_BEWIJS));
    }
    match (h, inkomen, beoordeling) {
        (Some(_), Some(inkomen_centen), Some(beoordeling)) if errors.is_empty() => Ok(Geldig {
            inkomen_centen,
            beoordeling,
            geboortedata,
        }),
        _ => Err(errors),
    }
}

/// The advice stored with a sent application: the rule's outcome on the day it was sent.
pub fn advies(g: &Geldig) -> Uitkomst {
    g.beoordeling.uitkomst
}

/// The radio of the decision on one part for one child: `besluit-<child id>-<part>`.
pub fn besluit_veld(kind_id: &str, onderdeel: &str) -> String {
    format!("besluit-{kind_id}-{onderdeel}")
}

/// The reason field beside it.
pub fn reden_veld(kind_id: &str, onderdeel: &str) -> String {
    format!("reden-{kind_id}-{onderdeel}")
}

/// Reads the decision form: every part asked for every child needs a choice, and a refusal needs a reason.
pub fn besluiten(
    a: &Aanvraag,
    velden: &[(String, String)],
    tr: &Tr,
) -> Result<Vec<Besluit>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut uit = Vec::new();
    for kind in &a.kinderen {
        for onderdeel in &kind.onderdelen {
            let veld = besluit_veld(&kind.id, onderdeel);
            let reden_naam = reden_veld(&kind.id, onderdeel);
            let reden = eerste(velden, &reden_naam).trim().to_owned();
            if reden.chars().count() > TEKST_MAX {
                errors.add(
                    &reden_naam,
                    tr.ta(
                        msg::KINDPAKKET_FOUT_TE_LANG,
                        &[("aantal", TEKST_MAX.into())],
                    ),
                );
            }
            match eerste(velden, &veld) {
                "ja" => uit.push(Besluit {
                    kind_id: kind.id.clone(),
                    onderdeel: onderdeel.clone(),
                    toegekend: true,
                    reden: (!reden.is_empty()).then_some(reden),
                }),
                "nee" if reden.is_empty() => {
                    errors.add(&reden_naam, tr.t(msg::KINDPAKKET_MEDEWERKER_FOUT_REDEN));
                }
                "nee" => uit.push(Besluit {
                    kind_id: kind.id.clone(),
                    onderdeel: onderdeel.clone(),
                    toegekend: false,
                    reden: Some(reden),
                }),
                _ => errors.add(&veld, tr.t(msg::KINDPAKKET_MEDEWERKER_FOUT_KEUZE)),
            }
        }
    }
    if errors.is_empty() {
        Ok(uit)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::kindpakket::repo::Kind;
    use crate::ui::test_tr;

    fn aanvraag() -> Aanvraag {
        let kind = |id: &str, delen: &[&str]| Kind {
            id: id.into(),
            voornaam: id.into(),
            onderdelen: delen.iter().map(|d| (*d).to_owned()).collect(),
            ..Kind::default()
        };
        Aanvraag {
            id: "a".into(),
            persoon_id: "p".into(),
            status: super::super::domain::Status::Ingediend,
            referentie: None,
            samenstelling: String::new(),
            aow: String::new(),
            inkomen: String::new(),
            schrijnend: String::new(),
            inkomen_centen: None,
            advies: None,
            aangemaakt_op: time::OffsetDateTime::UNIX_EPOCH,
            ingediend_op: None,
            besloten_op: None,
            versie: 0,
            kinderen: vec![
                kind("k1", &["kindpas", "leergeld"]),
                kind("k2", &["kindpas"]),
            ],
            bestanden: Vec::new(),
            besluiten: Vec::new(),
        }
    }

    fn v(paren: &[(&str, &str)]) -> Vec<(String, String)> {
        paren
            .iter()
            .map(|(k, w)| ((*k).to_owned(), (*w).to_owned()))
            .collect()
    }

    #[test]
    fn every_part_of_every_child_needs_a_choice_and_a_refusal_a_reason() {
        let tr = test_tr(Lang::Nl);
        let a = aanvraag();
        let errors = besluiten(&a, &[], &tr).unwrap_err();
        let velden: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            velden,
            [
                "besluit-k1-kindpas",
                "besluit-k1-leergeld",
                "besluit-k2-kindpas"
            ]
        );
        let zonder_reden = v(&[
            ("besluit-k1-kindpas", "ja"),
            ("besluit-k1-leergeld", "nee"),
            ("besluit-k2-kindpas", "ja"),
        ]);
        let errors = besluiten(&a, &zonder_reden, &tr).unwrap_err();
        assert!(errors.get("reden-k1-leergeld").is_some());
        let mut compleet = zonder_reden;
        compleet.push(("reden-k1-leergeld".into(), " Al een fiets. ".into()));
        let b = besluiten(&a, &compleet, &tr).unwrap();
        assert_eq!(b.len(), 3);
        assert!(!b[1].toegekend && b[1].reden.as_deref() == Some("Al een fiets."));
        assert!(b[0].toegekend && b[2].toegekend);
    }

    #[test]
    fn buttons_and_ticks() {
        assert_eq!(Actie::uit("kind-erbij"), Actie::KindErbij);
        assert_eq!(Actie::uit("controleren"), Actie::Controleren);
        assert_eq!(Actie::uit("iets anders"), Actie::Opslaan);
        let mut a = aanvraag();
        a.bestanden.push(crate::kindpakket::repo::Bestand {
            id: "b1".into(),
            naam: "loonstrook.pdf".into(),
            soort: crate::zaken::document::BestandType::Pdf,
            grootte: 100,
            controle: crate::zaken::document::Controle::Vrij,
        });
        let (kinderen, bestanden) = weg(
            &a,
            &v(&[
                ("kind-2-weg", "ja"),
                ("kind-1-weg", "nee"),
                ("bestand-weg", "b1"),
                ("bestand-weg", "b1"),
                ("bestand-weg", "bestaat-niet"),
            ]),
        );
        assert_eq!(kinderen, ["k2"]);
        // Only the application's own files, each once.
        assert_eq!(bestanden, ["b1"]);
    }
}
