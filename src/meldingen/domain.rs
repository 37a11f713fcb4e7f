//! The melding: its steps, the answers each step asks for, and the codes it stores. Pure: no I/O.
//!
//! It asks what the melding needs and no more: for whom, the hulpvraag in the resident's own words, the life
//! areas, urgency, household, who joins the talk, the wish for free cliëntondersteuning, how to make contact,
//! and consent for processing the data of this request (Verordening Sociaal Domein Lansingerland 2018, art. 2:3
//! lid 2).

use time::Date;

use crate::code;

/// The version of the consent text; stored with the consent, so that it is known later what was agreed to.
/// Change it whenever `melding-toestemming-*` changes.
pub const TOESTEMMING_VERSIE: &str = "2026-12-01";

/// Longest hulpvraag, in characters: room for a full story, not for a document.
pub const HULPVRAAG_MAX: usize = 2000;
/// Longest short text answer (names, times, a language).
pub const KORT_MAX: usize = 200;
/// Longest list of housemates.
pub const HUISGENOTEN_MAX: usize = 500;

/// The steps, in order. `DeAnder` is only asked when the melding is for someone else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stap {
    VoorWie,
    DeAnder,
    Spoed,
    Hulpvraag,
    Levensgebieden,
    Huishouden,
    Gesprek,
    Clientondersteuning,
    Gegevens,
    Contact,
    Toestemming,
}

impl Stap {
    pub const ALL: [Stap; 11] = [
        Stap::VoorWie,
        Stap::DeAnder,
        Stap::Spoed,
        Stap::Hulpvraag,
        Stap::Levensgebieden,
        Stap::Huishouden,
        Stap::Gesprek,
        Stap::Clientondersteuning,
        Stap::Gegevens,
        Stap::Contact,
        Stap::Toestemming,
    ];

