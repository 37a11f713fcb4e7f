//! Retention: nothing is kept longer than the profile's periods allow (AVG art. 5 lid 1 sub e), and a case file
//! is destroyed when its period from the selection list has passed (Archiefwet 1995 art. 3 and 5).
//!
//! Once a day one instance of the portal (the one that claims the day in `bewaar_rondes`) deletes what is due, in
//! batches of [`PARTIJ`] rows, each batch in a transaction of its own, and records how many of each kind it
//! deleted: counts, never names, shown to the beheerder ([`views`]). A draft's owner gets a mail a week before
//! the draft goes. A case with a hold (bezwaar, court) is never deleted, and the period of a case with a bezwaar
//! counts from its last bezwaar step.

mod handlers;
mod views;

use std::time::Duration;

use axum::Router;
use axum::routing::get;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use crate::db::{self, Db};
use crate::gemeente::Bewaren;
use crate::i18n::{Lang, Tr, msg};
use crate::mail::Email;
use crate::{AppState, clock};

/// Rows per transaction: short turns for the writers of the portal, which keep working meanwhile.
pub const PARTIJ: i64 = 500;

/// How often an instance looks whether today's run is still to be done.
const POOS: Duration = Duration::from_secs(60 * 60);

pub fn router() -> Router<AppState> {
    Router::new().route("/medewerker/beheer/bewaren", get(handlers::overzicht))
}

/// What a run deletes, each counted apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// Mails that a draft will go (sent, not deleted).
    Waarschuwing,
    Concept,
    Inloglink,
    Sessie,
    Mail,
    Toegangslog,
    Zaak,
}

