//! A bezwaar against the decision on a case of any scheme, as a list of its own steps, folded into what it is
//! now, with its terms. Pure: no clock, no database.
//!
//! The procedure follows the Awb: a bezwaar without reasons ("pro forma") gets a term to add them (art. 6:6),
//! the municipality confirms receipt (art. 6:14), hears the resident or records why not (art. 7:2, 7:3), and
//! decides within six weeks after the bezwaar term ended, twelve when an advisory committee hears bezwaren,
//! once postponed by six weeks at most (art. 7:10). The resident may withdraw it until the decision.

use serde::{Deserialize, Serialize};
use time::Date;

use crate::gemeente::Gemeente;
use crate::ids::PersoonId;
use crate::termijnen::domain::{Termijn, beslissing_op_bezwaar, na_besluit};
use crate::zaken::domain::{Door, dag};

/// The decision on a bezwaar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Uitkomst {
    /// The resident is right: the besluit changes.
    Gegrond,
    /// The resident is partly right: the besluit changes in part.
    DeelsGegrond,
    /// The besluit stays as it is.
    Ongegrond,
    /// The bezwaar cannot be dealt with (too late without a good reason, or reasons never given).
    NietOntvankelijk,
}

impl Uitkomst {
    pub const ALL: [Uitkomst; 4] = [
        Uitkomst::Gegrond,
        Uitkomst::DeelsGegrond,
        Uitkomst::Ongegrond,
        Uitkomst::NietOntvankelijk,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Uitkomst::Gegrond => "gegrond",
            Uitkomst::DeelsGegrond => "deels_gegrond",
            Uitkomst::Ongegrond => "ongegrond",
            Uitkomst::NietOntvankelijk => "niet_ontvankelijk",
        }
    }

    pub fn from_code(code: &str) -> Option<Uitkomst> {
        Uitkomst::ALL.into_iter().find(|u| u.code() == code)
    }

    /// Whether the besluit changes, so that a new one is recorded with the decision.
    pub fn wijzigt_besluit(self) -> bool {
        matches!(self, Uitkomst::Gegrond | Uitkomst::DeelsGegrond)
    }
}

/// Everything that happens to a bezwaar. Each is stored once, with its author and moment; none is changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "soort", rename_all = "snake_case")]
pub enum BezwaarStap {
    /// The resident (or a helper) sends the bezwaar: its grounds (empty for a pro forma bezwaar), its
    /// documents, and the day the besluit was sent, from which its terms count.
    Ingediend {
        gronden: String,
        pro_forma: bool,
        documenten: Vec<String>,
        #[serde(with = "dag")]
        besluit_op: Date,
    },
    /// The municipality confirms it received the bezwaar (Awb 6:14).
    OntvangstBevestigd,
    /// The municipality gives a pro forma bezwaar a term to add its grounds (Awb 6:6).
    AanvullenTot {
        #[serde(with = "dag")]
        tot: Date,
    },
    /// The resident adds grounds or documents.
    Aangevuld {
        gronden: String,
        documenten: Vec<String>,
    },
    /// The municipality plans the hearing (Awb 7:2), by its advisory committee or not.
    HoorzittingGepland {
        #[serde(with = "dag")]
        datum: Date,
        tijd: String,
        plaats: String,
        commissie: bool,
    },
    /// The municipality does not hear the resident, with the reason the law allows (Awb 7:3).
    HorenAfgezien { reden: String },
    /// The decision comes up to six weeks later (Awb 7:10 lid 3), with the reason.
    Verdaagd { reden: String },
    /// The decision on the bezwaar, with its reasons; when the besluit changes, the new besluit in words.
    Beslist {
        uitkomst: Uitkomst,
        motivering: String,
        nieuw_besluit: String,
    },
    /// The resident withdraws the bezwaar.
    Ingetrokken,
    /// A written ingebrekestelling came in on this day, after the last day for the decision (Awb 4:17).
    Ingebrekestelling {
        #[serde(with = "dag")]
        ontvangen_op: Date,
    },
}

