//! The back office's rules: the order and filters of the work queue, which processing step
//! fits which phase, and amounts typed in euros. Pure.

use std::cmp::Ordering;

use time::OffsetDateTime;

pub use crate::form::{BedragFout, MAX_BEDRAG, bedrag_invoer, lees_bedrag, tijd};
use crate::zaken::domain::{Deadline, Fase, Zaak};
use crate::zaken::kern::Regeling;

/// One open case in the work queue, of any scheme.
#[derive(Clone, Debug)]
pub struct Rij {
    pub id: crate::ids::ZaakId,
    pub referentie: String,
    pub regeling: Regeling,
    /// The name given on the request (the person helped, the applicant, the initiative).
    pub naam: Option<String>,
    pub fase: Fase,
    pub spoed: bool,
    pub consulent_id: Option<crate::ids::PersoonId>,
    pub consulent_naam: Option<String>,
    pub deadline: Option<Deadline>,
    /// For a spoed case without temporary support yet: the moment by which it must be arranged.
    pub spoed_tot: Option<OffsetDateTime>,
}

/// The moment by which temporary support must be arranged in a spoed case: `uren` hours after the melding
/// came in. The Wmo 2015 (art. 2.3.3) asks for it "zo spoedig mogelijk" and gives no number; the 48 hours are
/// the CLB-Handreiking De Wmo (2022), §4.3, kept in the profile (`termijnen.spoed_uren`). The clock stops once
/// temporary support is recorded or the onderzoek is done; `None` then, and for a case that is not urgent.
pub fn spoed_tot(
    spoed: bool,
    zaak: &Zaak,
    ingediend: Option<OffsetDateTime>,
    uren: u32,
) -> Option<OffsetDateTime> {
    let wacht = spoed
        && zaak.tijdelijk.is_none()
        && matches!(zaak.fase(), Fase::Ontvangen | Fase::GesprekGepland);
    ingediend
        .filter(|_| wacht)
        .map(|op| op + time::Duration::hours(i64::from(uren)))
}

/// The whole hours left until `tot` (rounded up, so "1 uur" until the last minute), or, once passed, the
/// whole hours it is late as a negative number (at least -1 the moment it passed).
pub fn uren_over(tot: OffsetDateTime, nu: OffsetDateTime) -> i64 {
    let seconden = (tot - nu).whole_seconds();
    if seconden > 0 {
        (seconden + 3599) / 3600
    } else {
        -((-seconden) / 3600).max(1)
    }
}

