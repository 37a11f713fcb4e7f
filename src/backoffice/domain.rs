//! The back office's rules: the order and filters of the work queue, which processing step
//! fits which phase, and amounts typed in euros. Pure.

use std::cmp::Ordering;

pub use crate::form::{BedragFout, MAX_BEDRAG, bedrag_invoer, lees_bedrag};
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
}

/// Spoed first, then the nearest deadline; cases without a deadline of the municipality last.
pub fn volgorde(a: &Rij, b: &Rij) -> Ordering {
    b.spoed
        .cmp(&a.spoed)
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
    Besluit,
    Sluiten,
}

impl Stap {
    pub const ALL: [Stap; 10] = [
        Stap::Gesprek,
        Stap::Geinformeerd,
        Stap::Tijdelijk,
        Stap::Onderzoek,
        Stap::Verslag,
        Stap::Vraag,
        Stap::Aanvraag,
        Stap::Verdagen,
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
                Stap::Besluit => zaak.aanvraag.is_some() && !zaak.besloten_op_aanvraag(),
                Stap::Sluiten => true,
            }
    }
}

/// A time of day as "14:30" (also "9:05" and "9.05"), normalised to "HH:MM".
pub fn tijd(invoer: &str) -> Option<String> {
    let (uur, minuut) = invoer.trim().split_once([':', '.'])?;
    let uur: u8 = uur.parse().ok().filter(|u| *u < 24)?;
    let minuut: u8 = (minuut.len() == 2)
        .then(|| minuut.parse().ok())
        .flatten()
        .filter(|m| *m < 60)?;
    Some(format!("{uur:02}:{minuut:02}"))
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
        }
    }

    #[test]
    fn spoed_comes_first_then_the_nearest_deadline_and_none_last() {
        let mut rijen = [
            rij("a", false, None),
            rij("b", false, Some(date!(2026 - 12 - 20))),
            rij("c", true, Some(date!(2027 - 01 - 20))),
            rij("d", false, Some(date!(2026 - 12 - 01))),
        ];
        rijen.sort_by(volgorde);
        let namen: Vec<&str> = rijen.iter().map(|r| r.referentie.as_str()).collect();
        assert_eq!(namen, ["c", "d", "b", "a"]);
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
