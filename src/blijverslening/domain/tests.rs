#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::geld::Bedrag;
use crate::gemeente::Gemeente;
use time::macros::date;

/// An amount in cents, as the tests write it.
fn ct(cent: i64) -> Bedrag {
    Bedrag::cent(cent)
}

const VANDAAG: Date = date!(2026 - 11 - 23);

fn regeling() -> Blijverslening {
    Gemeente::builtin("lansingerland")
        .expect("profile")
        .blijverslening
        .expect("blijverslening")
}

/// Every answer that makes the check come out yes, for a consumptive loan of EUR 5,000.
fn goed() -> Vragen {
    Vragen {
        eigenaar: Some(true),
        bewoner: Some(true),
        alle_eigenaren: Some(true),
        reden: Some(Reden::ZorgNu),
        geboortedata: vec![date!(1960 - 05 - 01)],
        soort: Some(Soort::Consumptief),
        bedrag: Some(ct(500_000)),
        werk_klaar: Some(false),
        geplande_datum: Some(date!(2027 - 02 - 01)),
        werkelijke_kosten: Some(ct(600_000)),
    }
}

fn uitkomst(v: &Vragen, toegekend: i64) -> Uitkomst {
    beoordeel(&regeling(), VANDAAG, ct(toegekend), v).uitkomst
}

#[test]
fn age_counts_the_birthday_and_leap_days() {
    for (geboren, op, jaren) in [
        (date!(1950 - 11 - 23), VANDAAG, 76),
        (date!(1950 - 11 - 24), VANDAAG, 75),
        (date!(1950 - 11 - 22), VANDAAG, 76),
        (date!(1951 - 11 - 23), VANDAAG, 75),
        (date!(1952 - 02 - 29), date!(2027 - 02 - 28), 74),
        (date!(1952 - 02 - 29), date!(2027 - 03 - 01), 75),
        (date!(1952 - 02 - 29), date!(2028 - 02 - 29), 76),
        (date!(2000 - 12 - 31), date!(2001 - 01 - 01), 0),
    ] {
        assert_eq!(leeftijd(geboren, op), jaren, "{geboren} on {op}");
    }
}

#[test]
fn a_consumptive_loan_needs_an_applicant_younger_than_76_a_mortgage_none() {
    for (geboortedata, soort, verwacht) in [
        // 76 today: not younger than 76.
        (
            vec![date!(1950 - 11 - 23)],
            Soort::Consumptief,
            Uitkomst::Niet,
        ),
        // 76 tomorrow: still 75.
        (
            vec![date!(1950 - 11 - 24)],
            Soort::Consumptief,
            Uitkomst::Waarschijnlijk,
        ),
        // One of two applicants is young enough.
        (
            vec![date!(1940 - 01 - 01), date!(1951 - 06 - 01)],
            Soort::Consumptief,
            Uitkomst::Waarschijnlijk,
        ),
        (
            vec![date!(1940 - 01 - 01)],
            Soort::Hypothecair,
            Uitkomst::Waarschijnlijk,
        ),
        (vec![], Soort::Consumptief, Uitkomst::NogNiet),
    ] {
        let v = Vragen {
            geboortedata: geboortedata.clone(),
            soort: Some(soort),
            ..goed()
        };
        assert_eq!(uitkomst(&v, 0), verwacht, "{geboortedata:?} {soort:?}");
    }
}

#[test]
fn amounts_are_within_the_limits_of_their_kind() {
    for (soort, bedrag, verwacht) in [
        (Soort::Consumptief, 249_900, Uitkomst::Niet),
        (Soort::Consumptief, 250_000, Uitkomst::Waarschijnlijk),
        (Soort::Consumptief, 1_000_000, Uitkomst::Waarschijnlijk),
        (Soort::Consumptief, 1_000_100, Uitkomst::Niet),
        (Soort::Hypothecair, 249_999, Uitkomst::Niet),
        (Soort::Hypothecair, 250_000, Uitkomst::Waarschijnlijk),
        (Soort::Hypothecair, 3_000_000, Uitkomst::Waarschijnlijk),
        (Soort::Hypothecair, 3_000_100, Uitkomst::Niet),
    ] {
        let v = Vragen {
            soort: Some(soort),
            bedrag: Some(ct(bedrag)),
            werkelijke_kosten: Some(ct(5_000_000)),
            ..goed()
        };
        assert_eq!(uitkomst(&v, 0), verwacht, "{soort:?} {bedrag}");
    }
}

