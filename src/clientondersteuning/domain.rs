//! A request for free cliëntondersteuning, as pure types: who it is for, which organisation, how to reach the
//! resident, and what they need to talk. No clock, no database.

use crate::auth::EmailAddress;

/// The longest note a resident may add, in characters.
pub const NOTITIE_MAX: usize = 1000;
/// The longest name, relation or language, in characters: generous, but a limit.
pub const KORT_MAX: usize = 200;

/// For whom the support is: the resident, or someone they help (a mantelzorger may ask for the person they care
/// for, and may also ask for themselves: Beleidsregels Wmo Het Hogeland 2023, §2.5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoorWie {
    Zelf,
    Ander { naam: String, relatie: String },
}

impl VoorWie {
    pub fn code(&self) -> &'static str {
        match self {
            VoorWie::Zelf => "zelf",
            VoorWie::Ander { .. } => "ander",
        }
    }
}

/// The organisation the resident prefers, by its id in the profile; `None`: the municipality chooses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voorkeur(pub Option<String>);

/// What the resident needs to talk with the supporter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Toegankelijkheid {
    Geen,
    /// An interpreter, for the language if the resident named one.
    Tolk {
        taal: Option<String>,
    },
    /// A sign-language interpreter.
    Gebarentaal,
}

impl Toegankelijkheid {
    pub fn code(&self) -> &'static str {
        match self {
            Toegankelijkheid::Geen => "geen",
            Toegankelijkheid::Tolk { .. } => "tolk",
            Toegankelijkheid::Gebarentaal => "gebarentaal",
        }
    }

    pub fn from_code(code: &str, taal: Option<String>) -> Toegankelijkheid {
        match code {
            "tolk" => Toegankelijkheid::Tolk { taal },
            "gebarentaal" => Toegankelijkheid::Gebarentaal,
            _ => Toegankelijkheid::Geen,
        }
    }

    pub fn tolk_taal(&self) -> Option<&str> {
        match self {
            Toegankelijkheid::Tolk { taal } => taal.as_deref(),
            _ => None,
        }
    }
}

/// A phone number as the resident typed it ([`crate::form::telefoon_geldig`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Telefoon(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TelefoonFout {
    Empty,
    Invalid,
}

impl Telefoon {
    pub fn parse(input: &str) -> Result<Telefoon, TelefoonFout> {
        let text = input.trim();
        if text.is_empty() {
            return Err(TelefoonFout::Empty);
        }
        if crate::form::telefoon_geldig(text) {
            Ok(Telefoon(text.to_owned()))
        } else {
            Err(TelefoonFout::Invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How the supporter can reach the resident: a phone number, an e-mail address, or both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub telefoon: Option<Telefoon>,
    pub email: Option<EmailAddress>,
}

/// A complete, valid request, before it is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verzoek {
    pub voor_wie: VoorWie,
    pub voorkeur: Voorkeur,
    pub contact: Contact,
    pub toegankelijkheid: Toegankelijkheid,
    pub notitie: Option<String>,
}

/// A new number residents quote: `CO-2026-K7P2QX9M`.
pub fn nieuwe_referentie(jaar: i32) -> String {
    crate::code::referentie(crate::code::Soort::Clientondersteuning, jaar)
}

/// Whether a form key is one the portal made ([`crate::token::new_id`]: 32 hex digits).
pub fn is_sleutel(text: &str) -> bool {
    text.len() == 32 && text.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers() {
        for good in [
            "0612345678",
            "06-12345678",
            "+31 6 1234 5678",
            " 010 123 45 67 ",
            "(010) 123 45 67",
        ] {
            assert!(Telefoon::parse(good).is_ok(), "{good}");
        }
        assert_eq!(
            Telefoon::parse(" 010 123 45 67 ").map(|t| t.0),
            Ok("010 123 45 67".to_owned())
        );
        assert_eq!(Telefoon::parse("  "), Err(TelefoonFout::Empty));
        for bad in [
            "12345",
            "06 1234 567a",
            "06)1234+5678",
            "0612345678901234567",
        ] {
            assert_eq!(Telefoon::parse(bad), Err(TelefoonFout::Invalid), "{bad}");
        }
    }

    #[test]
    fn references_and_keys() {
        assert!(nieuwe_referentie(2026).starts_with("CO-2026-"));
        assert!(is_sleutel(&crate::token::new_id()));
        assert!(!is_sleutel("abc"));
        assert!(!is_sleutel(&"z".repeat(32)));
    }

    #[test]
    fn accessibility_codes_round_trip() {
        for t in [
            Toegankelijkheid::Geen,
            Toegankelijkheid::Tolk {
                taal: Some("Arabisch".into()),
            },
            Toegankelijkheid::Gebarentaal,
        ] {
            let taal = t.tolk_taal().map(str::to_owned);
            assert_eq!(Toegankelijkheid::from_code(t.code(), taal), t);
        }
    }
}
