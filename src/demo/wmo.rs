//! The demo's Wmo cases, in every phase, recorded through the case's own steps.

use super::*;

/// Residents nobody signs in as, whose cases fill the back office: one with a gesprek planned, one whose
/// verslag is due, and one with closed cases of the past year.
pub(super) const GESPREK_GEPLAND: &str = "gesprek@example.nl";

pub(super) const ONDERZOCHT: &str = "onderzocht@example.nl";

pub(super) const EERDER: &str = "eerder@example.nl";

/// How many closed cases the past year gets: one a month.
pub(super) const OUDE_ZAKEN: i64 = 11;

/// Records steps on a submitted melding, as the consulent, through [`zaken::vastleggen`].
pub(super) async fn stappen(
    app: &AppState,
    consulent: &Person,
    melding_id: &str,
    stappen: Vec<Gebeurtenis>,
) -> Result<(), sqlx::Error> {
    let Some(melding) = repo::ingediend(&app.db.pool, melding_id).await? else {
        return Ok(());
    };
    for gebeurtenis in stappen {
        // A verslag comes as text and as a PDF, as a consulent would send it.
        let document = matches!(gebeurtenis, Gebeurtenis::Verslag { .. }).then_some(
            zaken::repo::NieuwDocument {
                soort: zaken::repo::DocumentSoort::Verslag,
                naam: "verslag-gesprek.pdf",
                type_: BestandType::Pdf,
                inhoud: DEMO_PDF,
            },
        );
        zaken::vastleggen(
            app,
            &melding,
            consulent,
            document,
            |document_id| match gebeurtenis {
                Gebeurtenis::Verslag { tekst, .. } => Gebeurtenis::Verslag { tekst, document_id },
                anders => anders,
            },
        )
        .await
        .map_err(als_sqlx)?;
    }
    Ok(())
}

pub(super) fn dagen_geleden(app: &AppState, dagen: i64) -> Date {
    app.clock.today() - Duration::days(dagen)
}

/// From the assignment to the verslag, with the gesprek `dagen` ago.
pub(super) fn tot_verslag(consulent: &Person, gesprek: Date) -> Vec<Gebeurtenis> {
    vec![
        Gebeurtenis::Toegewezen {
            consulent_id: consulent.id.clone(),
        },
        Gebeurtenis::GesprekGepland {
            datum: gesprek,
            tijd: "10:00".into(),
            plaats: Plaats::Thuis,
            toelichting: String::new(),
        },
        Gebeurtenis::Geinformeerd {
            clientondersteuning: true,
            persoonlijk_plan: true,
        },
        Gebeurtenis::Onderzoek {
            gesprek_op: gesprek,
            onderwerpen: Onderwerp::ALL.to_vec(),
            levensgebieden: vec!["verzorging".into(), "wonen".into()],
            uitkomst: "Hulp bij het douchen en een traplift zijn nodig.".into(),
        },
        Gebeurtenis::Verslag {
            tekst: "We spraken bij u thuis over douchen en de trap. Uw dochter Petra was erbij."
                .into(),
            document_id: None,
        },
    ]
}

pub(super) async fn aanvraag_met_vraag(
    app: &AppState,
    consulent: &Person,
    melding_id: &str,
) -> Result<(), sqlx::Error> {
    // The aanvraag came 20 days ago and there is no besluit yet: the municipality is late, so the resident
    // may send an ingebrekestelling.
    let mut s = tot_verslag(consulent, dagen_geleden(app, 28));
    s.push(Gebeurtenis::Aanvraag {
        ontvangen_op: dagen_geleden(app, 20),
        voorzieningen: vec![Voorziening::Hulpmiddel, Voorziening::Woningaanpassing],
    });
    s.push(Gebeurtenis::Vraag {
        vraag_id: token::new_id(),
        tekst: "Wilt u de offerte voor de traplift sturen?".into(),
        voor: dagen_geleden(app, -14),
        schort_op: false,
    });
    stappen(app, consulent, melding_id, s).await
}

