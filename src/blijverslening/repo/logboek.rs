//! The blijverslening's words for the one access log.

use super::*;

/// What staff or a helper did with an application, for the log the resident reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handeling {
    Bekeken,
    Gedownload,
    Gewijzigd,
    Besloten,
    /// Took the case on (assigned it to themselves).
    Opgepakt,
    /// Recorded a step of the kernel: on the bezwaar, or a written ingebrekestelling.
    Vastgelegd,
}

impl toegang::Woorden for Handeling {
    const ALLE: &'static [Self] = &[
        Handeling::Bekeken,
        Handeling::Gedownload,
        Handeling::Gewijzigd,
        Handeling::Besloten,
        Handeling::Opgepakt,
    ];
    const BEKEKEN: Self = Handeling::Bekeken;
    const GEDOWNLOAD: Self = Handeling::Gedownload;

    fn in_log(self) -> (toegang::Handeling, &'static str) {
        match self {
            Handeling::Bekeken => (toegang::Handeling::Bekeken, "aanvraag"),
            Handeling::Gedownload => (toegang::Handeling::Gedownload, "stuk"),
            Handeling::Gewijzigd => (toegang::Handeling::Gewijzigd, "aanvraag"),
            Handeling::Besloten => (toegang::Handeling::Gewijzigd, "besluit"),
            Handeling::Opgepakt => (toegang::Handeling::Gewijzigd, "toegewezen"),
            Handeling::Vastgelegd => (
                toegang::Handeling::Gewijzigd,
                toegang::KERN_INGEBREKESTELLING,
            ),
        }
    }

    fn kern() -> Option<Self> {
        Some(Handeling::Vastgelegd)
    }
}

/// One line of the log as the resident reads it.
pub type Toegang = toegang::Gelezen<Handeling>;
