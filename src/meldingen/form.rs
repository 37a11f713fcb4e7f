//! The raw form of a step (all strings) and how it is read into the melding's answers, with field errors.
//!
//! Reading is lenient: every answer that can be used is kept, also when another answer on the page has an
//! error, so that "save and continue later" never loses what the resident typed correctly.

use serde::Deserialize;

use super::domain::{
    Adres, Antwoorden, Code, ContactManier, Erbij, GEMEENTE_KIEST, HUISGENOTEN_MAX, HULPVRAAG_MAX,
    KORT_MAX, Stap, Tolk, Wens, postcode,
};
use crate::auth::EmailAddress;
use crate::form::{FieldErrors, telefoon_geldig};
use crate::i18n::{Tr, msg};

/// Every field any step posts. Checkboxes arrive as repeated fields.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct StapInvoer {
    pub voor_wie: String,
    pub ander_naam: String,
    pub ander_relatie: String,
    pub ander_toestemming: String,
    pub spoed_gevaar: String,
    pub spoed_zorg: String,
    pub hulpvraag: String,
    pub levensgebieden: Vec<String>,
    pub huishouden: String,
    pub huisgenoten: String,
    pub gesprek_erbij: Vec<String>,
    pub gesprek_erbij_naam: String,
    pub clientondersteuning: String,
    pub co_organisatie: String,
    pub naam: String,
    #[serde(rename = "geboren-dag")]
    pub geboren_dag: String,
    #[serde(rename = "geboren-maand")]
    pub geboren_maand: String,
    #[serde(rename = "geboren-jaar")]
    pub geboren_jaar: String,
    pub straat: String,
    pub postcode: String,
    pub plaats: String,
    pub contact_manier: String,
    pub telefoon: String,
    pub contact_email: String,
    pub contact_tijden: String,
    pub tolk: String,
    pub tolk_taal: String,
    pub post_straat: String,
    pub post_postcode: String,
    pub post_plaats: String,
    pub toestemming: String,
    /// Which button: `verder` (the default) or `later` ("save and continue later").
    pub actie: String,
    /// `controleren` when the resident came from the check page: go back there after this step.
    pub terug: String,
}

impl StapInvoer {
    /// The form as it was filled in before: the stored answers, for showing a step again.
    pub fn uit(a: &Antwoorden) -> StapInvoer {
        let code = |c: Option<&'static str>| c.unwrap_or_default().to_owned();
        let tekst = |t: &Option<String>| t.clone().unwrap_or_default();
        StapInvoer {
            voor_wie: code(a.voor_wie.map(Code::code)),
            ander_naam: tekst(&a.ander_naam),
            ander_relatie: code(a.ander_relatie.map(Code::code)),
            ander_toestemming: if a.ander_toestemming {
                "ja".into()
            } else {
                String::new()
            },
            spoed_gevaar: code(a.spoed_gevaar.map(Code::code)),
            spoed_zorg: code(a.spoed_zorg.map(Code::code)),
            hulpvraag: tekst(&a.hulpvraag),
            levensgebieden: a
                .levensgebieden
                .iter()
                .map(|c| c.code().to_owned())
                .collect(),
            huishouden: code(a.huishouden.map(Code::code)),
            huisgenoten: tekst(&a.huisgenoten),
            gesprek_erbij: a
                .gesprek_erbij
                .iter()
                .map(|c| c.code().to_owned())
                .collect(),
            gesprek_erbij_naam: tekst(&a.gesprek_erbij_naam),
            clientondersteuning: code(a.clientondersteuning.map(Code::code)),
            co_organisatie: tekst(&a.co_organisatie),
            naam: tekst(&a.persoon.naam),
            geboren_dag: a
                .persoon
                .geboortedatum
                .map(|d| d.day().to_string())
                .unwrap_or_default(),
            geboren_maand: a
                .persoon
                .geboortedatum
                .map(|d| u8::from(d.month()).to_string())
                .unwrap_or_default(),
            geboren_jaar: a
                .persoon
                .geboortedatum
                .map(|d| d.year().to_string())
                .unwrap_or_default(),
            straat: a
                .persoon
                .adres
                .as_ref()
                .map(|x| x.straat.clone())
                .unwrap_or_default(),
            postcode: a
                .persoon
                .adres
                .as_ref()
                .map(|x| x.postcode.clone())
                .unwrap_or_default(),
            plaats: a
                .persoon
                .adres
                .as_ref()
                .map(|x| x.plaats.clone())
                .unwrap_or_default(),
            contact_manier: code(a.contact_manier.map(Code::code)),
            telefoon: tekst(&a.telefoon),
            contact_email: tekst(&a.contact_email),
            contact_tijden: tekst(&a.contact_tijden),
            tolk: code(a.tolk.map(Code::code)),
            tolk_taal: tekst(&a.tolk_taal),
            post_straat: a
                .postadres
                .as_ref()
                .map(|x| x.straat.clone())
                .unwrap_or_default(),
            post_postcode: a
                .postadres
                .as_ref()
                .map(|x| x.postcode.clone())
                .unwrap_or_default(),
            post_plaats: a
                .postadres
                .as_ref()
                .map(|x| x.plaats.clone())
                .unwrap_or_default(),
            toestemming: if a.toestemming {
                "ja".into()
            } else {
                String::new()
            },
            actie: String::new(),
            terug: String::new(),
        }
    }

