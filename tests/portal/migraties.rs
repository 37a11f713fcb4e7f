//! A database filled by `loket demo` before the case kernel (migrations 1 to 10, kept as a fixture) comes out
//! of today's migrations with every case, event, document, access-log entry and decision still there, and the
//! pages show them. On PostgreSQL the fixture's rows are first copied into a database made with the same old
//! migrations.

use std::collections::BTreeSet;

use axum::http::StatusCode;
use loket::db::Embedded;
use sqlx::{AnyPool, Row};
use time::macros::datetime;

use crate::support::{Options, TestApp, fresh_database_url};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/demo-0010.sqlite"
);

/// The last migration the fixture was made with.
const FIXTURE_VERSIE: i64 = 10;

/// Copies every row of every table of the SQLite database `bron` into `doel` (made with the same migrations),
/// table by table in the order they were created, so that every reference finds its row.
async fn kopieer(bron: &AnyPool, doel: &AnyPool) {
    let tabellen: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name NOT LIKE '_sqlx%' ORDER BY rowid",
    )
    .fetch_all(bron)
    .await
    .unwrap();
    for tabel in tabellen {
        let kolommen: Vec<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT name, type FROM pragma_table_info('{tabel}')"
        )))
        .fetch_all(bron)
        .await
        .unwrap();
        let namen: Vec<&str> = kolommen.iter().map(|(n, _)| n.as_str()).collect();
        let plekken: Vec<String> = (1..=kolommen.len()).map(|i| format!("${i}")).collect();
        let insert = format!(
            "INSERT INTO {tabel} ({}) VALUES ({})",
            namen.join(", "),
            plekken.join(", ")
        );
        let rijen = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {} FROM {tabel}",
            namen.join(", ")
        )))
        .fetch_all(bron)
        .await
        .unwrap();
        for rij in rijen {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(insert.clone()));
            for (i, (_, soort)) in kolommen.iter().enumerate() {
                q = if soort.contains("INT") {
                    q.bind(rij.try_get::<Option<i64>, _>(i).unwrap())
                } else if soort.contains("BLOB") {
                    q.bind(rij.try_get::<Option<Vec<u8>>, _>(i).unwrap())
                } else {
                    q.bind(rij.try_get::<Option<String>, _>(i).unwrap())
                };
            }
            q.execute(doel).await.unwrap();
        }
    }
}

/// The fixture as the database of a test portal: a copy of the file, or on PostgreSQL a new database made with
/// the old migrations and filled with the fixture's rows. Returns its URL and a pool on the fixture's copy.
async fn oude_database(dir: &std::path::Path) -> (String, AnyPool) {
    sqlx::any::install_default_drivers();
    let kopie = dir.join("demo-0010.sqlite");
    std::fs::copy(FIXTURE, &kopie).unwrap();
    let fixture_url = format!("sqlite://{}?mode=rw", kopie.display());
    let fixture = AnyPool::connect(&fixture_url).await.unwrap();
    met_laat_antwoord(&fixture).await;
    if !std::env::var("LOKET_TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres")) {
        return (fixture_url, fixture);
    }
    let url = fresh_database_url(dir).await;
    let pg = AnyPool::connect(&url).await.unwrap();
    let alle = loket::db::MIGRATIONS_POSTGRES.0;
    let oud = Embedded(&alle[..alle.iter().filter(|(v, _, _)| *v <= FIXTURE_VERSIE).count()]);
    sqlx::migrate::Migrator::new(oud)
        .await
        .unwrap()
        .run(&pg)
        .await
        .unwrap();
    kopieer(&fixture, &pg).await;
    pg.close().await;
    (url, fixture)
}

