//! The SQL of machtigingen. Rights are read for requests in [`crate::auth::namens::lees`]; this file writes
//! them and lists them for the pages.

use sqlx::{Any, AnyConnection, Executor, Row};
use time::{Date, OffsetDateTime};

use crate::auth::machtiging::{Grond, Rechten, Soort, Status};
use crate::db;
use crate::token;

/// A machtiging as it is made.
#[derive(Clone, Debug)]
pub struct Nieuw<'a> {
    pub inwoner_id: Option<&'a str>,
    pub helper_id: Option<&'a str>,
    pub soort: Soort,
    pub grond: Grond,
    pub status: Status,
    pub rechten: Rechten,
    pub geldig_tot: Option<Date>,
    /// Where an invitation or a request to confirm goes, and the name given for the other person.
    pub email: Option<&'a str>,
    pub naam: Option<&'a str>,
    pub geboortedatum: Option<Date>,
    /// The hashes of the link's token and of the short code, and until when they work.
    pub token_hash: Option<&'a str>,
    pub code_hash: Option<&'a str>,
    pub verloopt_op: Option<OffsetDateTime>,
    pub melding_id: Option<&'a str>,
    pub aangemaakt_door: &'a str,
}

/// Stores a new machtiging and returns its id.
pub async fn nieuw(
    conn: &mut AnyConnection,
    m: &Nieuw<'_>,
    now: OffsetDateTime,
) -> Result<String, sqlx::Error> {
    let id = token::new_id();
    let actief_op = (m.status == Status::Actief).then(|| db::ts(now));
    sqlx::query(
        "INSERT INTO machtigingen (id, inwoner_id, helper_id, soort, grond, status, bekijken, indienen, post, \
         geldig_tot, email, naam, geboortedatum, token_hash, code_hash, verloopt_op, melding_id, aangemaakt_door, \
         aangemaakt_op, actief_op) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
    )
    .bind(&id)
    .bind(m.inwoner_id)
    .bind(m.helper_id)
    .bind(m.soort.code())
    .bind(m.grond.code())
    .bind(m.status.code())
    .bind(i64::from(m.rechten.bekijken))
    .bind(i64::from(m.rechten.indienen))
    .bind(i64::from(m.rechten.post))
    .bind(m.geldig_tot.map(db::date))
    .bind(m.email)
    .bind(m.naam)
    .bind(m.geboortedatum.map(db::date))
    .bind(m.token_hash)
    .bind(m.code_hash)
    .bind(m.verloopt_op.map(db::ts))
    .bind(m.melding_id)
    .bind(m.aangemaakt_door)
    .bind(db::ts(now))
    .bind(actief_op)
    .execute(conn)
    .await?;
    Ok(id)
}

/// One machtiging with the names of both sides, for the pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regel {
    pub id: String,
    pub soort: Soort,
    pub grond: Grond,
    pub status: Status,
    pub rechten: Rechten,
    pub geldig_tot: Option<Date>,
    pub inwoner_id: Option<String>,
    pub helper_id: Option<String>,
    /// The helper's name or address (the invited address while not accepted).
    pub helper: String,
    /// The resident's name or address (the name the helper gave while not confirmed).
    pub inwoner: String,
    pub melding_id: Option<String>,
    pub aangemaakt_door: String,
    pub aangemaakt_op: OffsetDateTime,
    pub actief_op: Option<OffsetDateTime>,
    pub beeindigd_op: Option<OffsetDateTime>,
    pub afwijs_reden: Option<String>,
}

const KOLOMMEN: &str = "m.id, m.soort, m.grond, m.status, m.bekijken, m.indienen, m.post, m.geldig_tot, \
    m.inwoner_id, m.helper_id, m.melding_id, m.aangemaakt_door, m.aangemaakt_op, m.actief_op, m.beeindigd_op, \
    m.afwijs_reden, COALESCE(h.naam, h.email, m.email, '') AS helper, \
    COALESCE(i.naam, m.naam, i.email, m.email, '') AS inwoner \
    FROM machtigingen m LEFT JOIN personen h ON h.id = m.helper_id LEFT JOIN personen i ON i.id = m.inwoner_id";