    pub fn later(&self) -> bool {
        self.actie == "later"
    }

    pub fn terug_naar_controleren(&self) -> bool {
        self.terug == "controleren"
    }

    /// Writes this step's answers into `a`; returns the errors of what could not be used. `organisatie` tells
    /// whether an id is one of the profile's organisations for cliëntondersteuning; `vandaag` bounds a birth date.
    pub fn toepassen(
        &self,
        stap: Stap,
        a: &mut Antwoorden,
        tr: &Tr,
        organisatie: &dyn Fn(&str) -> bool,
        vandaag: time::Date,
    ) -> FieldErrors {
        let mut e = Fouten {
            list: FieldErrors::new(),
            tr,
        };
        match stap {
            Stap::VoorWie => {
                a.voor_wie = e.keuze(
                    "voor_wie",
                    &self.voor_wie,
                    msg::MELDING_FOUT_VOOR_WIE,
                    a.voor_wie,
                )
            }
            Stap::DeAnder => {
                a.ander_naam = e.tekst(
                    "ander_naam",
                    &self.ander_naam,
                    KORT_MAX,
                    Some(msg::MELDING_FOUT_ANDER_NAAM),
                    &a.ander_naam,
                );
                a.ander_relatie = e.keuze(
                    "ander_relatie",
                    &self.ander_relatie,
                    msg::MELDING_FOUT_ANDER_RELATIE,
                    a.ander_relatie,
                );
                a.ander_toestemming = self.ander_toestemming == "ja";
                if !a.ander_toestemming {
                    e.fout("ander_toestemming", msg::MELDING_FOUT_ANDER_TOESTEMMING);
                }
            }
            Stap::Spoed => {
                a.spoed_gevaar = e.keuze(
                    "spoed_gevaar",
                    &self.spoed_gevaar,
                    msg::MELDING_FOUT_SPOED,
                    a.spoed_gevaar,
                );
                a.spoed_zorg = e.keuze(
                    "spoed_zorg",
                    &self.spoed_zorg,
                    msg::MELDING_FOUT_SPOED,
                    a.spoed_zorg,
                );
            }
            Stap::Hulpvraag => {
                a.hulpvraag = e.tekst(
                    "hulpvraag",
                    &self.hulpvraag,
                    HULPVRAAG_MAX,
                    Some(msg::MELDING_FOUT_HULPVRAAG),
                    &a.hulpvraag,
                );
            }
            Stap::Levensgebieden => {
                a.levensgebieden = self
                    .levensgebieden
                    .iter()
                    .filter_map(|c| Code::from_code(c))
                    .collect();
                if a.levensgebieden.is_empty() {
                    e.fout("levensgebieden", msg::MELDING_FOUT_LEVENSGEBIEDEN);
                }
            }
            Stap::Huishouden => {
                a.huishouden = e.keuze(
                    "huishouden",
                    &self.huishouden,
                    msg::MELDING_FOUT_HUISHOUDEN,
                    a.huishouden,
                );
                a.huisgenoten = e.tekst(
                    "huisgenoten",
                    &self.huisgenoten,
                    HUISGENOTEN_MAX,
                    None,
                    &a.huisgenoten,
                );
            }
            Stap::Gesprek => {
                let erbij: Vec<Erbij> = self
                    .gesprek_erbij
                    .iter()
                    .filter_map(|c| Code::from_code(c))
                    .collect();
                if erbij.is_empty() {
                    e.fout("gesprek_erbij", msg::MELDING_FOUT_GESPREK);
                } else if erbij.contains(&Erbij::Niemand) && erbij.len() > 1 {
                    e.fout("gesprek_erbij", msg::MELDING_FOUT_GESPREK_NIEMAND);
                } else {
                    a.gesprek_erbij = erbij;
                }
                a.gesprek_erbij_naam = e.tekst(
                    "gesprek_erbij_naam",
                    &self.gesprek_erbij_naam,
                    KORT_MAX,
                    None,
                    &a.gesprek_erbij_naam,
                );
            }
            Stap::Clientondersteuning => {
                a.clientondersteuning = e.keuze(
                    "clientondersteuning",
                    &self.clientondersteuning,
                    msg::MELDING_FOUT_CLIENTONDERSTEUNING,
                    a.clientondersteuning,
                );
                // Who helps only matters with "Ja, graag"; otherwise a choice is not kept.
                let gekozen = self.co_organisatie.trim();
                a.co_organisatie = if a.clientondersteuning != Some(Wens::Ja) {
                    None
                } else if gekozen == GEMEENTE_KIEST || organisatie(gekozen) {
                    Some(gekozen.to_owned())
                } else {
                    e.fout("co_organisatie", msg::MELDING_FOUT_CO_ORGANISATIE);
                    None
                };
            }
            Stap::Gegevens => self.gegevens(a, &mut e, vandaag),
            Stap::Contact => self.contact(a, &mut e),
            Stap::Toestemming => {
                a.toestemming = self.toestemming == "ja";
                if !a.toestemming {
                    e.fout("toestemming", msg::MELDING_FOUT_TOESTEMMING);
                }
            }
        }
        e.list
    }

