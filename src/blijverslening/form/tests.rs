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
}

#[test]
fn an_empty_form_names_every_question_in_page_order() {
    assert_eq!(
        velden(&AanvraagForm::default()),
        [
            "naam",
            "geboren",
            "eigenaar",
            "bewoner",
            "alle-eigenaren",
            "reden",
            "maatregelen",
            "materiaal",
            "soort",
            "bedrag",
            "gepland"
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