#[test]
fn work_done_before_the_day_of_applying_is_refused() {
    for (klaar, datum, verwacht) in [
        (Some(true), None, Uitkomst::Niet),
        (Some(false), Some(date!(2026 - 11 - 22)), Uitkomst::Niet),
        (Some(false), Some(VANDAAG), Uitkomst::Waarschijnlijk),
        (
            Some(false),
            Some(date!(2026 - 11 - 24)),
            Uitkomst::Waarschijnlijk,
        ),
        (None, Some(VANDAAG), Uitkomst::Waarschijnlijk),
        (None, None, Uitkomst::NogNiet),
    ] {
        let v = Vragen {
            werk_klaar: klaar,
            geplande_datum: datum,
            ..goed()
        };
        assert_eq!(uitkomst(&v, 0), verwacht, "{klaar:?} {datum:?}");
    }
}

#[test]
fn the_budget_left_this_year_must_cover_the_amount() {
    let b = regeling();
    assert_eq!(budget_over(&b, VANDAAG, ct(7_000_000)), Some(ct(537_500)));
    for (toegekend, bedrag, verwacht) in [
        (0, 500_000, Uitkomst::Waarschijnlijk),
        (7_037_500, 500_000, Uitkomst::Waarschijnlijk),
        (7_037_501, 500_000, Uitkomst::Niet),
        (7_537_500, 250_000, Uitkomst::Niet),
        (9_000_000, 250_000, Uitkomst::Niet),
    ] {
        let v = Vragen {
            bedrag: Some(ct(bedrag)),
            ..goed()
        };
        assert_eq!(uitkomst(&v, toegekend), verwacht, "{toegekend} {bedrag}");
    }
    let op = beoordeel(&b, VANDAAG, ct(7_537_500), &goed());
    assert!(
        op.bezwaren()
            .any(|g| g.bericht == msg::BLIJVERSLENING_GROND_BUDGET_OP && g.bron.contains("4:15e"))
    );
}

#[test]
fn owner_residence_all_owners_and_a_reason_are_needed() {
    for (v, verwacht) in [
        (
            Vragen {
                eigenaar: Some(false),
                ..goed()
            },
            Uitkomst::Niet,
        ),
        (
            Vragen {
                bewoner: Some(false),
                ..goed()
            },
            Uitkomst::Niet,
        ),
        (
            Vragen {
                alle_eigenaren: Some(false),
                ..goed()
            },
            Uitkomst::Niet,
        ),
        (
            Vragen {
                reden: None,
                ..goed()
            },
            Uitkomst::NogNiet,
        ),
        (
            Vragen {
                reden: Some(Reden::Levensloop),
                ..goed()
            },
            Uitkomst::Waarschijnlijk,
        ),
        (
            Vragen {
                reden: Some(Reden::ZorgLater),
                ..goed()
            },
            Uitkomst::Waarschijnlijk,
        ),
        (
            Vragen {
                eigenaar: None,
                ..goed()
            },
            Uitkomst::NogNiet,
        ),
    ] {
        assert_eq!(uitkomst(&v, 0), verwacht, "{v:?}");
    }
}

#[test]
fn every_reason_names_its_source() {
    let op = beoordeel(&regeling(), VANDAAG, ct(0), &goed());
    assert_eq!(op.uitkomst, Uitkomst::Waarschijnlijk);
    assert!(op.gronden.iter().all(|g| g.bron.contains("artikel 4:15")));
    assert!(
        op.gronden
            .iter()
            .any(|g| g.bron.ends_with("artikel 4:15d, lid 1"))
    );
}

#[test]
fn real_costs_subtract_subsidies_never_below_zero_and_cap_the_loan() {
    let k = Kosten {
        materiaal: ct(300_000),
        arbeid: ct(200_000),
        uren: ct(100_000),
        leenkosten: ct(50_000),
        subsidies: ct(150_000),
    };
    assert_eq!(k.werkelijk(), ct(500_000));
    assert_eq!(
        Kosten {
            subsidies: ct(900_000),
            ..k
        }
        .werkelijk(),
        ct(0)
    );
    for (bedrag, verwacht) in [
        (500_000, Uitkomst::Waarschijnlijk),
        (500_100, Uitkomst::Niet),
    ] {
        let v = Vragen {
            bedrag: Some(ct(bedrag)),
            werkelijke_kosten: Some(k.werkelijk()),
            ..goed()
        };
        assert_eq!(uitkomst(&v, 0), verwacht, "{bedrag}");
    }
}

