//! The parts of the application, each a page of its own on the task list, and where each part stands.

use crate::i18n::msg;

/// A part of the application with its own page, in the order of the task list. The documents are the last
/// part, on their own page (`/stukken`), and stand by what was uploaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deel {
    /// The applicant: name and birth date.
    Aanvrager,
    /// The house: its address, and that the applicant owns it and lives in it.
    Woning,
    /// The other owners, who confirm by mail.
    Eigenaren,
    /// Why the house is adapted, the work, its costs and when it is done.
    Werk,
    /// The kind of loan, its fixed-rate period and the amount.
    Lening,
}

impl Deel {
    pub const ALL: [Deel; 5] = [
        Deel::Aanvrager,
        Deel::Woning,
        Deel::Eigenaren,
        Deel::Werk,
        Deel::Lening,
    ];

    /// The last segment of its page: `/blijverslening/{id}/<slug>`.
    pub fn slug(self) -> &'static str {
        match self {
            Deel::Aanvrager => "aanvrager",
            Deel::Woning => "woning",
            Deel::Eigenaren => "mede-eigenaren",
            Deel::Werk => "werk",
            Deel::Lening => "lening",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Deel> {
        Deel::ALL.into_iter().find(|d| d.slug() == slug)
    }

    /// The message id of its title.
    pub fn titel(self) -> &'static str {
        match self {
            Deel::Aanvrager => msg::BLIJVERSLENING_DEEL_AANVRAGER,
            Deel::Woning => msg::BLIJVERSLENING_DEEL_WONING,
            Deel::Eigenaren => msg::BLIJVERSLENING_DEEL_EIGENAREN,
            Deel::Werk => msg::BLIJVERSLENING_DEEL_KOSTEN,
            Deel::Lening => msg::BLIJVERSLENING_DEEL_LENING,
        }
    }

    /// The part a field (as named in the form's errors) belongs to.
    pub fn van_veld(veld: &str) -> Option<Deel> {
        match veld {
            "naam" | "geboren" => Some(Deel::Aanvrager),
            "straat" | "postcode" | "plaats" | "eigenaar" | "bewoner" => Some(Deel::Woning),
            "alle-eigenaren" => Some(Deel::Eigenaren),
            v if v.starts_with("mede") => Some(Deel::Eigenaren),
            "reden" | "maatregelen" | "materiaal" | "arbeid" | "uren" | "leenkosten"
            | "subsidies" | "gepland" => Some(Deel::Werk),
            "soort" | "looptijd" | "bedrag" => Some(Deel::Lening),
            _ => None,
        }
    }
}

/// Where a part of the application stands on the task list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stand {
    /// Nothing of it is filled in.
    NietBegonnen,
    /// Something is filled in, and something is missing or not right.
    Bezig,
    /// Complete: nothing to change before sending.
    Klaar,
}

impl Stand {
    /// The message id of its name.
    pub fn naam(self) -> &'static str {
        match self {
            Stand::NietBegonnen => msg::BLIJVERSLENING_STAND_NIET_BEGONNEN,
            Stand::Bezig => msg::BLIJVERSLENING_STAND_BEZIG,
            Stand::Klaar => msg::BLIJVERSLENING_STAND_KLAAR,
        }
    }
}