/// Adds to the old database what the demo does not make: a blijverslening application stopped by one
/// co-owner's no, after which the other co-owner still said yes. The old version could store this; its steps
/// must come out in the order they happened.
async fn met_laat_antwoord(fixture: &AnyPool) {
    let wacht = "7cd9e4a832be63f431597eaf0993c073";
    // One connection: the temporary table lives in it.
    let mut conn = fixture.acquire().await.unwrap();
    for sql in [
        "CREATE TEMPORARY TABLE kopie AS SELECT * FROM blijverslening_aanvragen WHERE id = $1",
        "UPDATE kopie SET id = 'gestopt-laat', sleutel = 'gestopt-laat', status = 'gestopt', \
         referentie = 'BL-2026-GSTPLAAT', compleet_op = '2026-12-02T10:00:00.000000Z'",
        "INSERT INTO blijverslening_aanvragen SELECT * FROM kopie",
        "DROP TABLE kopie",
        "INSERT INTO blijverslening_eigenaren (id, aanvraag_id, volgorde, naam, geboortedatum, email, antwoord, \
         beantwoord_op) VALUES ('laat-nee', 'gestopt-laat', 0, 'Els de Vries', '1958-01-01', \
         'els.devries@example.nl', 'nee', '2026-12-02T10:00:00.000000Z'), ('laat-ja', 'gestopt-laat', 1, \
         'Piet de Vries', '1959-01-01', 'piet.devries@example.nl', 'ja', '2026-12-03T09:00:00.000000Z')",
    ] {
        let q = sqlx::query(sql);
        let q = if sql.contains("$1") { q.bind(wacht) } else { q };
        q.execute(&mut *conn).await.unwrap();
    }
}

async fn tel(pool: &AnyPool, sql: &'static str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
}

/// What must survive: (what, the count in the old tables, the count in the new ones).
const BLIJFT: [(&str, &str, &str); 5] = [
    (
        "events",
        "SELECT COUNT(*) FROM zaak_gebeurtenissen",
        "SELECT COUNT(*) FROM zaak_gebeurtenissen g JOIN zaken z ON z.id = g.zaak_id \
         WHERE z.regeling = 'wmo-melding'",
    ),
    (
        "access logs",
        "SELECT (SELECT COUNT(*) FROM toegangslog) + (SELECT COUNT(*) FROM blijverslening_toegang) \
         + (SELECT COUNT(*) FROM kindpakket_toegang) + (SELECT COUNT(*) FROM uitdaag_toegang)",
        "SELECT COUNT(*) FROM toegangslog",
    ),
    (
        "decisions per child and part",
        "SELECT COUNT(*) FROM kindpakket_besluiten",
        "SELECT COUNT(*) FROM kindpakket_besluiten",
    ),
    (
        "blijverslening decisions",
        "SELECT COUNT(*) FROM blijverslening_aanvragen WHERE besluit IS NOT NULL",
        "SELECT COUNT(*) FROM blijverslening_aanvragen WHERE besluit IS NOT NULL",
    ),
    (
        "documents, with every byte",
        "SELECT (SELECT COUNT(*) FROM zaak_documenten) + (SELECT COUNT(*) FROM blijverslening_stukken) \
         + (SELECT COUNT(*) FROM kindpakket_bestanden) + (SELECT COUNT(*) FROM uitdaag_bijlagen) \
         + (SELECT COUNT(*) FROM persoonlijk_plan_bestanden)",
        "SELECT COUNT(*) FROM documenten d WHERE d.grootte = \
         (SELECT SUM(LENGTH(inhoud)) FROM document_delen p WHERE p.document_id = d.id)",
    ),
];

/// Every submitted thing of the fixture: (staff path, reference, still open for staff), read from the old
/// tables with each scheme's own statuses.
async fn ingediend(fixture: &AnyPool) -> Vec<(String, String, bool)> {
    let rijen: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT '/medewerker/zaak/' || m.id, m.referentie, 'wmo', \
                CASE WHEN z.fase = 'gesloten' THEN 0 ELSE 1 END \
         FROM meldingen m LEFT JOIN zaken z ON z.melding_id = m.id WHERE m.status = 'ingediend' \
         UNION ALL SELECT '/medewerker/blijverslening/' || id, referentie, 'bl', \
                CASE WHEN status = 'gestopt' THEN 0 ELSE 1 END \
         FROM blijverslening_aanvragen WHERE status <> 'concept' \
         UNION ALL SELECT '/medewerker/kindpakket/' || id, referentie, 'kp', 1 \
         FROM kindpakket_aanvragen WHERE status <> 'concept' \
         UNION ALL SELECT '/medewerker/uitdaagrecht/' || id, referentie, 'ur', 1 \
         FROM uitdaag_voorstellen WHERE status <> 'concept'",
    )
    .fetch_all(fixture)
    .await
    .unwrap();
    rijen
        .into_iter()
        .map(|(pad, referentie, _, open)| (pad, referentie, open == 1))
        .collect()
}