    fn gegevens(&self, a: &mut Antwoorden, e: &mut Fouten<'_>, vandaag: time::Date) {
        a.persoon.naam = e.tekst(
            "naam",
            &self.naam,
            KORT_MAX,
            Some(msg::MELDING_FOUT_NAAM),
            &a.persoon.naam,
        );
        match crate::form::datum(&self.geboren_dag, &self.geboren_maand, &self.geboren_jaar) {
            Ok(Some(d)) if d <= vandaag => a.persoon.geboortedatum = Some(d),
            Ok(Some(_)) => e.fout("geboren", msg::MELDING_FOUT_GEBOREN_TOEKOMST),
            Ok(None) => {
                a.persoon.geboortedatum = None;
                e.fout("geboren", msg::MELDING_FOUT_GEBOREN_LEEG);
            }
            Err(_) => e.fout("geboren", msg::MELDING_FOUT_GEBOREN),
        }
        if let Some(adres) = e.adres(
            ["straat", "postcode", "plaats"],
            [&self.straat, &self.postcode, &self.plaats],
            true,
        ) {
            a.persoon.adres = adres;
        }
    }

    fn contact(&self, a: &mut Antwoorden, e: &mut Fouten<'_>) {
        a.contact_manier = e.keuze(
            "contact_manier",
            &self.contact_manier,
            msg::MELDING_FOUT_CONTACT_MANIER,
            a.contact_manier,
        );
        // An empty field clears the answer; a wrong one keeps what was stored, and the page shows the error.
        let telefoon = self.telefoon.trim();
        if telefoon.is_empty() {
            a.telefoon = None;
            if a.contact_manier == Some(ContactManier::Telefoon) {
                e.fout("telefoon", msg::MELDING_FOUT_TELEFOON_LEEG);
            }
        } else if telefoon_geldig(telefoon) {
            a.telefoon = Some(telefoon.to_owned());
        } else {
            e.fout("telefoon", msg::MELDING_FOUT_TELEFOON);
        }
        let email = self.contact_email.trim();
        if email.is_empty() {
            a.contact_email = None;
            if a.contact_manier == Some(ContactManier::Email) {
                e.fout("contact_email", msg::MELDING_FOUT_EMAIL_LEEG);
            }
        } else {
            match EmailAddress::parse(email) {
                Ok(adres) => a.contact_email = Some(adres.as_str().to_owned()),
                Err(_) => e.fout("contact_email", msg::MELDING_FOUT_EMAIL),
            }
        }
        a.contact_tijden = e.tekst(
            "contact_tijden",
            &self.contact_tijden,
            KORT_MAX,
            None,
            &a.contact_tijden,
        );
        a.tolk = e.keuze("tolk", &self.tolk, msg::MELDING_FOUT_TOLK, a.tolk);
        let taal_nodig = a.tolk == Some(Tolk::Tolk);
        a.tolk_taal = e.tekst(
            "tolk_taal",
            &self.tolk_taal,
            KORT_MAX,
            taal_nodig.then_some(msg::MELDING_FOUT_TOLK_TAAL),
            &a.tolk_taal,
        );
        if !taal_nodig {
            a.tolk_taal = None;
        }
        // A postal address only when letters must go elsewhere than home: all three lines, or none.
        if let Some(adres) = e.adres(
            ["post_straat", "post_postcode", "post_plaats"],
            [&self.post_straat, &self.post_postcode, &self.post_plaats],
            false,
        ) {
            a.postadres = adres;
        }
    }
}