impl BezwaarStap {
    /// The stored name of the kind of step.
    pub fn soort(&self) -> &'static str {
        match self {
            BezwaarStap::Ingediend { .. } => "ingediend",
            BezwaarStap::OntvangstBevestigd => "ontvangst_bevestigd",
            BezwaarStap::AanvullenTot { .. } => "aanvullen_tot",
            BezwaarStap::Aangevuld { .. } => "aangevuld",
            BezwaarStap::HoorzittingGepland { .. } => "hoorzitting_gepland",
            BezwaarStap::HorenAfgezien { .. } => "horen_afgezien",
            BezwaarStap::Verdaagd { .. } => "verdaagd",
            BezwaarStap::Beslist { .. } => "beslist",
            BezwaarStap::Ingetrokken => "ingetrokken",
            BezwaarStap::Ingebrekestelling { .. } => "ingebrekestelling",
        }
    }

    /// True for the steps of the municipality, which the resident gets an e-mail about.
    pub fn van_gemeente(&self) -> bool {
        !matches!(
            self,
            BezwaarStap::Ingediend { .. }
                | BezwaarStap::Aangevuld { .. }
                | BezwaarStap::Ingetrokken
        )
    }
}

/// One stored step with its author and moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vastgelegd {
    pub volgnummer: i64,
    pub stap: BezwaarStap,
    pub door_persoon_id: Option<PersoonId>,
    pub door: Door,
    pub op: time::OffsetDateTime,
}

/// The hearing as planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hoorzitting {
    pub datum: Date,
    pub tijd: String,
    pub plaats: String,
    pub commissie: bool,
}

/// The decision as taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Beslissing {
    pub op: Date,
    pub uitkomst: Uitkomst,
    pub motivering: String,
    pub nieuw_besluit: String,
}

/// A bezwaar as it is now: the steps of its case folded, oldest first. A withdrawn bezwaar is followed by a
/// new one when the resident objects again; this is the last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bezwaar {
    /// The day it was sent.
    pub ingediend_op: Date,
    pub besluit_op: Date,
    pub gronden: String,
    pub pro_forma: bool,
    pub documenten: Vec<String>,
    pub ontvangst_op: Option<Date>,
    pub aanvullen_tot: Option<Date>,
    /// The day the grounds were first asked for, and the last day given then (Awb 6:6, 7:10 lid 2).
    pub aanvullen_gevraagd: Option<(Date, Date)>,
    /// The days grounds were added, with the grounds.
    pub aanvullingen: Vec<(Date, String)>,
    pub hoorzitting: Option<Hoorzitting>,
    pub horen_afgezien: Option<String>,
    pub verdaagd: Option<String>,
    pub beslissing: Option<Beslissing>,
    pub ingetrokken_op: Option<Date>,
    /// The day a written ingebrekestelling came in.
    pub ingebrekestelling: Option<Date>,
    /// The steps of this bezwaar, oldest first.
    pub stappen: Vec<Vastgelegd>,
}

impl Bezwaar {
    /// The last bezwaar of a case from its steps, oldest first (`None` before any); moments become Dutch days
    /// by `dag_van`.
    pub fn uit(
        stappen: Vec<Vastgelegd>,
        dag_van: impl Fn(time::OffsetDateTime) -> Date,
    ) -> Option<Bezwaar> {
        let mut bezwaar: Option<Bezwaar> = None;
        for stap in stappen {
            let op = dag_van(stap.op);
            if let BezwaarStap::Ingediend {
                gronden,
                pro_forma,
                documenten,
                besluit_op,
            } = &stap.stap
            {
                bezwaar = Some(Bezwaar {
                    ingediend_op: op,
                    besluit_op: *besluit_op,
                    gronden: gronden.clone(),
                    pro_forma: *pro_forma,
                    documenten: documenten.clone(),
                    ontvangst_op: None,
                    aanvullen_tot: None,
                    aanvullen_gevraagd: None,
                    aanvullingen: Vec::new(),
                    hoorzitting: None,
                    horen_afgezien: None,
                    verdaagd: None,
                    beslissing: None,
                    ingetrokken_op: None,
                    ingebrekestelling: None,
                    stappen: Vec::new(),
                });
            }
            let Some(b) = bezwaar.as_mut() else {
                continue;
            };
            match &stap.stap {
                BezwaarStap::Ingediend { .. } => {}
                BezwaarStap::OntvangstBevestigd => b.ontvangst_op = Some(op),
                BezwaarStap::AanvullenTot { tot } => {
                    b.aanvullen_tot = Some(*tot);
                    let gevraagd = b.aanvullen_gevraagd.map_or(op, |(g, _)| g);
                    b.aanvullen_gevraagd = Some((gevraagd, *tot));
                }
                BezwaarStap::Aangevuld {
                    gronden,
                    documenten,
                } => {
                    b.aanvullingen.push((op, gronden.clone()));
                    b.documenten.extend(documenten.iter().cloned());
                }
                BezwaarStap::HoorzittingGepland {
                    datum,
                    tijd,
                    plaats,
                    commissie,
                } => {
                    b.hoorzitting = Some(Hoorzitting {
                        datum: *datum,
                        tijd: tijd.clone(),
                        plaats: plaats.clone(),
                        commissie: *commissie,
                    });
                }
                BezwaarStap::HorenAfgezien { reden } => b.horen_afgezien = Some(reden.clone()),
                BezwaarStap::Verdaagd { reden } => b.verdaagd = Some(reden.clone()),
                BezwaarStap::Beslist {
                    uitkomst,
                    motivering,
                    nieuw_besluit,
                } => {
                    b.beslissing = Some(Beslissing {
                        op,
                        uitkomst: *uitkomst,
                        motivering: motivering.clone(),
                        nieuw_besluit: nieuw_besluit.clone(),
                    });
                }
                BezwaarStap::Ingetrokken => b.ingetrokken_op = Some(op),
                BezwaarStap::Ingebrekestelling { ontvangen_op } => {
                    b.ingebrekestelling = Some(*ontvangen_op);
                }
            }
            b.stappen.push(stap);
        }
        bezwaar
    }

