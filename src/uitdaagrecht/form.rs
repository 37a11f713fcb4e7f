//! The forms of the right to challenge: raw strings in, checked values or field errors out.

use serde::Deserialize;
use time::Date;

use super::domain::{self, REGELS_MAX, Uitkomst, Vorm, Waarom};
use super::repo::{NieuwInitiatief, Regel, Voorstel};
use crate::auth::EmailAddress;
use crate::form::lees_bedrag;
use crate::form::{DatumFout, FieldErrors, datum, telefoon_geldig};
use crate::geld::Bedrag;
use crate::i18n::{Tr, msg};

/// The most characters of the longer answers; the task itself is a title.
pub const TEKST_MAX: usize = 4000;
pub const KORT_MAX: usize = 300;
/// Who it is for, who is involved and who supports it: a paragraph or two.
pub const MIDDEL_MAX: usize = 2000;
pub const NAAM_MAX: usize = 200;
/// The decision's reasons may be long: they are published.
pub const TOELICHTING_MAX: usize = 8000;

/// A required text of at most `max` characters, trimmed; the error goes beside field `veld`.
fn tekst<'a>(
    errors: &mut FieldErrors,
    tr: &Tr,
    veld: &str,
    waarde: &'a str,
    leeg: &str,
    max: usize,
) -> &'a str {
    let waarde = waarde.trim();
    if waarde.is_empty() {
        errors.add(veld, tr.t(leeg));
    } else if waarde.chars().count() > max {
        errors.add(
            veld,
            tr.ta(msg::UITDAAGRECHT_TE_LANG, &[("aantal", max.into())]),
        );
    }
    waarde
}

/// The sign-up form of an initiative, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct InitiatiefForm {
    #[serde(default)]
    pub naam: String,
    #[serde(default)]
    pub vorm: String,
    #[serde(default)]
    pub kvk: String,
    #[serde(default)]
    pub contact_naam: String,
    #[serde(default)]
    pub contact_email: String,
    #[serde(default)]
    pub contact_telefoon: String,
    #[serde(default)]
    pub sleutel: String,
}

/// The checked sign-up.
pub struct Initiatief {
    pub naam: String,
    pub vorm: Vorm,
    pub kvk: Option<String>,
    pub contact_naam: String,
    pub contact_email: String,
    pub contact_telefoon: Option<String>,
}

impl Initiatief {
    pub fn nieuw(&self) -> NieuwInitiatief<'_> {
        NieuwInitiatief {
            naam: &self.naam,
            vorm: self.vorm,
            kvk: self.kvk.as_deref(),
            contact_naam: &self.contact_naam,
            contact_email: &self.contact_email,
            contact_telefoon: self.contact_telefoon.as_deref(),
        }
    }
}

/// A checked e-mail address, or the error beside `veld`.
fn email(errors: &mut FieldErrors, tr: &Tr, veld: &str, waarde: &str) -> String {
    match EmailAddress::parse(waarde) {
        Ok(adres) => adres.as_str().to_owned(),
        Err(crate::auth::EmailError::Empty) => {
            errors.add(veld, tr.t(msg::UITDAAGRECHT_EMAIL_LEEG));
            String::new()
        }
        Err(crate::auth::EmailError::Invalid) => {
            errors.add(veld, tr.t(msg::UITDAAGRECHT_EMAIL_ONGELDIG));
            String::new()
        }
    }
}