/// The numbers of a case's steps, and the phase they lead to.
async fn fase_van<S: loket::zaken::stap::Stap>(
    pool: &AnyPool,
    id: &str,
) -> (Vec<i64>, loket::zaken::domain::Fase) {
    let stappen = loket::zaken::stap::stappen::<S>(pool, &id.into())
        .await
        .unwrap();
    // Numbered in the order they happened.
    assert!(stappen.windows(2).all(|w| w[0].op <= w[1].op), "{id}");
    let nummers = stappen.iter().map(|s| s.volgnummer).collect();
    (
        nummers,
        loket::zaken::stap::fase_uit(stappen.iter().map(|s| &s.stap)),
    )
}

#[tokio::test]
async fn a_database_of_the_previous_version_keeps_every_case_and_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let (url, fixture) = oude_database(dir.path()).await;
    let mut voor = Vec::new();
    for (_, oud, _) in BLIJFT {
        voor.push(tel(&fixture, oud).await);
    }
    let zaken = ingediend(&fixture).await;
    let referenties_bewoner: Vec<String> = sqlx::query_scalar(
        "SELECT m.referentie FROM meldingen m JOIN personen p ON p.id = m.persoon_id \
         WHERE p.email = 'bewoner@example.nl' AND m.status = 'ingediend' \
         UNION ALL SELECT a.referentie FROM kindpakket_aanvragen a JOIN personen p ON p.id = a.persoon_id \
         WHERE p.email = 'bewoner@example.nl' AND a.status <> 'concept' \
         UNION ALL SELECT a.referentie FROM blijverslening_aanvragen a JOIN personen p ON p.id = a.inwoner_id \
         WHERE p.email = 'bewoner@example.nl' AND a.status <> 'concept'",
    )
    .fetch_all(&fixture)
    .await
    .unwrap();
    fixture.close().await;
    assert!(zaken.len() >= 20, "the fixture holds the demo: {zaken:?}");
    assert!(voor[0] > 50, "the fixture holds events");

    // The portal starts on it, and migrates it.
    let mut app = TestApp::with(Options {
        database_url: Some(url),
        nu: Some(datetime!(2026-12-07 09:00 UTC)),
        ..Options::default()
    })
    .await;
    let pool = &app.state.db.pool;
    for ((wat, _, nieuw), aantal) in BLIJFT.iter().zip(&voor) {
        assert_eq!(tel(pool, nieuw).await, *aantal, "{wat}");
    }
    assert_eq!(
        tel(pool, "SELECT COUNT(*) FROM zaken").await,
        i64::try_from(zaken.len()).unwrap(),
        "one case for everything submitted"
    );

    // Every case of the other schemes has its steps, read back in the scheme's own kinds, numbered without
    // gaps, and they lead to the phase the case is in.
    let zaken_anders: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT id, regeling, fase, laatste_volgnummer FROM zaken WHERE regeling <> 'wmo-melding'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    assert!(zaken_anders.len() >= 8, "{zaken_anders:?}");
    for (id, regeling, fase, laatste) in &zaken_anders {
        let (nummers, uit) = match regeling.as_str() {
            "blijverslening" => {
                fase_van::<loket::blijverslening::stap::Gebeurtenis>(pool, id).await
            }
            "kindpakket" => fase_van::<loket::kindpakket::stap::Gebeurtenis>(pool, id).await,
            _ => fase_van::<loket::uitdaagrecht::stap::Gebeurtenis>(pool, id).await,
        };
        assert_eq!(
            nummers,
            (1..=*laatste).collect::<Vec<_>>(),
            "{regeling} {id}"
        );
        assert_eq!(uit.code(), fase, "{regeling} {id}");
    }

    // Staff find every open case of every scheme in the one work queue, and open each.
    app.sign_in("medewerker@example.nl").await;
    let wachtrij = app.get("/medewerker").await;
    assert_eq!(wachtrij.status, StatusCode::OK);
    let getoond: BTreeSet<String> = wachtrij.attrs("tbody a", "href").into_iter().collect();
    let open: BTreeSet<String> = zaken
        .iter()
        .filter(|(_, _, open)| *open)
        .map(|(pad, _, _)| pad.clone())
        .collect();
    assert_eq!(getoond, open);
    for (pad, referentie, _) in &zaken {
        let mut pagina = app.get(pad).await;
        if pagina.status == StatusCode::OK && pagina.body.contains(r#"name="reden""#) {
            // A case of another consulent opens after a reason.
            app.post(
                &format!("{pad}/reden"),
                &[("reden", "Controle na de update")],
            )
            .await;
            pagina = app.get(pad).await;
        }
        assert_eq!(pagina.status, StatusCode::OK, "{pad}");
        assert!(pagina.text("main").contains(referentie.as_str()), "{pad}");
    }

    // The resident finds each of their cases, with its history.
    app.clear_cookies();
    app.sign_in("bewoner@example.nl").await;
    let overzicht = app.get("/mijn-loket").await.text("main");
    assert!(!referenties_bewoner.is_empty());
    for referentie in &referenties_bewoner {
        assert!(overzicht.contains(referentie.as_str()), "{referentie}");
    }
    let meldingen: Vec<String> = sqlx::query_scalar(
        "SELECT z.id FROM zaken z JOIN personen p ON p.id = z.eigenaar_id \
         WHERE p.email = 'bewoner@example.nl' AND z.regeling = 'wmo-melding' AND z.laatste_volgnummer > 0",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    assert!(!meldingen.is_empty());
    for id in meldingen {
        let dossier = app.get(&format!("/melding/{id}")).await;
        assert_eq!(dossier.status, StatusCode::OK);
        assert!(!dossier.texts(".loket-timeline li").is_empty(), "{id}");
    }
}