    /// Still waiting for a decision: not decided and not withdrawn.
    pub fn is_open(&self) -> bool {
        self.beslissing.is_none() && self.ingetrokken_op.is_none()
    }

    /// True when grounds are still missing: a pro forma bezwaar that has not been completed.
    pub fn wacht_op_gronden(&self) -> bool {
        self.pro_forma
            && self.gronden.trim().is_empty()
            && self.aanvullingen.iter().all(|(_, g)| g.trim().is_empty())
    }

    /// The day the grounds came in after the term to add them had passed (Awb 6:6), if so.
    pub fn te_laat_aangevuld(&self) -> Option<Date> {
        let tot = self.aanvullen_tot?;
        self.aanvullingen
            .iter()
            .find(|(_, g)| !g.trim().is_empty())
            .map(|(op, _)| *op)
            .filter(|op| *op > tot)
    }

    /// The last day of the term to object, as it applied to this bezwaar.
    pub fn bezwaar_termijn(&self, gemeente: &Gemeente) -> Termijn {
        na_besluit(self.besluit_op, &gemeente.termijnen, &gemeente.kalender())
    }

    /// Sent after the term to object had passed: the municipality then weighs whether the delay is excusable
    /// (Awb 6:11).
    pub fn na_termijn(&self, gemeente: &Gemeente) -> bool {
        self.bezwaar_termijn(gemeente).verstreken(self.ingediend_op)
    }

    /// The days the decision term stands still while the resident is asked to add the grounds (Awb 7:10 lid
    /// 2): from the day after the request "tot de dag waarop het verzuim is hersteld", so up to the day before
    /// the grounds came, or up to and including the last day given when they did not come by then.
    pub fn opgeschorte_dagen(&self) -> i64 {
        let Some((gevraagd, tot)) = self.aanvullen_gevraagd else {
            return 0;
        };
        let hersteld = self
            .aanvullingen
            .iter()
            .find(|(op, g)| *op >= gevraagd && !g.trim().is_empty())
            .map(|(op, _)| *op);
        let laatste = match hersteld {
            Some(op) if op <= tot => op.previous_day().unwrap_or(op),
            _ => tot,
        };
        (laatste - gevraagd).whole_days().max(0)
    }

    /// The last day for the decision (Awb 7:10): from the day after the bezwaar term ended, or from the day
    /// after the bezwaar came in when that is later (a late bezwaar cannot be decided before it exists), and
    /// later by the days it stood still for the grounds (lid 2).
    pub fn beslis_termijn(&self, gemeente: &Gemeente) -> Termijn {
        let t = &gemeente.termijnen;
        let kalender = gemeente.kalender();
        let commissie = t.bezwaar_adviescommissie;
        let verdaagd = self.verdaagd.is_some();
        let vanaf_besluit =
            beslissing_op_bezwaar(self.besluit_op, t, &kalender, commissie, verdaagd);
        let begin = vanaf_besluit.begin.max(self.ingediend_op);
        let dagen = (vanaf_besluit.einde_zonder_verlenging - vanaf_besluit.begin).whole_days()
            + self.opgeschorte_dagen();
        let einde = begin.saturating_add(time::Duration::days(dagen));
        Termijn {
            soort: vanaf_besluit.soort,
            begin,
            einde: kalender.verleng(begin, einde),
            einde_zonder_verlenging: einde,
        }
    }