impl InitiatiefForm {
    pub fn parse(&self, tr: &Tr) -> Result<Initiatief, FieldErrors> {
        let mut errors = FieldErrors::new();
        let naam = tekst(
            &mut errors,
            tr,
            "naam",
            &self.naam,
            msg::UITDAAGRECHT_NAAM_LEEG,
            NAAM_MAX,
        )
        .to_owned();
        let vorm = Vorm::from_code(self.vorm.trim());
        if vorm.is_none() {
            errors.add("vorm", tr.t(msg::UITDAAGRECHT_VORM_LEEG));
        }
        let kvk = match self.kvk.trim() {
            "" => None,
            typed => {
                let nummer = domain::kvk(typed);
                if nummer.is_none() {
                    errors.add("kvk", tr.t(msg::UITDAAGRECHT_KVK_ONGELDIG));
                }
                nummer
            }
        };
        let contact_naam = tekst(
            &mut errors,
            tr,
            "contact_naam",
            &self.contact_naam,
            msg::UITDAAGRECHT_CONTACT_NAAM_LEEG,
            NAAM_MAX,
        )
        .to_owned();
        let contact_email = email(&mut errors, tr, "contact_email", &self.contact_email);
        let contact_telefoon = match self.contact_telefoon.trim() {
            "" => None,
            nummer if telefoon_geldig(nummer) => Some(nummer.to_owned()),
            _ => {
                errors.add(
                    "contact_telefoon",
                    tr.t(msg::UITDAAGRECHT_TELEFOON_ONGELDIG),
                );
                None
            }
        };
        match vorm {
            Some(vorm) if errors.is_empty() => Ok(Initiatief {
                naam,
                vorm,
                kvk,
                contact_naam,
                contact_email,
                contact_telefoon,
            }),
            _ => Err(errors),
        }
    }
}

/// The form that adds a member.
#[derive(Debug, Default, Deserialize)]
pub struct LidForm {
    #[serde(default)]
    pub email: String,
}

impl LidForm {
    pub fn parse(&self, tr: &Tr) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        let adres = email(&mut errors, tr, "email", &self.email);
        if errors.is_empty() {
            Ok(domain::lid_adres(&adres))
        } else {
            Err(errors)
        }
    }
}

/// The form that takes a member off the list: which address.
#[derive(Debug, Default, Deserialize)]
pub struct LidWegForm {
    #[serde(default)]
    pub lid: String,
}

impl LidWegForm {
    /// The member to take off: one of `mag` (the addresses this person may take off), and never the last.
    pub fn parse(&self, tr: &Tr, leden: &[String], mag: &[String]) -> Result<String, FieldErrors> {
        let mut errors = FieldErrors::new();
        let adres = domain::lid_adres(&self.lid);
        if !mag.contains(&adres) {
            errors.add("lid", tr.t(msg::UITDAAGRECHT_LID_WEG_LEEG));
        } else if leden.len() <= 1 {
            errors.add("lid", tr.t(msg::UITDAAGRECHT_LID_WEG_LAATSTE));
        }
        if errors.is_empty() {
            Ok(adres)
        } else {
            Err(errors)
        }
    }
}

/// Puts what the draft form sent into `v`: every answer as typed, and the budget lines in their order.
pub fn neem_over(v: &mut Voorstel, velden: &[(String, String)]) {
    let veld = |naam: &str| {
        velden
            .iter()
            .find(|(k, _)| k == naam)
            .map_or(String::new(), |(_, w)| w.clone())
    };
    v.taak = veld("taak");
    v.wat = veld("wat");
    v.voor_wie = veld("voor_wie");
    v.waarom_soort = Waarom::ALL
        .iter()
        .map(|w| w.code())
        .filter(|code| velden.iter().any(|(k, w)| k == "waarom_soort" && w == code))
        .map(str::to_owned)
        .collect();
    v.waarom = veld("waarom");
    v.betrokkenen = veld("betrokkenen");
    v.draagvlak = veld("draagvlak");
    v.start_dag = veld("start-dag");
    v.start_maand = veld("start-maand");
    v.start_jaar = veld("start-jaar");
    v.openbaar = match veld("openbaar").as_str() {
        keuze @ ("ja" | "nee") => keuze.to_owned(),
        _ => String::new(),
    };
    v.regels = (1..=REGELS_MAX)
        .map(|n| Regel {
            post: veld(&format!("post-{n}")),
            bedrag: veld(&format!("bedrag-{n}")),
            bedrag_centen: None,
        })
        .filter(|r| !r.is_leeg())
        .collect();
}

/// Which attachments the form ticked for removal.
pub fn bijlagen_weg(v: &Voorstel, velden: &[(String, String)]) -> Vec<String> {
    v.bijlagen
        .iter()
        .filter(|b| velden.iter().any(|(k, w)| k == "bijlage-weg" && *w == b.id))
        .map(|b| b.id.clone())
        .collect()
}