impl Soort {
    pub const ALL: [Soort; 7] = [
        Soort::Waarschuwing,
        Soort::Concept,
        Soort::Inloglink,
        Soort::Sessie,
        Soort::Mail,
        Soort::Toegangslog,
        Soort::Zaak,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Soort::Waarschuwing => "waarschuwing",
            Soort::Concept => "concept",
            Soort::Inloglink => "inloglink",
            Soort::Sessie => "sessie",
            Soort::Mail => "mail",
            Soort::Toegangslog => "toegangslog",
            Soort::Zaak => "zaak",
        }
    }

    pub fn from_code(code: &str) -> Option<Soort> {
        Soort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The counts of one run, in the order of [`Soort::ALL`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Telling(pub Vec<(Soort, u64)>);

impl Telling {
    pub fn van(&self, soort: Soort) -> u64 {
        self.0
            .iter()
            .filter(|(s, _)| *s == soort)
            .map(|(_, n)| n)
            .sum()
    }

    fn tel(&mut self, soort: Soort, n: u64) {
        match self.0.iter_mut().find(|(s, _)| *s == soort) {
            Some((_, m)) => *m += n,
            None => self.0.push((soort, n)),
        }
    }
}

/// Runs in the background of `loket serve`: once a day, the first instance to claim the day runs [`ronde`].
pub async fn run(app: AppState) {
    loop {
        match dagelijks(&app).await {
            Ok(Some(t)) => tracing::info!(counts = ?t.0, "retention: done for today"),
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, "retention: database error; tried again later"),
        }
        tokio::time::sleep(POOS).await;
    }
}

/// Today's run, unless an instance claimed today already: `None` then.
pub async fn dagelijks(app: &AppState) -> Result<Option<Telling>, sqlx::Error> {
    let now = app.clock.now();
    let dag = db::date(clock::amsterdam(now).date());
    let mut tx = app.db.begin_write().await?;
    // A run that started more than an hour ago and never finished (an instance stopped, a database error) is
    // taken up again: every batch it finished is gone, the rest is still due.
    let claimed = sqlx::query(
        "INSERT INTO bewaar_rondes (dag, gestart_op) VALUES ($1, $2) ON CONFLICT (dag) DO UPDATE \
         SET gestart_op = excluded.gestart_op \
         WHERE bewaar_rondes.klaar_op IS NULL AND bewaar_rondes.gestart_op < $3",
    )
    .bind(&dag)
    .bind(db::ts(now))
    .bind(db::ts(now - time::Duration::hours(1)))
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    tx.commit().await?;
    if !claimed {
        return Ok(None);
    }
    let telling = ronde(app, now).await?;
    let mut tx = app.db.begin_write().await?;
    for (soort, aantal) in &telling.0 {
        sqlx::query(
            "INSERT INTO bewaar_tellingen (id, dag, soort, aantal) VALUES ($1, $2, $3, $4)",
        )
        .bind(crate::token::new_id())
        .bind(&dag)
        .bind(soort.code())
        .bind(i64::try_from(*aantal).unwrap_or(i64::MAX))
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE bewaar_rondes SET klaar_op = $2 WHERE dag = $1")
        .bind(&dag)
        .bind(db::ts(app.clock.now()))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(telling))
}

/// Deletes everything that has passed its period at `now`, and warns the owners of drafts that go in a week.
/// Without periods in the profile only expired sign-in links and sessions go: no record is destroyed on a
/// period without a source.
pub async fn ronde(app: &AppState, now: OffsetDateTime) -> Result<Telling, sqlx::Error> {
    let mut t = Telling::default();
    let db = &app.db;
    let dag = time::Duration::days(1);
    t.tel(
        Soort::Sessie,
        in_partijen(
            db,
            "sessions",
            "token_hash",
            "expires_at < $1",
            &db::ts(now),
        )
        .await?,
    );
    let Some(b) = &app.gemeente.bewaren else {
        t.tel(
            Soort::Inloglink,
            in_partijen(
                db,
                "sign_in_links",
                "token_hash",
                "expires_at < $1",
                &db::ts(now),
            )
            .await?,
        );
        return Ok(t);
    };
    let grens = |dagen: u32| db::ts(now - dag * i32::try_from(dagen).unwrap_or(i32::MAX));
    t.tel(
        Soort::Inloglink,
        in_partijen(
            db,
            "sign_in_links",
            "token_hash",
            "expires_at < $1",
            &grens(b.inloglink_dagen),
        )
        .await?,
    );
    t.tel(
        Soort::Mail,
        in_partijen(
            db,
            "outbox",
            "id",
            "(sent_at IS NOT NULL AND sent_at < $1) OR (failed_at IS NOT NULL AND failed_at < $1)",
            &grens(b.mail_dagen),
        )
        .await?,
    );
    t.tel(
        Soort::Toegangslog,
        in_partijen(
            db,
            "toegangslog",
            "id",
            "op < $1",
            &jaren_terug(now, b.toegangslog_jaren),
        )
        .await?,
    );
    let (gewaarschuwd, weg) = concepten(app, b, now).await?;
    t.tel(Soort::Waarschuwing, gewaarschuwd);
    t.tel(Soort::Concept, weg);
    t.tel(Soort::Zaak, zaken(db, b, now).await?);
    Ok(t)
}

/// The moment `jaren` years before `now` (29 February counts back to 28 February).
fn jaren_terug(now: OffsetDateTime, jaren: u32) -> String {
    let datum = now.date();
    let jaar = datum.year() - i32::try_from(jaren).unwrap_or(i32::MAX / 2);
    let terug = datum
        .replace_year(jaar)
        .or_else(|_| (datum - time::Duration::days(1)).replace_year(jaar))
        .unwrap_or(datum);
    db::ts(now.replace_date(terug))
}

/// Deletes the rows of `tabel` that match `voorwaarde` (with `$1` bound to `grens`), [`PARTIJ`] at a time, each
/// batch in its own transaction. Returns how many went.
async fn in_partijen(
    db: &Db,
    tabel: &str,
    sleutel: &str,
    voorwaarde: &str,
    grens: &str,
) -> Result<u64, sqlx::Error> {
    let sql = format!(
        "DELETE FROM {tabel} WHERE {sleutel} IN \
         (SELECT {sleutel} FROM {tabel} WHERE {voorwaarde} LIMIT {PARTIJ})"
    );
    let mut totaal = 0;
    loop {
        let mut tx = db.begin_write().await?;
        let n = sqlx::query(sqlx::AssertSqlSafe(sql.clone()))
            .bind(grens)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        totaal += n;
        if n < PARTIJ as u64 {
            return Ok(totaal);
        }
    }
}

/// The drafts of each scheme: their table, the column of the person or initiative that owns them, and how to
/// find the e-mail address and language of the one to warn.
#[derive(Clone, Copy, Debug)]
enum Concept {
    Melding,
    Blijverslening,
    Kindpakket,
    Voorstel,
}

impl Concept {
    const ALL: [Concept; 4] = [
        Concept::Melding,
        Concept::Blijverslening,
        Concept::Kindpakket,
        Concept::Voorstel,
    ];

    fn tabel(self) -> &'static str {
        match self {
            Concept::Melding => "meldingen",
            Concept::Blijverslening => "blijverslening_aanvragen",
            Concept::Kindpakket => "kindpakket_aanvragen",
            Concept::Voorstel => "uitdaag_voorstellen",
        }
    }

    fn code(self) -> &'static str {
        match self {
            Concept::Melding => "melding",
            Concept::Blijverslening => "blijverslening",
            Concept::Kindpakket => "kindpakket",
            Concept::Voorstel => "voorstel",
        }
    }

    /// `(id, owner, gewijzigd_op, e-mail, language)` of drafts changed last before `$1`.
    fn sql(self) -> &'static str {
        match self {
            Concept::Melding => {
                "SELECT c.id, c.persoon_id AS eigenaar, c.gewijzigd_op, p.email, p.taal FROM meldingen c \
                 JOIN personen p ON p.id = c.persoon_id WHERE c.status = 'concept' AND c.gewijzigd_op < $1"
            }
            Concept::Blijverslening => {
                "SELECT c.id, c.inwoner_id AS eigenaar, c.gewijzigd_op, p.email, p.taal \
                 FROM blijverslening_aanvragen c JOIN personen p ON p.id = c.inwoner_id \
                 WHERE c.status = 'concept' AND c.gewijzigd_op < $1"
            }
            Concept::Kindpakket => {
                "SELECT c.id, c.persoon_id AS eigenaar, c.gewijzigd_op, p.email, p.taal \
                 FROM kindpakket_aanvragen c JOIN personen p ON p.id = c.persoon_id \
                 WHERE c.status = 'concept' AND c.gewijzigd_op < $1"
            }
            Concept::Voorstel => {
                "SELECT c.id, c.initiatief_id AS eigenaar, c.gewijzigd_op, p.email, p.taal \
                 FROM uitdaag_voorstellen c JOIN personen p ON p.id = c.aangemaakt_door \
                 WHERE c.status = 'concept' AND c.gewijzigd_op < $1"
            }
        }
    }

    /// Throws the draft away with its scheme's own delete (documents and access log included).
    async fn verwijder(
        self,
        conn: &mut AnyConnection,
        backend: db::Backend,
        id: &str,
        eigenaar: &str,
    ) -> Result<bool, sqlx::Error> {
        match self {
            Concept::Melding => {
                crate::meldingen::repo::verwijder_concept(conn, backend, id, eigenaar).await
            }
            Concept::Blijverslening => {
                crate::blijverslening::repo::verwijder_concept(conn, backend, id, eigenaar).await
            }
            Concept::Kindpakket => {
                crate::kindpakket::repo::verwijder_concept(conn, backend, id, eigenaar).await
            }
            Concept::Voorstel => {
                crate::uitdaagrecht::repo::verwijder_concept(conn, backend, id, eigenaar).await
            }
        }
    }
}