fn lees(row: &sqlx::any::AnyRow) -> Result<Regel, sqlx::Error> {
    let ts = |kolom: &str| -> Result<Option<OffsetDateTime>, sqlx::Error> {
        Ok(row
            .try_get::<Option<String>, _>(kolom)?
            .as_deref()
            .and_then(db::parse_ts))
    };
    Ok(Regel {
        id: row.try_get("id")?,
        soort: Soort::from_code(row.try_get::<String, _>("soort")?.as_str())
            .unwrap_or(Soort::Gemachtigde),
        grond: Grond::from_code(row.try_get::<String, _>("grond")?.as_str()),
        status: Status::from_code(row.try_get::<String, _>("status")?.as_str()),
        rechten: crate::auth::repo::rechten(row)?,
        geldig_tot: crate::auth::repo::geldig_tot(row)?,
        inwoner_id: row.try_get("inwoner_id")?,
        helper_id: row.try_get("helper_id")?,
        helper: row.try_get("helper")?,
        inwoner: row.try_get("inwoner")?,
        melding_id: row.try_get("melding_id")?,
        aangemaakt_door: row.try_get("aangemaakt_door")?,
        aangemaakt_op: db::moment(row, "aangemaakt_op")?,
        actief_op: ts("actief_op")?,
        beeindigd_op: ts("beeindigd_op")?,
        afwijs_reden: row.try_get("afwijs_reden")?,
    })
}

async fn lijst<'e>(
    db: impl Executor<'e, Database = Any>,
    voorwaarde: &str,
    waarde: &str,
) -> Result<Vec<Regel>, sqlx::Error> {
    let sql = format!("SELECT {KOLOMMEN} WHERE {voorwaarde} ORDER BY m.aangemaakt_op DESC");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(waarde)
        .fetch_all(db)
        .await?
        .iter()
        .map(lees)
        .collect()
}

/// Every machtiging for this resident, ended ones included, newest first.
pub async fn van_inwoner<'e>(
    db: impl Executor<'e, Database = Any>,
    inwoner_id: &str,
) -> Result<Vec<Regel>, sqlx::Error> {
    lijst(db, "m.inwoner_id = $1", inwoner_id).await
}

/// Every machtiging this person holds or asked for as a helper, newest first.
pub async fn van_helper<'e>(
    db: impl Executor<'e, Database = Any>,
    helper_id: &str,
) -> Result<Vec<Regel>, sqlx::Error> {
    lijst(db, "m.helper_id = $1", helper_id).await
}

