//! Codes: the stored codes of closed sets of values ([`Code`]), and the codes people read out on the phone
//! (reference numbers of cases and requests, the code to continue a draft and to confirm a machtiging), from one
//! alphabet without look-alikes (no 0/O, 1/I/L) and one generator.

/// A closed set of codes, stored as text: each value has a stable code (and, where it is shown, a message). A
/// code that does not read back is no value ([`Code::from_code`] gives `None`).
pub trait Code: Copy + Sized + 'static {
    const ALL: &'static [Self];
    fn code(self) -> &'static str;
    fn from_code(code: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.code() == code)
    }
}

/// Letters and digits that cannot be mistaken for one another when read out.
pub const ALFABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// The characters of a code from random bytes, one character per byte.
pub fn tekens_uit(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| char::from(ALFABET[usize::from(*b) % ALFABET.len()]))
        .collect()
}

/// `n` random characters of the alphabet.
pub fn willekeurig(n: usize) -> String {
    tekens_uit(&crate::token::random_bytes(n))
}

/// What a reference number is of: its letters, and how many random characters follow the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// `M-2026-K7P2QX`: a Wmo melding. 31^6 (about 890 million) a year.
    Melding,
    /// `CO-2026-K7P2QX9M`: a request for cliëntondersteuning.
    Clientondersteuning,
    /// `BL-2026-K7P2QX9M`: a blijverslening application.
    Blijverslening,
    /// `KP-2026-K7P2QX9M`: a Kindpakket application.
    Kindpakket,
    /// `UR-2026-K7P2QX`: a right-to-challenge proposal.
    Uitdaagrecht,
}

impl Soort {
    fn voorvoegsel(self) -> &'static str {
        match self {
            Soort::Melding => "M",
            Soort::Clientondersteuning => "CO",
            Soort::Blijverslening => "BL",
            Soort::Kindpakket => "KP",
            Soort::Uitdaagrecht => "UR",
        }
    }

    fn lengte(self) -> usize {
        match self {
            Soort::Melding | Soort::Uitdaagrecht => 6,
            Soort::Clientondersteuning | Soort::Blijverslening | Soort::Kindpakket => 8,
        }
    }
}

/// A new reference number of the year `jaar`. The tables' UNIQUE constraints catch the rare repeat.
pub fn referentie(soort: Soort, jaar: i32) -> String {
    referentie_uit(soort, jaar, &crate::token::random_bytes(soort.lengte()))
}

/// The reference number of these random bytes (one character per byte, as many as the kind takes).
pub fn referentie_uit(soort: Soort, jaar: i32, bytes: &[u8]) -> String {
    let tekens = tekens_uit(&bytes[..soort.lengte().min(bytes.len())]);
    format!("{}-{jaar}-{tekens}", soort.voorvoegsel())
}

/// A code as someone typed it: spaces, dashes and case do not matter. `None` when it has another length or a
/// character outside the alphabet.
pub fn normaal(invoer: &str, lengte: usize) -> Option<String> {
    let tekens: String = invoer
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (tekens.len() == lengte && tekens.bytes().all(|b| ALFABET.contains(&b))).then_some(tekens)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn references_name_the_kind_and_year_and_use_no_look_alikes() {
        assert_eq!(
            referentie_uit(Soort::Kindpakket, 2026, &[0, 1, 2, 3, 4, 5, 6, 7]),
            "KP-2026-ABCDEFGH"
        );
        assert_eq!(
            referentie_uit(Soort::Melding, 2026, &[30, 31, 61, 62, 255, 254, 92, 93]),
            "M-2026-9A9AHG"
        );
        for soort in [
            Soort::Melding,
            Soort::Clientondersteuning,
            Soort::Blijverslening,
            Soort::Kindpakket,
            Soort::Uitdaagrecht,
        ] {
            for _ in 0..100 {
                let r = referentie(soort, 2026);
                let (voor, tekens) = r.rsplit_once('-').unwrap();
                assert_eq!(voor, format!("{}-2026", soort.voorvoegsel()));
                assert_eq!(tekens.len(), soort.lengte(), "{r}");
                assert!(tekens.bytes().all(|b| ALFABET.contains(&b)), "{r}");
                assert!(!tekens.contains(['0', 'O', '1', 'I', 'L']), "{r}");
            }
        }
    }

    #[test]
    fn a_typed_code_ignores_case_spaces_and_dashes() {
        assert_eq!(normaal("k7p2-qx9m", 8), Some("K7P2QX9M".into()));
        assert_eq!(normaal("K7P2 QX9", 8), None, "too short");
        assert_eq!(normaal("K7P2-QX9O", 8), None, "O is not in the alphabet");
    }
}