struct Fouten<'a> {
    list: FieldErrors,
    tr: &'a Tr,
}

impl Fouten<'_> {
    fn fout(&mut self, veld: &str, bericht: &str) {
        self.list.add(veld, self.tr.t(bericht));
    }

    /// A choice from a fixed list; required. Nothing chosen clears it; a value that is no choice keeps the
    /// stored one.
    fn keuze<C: Code>(
        &mut self,
        veld: &str,
        waarde: &str,
        leeg: &str,
        was: Option<C>,
    ) -> Option<C> {
        let waarde = waarde.trim();
        match C::from_code(waarde) {
            Some(c) => Some(c),
            None => {
                self.fout(veld, leeg);
                if waarde.is_empty() { None } else { was }
            }
        }
    }

    /// An address from its three fields. `Some(None)`: all empty (and allowed to be); `Some(Some(..))`: complete
    /// and valid; `None`: an error, and the stored address stays.
    fn adres(
        &mut self,
        velden: [&str; 3],
        waarden: [&str; 3],
        verplicht: bool,
    ) -> Option<Option<Adres>> {
        let [straat, postcode_invoer, plaats] = waarden.map(str::trim);
        if straat.is_empty() && postcode_invoer.is_empty() && plaats.is_empty() && !verplicht {
            return Some(None);
        }
        let mut goed = true;
        let mut regel = |veld: &str, waarde: &str, leeg: &str| -> String {
            if waarde.is_empty() {
                self.fout(veld, leeg);
                goed = false;
            } else if waarde.chars().count() > KORT_MAX {
                self.list.add(
                    veld,
                    self.tr
                        .ta(msg::MELDING_FOUT_TE_LANG, &[("max", KORT_MAX.into())]),
                );
                goed = false;
            }
            waarde.to_owned()
        };
        let straat = regel(velden[0], straat, msg::MELDING_FOUT_STRAAT);
        let plaats = regel(velden[2], plaats, msg::MELDING_FOUT_PLAATS);
        let postcode = if postcode_invoer.is_empty() {
            self.fout(velden[1], msg::MELDING_FOUT_POSTCODE_LEEG);
            None
        } else {
            let p = postcode(postcode_invoer);
            if p.is_none() {
                self.fout(velden[1], msg::MELDING_FOUT_POSTCODE);
            }
            p
        };
        match postcode {
            Some(postcode) if goed => Some(Some(Adres {
                straat,
                postcode,
                plaats,
            })),
            _ => None,
        }
    }

    /// A text of at most `max` characters; required when `leeg` names the message for an empty one.
    fn tekst(
        &mut self,
        veld: &str,
        waarde: &str,
        max: usize,
        leeg: Option<&str>,
        was: &Option<String>,
    ) -> Option<String> {
        let waarde = waarde.trim();
        if waarde.is_empty() {
            if let Some(leeg) = leeg {
                self.fout(veld, leeg);
            }
            return None;
        }
        if waarde.chars().count() > max {
            self.list.add(
                veld,
                self.tr
                    .ta(msg::MELDING_FOUT_TE_LANG, &[("max", max.into())]),
            );
            // Too long: the stored text stays, and the page shows the long one to shorten.
            return was.clone();
        }
        Some(waarde.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_as_people_write_them() {
        for goed in [
            "06 1234 5678",
            "0612345678",
            "+31 6 12345678",
            "010-1234567",
            "(010) 123 45 67",
        ] {
            assert!(telefoon_geldig(goed), "{goed}");
        }
        for fout in ["12345", "06-abc", "0612345678+", "bel me"] {
            assert!(!telefoon_geldig(fout), "{fout}");
        }
    }
}