/// One page of [`van_helper`], newest first, and how many there are: a cliëntondersteuner holds hundreds. The
/// page reads along the index `machtigingen_helper_nieuwste` (migration 33), in the order shown, so it reads
/// `limit` rows after `offset` however many there are. The id breaks ties, so that no row is on two pages.
pub async fn van_helper_pagina(
    conn: &mut AnyConnection,
    helper_id: &str,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Regel>, i64), sqlx::Error> {
    let totaal: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM machtigingen WHERE helper_id = $1")
        .bind(helper_id)
        .fetch_one(&mut *conn)
        .await?;
    let sql = format!(
        "SELECT {KOLOMMEN} WHERE m.helper_id = $1 ORDER BY m.aangemaakt_op DESC, m.id DESC \
         LIMIT {} OFFSET {}",
        limit.max(0),
        offset.max(0)
    );
    let rijen = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(helper_id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(lees)
        .collect::<Result<_, _>>()?;
    Ok((rijen, totaal))
}

/// One machtiging by id.
pub async fn een<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<Regel>, sqlx::Error> {
    Ok(lijst(db, "m.id = $1", id).await?.into_iter().next())
}

/// The open machtiging with this link token, if it has not expired.
pub async fn met_token<'e>(
    db: impl Executor<'e, Database = Any>,
    token_hash: &str,
    now: OffsetDateTime,
) -> Result<Option<Regel>, sqlx::Error> {
    let sql = format!(
        "SELECT {KOLOMMEN} WHERE m.token_hash = $1 AND m.verloopt_op > $2 \
         AND m.status IN ('uitgenodigd', 'wacht_op_inwoner')"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(token_hash)
        .bind(db::ts(now))
        .fetch_optional(db)
        .await?
        .as_ref()
        .map(lees)
        .transpose()
}

/// Makes an open machtiging active for this resident and helper. Only from `van` (an open status): a link
/// used twice, or a machtiging ended in between, changes nothing (`false`).
pub async fn activeer(
    conn: &mut AnyConnection,
    id: &str,
    van: Status,
    inwoner_id: &str,
    helper_id: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let n = sqlx::query(
        "UPDATE machtigingen SET status = 'actief', inwoner_id = $3, helper_id = $4, actief_op = $5, \
         token_hash = NULL, code_hash = NULL WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(van.code())
    .bind(inwoner_id)
    .bind(helper_id)
    .bind(db::ts(now))
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Ends a machtiging that is open or active, by `door` (the resident, the helper, or staff). Returns whether
/// it was still running.
pub async fn beeindig(
    conn: &mut AnyConnection,
    id: &str,
    door: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let n = sqlx::query(
        "UPDATE machtigingen SET status = 'beeindigd', beeindigd_door = $2, beeindigd_op = $3, \
         token_hash = NULL, code_hash = NULL \
         WHERE id = $1 AND status IN ('uitgenodigd', 'wacht_op_inwoner', 'te_controleren', 'actief')",
    )
    .bind(id)
    .bind(door)
    .bind(db::ts(now))
    .execute(conn)
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// The residents this helper may act for today, a page at a time by name, and how many there are: for the
/// choice of for whom one acts (`/namens`) and a cliëntondersteuner's clients (`/clienten`), who may be
/// hundreds. With `zoek` (as typed; empty for none) only those whose name holds it, in any case. Both read the
/// name kept on each machtiging (`inwoner_naam`, migration 34) along the helper's index, never the people.
pub async fn mensen_van_helper_pagina(
    conn: &mut AnyConnection,
    helper_id: &str,
    vandaag: Date,
    zoek: &str,
    limit: i64,
    offset: i64,
) -> Result<(Vec<(String, String)>, i64), sqlx::Error> {
    const WAAR: &str =
        "m.helper_id = $1 AND m.status = 'actief' AND (m.geldig_tot IS NULL OR m.geldig_tot >= $2)";
    // Lower case on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
    let patroon = (!zoek.is_empty()).then(|| db::bevat(&zoek.to_lowercase()));
    let naam_filter = |alias: &str| match &patroon {
        None => String::new(),
        Some(_) => format!(" AND LOWER({alias}.inwoner_naam) LIKE $3 ESCAPE '\\'"),
    };
    // A person shows once, by the first of the names their machtigingen of this helper give (a person can
    // have several, mostly with the same name, hence the grouping): the rows are read in the order of the index
    // on (helper, status, name, person), and each is checked against the person's first name along the index on
    // (helper, person), so that a page reads the rows up to its end and sorts nothing. The number of people is
    // counted in the same statement (once, not per row); only a page past the end, which has no row to carry
    // it, counts apart.
    let tel_sql = format!(
        "SELECT COUNT(DISTINCT m.inwoner_id) FROM machtigingen m WHERE {WAAR}{}",
        naam_filter("m")
    );
    let pagina_sql = format!(
        "SELECT m.inwoner_id, m.inwoner_naam AS naam, ({tel_sql}) AS aantal FROM machtigingen m \
         WHERE {WAAR}{m} AND m.inwoner_id IS NOT NULL AND m.inwoner_naam = \
         (SELECT MIN(d.inwoner_naam) FROM machtigingen d WHERE d.helper_id = m.helper_id \
         AND d.inwoner_id = m.inwoner_id AND d.status = 'actief' \
         AND (d.geldig_tot IS NULL OR d.geldig_tot >= $2){d}) \
         GROUP BY m.inwoner_naam, m.inwoner_id ORDER BY 2, 1 LIMIT {} OFFSET {}",
        limit.max(0),
        offset.max(0),
        m = naam_filter("m"),
        d = naam_filter("d"),
    );
    let mut pagina = sqlx::query(sqlx::AssertSqlSafe(pagina_sql))
        .bind(helper_id)
        .bind(db::date(vandaag));
    if let Some(patroon) = &patroon {
        pagina = pagina.bind(patroon.as_str());
    }
    let rijen = pagina.fetch_all(&mut *conn).await?;
    let totaal: i64 = match rijen.first() {
        Some(rij) => rij.try_get("aantal")?,
        None if offset <= 0 => 0,
        None => {
            let mut tel = sqlx::query_scalar(sqlx::AssertSqlSafe(tel_sql))
                .bind(helper_id)
                .bind(db::date(vandaag));
            if let Some(patroon) = &patroon {
                tel = tel.bind(patroon.as_str());
            }
            tel.fetch_one(&mut *conn).await?
        }
    };
    let mensen = rijen
        .iter()
        .map(|rij| Ok((rij.try_get("inwoner_id")?, rij.try_get("naam")?)))
        .collect::<Result<Vec<(String, String)>, sqlx::Error>>()?;
    Ok((mensen, totaal))
}

/// Sets the kind of an accepted invitation: one accepted by a cliëntondersteuner's account is theirs as a
/// cliëntondersteuner.
pub async fn zet_soort(
    conn: &mut AnyConnection,
    id: &str,
    soort: Soort,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE machtigingen SET soort = $2 WHERE id = $1")
        .bind(id)
        .bind(soort.code())
        .execute(conn)
        .await
        .map(|_| ())
}

/// One thing a helper did or saw in a resident's cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actie {
    pub melding_id: String,
    pub referentie: Option<String>,
    /// `bekeken`, `gewijzigd`, `gedownload` from the access log, or `ingediend` for a melding they filed.
    pub handeling: String,
    pub omschrijving: String,
    pub op: OffsetDateTime,
}

/// Everything this helper did or looked at in this resident's cases, newest first: the access log, and the
/// meldingen they filed for them.
pub async fn acties<'e>(
    db: impl Executor<'e, Database = Any>,
    helper_id: &str,
    inwoner_id: &str,
) -> Result<Vec<Actie>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT m.id, m.referentie, t.handeling, t.omschrijving, t.op FROM toegangslog t \
         JOIN meldingen m ON m.id = t.zaak_id WHERE t.persoon_id = $1 AND m.persoon_id = $2 \
         UNION ALL \
         SELECT m.id, m.referentie, 'ingediend', 'melding', m.ingediend_op FROM meldingen m \
         WHERE m.ingediend_door = $1 AND m.persoon_id = $2 AND m.ingediend_op IS NOT NULL \
         ORDER BY 5 DESC LIMIT 500",
    )
    .bind(helper_id)
    .bind(inwoner_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            let op: String = row.try_get(4)?;
            Ok(Actie {
                melding_id: row.try_get(0)?,
                referentie: row.try_get(1)?,
                handeling: row.try_get(2)?,
                omschrijving: row.try_get(3)?,
                op: db::parse_ts(&op).ok_or_else(|| sqlx::Error::Decode("moment".into()))?,
            })
        })
        .collect()
}

/// The address an invitation went to.
pub async fn uitnodiging_adres<'e>(
    db: impl Executor<'e, Database = Any>,
    id: &str,
) -> Result<Option<String>, sqlx::Error> {
    Ok(
        sqlx::query_scalar::<_, Option<String>>("SELECT email FROM machtigingen WHERE id = $1")
            .bind(id)
            .fetch_optional(db)
            .await?
            .flatten(),
    )
}
