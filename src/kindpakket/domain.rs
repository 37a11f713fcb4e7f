//! The Kindpakket's rules as pure functions over the municipality's profile: the social-assistance norm that
//! applies to a household, the income limits (110 %, or 130 % with a hardship reason), and which children count
//! on a day. Every reason the outcome gives carries a message id and the source of the rule it used.

use time::Date;

use crate::geld::Bedrag;
use crate::gemeente::{Bijstandsnormen, Gemeente, Kindpakket, geldig_op};
use crate::i18n::msg;

/// Who the household is, for the norm: single (or single parent) or a couple.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Samenstelling {
    /// A single person or a single parent.
    Alleen,
    /// Married or living together.
    Samen,
}

impl Samenstelling {
    pub fn code(self) -> &'static str {
        match self {
            Samenstelling::Alleen => "alleen",
            Samenstelling::Samen => "samen",
        }
    }

    pub fn from_code(code: &str) -> Option<Samenstelling> {
        match code {
            "alleen" => Some(Samenstelling::Alleen),
            "samen" => Some(Samenstelling::Samen),
            _ => None,
        }
    }
}

/// The household as the norm sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Huishouden {
    pub samenstelling: Samenstelling,
    /// At pension age (AOW); otherwise 21 to pension age.
    pub aow: bool,
}

/// The monthly norm for this household.
pub fn norm(normen: &Bijstandsnormen, h: Huishouden) -> Bedrag {
    match (h.samenstelling, h.aow) {
        (Samenstelling::Alleen, false) => normen.alleenstaande_21_tot_aow,
        (Samenstelling::Samen, false) => normen.gehuwden_21_tot_aow,
        (Samenstelling::Alleen, true) => normen.alleenstaande_aow,
        (Samenstelling::Samen, true) => normen.gehuwden_aow,
    }
}

pub use crate::clock::leeftijd as leeftijd_op;

/// The outcome of the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Uitkomst {
    /// Likely yes.
    Ja,
    /// Only with a hardship reason (income above the usual limit, within the hardship limit).
    AlleenSchrijnend,
    /// No.
    Nee,
}

impl Uitkomst {
    pub fn code(self) -> &'static str {
        match self {
            Uitkomst::Ja => "ja",
            Uitkomst::AlleenSchrijnend => "schrijnend",
            Uitkomst::Nee => "nee",
        }
    }

    pub fn from_code(code: &str) -> Option<Uitkomst> {
        [Uitkomst::Ja, Uitkomst::AlleenSchrijnend, Uitkomst::Nee]
            .into_iter()
            .find(|u| u.code() == code)
    }
}

/// One reason of the outcome: the sentence (a message id, filled with [`Beoordeling`]'s amounts) and the
/// source of the rule it applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reden {
    pub id: &'static str,
    pub bron: String,
}

/// The outcome for one part: each part has its own income limits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OnderdeelOordeel {
    /// The part's id in the profile.
    pub id: String,
    pub uitkomst: Uitkomst,
    /// The part's usual limit a month.
    pub grens: Bedrag,
    /// The part's hardship limit a month, if it has one.
    pub grens_schrijnend: Option<Bedrag>,
}

/// The outcome with its reasons and the amounts for this household.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Beoordeling {
    /// The best outcome of any part: "yes" when at least one part is likely.
    pub uitkomst: Uitkomst,
    pub redenen: Vec<Reden>,
    /// The monthly norm for the household.
    pub norm: Bedrag,
    /// The highest usual limit of any part a month (110 % of the norm).
    pub grens: Bedrag,
    /// The highest hardship limit of any part a month (130 % of the norm); the usual limit when no part has
    /// one.
    pub grens_schrijnend: Bedrag,
    /// Per part of the profile, in its order.
    pub onderdelen: Vec<OnderdeelOordeel>,
    /// Children count while younger than this.
    pub leeftijd_onder: u8,
    /// How many of the children count.
    pub kinderen: usize,
}

/// The profile has no rule for this day (no norm, limit or age limit yet): the check cannot say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GeenRegels;