/// What the button asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actie {
    Opslaan,
    Controleren,
}

impl Actie {
    pub fn uit(waarde: &str) -> Actie {
        match waarde {
            "controleren" => Actie::Controleren,
            _ => Actie::Opslaan,
        }
    }
}

/// A draft that may be sent: its start date and the amount of each budget line.
#[derive(Clone, Debug)]
pub struct Geldig {
    pub startdatum: Date,
    pub bedragen: Vec<Bedrag>,
}

impl Geldig {
    pub fn totaal(&self) -> Bedrag {
        self.bedragen.iter().sum()
    }
}

/// Checks a draft before it is sent. Every answer is required; the start lies after `vandaag`.
pub fn controleer(v: &Voorstel, tr: &Tr, vandaag: Date) -> Result<Geldig, FieldErrors> {
    let mut errors = FieldErrors::new();
    let verplicht = [
        ("taak", &v.taak, msg::UITDAAGRECHT_TAAK_LEEG, KORT_MAX),
        ("wat", &v.wat, msg::UITDAAGRECHT_WAT_LEEG, TEKST_MAX),
        (
            "voor_wie",
            &v.voor_wie,
            msg::UITDAAGRECHT_VOOR_WIE_LEEG,
            MIDDEL_MAX,
        ),
    ];
    for (veld, waarde, leeg, max) in verplicht {
        tekst(&mut errors, tr, veld, waarde, leeg, max);
    }
    if v.waarom_soort.is_empty() {
        errors.add("waarom_soort", tr.t(msg::UITDAAGRECHT_WAAROM_SOORT_LEEG));
    }
    tekst(
        &mut errors,
        tr,
        "waarom",
        &v.waarom,
        msg::UITDAAGRECHT_WAAROM_LEEG,
        TEKST_MAX,
    );
    let bedragen = begroting(v, tr, &mut errors);
    let verplicht = [
        (
            "betrokkenen",
            &v.betrokkenen,
            msg::UITDAAGRECHT_BETROKKENEN_LEEG,
        ),
        ("draagvlak", &v.draagvlak, msg::UITDAAGRECHT_DRAAGVLAK_LEEG),
    ];
    for (veld, waarde, leeg) in verplicht {
        tekst(&mut errors, tr, veld, waarde, leeg, MIDDEL_MAX);
    }
    let startdatum = match datum(&v.start_dag, &v.start_maand, &v.start_jaar) {
        Ok(Some(d)) if d > vandaag => Some(d),
        Ok(Some(_)) => {
            errors.add("start", tr.t(msg::UITDAAGRECHT_START_VOORBIJ));
            None
        }
        Ok(None) => {
            errors.add("start", tr.t(msg::UITDAAGRECHT_START_LEEG));
            None
        }
        Err(DatumFout::Onvolledig) => {
            errors.add("start", tr.t(msg::UITDAAGRECHT_START_ONVOLLEDIG));
            None
        }
        Err(DatumFout::BestaatNiet) => {
            errors.add("start", tr.t(msg::UITDAAGRECHT_START_BESTAAT_NIET));
            None
        }
    };
    if v.openbaar.is_empty() {
        errors.add("openbaar", tr.t(msg::UITDAAGRECHT_OPENBAAR_LEEG));
    }
    match startdatum {
        Some(startdatum) if errors.is_empty() => Ok(Geldig {
            startdatum,
            bedragen,
        }),
        _ => Err(errors),
    }
}