#[test]
fn the_monthly_estimate_is_an_annuity_from_the_profile_rates() {
    let b = regeling();
    let c10 = rente(&b, Soort::Consumptief, 10, VANDAAG).unwrap();
    let h10 = rente(&b, Soort::Hypothecair, 10, VANDAAG).unwrap();
    let h20 = rente(&b, Soort::Hypothecair, 20, VANDAAG).unwrap();
    assert_eq!(
        (c10, h10, h20),
        (Basispunten(280), Basispunten(100), Basispunten(170))
    );
    assert_eq!(rente(&b, Soort::Consumptief, 20, VANDAAG), None);
    assert_eq!(
        rente(&b, Soort::Hypothecair, 10, date!(2017 - 10 - 22)),
        None
    );
    for (bedrag, r, jaren, maand) in [
        (1_000_000, c10, 10, 9_564),
        (250_000, c10, 10, 2_391),
        (3_000_000, h10, 10, 26_281),
        (3_000_000, h20, 20, 14_754),
        (120_000, Basispunten(0), 10, 1_000),
        (0, c10, 10, 0),
    ] {
        assert_eq!(
            maandlast(ct(bedrag), r, jaren),
            ct(maand),
            "{bedrag} {r:?} {jaren}"
        );
    }
}

#[test]
fn staff_cannot_allocate_more_than_the_budget_left_or_than_asked() {
    let r = regeling();
    let g = &r.regels_op(VANDAAG).unwrap().consumptief;
    assert_eq!(
        toekennen(ct(500_000), ct(500_000), ct(500_000), Some(g)),
        Ok(ct(500_000))
    );
    assert_eq!(
        toekennen(ct(500_000), ct(500_000), ct(499_999), Some(g)),
        Err(ToekenFout::BovenBudget)
    );
    assert_eq!(
        toekennen(ct(500_001), ct(500_000), ct(9_000_000), Some(g)),
        Err(ToekenFout::BovenAanvraag)
    );
    assert_eq!(
        toekennen(ct(0), ct(500_000), ct(9_000_000), Some(g)),
        Err(ToekenFout::Leeg)
    );
}

#[test]
fn staff_allocate_within_the_legal_limits_of_the_loan_type() {
    let r = regeling();
    let regels = r.regels_op(VANDAAG).unwrap();
    let (c, h) = (&regels.consumptief, &regels.hypothecair);
    for (bedrag, gevraagd, grenzen, uitkomst) in [
        // EUR 2,500 is the minimum of both kinds (art. 4:15d).
        (
            249_999,
            500_000,
            c,
            Err(ToekenFout::OnderMinimum(ct(250_000))),
        ),
        (
            249_900,
            500_000,
            c,
            Err(ToekenFout::OnderMinimum(ct(250_000))),
        ),
        (250_000, 500_000, c, Ok(ct(250_000))),
        (
            249_900,
            500_000,
            h,
            Err(ToekenFout::OnderMinimum(ct(250_000))),
        ),
        (250_000, 500_000, h, Ok(ct(250_000))),
        // EUR 10,000 the maximum of a consumptive loan, EUR 30,000 of a mortgage loan.
        (1_000_000, 1_000_000, c, Ok(ct(1_000_000))),
        (
            1_000_001,
            2_000_000,
            c,
            Err(ToekenFout::BovenMaximum(ct(1_000_000))),
        ),
        (3_000_000, 3_000_000, h, Ok(ct(3_000_000))),
        (
            3_000_001,
            4_000_000,
            h,
            Err(ToekenFout::BovenMaximum(ct(3_000_000))),
        ),
    ] {
        assert_eq!(
            toekennen(ct(bedrag), ct(gevraagd), ct(9_000_000), Some(grenzen)),
            uitkomst,
            "{bedrag}"
        );
    }
    // No limits for the day: nothing can be given.
    assert_eq!(
        toekennen(ct(500_000), ct(500_000), ct(9_000_000), None),
        Err(ToekenFout::OnderMinimum(ct(i64::MAX)))
    );
}

#[test]
fn codes_read_back() {
    for g in Weigergrond::ALL {
        assert_eq!(Weigergrond::from_code(g.code()), Some(g));
    }
    for r in Reden::ALL {
        assert_eq!(Reden::from_code(r.code()), Some(r));
    }
    assert_eq!(Soort::from_code("hypothecair"), Some(Soort::Hypothecair));
    assert_eq!(Soort::from_code("x"), None);
}

#[test]
fn a_postcode_is_written_one_way_and_only_a_dutch_one_is_read() {
    for (invoer, uit) in [
        ("2611ab", Some("2611 AB")),
        (" 2611 AB ", Some("2611 AB")),
        ("2611  aB", Some("2611 AB")),
        ("9999 ZZ", Some("9999 ZZ")),
        ("0611 AB", None),
        ("2611 SS", None),
        ("2611 SA", None),
        ("2611 SD", None),
        ("2611 A", None),
        ("261 AB", None),
        ("2611 ABC", None),
        ("2611 1B", None),
        ("2611 ÄB", None),
        ("", None),
    ] {
        assert_eq!(postcode(invoer).as_deref(), uit, "{invoer:?}");
    }
}