    /// Whether this step may be recorded on the bezwaar as it is now (`vandaag` for the steps that must come
    /// before a term ends). A second click, or a step that no longer fits, is refused.
    pub fn staat_toe(&self, stap: &BezwaarStap, gemeente: &Gemeente, vandaag: Date) -> bool {
        let open = self.is_open();
        match stap {
            // A new bezwaar only after the last was withdrawn; a decided one goes to court, not here.
            BezwaarStap::Ingediend { .. } => self.ingetrokken_op.is_some(),
            BezwaarStap::OntvangstBevestigd => open && self.ontvangst_op.is_none(),
            BezwaarStap::AanvullenTot { .. } => open && self.wacht_op_gronden(),
            BezwaarStap::Aangevuld { .. } => open,
            BezwaarStap::HoorzittingGepland { .. } => open && self.horen_afgezien.is_none(),
            BezwaarStap::HorenAfgezien { .. } => open && self.hoorzitting.is_none(),
            // Once, and with notice before the term ends (Awb 7:10 lid 3).
            BezwaarStap::Verdaagd { .. } => {
                open && self.verdaagd.is_none()
                    && !self.beslis_termijn(gemeente).verstreken(vandaag)
            }
            BezwaarStap::Beslist { .. } | BezwaarStap::Ingetrokken => open,
            // Once; whether it came after the last day, the form checks.
            BezwaarStap::Ingebrekestelling { .. } => open && self.ingebrekestelling.is_none(),
        }
    }

    /// Late and not yet put in default: the last day for the decision passed without one.
    pub fn te_laat(&self, gemeente: &Gemeente, vandaag: Date) -> bool {
        self.is_open()
            && self.ingebrekestelling.is_none()
            && self.beslis_termijn(gemeente).verstreken(vandaag)
    }

    /// How the dwangsom stands, once an ingebrekestelling came in: up to the decision when it came late, or up
    /// to the day the resident withdrew the bezwaar (then there is nothing left to decide).
    pub fn dwangsom(&self, vandaag: Date) -> Option<crate::zaken::ingebreke::Dwangsom> {
        let einde = self
            .beslissing
            .as_ref()
            .map(|b| b.op)
            .or(self.ingetrokken_op);
        self.ingebrekestelling
            .map(|o| crate::zaken::ingebreke::dwangsom(o, einde, vandaag))
    }
}