/// A bezwaar sent on a Wmo case before bezwaren had their own steps (one event `bezwaar` with its text) comes
/// out of migration 18 as the first step of that case's bezwaar, with its text as grounds and the day its
/// besluit was sent, so that the bezwaar pages show it and its terms count from that besluit.
#[tokio::test]
async fn a_bezwaar_sent_before_migration_18_is_the_cases_bezwaar_afterwards() {
    sqlx::any::install_default_drivers();
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path()).await;
    let pool = AnyPool::connect(&url).await.unwrap();
    let alle = if url.starts_with("postgres") {
        loket::db::MIGRATIONS_POSTGRES.0
    } else {
        loket::db::MIGRATIONS_SQLITE.0
    };
    let tot_17 = Embedded(&alle[..alle.iter().filter(|(v, _, _)| *v <= 17).count()]);
    sqlx::migrate::Migrator::new(tot_17)
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    for sql in [
        "INSERT INTO personen (id, email, taal, rol, aangemaakt_op) \
         VALUES ('p1', 'bewoner@example.nl', 'nl', 'inwoner', '2026-10-01T09:00:00.000000Z')",
        "INSERT INTO zaken (id, regeling, eigenaar_id, referentie, fase, laatste_volgnummer, ingediend_op, \
         bijgewerkt_op) VALUES ('z1', 'wmo-melding', 'p1', 'M-2026-OUD', 'besloten', 2, \
         '2026-10-01T09:00:00.000000Z', '2026-11-10T09:00:00.000000Z')",
        "INSERT INTO zaak_gebeurtenissen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op) \
         VALUES ('g1', 'z1', 1, 'besluit', '{\"soort\":\"besluit\",\"verzonden_op\":\"2026-11-02\",\"regels\":[],\
         \"motivering\":\"\",\"document_id\":null}', 'p1', 'medewerker', '2026-11-02T09:00:00.000000Z')",
        "INSERT INTO zaak_gebeurtenissen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op) \
         VALUES ('g2', 'z1', 2, 'bezwaar', '{\"soort\":\"bezwaar\",\"tekst\":\"Ik heb de traplift echt nodig.\"}', \
         'p1', 'inwoner', '2026-11-10T09:00:00.000000Z')",
    ] {
        sqlx::query(sql).execute(&pool).await.unwrap();
    }
    pool.close().await;

    let app = TestApp::with(Options {
        database_url: Some(url),
        ..Options::default()
    })
    .await;
    let bezwaar = loket::zaken::bezwaar::laad(&app.state.db.pool, "z1")
        .await
        .unwrap()
        .expect("the bezwaar is carried over");
    assert_eq!(bezwaar.gronden, "Ik heb de traplift echt nodig.");
    assert_eq!(bezwaar.besluit_op, time::macros::date!(2026 - 11 - 02));
    assert_eq!(bezwaar.ingediend_op, time::macros::date!(2026 - 11 - 10));
    assert!(bezwaar.is_open() && !bezwaar.pro_forma);
    // Awb 7:10: six weeks after the bezwaar term ended on Monday 14 December 2026.
    assert_eq!(
        bezwaar.beslis_termijn(&app.state.gemeente).einde,
        time::macros::date!(2027 - 01 - 25)
    );
}