pub(super) fn regel(
    voorziening: Voorziening,
    uitkomst: Uitkomst,
    omschrijving: &str,
) -> BesluitRegel {
    let toegekend = uitkomst != Uitkomst::Afgewezen;
    BesluitRegel {
        voorziening,
        omschrijving: omschrijving.into(),
        uitkomst,
        vorm: toegekend.then_some(Vorm::Zin),
        ingangsdatum: None,
        einddatum: None,
        omvang: if toegekend {
            "3 uur per week".into()
        } else {
            String::new()
        },
        aanbieder: if toegekend {
            "Thuiszorg Noord".into()
        } else {
            String::new()
        },
        kostprijs: toegekend.then_some(crate::geld::Bedrag::cent(3500)),
        eigen_bijdrage: toegekend.then_some(crate::geld::Bedrag::cent(2160)),
        pgb_bedrag: None,
        pgb_berekening: String::new(),
        reden: "Zie het verslag van het gesprek.".into(),
    }
}

/// A besluit with a regel for each outcome.
pub(super) async fn besloten(
    app: &AppState,
    consulent: &Person,
    melding_id: &str,
) -> Result<(), sqlx::Error> {
    let mut s = tot_verslag(consulent, dagen_geleden(app, 8));
    s.push(Gebeurtenis::Aanvraag {
        ontvangen_op: dagen_geleden(app, 7),
        voorzieningen: vec![
            Voorziening::HuishoudelijkeOndersteuning,
            Voorziening::Hulpmiddel,
            Voorziening::Vervoer,
        ],
    });
    s.push(Gebeurtenis::Besluit {
        verzonden_op: dagen_geleden(app, 1),
        regels: vec![
            regel(
                Voorziening::HuishoudelijkeOndersteuning,
                Uitkomst::Toegekend,
                "Hulp bij het schoonhouden van uw huis",
            ),
            regel(
                Voorziening::Hulpmiddel,
                Uitkomst::Gedeeltelijk,
                "Een douchestoel",
            ),
            regel(
                Voorziening::Vervoer,
                Uitkomst::Afgewezen,
                "Een taxi naar de winkel",
            ),
        ],
        motivering: "Zie het verslag van het gesprek.".into(),
        document_id: None,
    });
    stappen(app, consulent, melding_id, s).await
}

/// A submitted melding of `persoon_id`, received `dagen` ago, in the caller's transaction.
pub(super) async fn ingediende_melding(
    tx: &mut sqlx::AnyConnection,
    persoon_id: &crate::ids::PersoonId,
    antwoorden: Antwoorden,
    op: OffsetDateTime,
    ontvangen: Date,
) -> Result<crate::ids::ZaakId, sqlx::Error> {
    let melding = Melding {
        id: crate::ids::ZaakId::new(token::new_id()),
        persoon_id: persoon_id.clone(),
        ingediend: false,
        referentie: None,
        hervatcode: nieuwe_hervatcode(),
        stap: Stap::Toestemming,
        antwoorden,
        aangemaakt_op: op,
        ingediend_op: None,
        ontvangen_op: None,
        eerste_gesprek_op: None,
    };
    repo::nieuw(tx, &melding.id, persoon_id, None, &melding.hervatcode, op).await?;
    repo::bewaar(tx, &melding, Stap::Toestemming, op).await?;
    repo::indienen(
        tx,
        &melding.id,
        persoon_id,
        &nieuwe_referentie(ontvangen.year()),
        op,
        ontvangen,
    )
    .await?;
    Ok(melding.id)
}

/// A resident without meldingen yet, or `None` when the demo data is already there.
pub(super) async fn nieuwe_inwoner(
    app: &AppState,
    email: &str,
) -> Result<Option<crate::ids::PersoonId>, sqlx::Error> {
    let mut tx = app.db.begin_write().await?;
    let persoon_id = find_or_create_person(&mut tx, email, Lang::Nl, app.clock.now()).await?;
    let leeg = repo::van_persoon(&mut *tx, &persoon_id).await?.is_empty();
    tx.commit().await?;
    Ok(leeg.then_some(persoon_id))
}

