//! The municipality's next deadline on a case of any scheme, how near it is, and the bezwaar term.

use super::*;

/// What the municipality must do next on a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wat {
    Onderzoek,
    Verslag,
    Besluit,
    /// The decision on a bezwaar (Awb 7:10).
    Bezwaar,
}

/// The municipality's next deadline on a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub wat: Wat,
    pub einde: Date,
    /// False for a target date that is not a legal term.
    pub wettelijk: bool,
}

impl Deadline {
    /// The deadline of a case whose term for a decision starts on a day (`termijn_vanaf`) rather than from its
    /// events: an application waiting for a decision must have one within the reasonable term of Awb art.
    /// 4:13. Without a start day, or in any other phase, there is none.
    pub fn besluit_vanaf(
        fase: Fase,
        termijn_vanaf: Option<Date>,
        gemeente: &Gemeente,
    ) -> Option<Deadline> {
        let begin = termijn_vanaf.filter(|_| fase == Fase::AanvraagOntvangen)?;
        Some(Deadline {
            wat: Wat::Besluit,
            einde: redelijke_termijn(begin, &gemeente.kalender()).einde,
            wettelijk: true,
        })
    }
}

/// The term to object to a decision of any scheme sent on `verstuurd`: from the day after sending, run on past
/// a weekend or holiday (Awb art. 6:7, 6:8; Algemene termijnenwet art. 1).
pub fn bezwaar_termijn(verstuurd: Date, gemeente: &Gemeente) -> Termijn {
    na_besluit(verstuurd, &gemeente.termijnen, &gemeente.kalender())
}

/// How near a deadline is, for the marks in the work queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgentie {
    /// The last day has passed.
    Verlopen,
    /// At most this many days left: [`BIJNA_DAGEN`].
    Bijna,
    Op,
}

/// A deadline is "nearly due" with this many days or fewer left.
pub const BIJNA_DAGEN: i64 = 5;

impl Deadline {
    pub fn urgentie(&self, vandaag: Date) -> Urgentie {
        let over = (self.einde - vandaag).whole_days();
        if over < 0 {
            Urgentie::Verlopen
        } else if over <= BIJNA_DAGEN {
            Urgentie::Bijna
        } else {
            Urgentie::Op
        }
    }
}