/// Whether a first bezwaar may be sent on a case with no bezwaar yet, or a new one after a withdrawal: the
/// case has a besluit (`besluit_op`), and there is no open or decided bezwaar.
pub fn mag_indienen(bezwaar: Option<&Bezwaar>, besluit_op: Option<Date>) -> bool {
    besluit_op.is_some() && bezwaar.is_none_or(|b| b.ingetrokken_op.is_some())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    fn gemeente(commissie: bool) -> Gemeente {
        let mut g = Gemeente::builtin("lansingerland").unwrap();
        g.termijnen.bezwaar_adviescommissie = commissie;
        g
    }

    fn stap(n: i64, op: time::OffsetDateTime, stap: BezwaarStap) -> Vastgelegd {
        Vastgelegd {
            volgnummer: n,
            stap,
            door_persoon_id: Some("p".into()),
            door: Door::Inwoner,
            op,
        }
    }

    fn ingediend(op: time::OffsetDateTime, pro_forma: bool) -> Vastgelegd {
        stap(
            1,
            op,
            BezwaarStap::Ingediend {
                gronden: if pro_forma {
                    String::new()
                } else {
                    "Ik heb het nodig".into()
                },
                pro_forma,
                documenten: vec![],
                // Tuesday 1 December 2026: the bezwaar term ends Tuesday 12 January 2027.
                besluit_op: date!(2026 - 12 - 01),
            },
        )
    }

    fn uit(stappen: Vec<Vastgelegd>) -> Bezwaar {
        Bezwaar::uit(stappen, crate::zaken::dag).unwrap()
    }

    #[test]
    fn the_decision_term_is_awb_7_10_with_and_without_a_committee_and_the_extension() {
        let b = uit(vec![ingediend(datetime!(2026-12-10 10:00 UTC), false)]);
        // Awb 7:10 lid 1: six weeks after the bezwaar term ended on 12 January 2027.
        assert_eq!(
            b.beslis_termijn(&gemeente(false)).einde,
            date!(2027 - 02 - 23)
        );
        // With an advisory committee (Awb 7:13): twelve weeks.
        assert_eq!(
            b.beslis_termijn(&gemeente(true)).einde,
            date!(2027 - 04 - 06)
        );
        // Lid 3: once six weeks more.
        let verdaagd = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), false),
            stap(
                2,
                datetime!(2027-02-01 10:00 UTC),
                BezwaarStap::Verdaagd {
                    reden: "Advies van een arts".into(),
                },
            ),
        ]);
        assert_eq!(
            verdaagd.beslis_termijn(&gemeente(false)).einde,
            date!(2027 - 04 - 06)
        );
        assert_eq!(
            verdaagd.beslis_termijn(&gemeente(true)).einde,
            date!(2027 - 05 - 18)
        );
        // Not twice, and not once the term has passed.
        let g = gemeente(false);
        let nog_eens = BezwaarStap::Verdaagd { reden: "x".into() };
        assert!(!verdaagd.staat_toe(&nog_eens, &g, date!(2027 - 02 - 02)));
        assert!(b.staat_toe(&nog_eens, &g, date!(2027 - 02 - 23)));
        assert!(!b.staat_toe(&nog_eens, &g, date!(2027 - 02 - 24)));
    }

    #[test]
    fn a_late_bezwaar_gets_its_weeks_from_the_day_it_came_in() {
        // Sent Monday 1 February 2027, after the term ended on 12 January: Awb 6:11 lets the municipality
        // weigh the delay; its decision term counts from the day after it came in.
        let b = uit(vec![ingediend(datetime!(2027-02-01 10:00 UTC), false)]);
        let g = gemeente(false);
        assert!(b.na_termijn(&g));
        assert_eq!(b.beslis_termijn(&g).einde, date!(2027 - 03 - 15));
        let op_tijd = uit(vec![ingediend(datetime!(2027-01-12 10:00 UTC), false)]);
        assert!(!op_tijd.na_termijn(&g), "the last day counts");
    }

    #[test]
    fn a_pro_forma_bezwaar_completed_in_time_and_too_late() {
        let termijn_stap = || BezwaarStap::AanvullenTot {
            tot: date!(2026 - 12 - 28),
        };
        let termijn = stap(2, datetime!(2026-12-11 10:00 UTC), termijn_stap());
        let aangevuld = |op| {
            stap(
                3,
                op,
                BezwaarStap::Aangevuld {
                    gronden: "Ik kan niet meer traplopen".into(),
                    documenten: vec![],
                },
            )
        };
        let b = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), true),
            termijn.clone(),
        ]);
        assert!(b.wacht_op_gronden());
        let g = gemeente(false);
        // A new term may replace it while the grounds are missing.
        assert!(b.staat_toe(&termijn.stap, &g, date!(2026 - 12 - 11)));
        // On the last day: in time.
        let op_tijd = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), true),
            termijn.clone(),
            aangevuld(datetime!(2026-12-28 20:00 UTC)),
        ]);
        assert!(!op_tijd.wacht_op_gronden());
        assert_eq!(op_tijd.te_laat_aangevuld(), None);
        assert!(
            !op_tijd.staat_toe(&termijn_stap(), &g, date!(2026 - 12 - 29)),
            "no term once they came"
        );
        // The day after: too late (Awb 6:6), and said so.
        let te_laat = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), true),
            termijn,
            aangevuld(datetime!(2026-12-29 09:00 UTC)),
        ]);
        assert_eq!(te_laat.te_laat_aangevuld(), Some(date!(2026 - 12 - 29)));
    }

    #[test]
    fn the_decision_term_stands_still_while_the_grounds_are_asked_for() {
        let g = gemeente(false);
        let gevraagd = stap(
            2,
            datetime!(2026-12-11 10:00 UTC),
            BezwaarStap::AanvullenTot {
                tot: date!(2026 - 12 - 28),
            },
        );
        let zonder = uit(vec![ingediend(datetime!(2026-12-10 10:00 UTC), true)]);
        assert_eq!(zonder.beslis_termijn(&g).einde, date!(2027 - 02 - 23));
        // Awb 7:10 lid 2: asked on 11 December, grounds on 18 December: 12 to 17 December, 6 days.
        let hersteld = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), true),
            gevraagd.clone(),
            stap(
                3,
                datetime!(2026-12-18 10:00 UTC),
                BezwaarStap::Aangevuld {
                    gronden: "Ik kan niet traplopen".into(),
                    documenten: vec![],
                },
            ),
        ]);
        assert_eq!(hersteld.opgeschorte_dagen(), 6);
        assert_eq!(hersteld.beslis_termijn(&g).einde, date!(2027 - 03 - 01));
        // No grounds by the last day: 12 up to and including 28 December, 17 days.
        let niet = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), true),
            gevraagd,
        ]);
        assert_eq!(niet.opgeschorte_dagen(), 17);
        assert_eq!(niet.beslis_termijn(&g).einde, date!(2027 - 03 - 12));
    }

    #[test]
    fn a_withdrawn_bezwaar_allows_a_new_one_a_decided_one_does_not() {
        let g = gemeente(false);
        let nieuw = ingediend(datetime!(2026-12-20 10:00 UTC), false).stap;
        assert!(mag_indienen(None, Some(date!(2026 - 12 - 01))));
        assert!(!mag_indienen(None, None), "no besluit, no bezwaar");
        let open = uit(vec![ingediend(datetime!(2026-12-10 10:00 UTC), false)]);
        assert!(!mag_indienen(Some(&open), Some(date!(2026 - 12 - 01))));
        assert!(!open.staat_toe(&nieuw, &g, date!(2026 - 12 - 20)));
        let ingetrokken = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), false),
            stap(2, datetime!(2026-12-11 10:00 UTC), BezwaarStap::Ingetrokken),
        ]);
        assert!(!ingetrokken.is_open());
        assert!(mag_indienen(
            Some(&ingetrokken),
            Some(date!(2026 - 12 - 01))
        ));
        assert!(!ingetrokken.staat_toe(&BezwaarStap::Ingetrokken, &g, date!(2026 - 12 - 12)));
        let beslist = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), false),
            stap(
                2,
                datetime!(2027-01-20 10:00 UTC),
                BezwaarStap::Beslist {
                    uitkomst: Uitkomst::Ongegrond,
                    motivering: "Het besluit klopt".into(),
                    nieuw_besluit: String::new(),
                },
            ),
        ]);
        assert!(!mag_indienen(Some(&beslist), Some(date!(2026 - 12 - 01))));
        assert!(!beslist.staat_toe(&BezwaarStap::Ingetrokken, &g, date!(2027 - 01 - 21)));
        // A new bezwaar after a withdrawal starts afresh.
        let opnieuw = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), true),
            stap(2, datetime!(2026-12-11 10:00 UTC), BezwaarStap::Ingetrokken),
            ingediend(datetime!(2026-12-20 10:00 UTC), false),
        ]);
        assert!(opnieuw.is_open() && !opnieuw.pro_forma);
        assert_eq!(opnieuw.ingediend_op, date!(2026 - 12 - 20));
    }

    #[test]
    fn hearing_or_waiving_it_not_both() {
        let g = gemeente(false);
        let b = uit(vec![
            ingediend(datetime!(2026-12-10 10:00 UTC), false),
            stap(
                2,
                datetime!(2026-12-11 10:00 UTC),
                BezwaarStap::HorenAfgezien {
                    reden: "Kennelijk ongegrond".into(),
                },
            ),
        ]);
        let horen = BezwaarStap::HoorzittingGepland {
            datum: date!(2027 - 01 - 05),
            tijd: "10:00".into(),
            plaats: "Gemeentehuis".into(),
            commissie: false,
        };
        assert!(!b.staat_toe(&horen, &g, date!(2026 - 12 - 12)));
    }

    #[test]
    fn the_dwangsom_of_a_bezwaar_stops_when_it_is_withdrawn() {
        let mut b = Bezwaar::uit(
            vec![stap(
                1,
                datetime!(2026-01-05 10:00 UTC),
                BezwaarStap::Ingediend {
                    gronden: "Ik ben het er niet mee eens.".to_owned(),
                    pro_forma: false,
                    documenten: Vec::new(),
                    besluit_op: date!(2026 - 01 - 02),
                },
            )],
            |m| m.date(),
        )
        .unwrap();
        b.ingebrekestelling = Some(date!(2026 - 04 - 01));
        // Two weeks later it runs: on 20 April, five days.
        assert_eq!(b.dwangsom(date!(2026 - 04 - 20)).unwrap().dagen, 5);
        b.ingetrokken_op = Some(date!(2026 - 04 - 17));
        assert_eq!(b.dwangsom(date!(2026 - 06 - 01)).unwrap().dagen, 2);
    }
}