/// Whether a child of `leeftijd` years counts under the limit.
pub fn telt_mee(leeftijd: Option<i32>, onder: u8) -> bool {
    leeftijd.is_some_and(|j| (0..i32::from(onder)).contains(&j))
}

/// Where an income stands against one set of limits. Income exactly at a limit is within it.
fn binnen(inkomen: Bedrag, grens: Bedrag, schrijnend: Option<Bedrag>) -> Uitkomst {
    if inkomen <= grens {
        Uitkomst::Ja
    } else if schrijnend.is_some_and(|s| inkomen <= s) {
        Uitkomst::AlleenSchrijnend
    } else {
        Uitkomst::Nee
    }
}

impl Beoordeling {
    /// The outcome for the part `id`; `None` for a part the profile does not have.
    pub fn onderdeel(&self, id: &str) -> Option<&OnderdeelOordeel> {
        self.onderdelen.iter().find(|o| o.id == id)
    }

    /// Whether the parts' outcomes differ, so that the resident needs them one by one.
    pub fn verschilt_per_onderdeel(&self) -> bool {
        self.onderdelen
            .windows(2)
            .any(|w| w[0].uitkomst != w[1].uitkomst)
    }
}

/// Checks a household on day `op`: `inkomen` is the net monthly household income in cents, `leeftijden` the
/// children's ages on that day (`None`: not born yet). Income exactly at a limit is within it.
pub fn beoordeel(
    k: &Kindpakket,
    normen: &[Bijstandsnormen],
    h: Huishouden,
    inkomen: Bedrag,
    leeftijden: &[Option<i32>],
    op: Date,
) -> Result<Beoordeling, GeenRegels> {
    let normen = geldig_op(normen, op).ok_or(GeenRegels)?;
    let gewoon = k.inkomensgrens_op(op).ok_or(GeenRegels)?;
    let schrijnend = k.inkomensgrens_schrijnend_op(op).unwrap_or(gewoon);
    let leeftijd = k.leeftijd_kind_onder_op(op).ok_or(GeenRegels)?;
    let norm = norm(normen, h);
    let grens = gewoon.basispunten.van(norm);
    let grens_schrijnend = schrijnend.basispunten.van(norm).max(grens);
    // A part whose limit starts later is left out until then; the others are judged.
    let onderdelen = k
        .onderdelen
        .iter()
        .filter_map(|o| {
            let grens = o.inkomensgrens_op(op)?.basispunten.van(norm);
            let grens_schrijnend = o
                .inkomensgrens_schrijnend_op(op)
                .map(|p| p.basispunten.van(norm));
            Some(OnderdeelOordeel {
                id: o.id.clone(),
                uitkomst: binnen(inkomen, grens, grens_schrijnend),
                grens,
                grens_schrijnend,
            })
        })
        .collect::<Vec<_>>();
    let kinderen = leeftijden
        .iter()
        .filter(|j| telt_mee(**j, leeftijd.jaren))
        .count();

    let mut redenen = Vec::new();
    let kind_reden = Reden {
        id: if kinderen == 0 {
            msg::KINDPAKKET_REDEN_GEEN_KINDEREN
        } else {
            msg::KINDPAKKET_REDEN_KINDEREN
        },
        bron: leeftijd.bron.clone(),
    };
    redenen.push(kind_reden);
    let norm_bron = normen.bron.clone();
    let inkomen_uitkomst = if inkomen <= grens {
        redenen.push(Reden {
            id: msg::KINDPAKKET_REDEN_INKOMEN_BINNEN,
            bron: gewoon.bron.clone(),
        });
        Uitkomst::Ja
    } else if inkomen <= grens_schrijnend {
        redenen.push(Reden {
            id: msg::KINDPAKKET_REDEN_INKOMEN_SCHRIJNEND,
            bron: schrijnend.bron.clone(),
        });
        Uitkomst::AlleenSchrijnend
    } else {
        redenen.push(Reden {
            id: msg::KINDPAKKET_REDEN_INKOMEN_BOVEN,
            bron: schrijnend.bron.clone(),
        });
        Uitkomst::Nee
    };
    redenen.push(Reden {
        id: msg::KINDPAKKET_REDEN_NORM,
        bron: norm_bron,
    });
    let uitkomst = if kinderen == 0 {
        Uitkomst::Nee
    } else {
        inkomen_uitkomst
    };
    Ok(Beoordeling {
        uitkomst,
        redenen,
        norm,
        grens,
        grens_schrijnend,
        onderdelen,
        leeftijd_onder: leeftijd.jaren,
        kinderen,
    })
}

