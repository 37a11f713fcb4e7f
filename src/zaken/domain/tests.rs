#![allow(clippy::unwrap_used, clippy::expect_used)]

use time::macros::{date, datetime};

use super::*;

fn stap(n: i64, op: time::OffsetDateTime, gebeurtenis: Gebeurtenis) -> Stap {
    Stap {
        volgnummer: n,
        gebeurtenis,
        door_persoon_id: "p".into(),
        door: Door::Medewerker,
        op,
    }
}

fn dag(moment: time::OffsetDateTime) -> Date {
    moment.date()
}

fn gemeente() -> Gemeente {
    Gemeente::builtin("het-hogeland").unwrap()
}

#[test]
fn events_survive_json_unchanged() {
    let g = Gebeurtenis::Besluit {
        verzonden_op: date!(2026 - 12 - 04),
        regels: vec![BesluitRegel {
            voorziening: Voorziening::HuishoudelijkeOndersteuning,
            omschrijving: "Schoonmaken".into(),
            uitkomst: Uitkomst::Toegekend,
            vorm: Some(Vorm::Zin),
            ingangsdatum: Some(date!(2027 - 01 - 01)),
            einddatum: None,
            omvang: "3 uur per week".into(),
            aanbieder: "Thuiszorg".into(),
            kostprijs: Some(crate::geld::Bedrag::cent(3500)),
            eigen_bijdrage: Some(crate::geld::Bedrag::cent(2160)),
            pgb_bedrag: None,
            pgb_berekening: String::new(),
            reden: "Nodig".into(),
        }],
        motivering: "Zie verslag".into(),
        document_id: None,
    };
    let json = serde_json::to_string(&g).unwrap();
    assert!(json.contains(r#""soort":"besluit""#), "{json}");
    assert!(json.contains(r#""verzonden_op":"2026-12-04""#), "{json}");
    assert_eq!(serde_json::from_str::<Gebeurtenis>(&json).unwrap(), g);
}

#[test]
fn the_phase_follows_the_last_step_that_moves_it() {
    let zaak = Zaak::uit(vec![], dag);
    assert_eq!(zaak.fase(), Fase::Ontvangen);
    let zaak = Zaak::uit(
        vec![
            stap(
                1,
                datetime!(2026-11-24 10:00 UTC),
                Gebeurtenis::Toegewezen {
                    consulent_id: "c".into(),
                },
            ),
            stap(
                2,
                datetime!(2026-11-24 10:05 UTC),
                Gebeurtenis::GesprekGepland {
                    datum: date!(2026 - 12 - 01),
                    tijd: "10:00".into(),
                    plaats: Plaats::Thuis,
                    toelichting: String::new(),
                },
            ),
            stap(
                3,
                datetime!(2026-11-24 10:06 UTC),
                Gebeurtenis::Geinformeerd {
                    clientondersteuning: true,
                    persoonlijk_plan: true,
                },
            ),
        ],
        dag,
    );
    assert_eq!(zaak.fase(), Fase::GesprekGepland);
    assert_eq!(zaak.consulent_id.as_deref(), Some("c"));
}

fn met_aanvraag(extra: Vec<Stap>) -> Zaak {
    let mut stappen = vec![stap(
        1,
        datetime!(2026-11-23 09:00 UTC),
        Gebeurtenis::Aanvraag {
            ontvangen_op: date!(2026 - 11 - 23),
            voorzieningen: vec![Voorziening::Begeleiding],
        },
    )];
    stappen.extend(extra);
    Zaak::uit(stappen, dag)
}

#[test]
fn the_besluit_is_due_two_weeks_after_the_aanvraag() {
    let g = gemeente();
    let zaak = met_aanvraag(vec![]);
    assert_eq!(
        zaak.besluit_termijn(&g, date!(2026 - 11 - 23)),
        Some(date!(2026 - 12 - 07))
    );
    assert!(!zaak.mag_ingebrekestelling(&g, date!(2026 - 12 - 07)));
    assert!(zaak.mag_ingebrekestelling(&g, date!(2026 - 12 - 08)));
}

#[test]
fn a_question_that_suspends_moves_the_besluit_by_the_days_it_was_open() {
    let g = gemeente();
    let zaak = met_aanvraag(vec![
        stap(
            2,
            datetime!(2026-11-25 09:00 UTC),
            Gebeurtenis::Vraag {
                vraag_id: "v1".into(),
                tekst: "Stuur de offerte".into(),
                voor: date!(2026 - 12 - 09),
                schort_op: true,
            },
        ),
        stap(
            3,
            datetime!(2026-11-30 09:00 UTC),
            Gebeurtenis::Antwoord {
                vraag_id: "v1".into(),
                tekst: "Hier is hij".into(),
                document_id: None,
            },
        ),
    ]);
    // Awb 4:15 lid 1 a: suspended from the day after the question (26 November) "tot de dag waarop de
    // aanvraag is aangevuld": 26 to 29 November, 4 days; the day of the answer counts again.
    assert_eq!(zaak.opgeschorte_dagen(&g, date!(2026 - 12 - 20)), 4);
    // 7 December + 4 days = Friday 11 December.
    assert_eq!(
        zaak.besluit_termijn(&g, date!(2026 - 12 - 20)),
        Some(date!(2026 - 12 - 11))
    );
    assert_eq!(zaak.open_vragen().count(), 0);
}

#[test]
fn a_second_besluit_on_the_same_aanvraag_is_refused() {
    let besluit = Gebeurtenis::Besluit {
        verzonden_op: date!(2026 - 12 - 01),
        regels: vec![],
        motivering: "Zie verslag".into(),
        document_id: None,
    };
    assert!(!Zaak::uit(vec![], dag).staat_toe(&besluit), "no aanvraag");
    let zaak = met_aanvraag(vec![]);
    assert!(zaak.staat_toe(&besluit));
    let zaak = met_aanvraag(vec![stap(
        2,
        datetime!(2026-12-01 09:00 UTC),
        besluit.clone(),
    )]);
    assert!(zaak.besloten_op_aanvraag());
    assert!(!zaak.staat_toe(&besluit));
}

#[test]
fn a_notice_of_extension_gives_a_later_date() {
    let g = gemeente();
    let zaak = met_aanvraag(vec![stap(
        2,
        datetime!(2026-12-01 09:00 UTC),
        Gebeurtenis::Verdaagd {
            nieuwe_datum: date!(2026 - 12 - 21),
            reden: "Advies nodig".into(),
        },
    )]);
    assert_eq!(
        zaak.besluit_termijn(&g, date!(2026 - 12 - 01)),
        Some(date!(2026 - 12 - 21))
    );
    assert!(!zaak.mag_ingebrekestelling(&g, date!(2026 - 12 - 10)));
}

#[test]
fn the_dwangsom_runs_two_weeks_after_the_ingebrekestelling() {
    let zaak = met_aanvraag(vec![stap(
        2,
        datetime!(2026-12-08 09:00 UTC),
        Gebeurtenis::Ingebrekestelling {
            ontvangen_op: date!(2026 - 12 - 08),
        },
    )]);
    assert_eq!(zaak.dwangsom_vanaf(), Some(date!(2026 - 12 - 22)));
    assert_eq!(zaak.dwangsom(date!(2026 - 12 - 22)).in_cent(), 0);
    assert_eq!(zaak.dwangsom(date!(2026 - 12 - 24)).in_cent(), 2 * 2300);
}

#[test]
fn an_unanswered_question_suspends_only_until_its_own_last_day() {
    let g = gemeente();
    let zaak = met_aanvraag(vec![stap(
        2,
        datetime!(2026-11-25 09:00 UTC),
        Gebeurtenis::Vraag {
            vraag_id: "v1".into(),
            tekst: "Stuur de offerte".into(),
            voor: date!(2026 - 11 - 30),
            schort_op: true,
        },
    )]);
    // Awb 4:15 lid 1 a, "of de daarvoor gestelde termijn ongebruikt is verstreken": 26 up to and including
    // 30 November, 5 days, however long the resident stays silent.
    assert_eq!(zaak.opgeschorte_dagen(&g, date!(2027 - 01 - 15)), 5);
    assert_eq!(zaak.opgeschorte_dagen(&g, date!(2026 - 11 - 27)), 2);
    assert!(zaak.mag_ingebrekestelling(&g, date!(2027 - 01 - 15)));
}

#[test]
fn suspended_days_are_added_before_the_atw_extension() {
    let g = gemeente();
    // Aanvraag Monday 13 April 2026: 2 weeks end on Koningsdag, Monday 27 April. Asked on the 14th, answered
    // on the 16th: one day suspended (the 15th), so 28 April.
    let zaak = Zaak::uit(
        vec![
            stap(
                1,
                datetime!(2026-04-13 09:00 UTC),
                Gebeurtenis::Aanvraag {
                    ontvangen_op: date!(2026 - 04 - 13),
                    voorzieningen: vec![],
                },
            ),
            stap(
                2,
                datetime!(2026-04-14 09:00 UTC),
                Gebeurtenis::Vraag {
                    vraag_id: "v".into(),
                    tekst: "?".into(),
                    voor: date!(2026 - 04 - 20),
                    schort_op: true,
                },
            ),
            stap(
                3,
                datetime!(2026-04-16 09:00 UTC),
                Gebeurtenis::Antwoord {
                    vraag_id: "v".into(),
                    tekst: "!".into(),
                    document_id: None,
                },
            ),
        ],
        dag,
    );
    assert_eq!(
        zaak.besluit_termijn(&g, date!(2026 - 05 - 01)),
        Some(date!(2026 - 04 - 28))
    );
}

#[test]
fn the_dwangsom_that_ran_up_stays_owed_after_a_late_besluit() {
    let zaak = met_aanvraag(vec![
        stap(
            2,
            datetime!(2026-12-08 09:00 UTC),
            Gebeurtenis::Ingebrekestelling {
                ontvangen_op: date!(2026 - 12 - 08),
            },
        ),
        stap(
            3,
            datetime!(2026-12-25 09:00 UTC),
            Gebeurtenis::Besluit {
                verzonden_op: date!(2026 - 12 - 25),
                regels: vec![],
                motivering: String::new(),
                document_id: None,
            },
        ),
    ]);
    assert_eq!(zaak.dwangsom_dagen(date!(2027 - 01 - 31)), 3);
    assert_eq!(zaak.dwangsom(date!(2027 - 01 - 31)).in_cent(), 3 * 2300);
}

#[test]
fn urgency_marks_overdue_and_nearly_due() {
    let d = Deadline {
        wat: Wat::Besluit,
        einde: date!(2026 - 12 - 07),
        wettelijk: true,
    };
    assert_eq!(d.urgentie(date!(2026 - 12 - 08)), Urgentie::Verlopen);
    assert_eq!(d.urgentie(date!(2026 - 12 - 07)), Urgentie::Bijna);
    assert_eq!(d.urgentie(date!(2026 - 12 - 02)), Urgentie::Bijna);
    assert_eq!(d.urgentie(date!(2026 - 12 - 01)), Urgentie::Op);
}
