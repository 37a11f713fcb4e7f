//! The access log: every view and change of a case by staff or helpers (NEN 7513 style).
//! Entries are only added. The resident reads those of their own cases.

use sqlx::{Any, AnyConnection, Executor, Row};
use time::OffsetDateTime;

use crate::auth::Person;
use crate::db;
use crate::token;

/// What someone did with a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handeling {
    /// Looked at the case or one of its pages.
    Bekeken,
    /// Recorded a step or changed something.
    Gewijzigd,
    /// Opened or downloaded a document.
    Gedownload,
}

impl Handeling {
    pub fn code(self) -> &'static str {
        match self {
            Handeling::Bekeken => "bekeken",
            Handeling::Gewijzigd => "gewijzigd",
            Handeling::Gedownload => "gedownload",
        }
    }

    pub fn from_code(code: &str) -> Handeling {
        match code {
            "gewijzigd" => Handeling::Gewijzigd,
            "gedownload" => Handeling::Gedownload,
            _ => Handeling::Bekeken,
        }
    }
}

/// One entry of the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regel {
    pub persoon_id: String,
    /// The name staff and helpers are shown by (a helper without one by their address, which the resident
    /// knows); `None` for staff without one.
    pub naam: Option<String>,
    /// The role they acted in (`medewerker`, `beheerder`, `helper`).
    pub rol: String,
    pub handeling: Handeling,
    /// What was seen or done, as a stable code (a page, an event kind, a document).
    pub omschrijving: String,
    /// Why, when they were not assigned to the case.
    pub reden: Option<String>,
    pub op: OffsetDateTime,
}

/// Adds an entry, inside the caller's write transaction (or with the write turn held on SQLite).
pub async fn schrijf(
    conn: &mut AnyConnection,
    melding_id: &str,
    wie: &Person,
    handeling: Handeling,
    omschrijving: &str,
    reden: Option<&str>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO toegangslog (id, melding_id, persoon_id, rol, handeling, omschrijving, reden, op) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token::new_id())
    .bind(melding_id)
    .bind(&wie.id)
    // Only staff and helpers are logged; a helper's own role says nothing about this case.
    .bind(if wie.rol.is_staf() { wie.rol.code() } else { "helper" })
    .bind(handeling.code())
    .bind(omschrijving)
    .bind(reden)
    .bind(db::ts(now))
    .execute(conn)
    .await
    .map(|_| ())
}

/// Adds an entry in a transaction of its own: for views, which change nothing else.
pub async fn log(
    database: &db::Db,
    melding_id: &str,
    wie: &Person,
    handeling: Handeling,
    omschrijving: &str,
    reden: Option<&str>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let mut tx = database.begin_write().await?;
    schrijf(
        &mut tx,
        melding_id,
        wie,
        handeling,
        omschrijving,
        reden,
        now,
    )
    .await?;
    tx.commit().await
}

/// Every entry of a case, newest first.
pub async fn van_zaak<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_id: &str,
) -> Result<Vec<Regel>, sqlx::Error> {
    sqlx::query(
        "SELECT t.persoon_id, COALESCE(p.naam, CASE WHEN t.rol = 'helper' THEN p.email END) AS naam, t.rol, t.handeling, t.omschrijving, t.reden, t.op FROM toegangslog t \
         JOIN personen p ON p.id = t.persoon_id WHERE t.melding_id = $1 ORDER BY t.op DESC, t.id",
    )
    .bind(melding_id)
    .fetch_all(db)
    .await?
    .iter()
    .map(|row| {
        let op: String = row.try_get("op")?;
        Ok(Regel {
            persoon_id: row.try_get("persoon_id")?,
            naam: row.try_get("naam")?,
            rol: row.try_get("rol")?,
            handeling: Handeling::from_code(row.try_get::<String, _>("handeling")?.as_str()),
            omschrijving: row.try_get("omschrijving")?,
            reden: row.try_get("reden")?,
            op: db::parse_ts(&op).ok_or_else(|| sqlx::Error::Decode("log moment".into()))?,
        })
    })
    .collect()
}

/// True when this person gave a reason to open this case since `sinds` (staff who are not assigned to it
/// give one once per working day).
pub async fn reden_gegeven<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
    melding_id: &str,
    sinds: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM toegangslog WHERE persoon_id = $1 AND melding_id = $2 AND reden IS NOT NULL \
         AND op >= $3",
    )
    .bind(persoon_id)
    .bind(melding_id)
    .bind(db::ts(sinds))
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}
