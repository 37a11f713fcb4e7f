//! What a helper may do for a resident, as pure types and rules (the kinds of representation of Beleidsregels
//! Wmo Het Hogeland 2023, §2.7.1 Vertegenwoordiging).
//!
//! A helper never decides: the rights are to look, to file and upload, and to receive the mail about a case.
//! Legal representatives get all three, but only for the matters their authority covers.

use time::Date;

/// On which footing someone acts for a resident.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// Authorised by the resident: a mantelzorger, a relative, a friend.
    Gemachtigde,
    /// An independent cliëntondersteuner of an organisation in the municipality's profile.
    Clientondersteuner,
    /// Appointed by the court for all legal acts (BW 1:381).
    Curator,
    /// Appointed by the court for care (BW 1:450).
    Mentor,
    /// Appointed by the court for money and goods (BW 1:431).
    Bewindvoerder,
    /// Guardian of a minor without a parent with authority (BW 1:245).
    Voogd,
    /// A parent with authority over a minor (BW 1:245).
    Ouder,
}

impl Soort {
    pub const WETTELIJK: [Soort; 5] = [
        Soort::Curator,
        Soort::Mentor,
        Soort::Bewindvoerder,
        Soort::Voogd,
        Soort::Ouder,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Soort::Gemachtigde => "gemachtigde",
            Soort::Clientondersteuner => "clientondersteuner",
            Soort::Curator => "curator",
            Soort::Mentor => "mentor",
            Soort::Bewindvoerder => "bewindvoerder",
            Soort::Voogd => "voogd",
            Soort::Ouder => "ouder",
        }
    }

    pub fn from_code(code: &str) -> Option<Soort> {
        [Soort::Gemachtigde, Soort::Clientondersteuner]
            .into_iter()
            .chain(Soort::WETTELIJK)
            .find(|s| s.code() == code)
    }

    /// A legal representative: their authority comes from the court or the law, and staff check the proof.
    pub fn is_wettelijk(self) -> bool {
        Soort::WETTELIJK.contains(&self)
    }

    /// The matters this kind of helper may act in. A bewindvoerder handles money, a mentor care; the others
    /// both, within the rights the resident gave.
    pub fn onderwerpen(self) -> &'static [Onderwerp] {
        match self {
            Soort::Mentor => &[Onderwerp::Zorg],
            Soort::Bewindvoerder => &[Onderwerp::Geld],
            _ => &[Onderwerp::Zorg, Onderwerp::Geld],
        }
    }
}

/// What a case is about, for the scope of a legal representative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Onderwerp {
    /// Support and care: a Wmo melding, its plan and its cliëntondersteuning.
    Zorg,
    /// Money: loans and allowances.
    Geld,
}

/// Where a machtiging stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// The resident invited a helper by e-mail; the helper has not accepted yet.
    Uitgenodigd,
    /// A helper filed for someone; that person has not confirmed yet.
    WachtOpInwoner,
    /// A signed authorisation or a court decision waits for staff.
    TeControleren,
    Actief,
    /// Staff did not accept the proof.
    Afgewezen,
    /// Ended by the resident or the helper, or refused by the resident.
    Beeindigd,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Uitgenodigd,
        Status::WachtOpInwoner,
        Status::TeControleren,
        Status::Actief,
        Status::Afgewezen,
        Status::Beeindigd,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::Uitgenodigd => "uitgenodigd",
            Status::WachtOpInwoner => "wacht_op_inwoner",
            Status::TeControleren => "te_controleren",
            Status::Actief => "actief",
            Status::Afgewezen => "afgewezen",
            Status::Beeindigd => "beeindigd",
        }
    }

    /// Unknown codes count as ended: they give no rights.
    pub fn from_code(code: &str) -> Status {
        Status::ALL
            .into_iter()
            .find(|s| s.code() == code)
            .unwrap_or(Status::Beeindigd)
    }

    /// Still to be accepted, confirmed or checked: it can still be withdrawn.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            Status::Uitgenodigd | Status::WachtOpInwoner | Status::TeControleren
        )
    }
}