/// One draft that is due for a warning or for deletion.
struct Oud {
    id: String,
    eigenaar: String,
    gewijzigd_op: String,
    email: String,
    taal: Option<String>,
}

async fn oude(db: &Db, soort: Concept, voor: &str) -> Result<Vec<Oud>, sqlx::Error> {
    let sql = format!("{} ORDER BY c.gewijzigd_op LIMIT {PARTIJ}", soort.sql());
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(voor)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| {
            Ok(Oud {
                id: r.try_get("id")?,
                eigenaar: r.try_get("eigenaar")?,
                gewijzigd_op: r.try_get("gewijzigd_op")?,
                email: r.try_get("email")?,
                taal: r.try_get("taal")?,
            })
        })
        .collect()
}

/// Warns the owners of drafts that go in a week, then throws away the drafts whose warning went out at least
/// that week ago and that did not change since. Returns (warnings sent, drafts deleted).
async fn concepten(
    app: &AppState,
    b: &Bewaren,
    now: OffsetDateTime,
) -> Result<(u64, u64), sqlx::Error> {
    let db = &app.db;
    let dag = time::Duration::days(1);
    let dagen = |n: u32| dag * i32::try_from(n).unwrap_or(i32::MAX);
    let waarschuw_voor = db::ts(now - dagen(b.concept_dagen - b.concept_waarschuwing_dagen));
    let gewaarschuwd_voor = db::ts(now - dagen(b.concept_waarschuwing_dagen));
    let verwijderdag = clock::amsterdam(now + dagen(b.concept_waarschuwing_dagen)).date();
    let (mut gewaarschuwd, mut weg) = (0, 0);
    for soort in Concept::ALL {
        // In batches: each pass handles at most PARTIJ drafts and marks or deletes them, so the next pass finds
        // the rest.
        loop {
            let lijst = oude(db, soort, &waarschuw_voor).await?;
            let mut bezig = 0;
            for oud in &lijst {
                let mut tx = db.begin_write().await?;
                let waarschuwing: Option<(String, String)> = sqlx::query_as(
                    "SELECT gewijzigd_op, op FROM bewaar_waarschuwingen WHERE soort = $1 AND concept_id = $2",
                )
                .bind(soort.code())
                .bind(&oud.id)
                .fetch_optional(&mut *tx)
                .await?;
                // Changed since the list was read (the resident saved a step just now): not today.
                let nu: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT gewijzigd_op FROM {} WHERE id = $1",
                    soort.tabel()
                )))
                .bind(&oud.id)
                .fetch_optional(&mut *tx)
                .await?;
                if nu.as_deref() != Some(oud.gewijzigd_op.as_str()) {
                    tx.rollback().await?;
                    continue;
                }
                match waarschuwing {
                    Some((voor, op)) if voor == oud.gewijzigd_op => {
                        if op <= gewaarschuwd_voor
                            && soort
                                .verwijder(&mut tx, db.backend, &oud.id, &oud.eigenaar)
                                .await?
                        {
                            sqlx::query(
                                "DELETE FROM bewaar_waarschuwingen WHERE soort = $1 AND concept_id = $2",
                            )
                            .bind(soort.code())
                            .bind(&oud.id)
                            .execute(&mut *tx)
                            .await?;
                            weg += 1;
                            bezig += 1;
                        }
                    }
                    _ => {
                        sqlx::query(
                            "INSERT INTO bewaar_waarschuwingen (soort, concept_id, gewijzigd_op, op) \
                             VALUES ($1, $2, $3, $4) ON CONFLICT (soort, concept_id) \
                             DO UPDATE SET gewijzigd_op = excluded.gewijzigd_op, op = excluded.op",
                        )
                        .bind(soort.code())
                        .bind(&oud.id)
                        .bind(&oud.gewijzigd_op)
                        .bind(db::ts(now))
                        .execute(&mut *tx)
                        .await?;
                        let lang = oud
                            .taal
                            .as_deref()
                            .and_then(Lang::from_code)
                            .unwrap_or(Lang::Nl);
                        let tr = Tr::new(app.i18n.clone(), lang);
                        let mail = waarschuwing_mail(app, &tr, &oud.email, verwijderdag);
                        crate::mail::enqueue(&mut tx, now, &mail, &tr, &app.gemeente).await?;
                        gewaarschuwd += 1;
                        bezig += 1;
                    }
                }
                tx.commit().await?;
            }
            if lijst.len() < PARTIJ as usize || bezig == 0 {
                break;
            }
        }
    }
    if gewaarschuwd > 0 {
        app.mail.wake();
    }
    Ok((gewaarschuwd, weg))
}

