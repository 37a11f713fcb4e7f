#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::gemeente::Gemeente;
use crate::i18n::Lang;
use crate::ui::test_tr;
use time::macros::date;

const VANDAAG: Date = date!(2026 - 11 - 23);

fn regeling() -> Blijverslening {
    Gemeente::builtin("lansingerland")
        .expect("profile")
        .blijverslening
        .expect("blijverslening")
}

fn volledig() -> AanvraagForm {
    AanvraagForm {
        naam: "Jan de Vries".into(),
        geboren_dag: "1".into(),
        geboren_maand: "5".into(),
        geboren_jaar: "1956".into(),
        straat: "Dorpsstraat 12".into(),
        postcode: "2665ab".into(),
        plaats: "Bleiswijk".into(),
        eigenaar: "ja".into(),
        bewoner: "ja".into(),
        alle_eigenaren: "ja".into(),
        reden: "zorg-nu".into(),
        maatregelen: "Een traplift".into(),
        materiaal: "4.000".into(),
        arbeid: "1000".into(),
        soort: "consumptief".into(),
        bedrag: "5000".into(),
        gepland_dag: "1".into(),
        gepland_maand: "2".into(),
        gepland_jaar: "2027".into(),
        ..Default::default()
    }
}

fn velden(form: &AanvraagForm) -> Vec<String> {
    form.parse(&test_tr(Lang::Nl), &regeling(), VANDAAG)
        .unwrap_err()
        .iter()
        .map(|e| e.field.clone())
        .collect()
}

#[test]
fn a_complete_form_parses() {
    let (g, mede) = volledig()
        .parse(&test_tr(Lang::Nl), &regeling(), VANDAAG)
        .unwrap();
    assert_eq!(g.kosten.werkelijk().in_cent(), 500_000);
    assert_eq!((g.bedrag.in_cent(), g.looptijd), (500_000, 10));
    assert!(mede.is_empty());
    let adres = g.adres.unwrap();
    assert_eq!(
        (
            adres.straat.as_str(),
            adres.postcode.as_str(),
            adres.plaats.as_str()
        ),
        ("Dorpsstraat 12", "2665 AB", "Bleiswijk")
    );
}

#[test]
fn an_empty_form_names_every_question_in_page_order() {
    assert_eq!(
        velden(&AanvraagForm::default()),
        [
            "naam",
            "geboren",
            "straat",
            "postcode",
            "plaats",
            "eigenaar",
            "bewoner",
            "alle-eigenaren",
            "reden",
            "maatregelen",
            "materiaal",
            "gepland",
            "soort",
            "bedrag"
        ]
    );
}

#[test]
fn limits_age_costs_and_dates_are_checked() {
    let oud = AanvraagForm {
        geboren_jaar: "1940".into(),
        ..volledig()
    };
    assert_eq!(velden(&oud), ["soort"]);
    let te_veel = AanvraagForm {
        bedrag: "10.001".into(),
        ..volledig()
    };
    assert_eq!(velden(&te_veel), ["bedrag"]);
    let boven_kosten = AanvraagForm {
        bedrag: "5.000,01".into(),
        ..volledig()
    };
    assert_eq!(velden(&boven_kosten), ["bedrag"]);
    let gisteren = AanvraagForm {
        gepland_dag: "22".into(),
        gepland_maand: "11".into(),
        gepland_jaar: "2026".into(),
        ..volledig()
    };
    assert_eq!(velden(&gisteren), ["gepland"]);
    let hypotheek = AanvraagForm {
        soort: "hypothecair".into(),
        ..volledig()
    };
    assert_eq!(velden(&hypotheek), ["looptijd"]);
    let mede = AanvraagForm {
        m2_naam: "Els".into(),
        m2_email: "geen adres".into(),
        ..volledig()
    };
    assert_eq!(velden(&mede), ["mede2-geboren", "mede2-email"]);
}

#[test]
fn the_address_needs_a_house_number_a_dutch_postcode_and_a_place() {
    for (straat, postcode, plaats, fout) in [
        ("Dorpsstraat", "2665 AB", "Bleiswijk", vec!["straat"]),
        ("Dorpsstraat 12", "2665", "Bleiswijk", vec!["postcode"]),
        ("Dorpsstraat 12", "2665 SS", "Bleiswijk", vec!["postcode"]),
        ("Dorpsstraat 12", "2665 AB", " ", vec!["plaats"]),
        ("", "", "", vec!["straat", "postcode", "plaats"]),
    ] {
        let form = AanvraagForm {
            straat: straat.into(),
            postcode: postcode.into(),
            plaats: plaats.into(),
            ..volledig()
        };
        assert_eq!(velden(&form), fout, "{straat:?} {postcode:?} {plaats:?}");
    }
    let te_lang = AanvraagForm {
        straat: format!("{} 1", "a".repeat(ADRES_MAX)),
        ..volledig()
    };
    assert_eq!(velden(&te_lang), ["straat"]);
}