    /// The step's part of the URL (`/melding/{id}/stap/{slug}`): Dutch, short, stable.
    pub fn slug(self) -> &'static str {
        match self {
            Stap::VoorWie => "voor-wie",
            Stap::DeAnder => "de-ander",
            Stap::Spoed => "spoed",
            Stap::Hulpvraag => "hulpvraag",
            Stap::Levensgebieden => "onderwerpen",
            Stap::Huishouden => "huishouden",
            Stap::Gesprek => "gesprek",
            Stap::Clientondersteuning => "clientondersteuning",
            Stap::Gegevens => "gegevens",
            Stap::Contact => "contact",
            Stap::Toestemming => "toestemming",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Stap> {
        Stap::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The steps this melding asks, in order.
    pub fn voor(melding: &Antwoorden) -> Vec<Stap> {
        Stap::ALL
            .into_iter()
            .filter(|s| *s != Stap::DeAnder || melding.voor_wie == Some(VoorWie::Ander))
            .collect()
    }

    /// The step after this one for this melding, or `None` after the last.
    pub fn volgende(self, melding: &Antwoorden) -> Option<Stap> {
        let stappen = Stap::voor(melding);
        let i = stappen.iter().position(|s| *s == self)?;
        stappen.get(i + 1).copied()
    }

    /// The step before this one, or `None` for the first.
    pub fn vorige(self, melding: &Antwoorden) -> Option<Stap> {
        let stappen = Stap::voor(melding);
        let i = stappen.iter().position(|s| *s == self)?;
        i.checked_sub(1).and_then(|j| stappen.get(j).copied())
    }
}

pub use crate::code::Code;

macro_rules! codes {
    ($naam:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $naam { $($variant),+ }
        impl Code for $naam {
            const ALL: &'static [Self] = &[$($naam::$variant),+];
            fn code(self) -> &'static str {
                match self { $($naam::$variant => $code),+ }
            }
        }
    };
}

codes!(VoorWie { Zelf => "zelf", Ander => "ander" });
codes!(Relatie {
    Partner => "partner",
    Ouder => "ouder",
    Kind => "kind",
    Familie => "familie",
    VriendBuur => "vriend-buur",
    Clientondersteuner => "clientondersteuner",
    Anders => "anders",
});
codes!(JaNee { Ja => "ja", Nee => "nee" });
// The 11 life areas (leefdomeinen) of the onderzoek (Beleidsregels Wmo Het Hogeland 2023, §2.5), in plain words.
codes!(Levensgebied {
    Verzorging => "verzorging",
    Lichaam => "lichaam",
    Gevoel => "gevoel",
    Wonen => "wonen",
    Geld => "geld",
    Contact => "contact",
    Dag => "dag",
    Thuis => "thuis",
    Kinderen => "kinderen",
    Verslaving => "verslaving",
    Mantelzorg => "mantelzorg",
});
// Household, needed for the rules on usual help by housemates (Wmo 2015 art. 1.1.1 and art. 2.3.5 lid 3;
// Beleidsregels Wmo Het Hogeland 2023, bijlage 2 Gebruikelijke hulp).
codes!(Huishouden {
    Alleen => "alleen",
    Partner => "partner",
    PartnerKinderen => "partner-kinderen",
    Kinderen => "kinderen",
    Anderen => "anderen",
});
// Who joins the talk: the resident may bring a mantelzorger and a cliëntondersteuner (Wmo 2015 art. 2.3.2
// lid 1; letter of the staatssecretaris of VWS to parliament on the Wmo 2015, 2016, "Aanwezigheid
// cliëntondersteuner en mantelzorger").
codes!(Erbij {
    Mantelzorger => "mantelzorger",
    Familie => "familie",
    Clientondersteuner => "clientondersteuner",
    Iemand => "iemand",
    Niemand => "niemand",
});
codes!(Wens { Ja => "ja", Nee => "nee", WeetNiet => "weet-niet" });
codes!(ContactManier { Telefoon => "telefoon", Email => "email", Brief => "brief" });
codes!(Tolk { Geen => "geen", Tolk => "tolk", Gebarentaal => "gebarentaal" });

/// Codes stored as one text, separated by commas; unknown codes are dropped.
pub fn lijst<C: Code>(text: Option<&str>) -> Vec<C> {
    text.unwrap_or_default()
        .split(',')
        .filter_map(C::from_code)
        .collect()
}

pub fn lijst_tekst<C: Code>(codes: &[C]) -> String {
    codes.iter().map(|c| c.code()).collect::<Vec<_>>().join(",")
}

/// Every answer of a melding as stored; any may still be missing in a draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Antwoorden {
    pub voor_wie: Option<VoorWie>,
    pub ander_naam: Option<String>,
    pub ander_relatie: Option<Relatie>,
    pub ander_toestemming: bool,
    pub spoed_gevaar: Option<JaNee>,
    pub spoed_zorg: Option<JaNee>,
    pub hulpvraag: Option<String>,
    pub levensgebieden: Vec<Levensgebied>,
    pub huishouden: Option<Huishouden>,
    pub huisgenoten: Option<String>,
    pub gesprek_erbij: Vec<Erbij>,
    pub gesprek_erbij_naam: Option<String>,
    pub clientondersteuning: Option<Wens>,
    /// With "Ja, graag": the organisation the resident prefers (its id in the profile), or
    /// [`GEMEENTE_KIEST`]. Submitting the melding then sends the request for cliëntondersteuning too.
    pub co_organisatie: Option<String>,
    /// Who the melding is about: the municipality must know whom it helps (Wmo 2015 art. 2.3.2 lid 1 asks an
    /// onderzoek of the person; Awb art. 4:2 lid 1 sub a: a request names the applicant and their address).
    pub persoon: Persoon,
    pub contact_manier: Option<ContactManier>,
    pub telefoon: Option<String>,
    pub contact_email: Option<String>,
    pub contact_tijden: Option<String>,
    pub tolk: Option<Tolk>,
    pub tolk_taal: Option<String>,
    /// Where letters go, when not to the home address.
    pub postadres: Option<Adres>,
    pub toestemming: bool,
}

/// The organisation choice that leaves it to the municipality.
pub const GEMEENTE_KIEST: &str = "_gemeente-kiest";

/// The person a melding is about: the resident, or the person they file it for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Persoon {
    pub naam: Option<String>,
    pub geboortedatum: Option<Date>,
    pub adres: Option<Adres>,
}

/// A Dutch address as people write it on an envelope.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Adres {
    /// Street and house number, with any addition: "Dorpsstraat 12 A".
    pub straat: String,
    /// Four digits, a space and two capitals: "1234 AB".
    pub postcode: String,
    pub plaats: String,
}