/// "We throw your draft away on ...": with the way to keep it.
fn waarschuwing_mail(app: &AppState, tr: &Tr, to: &str, op: time::Date) -> Email {
    let datum = crate::i18n::datum_met_dag(op, tr.lang());
    Email {
        greeting: None,
        to: to.to_owned(),
        subject: tr.t(msg::BEWAREN_MAIL_ONDERWERP),
        paragraphs: vec![
            tr.ta(msg::BEWAREN_MAIL_WANNEER, &[("datum", datum.into())]),
            tr.t(msg::BEWAREN_MAIL_HOUDEN),
        ],
        action: Some((
            tr.t(msg::BEWAREN_MAIL_KNOP),
            format!("{}/mijn-loket", app.config.base_url),
        )),
        after: vec![tr.t(msg::BEWAREN_MAIL_WAAROM)],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// Where a case has ended: a Wmo case when it is closed (the support it granted may run for years after the
/// besluit); the other schemes at their decision, which is their last step.
fn geeindigd(regeling: &str) -> &'static str {
    match regeling {
        "wmo-melding" => "z.fase = 'gesloten'",
        _ => "z.fase IN ('gesloten', 'besloten')",
    }
}

/// Ended cases past their scheme's period, without a hold: each with everything kept under its id. Each case is
/// checked again inside the transaction that deletes it, so a hold set a moment ago keeps it.
async fn zaken(db: &Db, b: &Bewaren, now: OffsetDateTime) -> Result<u64, sqlx::Error> {
    let mut totaal = 0;
    for regel in &b.zaken {
        let grens = jaren_terug(now, regel.jaren);
        let voorwaarde = format!(
            "z.regeling = $1 AND {} AND z.bewaarstop IS NULL AND z.bijgewerkt_op < $2 \
             AND NOT EXISTS (SELECT 1 FROM bezwaar_stappen s WHERE s.zaak_id = z.id AND s.op >= $2)",
            geeindigd(&regel.regeling)
        );
        let slot = match db.backend {
            db::Backend::Postgres => " FOR UPDATE",
            db::Backend::Sqlite => "",
        };
        loop {
            let ids: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT z.id FROM zaken z WHERE {voorwaarde} ORDER BY z.bijgewerkt_op LIMIT {PARTIJ}"
            )))
            .bind(&regel.regeling)
            .bind(&grens)
            // Planned for this scheme and date, not once for any (`plan_cache_mode`, `db::Db::connect`).
            .persistent(false)
            .fetch_all(&db.pool)
            .await?;
            let mut tx = db.begin_write().await?;
            for id in &ids {
                let nog: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT z.id FROM zaken z WHERE {voorwaarde} AND z.id = $3{slot}"
                )))
                .bind(&regel.regeling)
                .bind(&grens)
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
                if nog.is_some() {
                    wis_zaak(&mut tx, &regel.regeling, id).await?;
                    totaal += 1;
                }
            }
            tx.commit().await?;
            if ids.len() < PARTIJ as usize {
                break;
            }
        }
    }
    Ok(totaal)
}