/// [`beoordeel`] with the municipality's profile; `None` when it has no Kindpakket.
pub fn beoordeel_in(
    g: &Gemeente,
    h: Huishouden,
    inkomen: Bedrag,
    leeftijden: &[Option<i32>],
    op: Date,
) -> Option<Result<Beoordeling, GeenRegels>> {
    g.kindpakket
        .as_ref()
        .map(|k| beoordeel(k, &g.bijstandsnormen, h, inkomen, leeftijden, op))
}

/// A first name as the figures compare it: trimmed, spaces collapsed, lower case.
pub fn naam_sleutel(voornaam: &str) -> String {
    voornaam
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A new reference number for the year `jaar`: `KP-2026-` and eight characters.
pub fn nieuwe_referentie(jaar: i32) -> String {
    crate::code::referentie(crate::code::Soort::Kindpakket, jaar)
}

/// Where an application stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Concept,
    Ingediend,
    Besloten,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Concept => "concept",
            Status::Ingediend => "ingediend",
            Status::Besloten => "besloten",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        match code {
            "concept" => Some(Status::Concept),
            "ingediend" => Some(Status::Ingediend),
            "besloten" => Some(Status::Besloten),
            _ => None,
        }
    }
}

/// The counts of the figures page: use per unique child in one year, never a row per person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gebruik {
    /// Unique children in decided applications.
    pub kinderen: usize,
    /// Unique children with at least one part granted.
    pub kinderen_toegekend: usize,
    /// Grants: one per child and part granted (a child granted one part in two applications counts once).
    pub toekenningen: usize,
    /// Per part of the profile, in its order: unique children granted that part.
    pub per_onderdeel: Vec<(String, usize)>,
}

/// One decided part of one child, as the figures read it.
#[derive(Clone, Debug)]
pub struct BesluitRij {
    /// The applicant (the resident the application is for).
    pub aanvrager: String,
    pub voornaam: String,
    pub geboortedatum: Option<Date>,
    pub onderdeel: String,
    pub toegekend: bool,
}