/// On what the machtiging rests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grond {
    /// The resident invited the helper from their own account.
    Uitnodiging,
    /// The resident confirmed a helper's request with the link or the code.
    Bevestiging,
    /// A signed authorisation, checked by staff.
    Formulier,
    /// A court decision or proof of parental authority, checked by staff.
    Rechter,
    /// A request for cliëntondersteuning that allowed the organisation to see the dossier.
    Verzoek,
}

impl Grond {
    pub const ALL: [Grond; 5] = [
        Grond::Uitnodiging,
        Grond::Bevestiging,
        Grond::Formulier,
        Grond::Rechter,
        Grond::Verzoek,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Grond::Uitnodiging => "uitnodiging",
            Grond::Bevestiging => "bevestiging",
            Grond::Formulier => "formulier",
            Grond::Rechter => "rechter",
            Grond::Verzoek => "verzoek",
        }
    }

    pub fn from_code(code: &str) -> Grond {
        Grond::ALL
            .into_iter()
            .find(|g| g.code() == code)
            .unwrap_or(Grond::Uitnodiging)
    }
}

/// What a helper may do. Looking is always part of it: a machtiging that lets one file but not see what one
/// filed helps nobody.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rechten {
    pub bekijken: bool,
    /// File a melding, write a plan, answer questions, upload documents, make bezwaar.
    pub indienen: bool,
    /// Receive the mail about the case, besides the resident.
    pub post: bool,
}

impl Rechten {
    /// Everything: a person acting for themselves, or a legal representative within their matters.
    pub const ALLES: Rechten = Rechten {
        bekijken: true,
        indienen: true,
        post: true,
    };

    /// The rights as chosen on a form: filing implies looking.
    pub fn gekozen(indienen: bool, post: bool) -> Rechten {
        Rechten {
            bekijken: true,
            indienen,
            post,
        }
    }

    /// The rights of two machtigingen for the same pair together.
    pub fn samen(self, other: Rechten) -> Rechten {
        Rechten {
            bekijken: self.bekijken || other.bekijken,
            indienen: self.indienen || other.indienen,
            post: self.post || other.post,
        }
    }

    /// Whether these rights are no more than `other`: a helper may hand on or keep less, never take more.
    pub fn binnen(self, other: Rechten) -> bool {
        (!self.bekijken || other.bekijken)
            && (!self.indienen || other.indienen)
            && (!self.post || other.post)
    }
}

/// One machtiging, as far as the rules need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Machtiging {
    pub soort: Soort,
    pub status: Status,
    pub rechten: Rechten,
    /// The last day it holds; `None`: until ended.
    pub geldig_tot: Option<Date>,
}

impl Machtiging {
    /// The rights it gives today for a case about `onderwerp`: none unless it is active, has not expired and
    /// covers that matter.
    pub fn rechten_op(&self, vandaag: Date, onderwerp: Onderwerp) -> Rechten {
        let geldt = self.status == Status::Actief
            && self.geldig_tot.is_none_or(|tot| vandaag <= tot)
            && self.soort.onderwerpen().contains(&onderwerp);
        if geldt {
            self.rechten
        } else {
            Rechten::default()
        }
    }
}

/// The longest a machtiging from the portal may run: the resident chooses an end date within it, so that no
/// permission is forgotten for ever. Legal representation follows the court's decision instead.
pub const MAX_JAREN: i32 = 5;

/// Whether `tot` is an end date the resident may choose today: not in the past, at most [`MAX_JAREN`] ahead.
pub fn einde_toegestaan(vandaag: Date, tot: Date) -> bool {
    tot >= vandaag && tot <= jaren_na(vandaag, MAX_JAREN)
}

/// The same day `jaren` years later; from 29 February, 28 February of a year without one.
pub fn jaren_na(dag: Date, jaren: i32) -> Date {
    let jaar = dag.year() + jaren;
    dag.replace_year(jaar)
        .or_else(|_| dag.replace_day(28).and_then(|d| d.replace_year(jaar)))
        .unwrap_or(dag)
}

/// A short code to read out on the phone: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// shown as two groups of four.
pub fn code_uit(random: &[u8]) -> String {
    crate::code::tekens_uit(&random[..random.len().min(8)])
}