/// Removes a case and everything kept under its id, its scheme's rows first. Records that only point at it
/// (a request for cliëntondersteuning, a machtiging) stay and lose the link.
async fn wis_zaak(conn: &mut AnyConnection, regeling: &str, id: &str) -> Result<(), sqlx::Error> {
    let schema: &[&str] = match regeling {
        "wmo-melding" => &[
            "UPDATE clientondersteuning_verzoeken SET melding_id = NULL, dossier_inzien = 0 WHERE melding_id = $1",
            "UPDATE machtigingen SET melding_id = NULL WHERE melding_id = $1",
            "DELETE FROM persoonlijke_plannen WHERE melding_id = $1",
            "DELETE FROM meldingen WHERE id = $1",
        ],
        "blijverslening" => &[
            "DELETE FROM blijverslening_eigenaren WHERE aanvraag_id = $1",
            "DELETE FROM blijverslening_aanvragen WHERE id = $1",
        ],
        "kindpakket" => &[
            "DELETE FROM kindpakket_besluiten WHERE kind_id IN \
             (SELECT id FROM kindpakket_kinderen WHERE aanvraag_id = $1)",
            "DELETE FROM kindpakket_kinderen WHERE aanvraag_id = $1",
            "DELETE FROM kindpakket_aanvragen WHERE id = $1",
        ],
        "uitdaagrecht" => &[
            "DELETE FROM uitdaag_begroting WHERE voorstel_id = $1",
            "DELETE FROM uitdaag_vragen WHERE voorstel_id = $1",
            "DELETE FROM uitdaag_steun WHERE voorstel_id = $1",
            "DELETE FROM uitdaag_voorstellen WHERE id = $1",
        ],
        _ => &[],
    };
    let kern = [
        "DELETE FROM document_delen WHERE document_id IN (SELECT id FROM documenten WHERE zaak_id = $1)",
        "DELETE FROM documenten WHERE zaak_id = $1",
        "DELETE FROM toegangslog WHERE zaak_id = $1",
        "DELETE FROM bezwaar_stappen WHERE zaak_id = $1",
        "DELETE FROM bezwaar_concepten WHERE zaak_id = $1",
        "DELETE FROM zaak_gebeurtenissen WHERE zaak_id = $1",
        "DELETE FROM zaken WHERE id = $1",
    ];
    // The case row last but one: the scheme's rows may point at it; the kernel's rows go with it.
    for sql in schema.iter().chain(kern.iter()) {
        sqlx::query(*sql).bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}

/// The counts of the last runs, newest first: (day, started, finished, counts).
pub async fn laatste_rondes(
    db: &Db,
    aantal: i64,
) -> Result<Vec<(String, Option<String>, Telling)>, sqlx::Error> {
    let rondes: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT dag, klaar_op FROM bewaar_rondes ORDER BY dag DESC LIMIT $1")
            .bind(aantal)
            .fetch_all(&db.pool)
            .await?;
    let mut uit = Vec::with_capacity(rondes.len());
    for (dag, klaar) in rondes {
        let rijen: Vec<(String, i64)> =
            sqlx::query_as("SELECT soort, aantal FROM bewaar_tellingen WHERE dag = $1")
                .bind(&dag)
                .fetch_all(&db.pool)
                .await?;
        let mut t = Telling::default();
        for (soort, n) in rijen {
            if let Some(s) = Soort::from_code(&soort) {
                t.tel(s, u64::try_from(n).unwrap_or(0));
            }
        }
        uit.push((dag, klaar, t));
    }
    Ok(uit)
}