#[test]
fn each_part_stands_by_its_own_answers_and_mistakes() {
    let tr = test_tr(Lang::Nl);
    let stand = |f: &AanvraagForm| -> Vec<Stand> {
        let fouten = f.parse(&tr, &regeling(), VANDAAG).err().unwrap_or_default();
        Deel::ALL.iter().map(|d| f.stand(*d, &fouten)).collect()
    };
    assert_eq!(
        stand(&AanvraagForm::default()),
        [Stand::NietBegonnen; 5],
        "nothing filled in"
    );
    assert_eq!(stand(&volledig()), [Stand::Klaar; 5]);
    // A part with an answer missing is in progress; a mistake in one part leaves the others done.
    let zonder_postcode = AanvraagForm {
        postcode: String::new(),
        ..volledig()
    };
    assert_eq!(
        stand(&zonder_postcode),
        [
            Stand::Klaar,
            Stand::Bezig,
            Stand::Klaar,
            Stand::Klaar,
            Stand::Klaar
        ]
    );
    // The age rule of the loan reads the birth dates of another part.
    let oud = AanvraagForm {
        geboren_jaar: "1940".into(),
        ..volledig()
    };
    assert_eq!(stand(&oud)[4], Stand::Bezig);
    assert_eq!(stand(&oud)[0], Stand::Klaar);
}

#[test]
fn a_part_takes_only_its_own_answers_and_the_rest_stays() {
    let mut bewaard = volledig();
    let gepost = AanvraagForm {
        straat: "Kerkweg 3".into(),
        postcode: "2650 AA".into(),
        plaats: "Berkel en Rodenrijs".into(),
        eigenaar: "ja".into(),
        // Not on this part's page: ignored.
        naam: "Iemand anders".into(),
        bedrag: "1".into(),
        ..Default::default()
    };
    bewaard.neem_deel(Deel::Woning, gepost);
    assert_eq!(bewaard.straat, "Kerkweg 3");
    assert_eq!(bewaard.bewoner, "", "an unticked box is taken too");
    assert_eq!(
        (bewaard.naam.as_str(), bewaard.bedrag.as_str()),
        ("Jan de Vries", "5000")
    );
    let terug = AanvraagForm::uit_json(&bewaard.json()).unwrap();
    assert_eq!(terug.json(), bewaard.json());
    assert_eq!(terug.m1_naam, "");
}

#[test]
fn the_checks_answers_fill_in_what_the_application_asks_too() {
    let check = CheckForm {
        check: "1".into(),
        eigenaar: "ja".into(),
        bewoner: "nee".into(),
        alle_eigenaren: "ja".into(),
        reden: "levensloop".into(),
        g1_dag: "24".into(),
        g1_maand: "11".into(),
        g1_jaar: "1950".into(),
        g2_dag: "2".into(),
        g2_maand: "8".into(),
        g2_jaar: "1958".into(),
        soort: "hypothecair".into(),
        looptijd: "20".into(),
        bedrag: "12.000".into(),
        klaar: "nee".into(),
        ..Default::default()
    };
    let f = AanvraagForm::uit_check(&check);
    assert_eq!(
        (f.eigenaar.as_str(), f.bewoner.as_str(), f.reden.as_str()),
        ("ja", "", "levensloop")
    );
    assert_eq!(
        (
            f.geboren_dag.as_str(),
            f.geboren_maand.as_str(),
            f.geboren_jaar.as_str()
        ),
        ("24", "11", "1950")
    );
    assert_eq!(
        (f.m1_dag.as_str(), f.m1_jaar.as_str(), f.m1_naam.as_str()),
        ("2", "1958", "")
    );
    assert_eq!(
        (f.soort.as_str(), f.looptijd.as_str(), f.bedrag.as_str()),
        ("hypothecair", "20", "12.000")
    );
    // "All owners apply" is no promise that they are all filled in: that box stays for the resident.
    assert_eq!(f.alle_eigenaren, "");
    // The link from the outcome carries just these answers.
    let query = check.overnemen();
    assert!(
        query.starts_with("eigenaar=ja&bewoner=nee&reden=levensloop&geboren1-dag=24"),
        "{query}"
    );
    assert!(
        !query.contains("klaar") && !query.contains("check=") && !query.contains("alle-eigenaren"),
        "{query}"
    );
    // What cannot be an answer is left out; what is too long is cut.
    let vreemd = AanvraagForm::uit_check(&CheckForm {
        reden: "iets".into(),
        soort: "consumptief".into(),
        looptijd: "20".into(),
        bedrag: "1".repeat(100),
        ..Default::default()
    });
    assert_eq!((vreemd.reden.as_str(), vreemd.looptijd.as_str()), ("", ""));
    assert_eq!(vreemd.bedrag.len(), OVERNEMEN_MAX);
}

#[test]
fn a_decision_needs_a_choice_a_ground_and_a_reason() {
    let tr = test_tr(Lang::Nl);
    let fouten = |f: BesluitForm| -> Vec<String> {
        f.parse(&tr)
            .unwrap_err()
            .iter()
            .map(|e| e.field.clone())
            .collect()
    };
    assert_eq!(fouten(BesluitForm::default()), ["besluit", "reden"]);
    assert_eq!(
        fouten(BesluitForm {
            besluit: "weigeren".into(),
            reden: "x".into(),
            ..Default::default()
        }),
        ["grond"]
    );
    let b = BesluitForm {
        besluit: "toekennen".into(),
        bedrag: "5000".into(),
        reden: "Voldoet".into(),
        ..Default::default()
    }
    .parse(&tr)
    .unwrap();
    assert_eq!(b.bedrag.map(|b| b.in_cent()), Some(500_000));
}