/// A code as someone typed it: spaces, dashes and case do not matter.
pub fn code_normaal(invoer: &str) -> String {
    invoer
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// A wrong code may be tried this often; then the request must be made again.
pub const MAX_CODE_POGINGEN: i64 = 5;

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn actief(soort: Soort, rechten: Rechten, tot: Option<Date>) -> Machtiging {
        Machtiging {
            soort,
            status: Status::Actief,
            rechten,
            geldig_tot: tot,
        }
    }

    #[test]
    fn rights_hold_until_the_last_day_and_not_after() {
        let m = actief(
            Soort::Gemachtigde,
            Rechten::gekozen(true, false),
            Some(date!(2026 - 12 - 31)),
        );
        assert!(
            m.rechten_op(date!(2026 - 12 - 31), Onderwerp::Zorg)
                .indienen
        );
        assert_eq!(
            m.rechten_op(date!(2027 - 01 - 01), Onderwerp::Zorg),
            Rechten::default()
        );
    }

    #[test]
    fn only_an_active_machtiging_gives_rights() {
        for status in Status::ALL {
            let m = Machtiging {
                status,
                ..actief(Soort::Gemachtigde, Rechten::ALLES, None)
            };
            let rechten = m.rechten_op(date!(2026 - 11 - 23), Onderwerp::Zorg);
            assert_eq!(rechten.bekijken, status == Status::Actief, "{status:?}");
        }
    }

    #[test]
    fn a_bewindvoerder_handles_money_and_a_mentor_care() {
        let dag = date!(2026 - 11 - 23);
        let bewind = actief(Soort::Bewindvoerder, Rechten::ALLES, None);
        assert!(!bewind.rechten_op(dag, Onderwerp::Zorg).bekijken);
        assert!(bewind.rechten_op(dag, Onderwerp::Geld).indienen);
        let mentor = actief(Soort::Mentor, Rechten::ALLES, None);
        assert!(mentor.rechten_op(dag, Onderwerp::Zorg).indienen);
        assert!(!mentor.rechten_op(dag, Onderwerp::Geld).bekijken);
        for soort in [Soort::Curator, Soort::Voogd, Soort::Ouder] {
            let m = actief(soort, Rechten::ALLES, None);
            assert!(m.rechten_op(dag, Onderwerp::Zorg).indienen, "{soort:?}");
            assert!(m.rechten_op(dag, Onderwerp::Geld).indienen, "{soort:?}");
        }
    }

    #[test]
    fn filing_implies_looking_and_rights_combine() {
        let kijken = Rechten::gekozen(false, false);
        let post = Rechten::gekozen(false, true);
        assert!(kijken.bekijken && !kijken.indienen && !kijken.post);
        assert_eq!(kijken.samen(post), post);
        assert!(kijken.binnen(post));
        assert!(!Rechten::ALLES.binnen(post));
    }

    #[test]
    fn end_dates() {
        let vandaag = date!(2026 - 11 - 23);
        assert!(einde_toegestaan(vandaag, vandaag));
        assert!(!einde_toegestaan(vandaag, date!(2026 - 11 - 22)));
        assert!(einde_toegestaan(vandaag, date!(2031 - 11 - 23)));
        assert!(!einde_toegestaan(vandaag, date!(2031 - 11 - 24)));
    }

    #[test]
    fn years_later_from_a_leap_day() {
        assert_eq!(jaren_na(date!(2028 - 02 - 29), 5), date!(2033 - 02 - 28));
        assert_eq!(jaren_na(date!(2028 - 02 - 29), 4), date!(2032 - 02 - 29));
        assert!(einde_toegestaan(
            date!(2028 - 02 - 29),
            date!(2033 - 02 - 28)
        ));
    }

    #[test]
    fn codes_are_short_and_forgiving() {
        let code = code_uit(&[0, 1, 2, 30, 31, 255, 7, 8, 9]);
        assert_eq!(code.len(), 8);
        assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
        assert_eq!(code_normaal(" abcd-efgh "), "ABCDEFGH");
        for soort in [Soort::Gemachtigde, Soort::Clientondersteuner]
            .into_iter()
            .chain(Soort::WETTELIJK)
        {
            assert_eq!(Soort::from_code(soort.code()), Some(soort));
        }
    }
}