/// Spoed first (the nearest spoed moment first), then the nearest deadline; cases without a deadline of the
/// municipality last.
pub fn volgorde(a: &Rij, b: &Rij) -> Ordering {
    b.spoed
        .cmp(&a.spoed)
        .then_with(|| match (&a.spoed_tot, &b.spoed_tot) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
        .then_with(|| match (&a.deadline, &b.deadline) {
            (Some(x), Some(y)) => x.einde.cmp(&y.einde),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
        .then_with(|| a.referentie.cmp(&b.referentie))
}

/// The filters of the work queue, as chosen in its GET form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub fase: Option<Fase>,
    pub soort: Option<Regeling>,
    pub alleen_mijn: bool,
    /// Words to find: a reference (or part of one) or part of a name, in any case.
    pub zoek: String,
}

impl Filter {
    /// Whether a case shows with this filter, for the member of staff `mij`.
    pub fn past(&self, rij: &Rij, mij: &str) -> bool {
        self.fase.is_none_or(|f| f == rij.fase)
            && self.soort.is_none_or(|s| s == rij.regeling)
            && (!self.alleen_mijn || rij.consulent_id.as_deref() == Some(mij))
            && self.gevonden(rij)
    }

    /// Whether the case is found by the search words: every word is part of its reference or its name.
    /// Dashes and spaces in a reference are optional, so "bl 2026 k7p2" finds "BL-2026-K7P2QX9M".
    fn gevonden(&self, rij: &Rij) -> bool {
        let referentie: String = rij
            .referentie
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_lowercase();
        let naam = rij.naam.as_deref().unwrap_or_default().to_lowercase();
        let zoek = self.zoek.to_lowercase();
        let compact: String = zoek.chars().filter(char::is_ascii_alphanumeric).collect();
        if !compact.is_empty() && referentie.contains(&compact) {
            return true;
        }
        zoek.split_whitespace().all(|woord| naam.contains(woord))
    }
}

/// The processing steps a consulent records, each with its own page under `/medewerker/zaak/{id}/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stap {
    Gesprek,
    Geinformeerd,
    Tijdelijk,
    Onderzoek,
    Verslag,
    Vraag,
    Aanvraag,
    Verdagen,
    /// An ingebrekestelling that came in writing (by post), with the day it was received (Awb 4:17).
    Ingebrekestelling,
    Besluit,
    Sluiten,
}

impl Stap {
    pub const ALL: [Stap; 11] = [
        Stap::Gesprek,
        Stap::Geinformeerd,
        Stap::Tijdelijk,
        Stap::Onderzoek,
        Stap::Verslag,
        Stap::Vraag,
        Stap::Aanvraag,
        Stap::Verdagen,
        Stap::Ingebrekestelling,
        Stap::Besluit,
        Stap::Sluiten,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Stap::Gesprek => "gesprek",
            Stap::Geinformeerd => "geinformeerd",
            Stap::Tijdelijk => "tijdelijk",
            Stap::Onderzoek => "onderzoek",
            Stap::Verslag => "verslag",
            Stap::Vraag => "vraag",
            Stap::Aanvraag => "aanvraag",
            Stap::Verdagen => "verdagen",
            Stap::Ingebrekestelling => "ingebrekestelling",
            Stap::Besluit => "besluit",
            Stap::Sluiten => "sluiten",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Stap> {
        Stap::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// Whether the step makes sense for the case as it is now: by what was recorded,
    /// so that an early aanvraag does not shut out the onderzoek and its verslag.
    pub fn aangeboden(self, zaak: &Zaak, spoed: bool) -> bool {
        let voor_onderzoek = zaak.onderzocht_op.is_none();
        let besloten = zaak.besluit.is_some();
        zaak.is_open()
            && match self {
                Stap::Gesprek | Stap::Onderzoek => voor_onderzoek,
                Stap::Geinformeerd => voor_onderzoek && zaak.geinformeerd != Some((true, true)),
                Stap::Tijdelijk => spoed && voor_onderzoek && zaak.tijdelijk.is_none(),
                Stap::Verslag => !voor_onderzoek && zaak.verslag.is_none(),
                Stap::Vraag => !besloten,
                // The resident may always apply, also before the onderzoek (Beleidsregels Wmo Het Hogeland
                // 2023, §2.7; Verordening Sociaal Domein Lansingerland 2018, art. 2:5 lid 3 and 4).
                Stap::Aanvraag => zaak.aanvraag.is_none(),
                Stap::Verdagen => {
                    zaak.aanvraag.is_some() && !besloten && zaak.ingebrekestelling.is_none()
                }
                // Any written notice counts (Awb 4:17), not only the portal's button; only the first does.
                Stap::Ingebrekestelling => {
                    zaak.aanvraag.is_some() && !besloten && zaak.ingebrekestelling.is_none()
                }
                Stap::Besluit => zaak.aanvraag.is_some() && !zaak.besloten_op_aanvraag(),
                Stap::Sluiten => true,
            }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::zaken::domain::Wat;

    fn rij(referentie: &str, spoed: bool, einde: Option<time::Date>) -> Rij {
        Rij {
            id: referentie.into(),
            referentie: referentie.into(),
            regeling: Regeling::Wmo,
            naam: None,
            fase: Fase::Ontvangen,
            spoed,
            consulent_id: None,
            consulent_naam: None,
            deadline: einde.map(|einde| Deadline {
                wat: Wat::Onderzoek,
                einde,
                wettelijk: true,
            }),
            spoed_tot: None,
        }
    }

    #[test]
    fn the_spoed_clock_runs_48_hours_from_the_melding_until_temporary_support() {
        use crate::zaken::domain::{Gebeurtenis, Stap};
        use time::macros::datetime;
        let binnen = datetime!(2026-12-04 16:30 UTC);
        let leeg = Zaak::default();
        let tot = spoed_tot(true, &leeg, Some(binnen), 48);
        assert_eq!(tot, Some(datetime!(2026-12-06 16:30 UTC)));
        assert_eq!(
            spoed_tot(false, &leeg, Some(binnen), 48),
            None,
            "not urgent"
        );
        // The hour boundaries: 48 hours left at the start, 1 hour in the last hour, late from the 48th hour on.
        let tot = tot.unwrap();
        assert_eq!(uren_over(tot, binnen), 48);
        assert_eq!(uren_over(tot, datetime!(2026-12-06 16:29 UTC)), 1);
        assert_eq!(uren_over(tot, datetime!(2026-12-06 16:30 UTC)), -1);
        assert_eq!(uren_over(tot, datetime!(2026-12-06 19:31 UTC)), -3);
        // Temporary support stops the clock.
        let geholpen = Zaak::uit(
            vec![Stap {
                volgnummer: 1,
                gebeurtenis: Gebeurtenis::TijdelijkeVoorziening {
                    omschrijving: "Thuiszorg".into(),
                    vanaf: date!(2026 - 12 - 05),
                },
                door_persoon_id: "m".into(),
                door: crate::zaken::domain::Door::Medewerker,
                op: datetime!(2026-12-05 10:00 UTC),
            }],
            crate::zaken::dag,
        );
        assert_eq!(spoed_tot(true, &geholpen, Some(binnen), 48), None);
    }

    #[test]
    fn spoed_comes_first_then_the_nearest_deadline_and_none_last() {
        let mut rijen = [
            rij("a", false, None),
            rij("b", false, Some(date!(2026 - 12 - 20))),
            rij("c", true, Some(date!(2027 - 01 - 20))),
            rij("d", false, Some(date!(2026 - 12 - 01))),
            rij("e", true, Some(date!(2027 - 01 - 20))),
        ];
        // Of two spoed cases, the one whose 48 hours end first.
        rijen[4].spoed_tot = Some(time::macros::datetime!(2026-12-05 10:00 UTC));
        rijen[2].spoed_tot = Some(time::macros::datetime!(2026-12-06 10:00 UTC));
        rijen.sort_by(volgorde);
        let namen: Vec<&str> = rijen.iter().map(|r| r.referentie.as_str()).collect();
        assert_eq!(namen, ["e", "c", "d", "b", "a"]);
    }

    #[test]
    fn found_by_any_part_of_the_reference_or_every_word_of_the_name() {
        let mut r = rij("BL-2026-K7P2QX9M", false, None);
        r.naam = Some("Anna de Vries".into());
        let zoek = |woorden: &str| {
            Filter {
                zoek: woorden.into(),
                ..Default::default()
            }
            .past(&r, "ik")
        };
        assert!(zoek(""));
        assert!(zoek("bl-2026-k7p2qx9m"));
        assert!(zoek("k7p2 qx9m"));
        assert!(zoek("vries"));
        assert!(zoek("ANNA vries"));
        assert!(!zoek("anna jansen"));
        assert!(!zoek("KP-2026-K7P2QX9M"));
    }

    #[test]
    fn filters_combine() {
        let mut mijn = rij("a", false, None);
        mijn.consulent_id = Some("ik".into());
        let mut ander = rij("b", false, None);
        let f = Filter {
            alleen_mijn: true,
            ..Default::default()
        };
        assert!(f.past(&mijn, "ik"));
        assert!(!f.past(&ander, "ik"));
        let f = Filter {
            fase: Some(Fase::GesprekGepland),
            ..Default::default()
        };
        assert!(!f.past(&mijn, "ik"));
        assert!(Filter::default().past(&ander, "ik"));
        let f = Filter {
            soort: Some(Regeling::Kindpakket),
            ..Default::default()
        };
        assert!(!f.past(&ander, "ik"));
        ander.regeling = Regeling::Kindpakket;
        assert!(f.past(&ander, "ik"));
    }

    #[test]
    fn times_are_normalised() {
        assert_eq!(tijd("14:30").as_deref(), Some("14:30"));
        assert_eq!(tijd("9.05").as_deref(), Some("09:05"));
        assert_eq!(tijd("24:00"), None);
        assert_eq!(tijd("14:3"), None);
        assert_eq!(tijd("half drie"), None);
    }

    #[test]
    fn steps_follow_the_phase() {
        let zaak = Zaak::default();
        assert!(Stap::Gesprek.aangeboden(&zaak, false));
        assert!(!Stap::Tijdelijk.aangeboden(&zaak, false));
        assert!(Stap::Tijdelijk.aangeboden(&zaak, true));
        assert!(!Stap::Besluit.aangeboden(&zaak, false));
        assert!(!Stap::Verslag.aangeboden(&zaak, false));
        for stap in Stap::ALL {
            assert_eq!(Stap::from_slug(stap.slug()), Some(stap));
        }
    }
}