/// An urgent melding of two days ago with a temporary provision and a gesprek planned.
pub(super) async fn gesprek_gepland(app: &AppState, consulent: &Person) -> Result<(), sqlx::Error> {
    let Some(persoon_id) = nieuwe_inwoner(app, GESPREK_GEPLAND).await? else {
        return Ok(());
    };
    let mut tx = app.db.begin_write().await?;
    let id = ingediende_melding(
        &mut tx,
        &persoon_id,
        compleet(GESPREK_GEPLAND, true),
        app.clock.now() - Duration::days(2),
        dagen_geleden(app, 2),
    )
    .await?;
    tx.commit().await?;
    let s = vec![
        Gebeurtenis::Toegewezen {
            consulent_id: consulent.id.clone(),
        },
        Gebeurtenis::TijdelijkeVoorziening {
            omschrijving: "Thuiszorg komt elke ochtend helpen met wassen.".into(),
            vanaf: dagen_geleden(app, 1),
        },
        Gebeurtenis::GesprekGepland {
            datum: dagen_geleden(app, -5),
            tijd: "14:30".into(),
            plaats: Plaats::Thuis,
            toelichting: String::new(),
        },
    ];
    stappen(app, consulent, &id, s).await
}

/// A melding of three weeks ago whose gesprek was yesterday: the verslag is next.
pub(super) async fn onderzocht(app: &AppState, consulent: &Person) -> Result<(), sqlx::Error> {
    let Some(persoon_id) = nieuwe_inwoner(app, ONDERZOCHT).await? else {
        return Ok(());
    };
    let mut tx = app.db.begin_write().await?;
    let id = ingediende_melding(
        &mut tx,
        &persoon_id,
        compleet(ONDERZOCHT, false),
        app.clock.now() - Duration::days(21),
        dagen_geleden(app, 21),
    )
    .await?;
    tx.commit().await?;
    let mut s = tot_verslag(consulent, dagen_geleden(app, 1));
    s.pop();
    stappen(app, consulent, &id, s).await
}

/// One closed case a month over the past year, for the figures. They are stored as they would have been
/// recorded at the time (each event on its own day), so without mail to the resident now. Some were late:
/// every fourth onderzoek after the 6 weeks, every third besluit after the 2 weeks.
pub(super) async fn eerdere_zaken(app: &AppState, consulent: &Person) -> Result<(), sqlx::Error> {
    let Some(persoon_id) = nieuwe_inwoner(app, EERDER).await? else {
        return Ok(());
    };
    let ochtend = |dag: Date| {
        dag.with_time(Time::MIDNIGHT + Duration::hours(9))
            .assume_utc()
    };
    let mut tx = app.db.begin_write().await?;
    for k in 1..=OUDE_ZAKEN {
        let ontvangen = dagen_geleden(app, 30 * k + 10);
        let gesprek = ontvangen + Duration::days(if k % 4 == 0 { 50 } else { 20 });
        let aanvraag = gesprek + Duration::days(3);
        let besluit = aanvraag + Duration::days(if k % 3 == 0 { 20 } else { 8 });
        let id = ingediende_melding(
            &mut tx,
            &persoon_id,
            compleet(EERDER, k % 5 == 0),
            ochtend(ontvangen),
            ontvangen,
        )
        .await?;
        let n = usize::try_from(k).unwrap_or(0) % Voorziening::ALL.len();
        let voorziening = Voorziening::ALL[n];
        let mut s: Vec<(Date, Gebeurtenis)> = tot_verslag(consulent, gesprek)
            .into_iter()
            .map(|g| (gesprek, g))
            .collect();
        s.push((
            aanvraag,
            Gebeurtenis::Aanvraag {
                ontvangen_op: aanvraag,
                voorzieningen: vec![voorziening],
            },
        ));
        s.push((
            besluit,
            Gebeurtenis::Besluit {
                verzonden_op: besluit,
                regels: vec![regel(voorziening, Uitkomst::Toegekend, "Zie het besluit")],
                motivering: "Zie het verslag van het gesprek.".into(),
                document_id: None,
            },
        ));
        s.push((
            besluit + Duration::days(1),
            Gebeurtenis::Gesloten {
                reden: "Het besluit is verstuurd.".into(),
            },
        ));
        for (dag, gebeurtenis) in s {
            zaken_repo::voeg_toe(
                &mut tx,
                &id,
                &consulent.id,
                Door::Medewerker,
                &gebeurtenis,
                ochtend(dag),
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}