impl Adres {
    /// The address on one line: "Dorpsstraat 12, 1234 AB Bergschenhoek".
    pub fn regel(&self) -> String {
        format!("{}, {} {}", self.straat, self.postcode, self.plaats)
    }
}

pub use crate::form::postcode;

impl Antwoorden {
    /// An acute or unsafe situation: then the spoed route is shown at once (Wmo 2015 art. 2.3.3).
    pub fn is_spoed(&self) -> bool {
        self.spoed_gevaar == Some(JaNee::Ja) || self.spoed_zorg == Some(JaNee::Ja)
    }

    /// Whether a step has all it needs. The check page sends the resident back to the first that has not.
    pub fn compleet(&self, stap: Stap) -> bool {
        match stap {
            Stap::VoorWie => self.voor_wie.is_some(),
            Stap::DeAnder => {
                self.voor_wie != Some(VoorWie::Ander)
                    || (self.ander_naam.is_some()
                        && self.ander_relatie.is_some()
                        && self.ander_toestemming)
            }
            Stap::Spoed => self.spoed_gevaar.is_some() && self.spoed_zorg.is_some(),
            Stap::Hulpvraag => self.hulpvraag.is_some(),
            Stap::Levensgebieden => !self.levensgebieden.is_empty(),
            Stap::Huishouden => self.huishouden.is_some(),
            Stap::Gesprek => !self.gesprek_erbij.is_empty(),
            Stap::Clientondersteuning => match self.clientondersteuning {
                Some(Wens::Ja) => self.co_organisatie.is_some(),
                Some(_) => true,
                None => false,
            },
            Stap::Gegevens => {
                self.persoon.naam.is_some()
                    && self.persoon.geboortedatum.is_some()
                    && self.persoon.adres.is_some()
            }
            Stap::Contact => {
                self.tolk.is_some()
                    && match self.contact_manier {
                        Some(ContactManier::Telefoon) => self.telefoon.is_some(),
                        Some(ContactManier::Email) => self.contact_email.is_some(),
                        Some(ContactManier::Brief) => true,
                        None => false,
                    }
            }
            Stap::Toestemming => self.toestemming,
        }
    }

    /// The first step that still lacks an answer.
    pub fn eerste_open_stap(&self) -> Option<Stap> {
        Stap::voor(self).into_iter().find(|s| !self.compleet(*s))
    }
}

/// The reference number residents quote: `M-2026-K7P2QX`.
pub fn nieuwe_referentie(jaar: i32) -> String {
    code::referentie(code::Soort::Melding, jaar)
}

/// The code to continue a draft later: `K7P2-QX9M`, eight characters in two groups, easy to read out.
pub fn nieuwe_hervatcode() -> String {
    groepen(&code::willekeurig(8))
}

fn groepen(tekens: &str) -> String {
    format!("{}-{}", &tekens[..4], &tekens[4..])
}

/// A typed code as the resident may enter it: any case, with or without the dash or spaces.
pub fn normaliseer_code(invoer: &str) -> Option<String> {
    code::normaal(invoer, 8).map(|tekens| groepen(&tekens))
}