/// The amount of each budget line; a line needs both what it is for and an amount above zero, and there is
/// at least one. The errors name the line's own field.
fn begroting(v: &Voorstel, tr: &Tr, errors: &mut FieldErrors) -> Vec<Bedrag> {
    let mut bedragen = Vec::new();
    for (i, r) in v.gevulde_regels().enumerate() {
        let n = i + 1;
        if r.post.trim().is_empty() {
            errors.add(
                &format!("post-{n}"),
                tr.ta(msg::UITDAAGRECHT_POST_LEEG, &[("regel", n.into())]),
            );
        } else if r.post.trim().chars().count() > KORT_MAX {
            errors.add(
                &format!("post-{n}"),
                tr.ta(msg::UITDAAGRECHT_TE_LANG, &[("aantal", KORT_MAX.into())]),
            );
        }
        match lees_bedrag(&r.bedrag) {
            Ok(Some(cent)) if cent > Bedrag::NUL => bedragen.push(cent),
            Ok(None) => errors.add(
                &format!("bedrag-{n}"),
                tr.ta(msg::UITDAAGRECHT_BEDRAG_LEEG, &[("regel", n.into())]),
            ),
            _ => errors.add(
                &format!("bedrag-{n}"),
                tr.ta(msg::UITDAAGRECHT_BEDRAG_ONGELDIG, &[("regel", n.into())]),
            ),
        }
    }
    if v.gevulde_regels().next().is_none() {
        errors.add("post-1", tr.t(msg::UITDAAGRECHT_BEGROTING_LEEG));
    }
    bedragen
}

/// The initiative's choice to publish a sent proposal, or not.
#[derive(Debug, Default, Deserialize)]
pub struct OpenbaarForm {
    #[serde(default)]
    pub openbaar: String,
}

impl OpenbaarForm {
    pub fn parse(&self, tr: &Tr) -> Result<bool, FieldErrors> {
        match self.openbaar.as_str() {
            "ja" => Ok(true),
            "nee" => Ok(false),
            _ => {
                let mut errors = FieldErrors::new();
                errors.add("openbaar", tr.t(msg::UITDAAGRECHT_OPENBAAR_LEEG));
                Err(errors)
            }
        }
    }
}

/// A form of one required text: `waarde` of field `veld`, or the error `leeg` beside it.
pub fn een_tekst(tr: &Tr, veld: &str, waarde: &str, leeg: &str) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::new();
    let tekst = tekst(&mut errors, tr, veld, waarde, leeg, TEKST_MAX).to_owned();
    if errors.is_empty() {
        Ok(tekst)
    } else {
        Err(errors)
    }
}

/// The staff forms of one text: the message that starts the conversation, or a question.
#[derive(Debug, Default, Deserialize)]
pub struct TekstForm {
    #[serde(default)]
    pub vraag: String,
    /// The question form's one-time key.
    #[serde(default)]
    pub sleutel: String,
    #[serde(default)]
    pub bericht: String,
}

impl TekstForm {
    /// What was typed in field `veld` ("vraag" or "bericht").
    pub fn waarde(&self, veld: &str) -> &str {
        match veld {
            "vraag" => &self.vraag,
            _ => &self.bericht,
        }
    }

    /// The text of field `veld`, required.
    pub fn parse(&self, tr: &Tr, veld: &str) -> Result<String, FieldErrors> {
        let leeg = match veld {
            "vraag" => msg::UITDAAGRECHT_VRAAG_LEEG,
            _ => msg::UITDAAGRECHT_BERICHT_LEEG,
        };
        een_tekst(tr, veld, self.waarde(veld), leeg)
    }
}

/// The decision form.
#[derive(Debug, Default, Deserialize)]
pub struct BesluitForm {
    #[serde(default)]
    pub uitkomst: String,
    #[serde(default)]
    pub toelichting: String,
}

impl BesluitForm {
    pub fn parse(&self, tr: &Tr) -> Result<(Uitkomst, String), FieldErrors> {
        let mut errors = FieldErrors::new();
        let uitkomst = Uitkomst::from_code(&self.uitkomst);
        if uitkomst.is_none() {
            errors.add("uitkomst", tr.t(msg::UITDAAGRECHT_UITKOMST_LEEG));
        }
        let toelichting = tekst(
            &mut errors,
            tr,
            "toelichting",
            &self.toelichting,
            msg::UITDAAGRECHT_TOELICHTING_LEEG,
            TOELICHTING_MAX,
        )
        .to_owned();
        match uitkomst {
            Some(u) if errors.is_empty() => Ok((u, toelichting)),
            _ => Err(errors),
        }
    }
}

/// The support form: `ja` gives support, `nee` withdraws it.
#[derive(Debug, Default, Deserialize)]
pub struct SteunForm {
    #[serde(default)]
    pub steun: String,
}
