//! The right to challenge's words for the one access log.

use super::*;

/// What a member of staff did with a proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handeling {
    Bekeken,
    Gedownload,
    Gesprek,
    Vraag,
    Besloten,
    /// Took the case on (assigned it to themselves).
    Opgepakt,
    /// Recorded something the kernel keeps for every scheme (a hold on the case).
    Vastgelegd,
}

impl toegang::Woorden for Handeling {
    const ALLE: &'static [Self] = &[
        Handeling::Bekeken,
        Handeling::Gedownload,
        Handeling::Gesprek,
        Handeling::Vraag,
        Handeling::Besloten,
        Handeling::Opgepakt,
    ];
    const BEKEKEN: Self = Handeling::Bekeken;
    const GEDOWNLOAD: Self = Handeling::Gedownload;

    fn in_log(self) -> (toegang::Handeling, &'static str) {
        match self {
            Handeling::Bekeken => (toegang::Handeling::Bekeken, "voorstel"),
            Handeling::Gedownload => (toegang::Handeling::Gedownload, "bijlage"),
            Handeling::Gesprek => (toegang::Handeling::Gewijzigd, "gesprek"),
            Handeling::Vraag => (toegang::Handeling::Gewijzigd, "vraag"),
            Handeling::Besloten => (toegang::Handeling::Gewijzigd, "besluit"),
            Handeling::Opgepakt => (toegang::Handeling::Gewijzigd, "toegewezen"),
            Handeling::Vastgelegd => (toegang::Handeling::Gewijzigd, "vastgelegd"),
        }
    }

    fn kern() -> Option<Self> {
        Some(Handeling::Vastgelegd)
    }
}

/// One line of the log as the initiative reads it.
pub type Toegang = toegang::Gelezen<Handeling>;
