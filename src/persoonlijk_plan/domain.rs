//! The rules of the persoonlijk plan: its parts and their limits. Pure. An uploaded plan is a document
//! ([`crate::zaken::document`]).

/// Each of the three answers holds at most this many characters.
pub const MAX_TEKENS: usize = 2000;

/// How the plan was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// With the three guided questions on the portal.
    Geschreven,
    /// As an uploaded file.
    Bestand,
}

impl Soort {
    pub fn from_code(code: &str) -> Option<Soort> {
        match code {
            "geschreven" => Some(Soort::Geschreven),
            "bestand" => Some(Soort::Bestand),
            _ => None,
        }
    }
}

/// Whether the municipality has the plan yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Concept,
    Ingeleverd,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Concept => "concept",
            Status::Ingeleverd => "ingeleverd",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        match code {
            "concept" => Some(Status::Concept),
            "ingeleverd" => Some(Status::Ingeleverd),
            _ => None,
        }
    }
}

/// The three guided questions (Beleidsregels Wmo Het Hogeland 2023, §2.3; Verordening Sociaal Domein
/// Lansingerland 2018, art. 1:1 sub c). Empty answers are empty strings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Teksten {
    /// What the resident wants to reach.
    pub doelen: String,
    /// What they can do themselves and with the people around them.
    pub zelf_en_netwerk: String,
    /// What support they think they need, and why.
    pub ondersteuning: String,
}