/// Counts per unique child: a child is the same child when the applicant, the first name (see
/// [`naam_sleutel`]) and the birth date are the same, whichever application it is in.
pub fn gebruik(rijen: &[BesluitRij], onderdelen: &[&str]) -> Gebruik {
    use std::collections::BTreeSet;
    type Sleutel = (String, String, Option<Date>);
    let sleutel = |r: &BesluitRij| -> Sleutel {
        (
            r.aanvrager.clone(),
            naam_sleutel(&r.voornaam),
            r.geboortedatum,
        )
    };
    let kinderen: BTreeSet<Sleutel> = rijen.iter().map(sleutel).collect();
    let toegekend: BTreeSet<(Sleutel, String)> = rijen
        .iter()
        .filter(|r| r.toegekend)
        .map(|r| (sleutel(r), r.onderdeel.clone()))
        .collect();
    let kinderen_toegekend: BTreeSet<&Sleutel> = toegekend.iter().map(|(k, _)| k).collect();
    Gebruik {
        kinderen: kinderen.len(),
        kinderen_toegekend: kinderen_toegekend.len(),
        toekenningen: toegekend.len(),
        per_onderdeel: onderdelen
            .iter()
            .map(|o| {
                (
                    (*o).to_owned(),
                    toegekend.iter().filter(|(_, d)| d == o).count(),
                )
            })
            .collect(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use time::macros::date;

    use super::*;

    const OP: Date = date!(2026 - 11 - 23);

    fn gemeente() -> Gemeente {
        Gemeente::builtin("lansingerland").expect("profile")
    }

    const ALLEEN: Huishouden = Huishouden {
        samenstelling: Samenstelling::Alleen,
        aow: false,
    };

    fn check(h: Huishouden, inkomen: i64, leeftijden: &[Option<i32>]) -> Beoordeling {
        beoordeel_in(&gemeente(), h, Bedrag::cent(inkomen), leeftijden, OP)
            .expect("a Kindpakket")
            .expect("rules on the day")
    }

    #[test]
    fn the_norm_depends_on_household_and_pension_age() {
        let g = gemeente();
        let normen = g.bijstandsnormen_op(OP).unwrap();
        for (samenstelling, aow, verwacht) in [
            (Samenstelling::Alleen, false, 136_906),
            (Samenstelling::Samen, false, 195_580),
            (Samenstelling::Alleen, true, 153_021),
            (Samenstelling::Samen, true, 209_498),
        ] {
            assert_eq!(
                norm(normen, Huishouden { samenstelling, aow }).in_cent(),
                verwacht
            );
        }
        // Before the first norm in the profile the check cannot say.
        assert_eq!(
            beoordeel_in(&g, ALLEEN, Bedrag::NUL, &[Some(5)], date!(2023 - 12 - 31)),
            Some(Err(GeenRegels))
        );
        assert!(
            beoordeel_in(&g, ALLEEN, Bedrag::NUL, &[Some(5)], date!(2024 - 01 - 01))
                .unwrap()
                .is_ok()
        );
    }

    #[test]
    fn the_norm_of_the_day_applies_when_a_new_one_starts() {
        let g = gemeente();
        let k = g.kindpakket.as_ref().unwrap();
        let normen = |vanaf: Date, alleen: i64| Bijstandsnormen {
            geldig_vanaf: vanaf,
            alleenstaande_21_tot_aow: Bedrag::cent(alleen),
            gehuwden_21_tot_aow: Bedrag::cent(2 * alleen),
            alleenstaande_aow: Bedrag::cent(alleen),
            gehuwden_aow: Bedrag::cent(2 * alleen),
            bron: format!("norm {vanaf}"),
        };
        let lijst = [
            normen(date!(2024 - 01 - 01), 128_383),
            normen(date!(2024 - 07 - 01), 131_000),
        ];
        let op = |dag: Date, inkomen: i64| {
            beoordeel(k, &lijst, ALLEEN, Bedrag::cent(inkomen), &[Some(4)], dag).unwrap()
        };
        assert_eq!(op(date!(2024 - 06 - 30), 0).grens.in_cent(), 141_221);
        assert_eq!(op(date!(2024 - 07 - 01), 0).grens.in_cent(), 144_100);
        assert_eq!(
            op(date!(2024 - 06 - 30), 144_100).uitkomst,
            Uitkomst::AlleenSchrijnend
        );
        assert_eq!(op(date!(2024 - 07 - 01), 144_100).uitkomst, Uitkomst::Ja);
        assert_eq!(
            op(date!(2024 - 07 - 01), 0).redenen[2].bron,
            "norm 2024-07-01"
        );
    }

    #[test]
    fn income_at_the_limits() {
        // The norm of 1 July 2025: 110 % of 1,369.06 = 1,505.96 (rounded down); 130 % = 1,779.77.
        let samen_aow = Huishouden {
            samenstelling: Samenstelling::Samen,
            aow: true,
        };
        for (h, inkomen, verwacht) in [
            (ALLEEN, 0, Uitkomst::Ja),
            (ALLEEN, 150_596, Uitkomst::Ja),
            (ALLEEN, 150_597, Uitkomst::AlleenSchrijnend),
            (ALLEEN, 177_977, Uitkomst::AlleenSchrijnend),
            (ALLEEN, 177_978, Uitkomst::Nee),
            // 110 % of 2,094.98 = 2,304.47; 130 % = 2,723.47.
            (samen_aow, 230_447, Uitkomst::Ja),
            (samen_aow, 230_448, Uitkomst::AlleenSchrijnend),
            (samen_aow, 272_347, Uitkomst::AlleenSchrijnend),
            (samen_aow, 272_348, Uitkomst::Nee),
        ] {
            let b = check(h, inkomen, &[Some(10)]);
            assert_eq!(b.uitkomst, verwacht, "{h:?} {inkomen}");
        }
        let b = check(ALLEEN, 150_596, &[Some(10)]);
        assert_eq!(
            (
                b.norm.in_cent(),
                b.grens.in_cent(),
                b.grens_schrijnend.in_cent()
            ),
            (136_906, 150_596, 177_977)
        );
        assert!(
            b.redenen
                .iter()
                .any(|r| r.id == msg::KINDPAKKET_REDEN_INKOMEN_BINNEN && r.bron.contains("110 %"))
        );
        assert!(
            b.redenen.iter().any(
                |r| r.id == msg::KINDPAKKET_REDEN_NORM && r.bron.starts_with("Participatiewet")
            )
        );
        let b = check(ALLEEN, 177_978, &[Some(10)]);
        assert_eq!(b.redenen[1].id, msg::KINDPAKKET_REDEN_INKOMEN_BOVEN);
    }

    #[test]
    fn a_part_whose_limit_starts_later_waits_and_the_others_are_judged() {
        let g = gemeente();
        let mut k = g.kindpakket.clone().unwrap();
        let mut later = k.onderdeel("kindpas").unwrap().clone();
        later.id = "nieuw".to_owned();
        for p in &mut later.inkomensgrens {
            p.geldig_vanaf = date!(2030 - 01 - 01);
        }
        later.inkomensgrens_schrijnend.clear();
        k.onderdelen.push(later);
        let b = beoordeel(
            &k,
            &g.bijstandsnormen,
            ALLEEN,
            Bedrag::cent(100_000),
            &[Some(9)],
            OP,
        )
        .unwrap();
        assert_eq!(b.uitkomst, Uitkomst::Ja);
        assert_eq!(b.onderdelen.len(), 6);
        assert!(b.onderdeel("nieuw").is_none());
    }

    #[test]
    fn each_part_has_its_own_limit() {
        let per_onderdeel = |b: &Beoordeling| -> Vec<(String, Uitkomst)> {
            b.onderdelen
                .iter()
                .map(|o| (o.id.clone(), o.uitkomst))
                .collect()
        };
        let alle = |u: Uitkomst| -> Vec<(String, Uitkomst)> {
            [
                "jeugdsportfonds",
                "jeugdcultuurfonds",
                "leergeld",
                "kindpas",
                "jarige-job",
                "rotterdampas",
            ]
            .into_iter()
            .map(|id| (id.to_owned(), u))
            .collect()
        };
        // Within 110 %: every part.
        let b = check(ALLEEN, 150_596, &[Some(10)]);
        assert_eq!(per_onderdeel(&b), alle(Uitkomst::Ja));
        assert!(!b.verschilt_per_onderdeel());
        // Above 110 %, within 130 %: only what Stichting Leergeld gives, and only with a reason.
        let b = check(ALLEEN, 150_597, &[Some(10)]);
        assert_eq!(b.uitkomst, Uitkomst::AlleenSchrijnend);
        assert!(b.verschilt_per_onderdeel());
        for (id, verwacht) in [
            ("jeugdsportfonds", Uitkomst::Nee),
            ("jeugdcultuurfonds", Uitkomst::Nee),
            ("leergeld", Uitkomst::AlleenSchrijnend),
            ("kindpas", Uitkomst::AlleenSchrijnend),
            ("jarige-job", Uitkomst::AlleenSchrijnend),
            ("rotterdampas", Uitkomst::Nee),
        ] {
            let o = b.onderdeel(id).unwrap();
            assert_eq!(o.uitkomst, verwacht, "{id}");
            assert_eq!(o.grens.in_cent(), 150_596, "{id}");
        }
        assert_eq!(
            b.onderdeel("kindpas").unwrap().grens_schrijnend,
            Some(Bedrag::cent(177_977))
        );
        assert_eq!(b.onderdeel("rotterdampas").unwrap().grens_schrijnend, None);
        // Above 130 %: none.
        let b = check(ALLEEN, 177_978, &[Some(10)]);
        assert_eq!(per_onderdeel(&b), alle(Uitkomst::Nee));
    }

    #[test]
    fn children_count_until_the_day_they_turn_the_limit() {
        for (geboren, telt) in [
            (date!(2008 - 11 - 23), false), // turns 18 today
            (date!(2008 - 11 - 24), true),  // turns 18 tomorrow
            (date!(2026 - 11 - 23), true),  // born today
            (date!(2026 - 11 - 24), false), // not born yet
        ] {
            let leeftijd = leeftijd_op(geboren, OP);
            assert_eq!(telt_mee(leeftijd, 18), telt, "{geboren}");
            let b = check(ALLEEN, 100_000, &[leeftijd]);
            let verwacht = if telt { Uitkomst::Ja } else { Uitkomst::Nee };
            assert_eq!(b.uitkomst, verwacht, "{geboren}");
        }
        assert_eq!(
            leeftijd_op(date!(2008 - 02 - 29), date!(2026 - 02 - 28)),
            Some(17)
        );
        assert_eq!(
            leeftijd_op(date!(2008 - 02 - 29), date!(2026 - 03 - 01)),
            Some(18)
        );
        for (leeftijd, telt) in [
            (Some(0), true),
            (Some(17), true),
            (Some(18), false),
            (None, false),
        ] {
            assert_eq!(telt_mee(leeftijd, 18), telt, "{leeftijd:?}");
        }
    }

    #[test]
    fn no_children_is_no_whatever_the_income() {
        let b = check(ALLEEN, 0, &[]);
        assert_eq!(b.uitkomst, Uitkomst::Nee);
        assert_eq!(b.kinderen, 0);
        assert_eq!(b.redenen[0].id, msg::KINDPAKKET_REDEN_GEEN_KINDEREN);
        assert!(b.redenen[0].bron.contains("Keuze van de gemeente"));
        let b = check(ALLEEN, 0, &[Some(18), Some(17), Some(3)]);
        assert_eq!((b.uitkomst, b.kinderen), (Uitkomst::Ja, 2));
    }

    #[test]
    fn het_hogeland_has_no_kindpakket() {
        let g = Gemeente::builtin("het-hogeland").unwrap();
        assert!(beoordeel_in(&g, ALLEEN, Bedrag::NUL, &[Some(3)], OP).is_none());
    }

    fn rij(
        aanvrager: &str,
        naam: &str,
        geboren: Date,
        onderdeel: &str,
        toegekend: bool,
    ) -> BesluitRij {
        BesluitRij {
            aanvrager: aanvrager.into(),
            voornaam: naam.into(),
            geboortedatum: Some(geboren),
            onderdeel: onderdeel.into(),
            toegekend,
        }
    }

    #[test]
    fn figures_count_each_child_once() {
        let d = date!(2015 - 03 - 04);
        let rijen = [
            // Two applications of one household for the same child, written differently.
            rij("a", "Sem", d, "kindpas", true),
            rij("a", " sem ", d, "kindpas", true),
            // Two parts of one child: one child, two grants.
            rij("a", "Sem", d, "jeugdsportfonds", true),
            // The same name and day in another household is another child.
            rij("b", "Sem", d, "kindpas", false),
            rij("a", "Noor", date!(2017 - 01 - 01), "leergeld", false),
        ];
        let g = gebruik(&rijen, &["jeugdsportfonds", "kindpas", "leergeld"]);
        assert_eq!(g.kinderen, 3);
        assert_eq!(g.kinderen_toegekend, 1);
        assert_eq!(g.toekenningen, 2);
        assert_eq!(
            g.per_onderdeel,
            [
                ("jeugdsportfonds".to_owned(), 1),
                ("kindpas".to_owned(), 1),
                ("leergeld".to_owned(), 0)
            ]
        );
        assert_eq!(naam_sleutel("  Anne  Marie "), "anne marie");
    }
}
