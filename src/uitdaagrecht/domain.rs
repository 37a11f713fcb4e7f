//! The rules of the right to challenge: what an initiative is, where a proposal stands, and the checks on
//! what an initiative types that need no database.

/// What kind of group an initiative is: a group of residents, a cooperative, a foundation; an association is
/// as common.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vorm {
    Bewonersgroep,
    Cooperatie,
    Stichting,
    Vereniging,
}

impl Vorm {
    pub const ALL: [Vorm; 4] = [
        Vorm::Bewonersgroep,
        Vorm::Cooperatie,
        Vorm::Stichting,
        Vorm::Vereniging,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Vorm::Bewonersgroep => "bewonersgroep",
            Vorm::Cooperatie => "cooperatie",
            Vorm::Stichting => "stichting",
            Vorm::Vereniging => "vereniging",
        }
    }

    pub fn from_code(code: &str) -> Option<Vorm> {
        Vorm::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// Where a proposal stands. The municipality moves it on; the initiative sees every step with its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Concept,
    Ontvangen,
    InGesprek,
    Besloten,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Concept => "concept",
            Status::Ontvangen => "ontvangen",
            Status::InGesprek => "in_gesprek",
            Status::Besloten => "besloten",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        match code {
            "concept" => Some(Status::Concept),
            "ontvangen" => Some(Status::Ontvangen),
            "in_gesprek" => Some(Status::InGesprek),
            "besloten" => Some(Status::Besloten),
            _ => None,
        }
    }

    /// Sent and not decided: the municipality may talk, ask and decide; residents may give support.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Ontvangen | Status::InGesprek)
    }
}

/// Why the initiative can do the task better than the municipality does now (CLB-Handreiking De Wmo (2022),
/// §4.13 Right to challenge: better, more efficient or cheaper; closer to the residents: Kwartaalbrief VWS aan
/// gemeenten 2015, §5, "Vernieuwing maatschappelijke ondersteuning", on support "dichtbij huis").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waarom {
    Beter,
    Goedkoper,
    Dichterbij,
}

impl Waarom {
    pub const ALL: [Waarom; 3] = [Waarom::Beter, Waarom::Goedkoper, Waarom::Dichterbij];

    pub fn code(self) -> &'static str {
        match self {
            Waarom::Beter => "beter",
            Waarom::Goedkoper => "goedkoper",
            Waarom::Dichterbij => "dichterbij",
        }
    }

    pub fn from_code(code: &str) -> Option<Waarom> {
        Waarom::ALL.into_iter().find(|w| w.code() == code)
    }
}

/// The municipality's answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Uitkomst {
    /// The initiative takes the task over.
    Overgenomen,
    /// It takes part of it over, or on other terms.
    Deels,
    Afgewezen,
}

impl Uitkomst {
    pub const ALL: [Uitkomst; 3] = [Uitkomst::Overgenomen, Uitkomst::Deels, Uitkomst::Afgewezen];

    pub fn code(self) -> &'static str {
        match self {
            Uitkomst::Overgenomen => "overgenomen",
            Uitkomst::Deels => "deels",
            Uitkomst::Afgewezen => "afgewezen",
        }
    }

    pub fn from_code(code: &str) -> Option<Uitkomst> {
        Uitkomst::ALL.into_iter().find(|u| u.code() == code)
    }
}

/// A Chamber of Commerce (KVK) number as typed ("1234 5678"): 8 digits, spaces and dots allowed between.
pub fn kvk(invoer: &str) -> Option<String> {
    let cijfers: String = invoer
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect();
    (cijfers.len() == 8 && cijfers.chars().all(|c| c.is_ascii_digit())).then_some(cijfers)
}

/// A member's address as stored and compared: trimmed, lower case.
pub fn lid_adres(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A new reference number for a sent proposal: "UR-2026-K7M2QX" (uitdaagrecht).
pub fn nieuwe_referentie(jaar: i32) -> String {
    crate::code::referentie(crate::code::Soort::Uitdaagrecht, jaar)
}

/// The most budget lines a proposal has: enough for a real budget, few enough for a phone.
pub const REGELS_MAX: usize = 20;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kvk_number_has_eight_digits() {
        assert_eq!(kvk("1234 5678").as_deref(), Some("12345678"));
        assert_eq!(kvk("12.34.56.78").as_deref(), Some("12345678"));
        assert_eq!(kvk("1234567"), None);
        assert_eq!(kvk("1234567a"), None);
        assert_eq!(kvk("123456789"), None);
    }

    #[test]
    fn codes_read_back() {
        for v in Vorm::ALL {
            assert_eq!(Vorm::from_code(v.code()), Some(v));
        }
        for s in [
            Status::Concept,
            Status::Ontvangen,
            Status::InGesprek,
            Status::Besloten,
        ] {
            assert_eq!(Status::from_code(s.code()), Some(s));
        }
        for u in Uitkomst::ALL {
            assert_eq!(Uitkomst::from_code(u.code()), Some(u));
        }
        assert_eq!(Waarom::from_code("sneller"), None);
    }

    #[test]
    fn a_reference_names_the_scheme_and_year() {
        let r = nieuwe_referentie(2026);
        assert!(r.starts_with("UR-2026-") && r.len() == 14, "{r}");
    }
}