/// The terms that start with a melding (persoonlijk plan, onderzoek), counted from the date the profile says
/// they start: the day the municipality received the melding (Wmo 2015 art. 2.3.2 lid 1), or in
/// municipalities that count from the first gesprek (Lansingerland: Verordening Sociaal Domein Lansingerland
/// 2018, art. 2:1 sub b), that day once it is known. `None` until that date is.
pub fn termijnen(
    gemeente: &crate::gemeente::Gemeente,
    ontvangen: Option<Date>,
    eerste_gesprek: Option<Date>,
) -> Option<[crate::termijnen::domain::Termijn; 2]> {
    let start = match gemeente.procedure.meldingsdatum {
        crate::gemeente::Meldingsdatum::Ontvangst => ontvangen,
        crate::gemeente::Meldingsdatum::EersteGesprek => eerste_gesprek,
    }?;
    Some(crate::termijnen::domain::na_melding(
        start,
        &gemeente.termijnen,
        &gemeente.kalender(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_other_person_is_asked_about_only_for_someone_else() {
        let zelf = Antwoorden {
            voor_wie: Some(VoorWie::Zelf),
            ..Default::default()
        };
        assert_eq!(Stap::VoorWie.volgende(&zelf), Some(Stap::Spoed));
        assert!(!Stap::voor(&zelf).contains(&Stap::DeAnder));
        let ander = Antwoorden {
            voor_wie: Some(VoorWie::Ander),
            ..Default::default()
        };
        assert_eq!(Stap::VoorWie.volgende(&ander), Some(Stap::DeAnder));
        assert_eq!(Stap::Spoed.vorige(&ander), Some(Stap::DeAnder));
        assert_eq!(Stap::Toestemming.volgende(&ander), None);
        assert_eq!(Stap::VoorWie.vorige(&ander), None);
    }

    #[test]
    fn every_slug_is_distinct_and_found_again() {
        for stap in Stap::ALL {
            assert_eq!(Stap::from_slug(stap.slug()), Some(stap));
        }
        assert_eq!(Stap::from_slug("bestaat-niet"), None);
    }

    #[test]
    fn either_spoed_answer_makes_it_urgent() {
        let mut a = Antwoorden {
            spoed_gevaar: Some(JaNee::Nee),
            spoed_zorg: Some(JaNee::Nee),
            ..Default::default()
        };
        assert!(!a.is_spoed());
        a.spoed_zorg = Some(JaNee::Ja);
        assert!(a.is_spoed());
        a = Antwoorden {
            spoed_gevaar: Some(JaNee::Ja),
            ..Default::default()
        };
        assert!(a.is_spoed());
    }

    #[test]
    fn contact_needs_the_detail_of_the_chosen_way() {
        let mut a = Antwoorden {
            contact_manier: Some(ContactManier::Telefoon),
            tolk: Some(Tolk::Geen),
            ..Default::default()
        };
        assert!(!a.compleet(Stap::Contact));
        a.telefoon = Some("06 1234 5678".into());
        assert!(a.compleet(Stap::Contact));
        a.contact_manier = Some(ContactManier::Brief);
        a.telefoon = None;
        assert!(a.compleet(Stap::Contact));
    }

    #[test]
    fn postcodes_as_people_type_them() {
        assert_eq!(postcode("2665ab").as_deref(), Some("2665 AB"));
        assert_eq!(postcode(" 2665 AB ").as_deref(), Some("2665 AB"));
        for fout in ["0123 AB", "2665 A", "2665 ABC", "ABCD 12", "26651AB", ""] {
            assert_eq!(postcode(fout), None, "{fout}");
        }
    }

    #[test]
    fn yes_to_support_needs_a_choice_of_who_helps() {
        let mut a = Antwoorden {
            clientondersteuning: Some(Wens::Ja),
            ..Default::default()
        };
        assert!(!a.compleet(Stap::Clientondersteuning));
        a.co_organisatie = Some(GEMEENTE_KIEST.into());
        assert!(a.compleet(Stap::Clientondersteuning));
        a.clientondersteuning = Some(Wens::Nee);
        a.co_organisatie = None;
        assert!(a.compleet(Stap::Clientondersteuning));
    }

    #[test]
    fn codes_survive_a_round_trip_and_unknown_ones_are_dropped() {
        let gebieden = vec![Levensgebied::Wonen, Levensgebied::Mantelzorg];
        assert_eq!(
            lijst::<Levensgebied>(Some(&lijst_tekst(&gebieden))),
            gebieden
        );
        assert_eq!(
            lijst::<Levensgebied>(Some("wonen,onzin")),
            vec![Levensgebied::Wonen]
        );
        assert!(lijst::<Levensgebied>(None).is_empty());
    }

    #[test]
    fn codes_are_readable_and_typed_loosely() {
        let code = nieuwe_hervatcode();
        assert_eq!(code.len(), 9);
        assert_eq!(
            normaliseer_code(&code.to_lowercase().replace('-', " ")),
            Some(code.clone())
        );
        assert_eq!(normaliseer_code("K7P2-QX9"), None, "too short");
        assert_eq!(
            normaliseer_code("K7P2-QX9O"),
            None,
            "O is not in the alphabet"
        );
        assert!(nieuwe_referentie(2026).starts_with("M-2026-"));
        assert_ne!(nieuwe_hervatcode(), nieuwe_hervatcode());
    }
}
