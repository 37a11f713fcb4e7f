//! The SQL of cases: events, the queue summary, documents. Callers check who may see a case; every function
//! here takes the melding's id as already allowed.

use sqlx::{Any, AnyConnection, Executor, Row, any::AnyRow};
use time::OffsetDateTime;

use super::domain::{Door, Fase, Gebeurtenis, Stap};
use crate::db;
use crate::token;

pub(crate) fn lees_stap(row: &AnyRow) -> Result<Stap, sqlx::Error> {
    let gegevens: String = row.try_get("gegevens")?;
    let gebeurtenis = serde_json::from_str(&gegevens)
        .map_err(|e| sqlx::Error::Decode(format!("event: {e}").into()))?;
    let op: String = row.try_get("op")?;
    let door: String = row.try_get("door_rol")?;
    Ok(Stap {
        volgnummer: row.try_get("volgnummer")?,
        gebeurtenis,
        door_persoon_id: row.try_get("door_persoon_id")?,
        door: Door::from_code(&door).ok_or_else(|| db::unreadable("door_rol", &door))?,
        op: db::parse_ts(&op).ok_or_else(|| sqlx::Error::Decode("event moment".into()))?,
    })
}

const STAP_KOLOMMEN: &str = "zaak_id, volgnummer, gegevens, door_persoon_id, door_rol, op";

/// The events of one case, oldest first.
pub async fn stappen<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_id: &str,
) -> Result<Vec<Stap>, sqlx::Error> {
    let sql = format!(
        "SELECT {STAP_KOLOMMEN} FROM zaak_gebeurtenissen WHERE zaak_id = $1 ORDER BY volgnummer"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(melding_id)
        .fetch_all(db)
        .await?
        .iter()
        .map(lees_stap)
        .collect()
}

/// The events of every case that matches `voorwaarde` (on `zaken z`), grouped by case id, oldest first within
/// a case. For the work queue and the figures: one query for all cases.
pub async fn stappen_van_zaken<'e>(
    db: impl Executor<'e, Database = Any>,
    voorwaarde: &'static str,
) -> Result<Vec<(String, Stap)>, sqlx::Error> {
    let sql = format!(
        "SELECT g.zaak_id, g.volgnummer, g.gegevens, g.door_persoon_id, g.door_rol, g.op \
         FROM zaak_gebeurtenissen g JOIN zaken z ON z.id = g.zaak_id WHERE {voorwaarde} \
         ORDER BY g.zaak_id, g.volgnummer"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(db)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("zaak_id")?, lees_stap(row)?)))
        .collect()
}

/// Appends an event to a case and updates the queue summary, inside the caller's write transaction. Returns
/// the event's number. Two people recording at the same moment: the second fails on the unique number and
/// its transaction is rolled back, so nothing is lost or mixed.
pub async fn voeg_toe(
    conn: &mut AnyConnection,
    zaak_id: &str,
    door_persoon_id: &str,
    door: Door,
    gebeurtenis: &Gebeurtenis,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let (laatste, fase, consulent): (i64, String, Option<String>) =
        sqlx::query_as("SELECT laatste_volgnummer, fase, consulent_id FROM zaken WHERE id = $1")
            .bind(zaak_id)
            .fetch_one(&mut *conn)
            .await?;
    let volgnummer = laatste + 1;
    let gegevens = serde_json::to_string(gebeurtenis)
        .map_err(|e| sqlx::Error::Encode(format!("event: {e}").into()))?;
    sqlx::query(
        "INSERT INTO zaak_gebeurtenissen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, \
         door_rol, op) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token::new_id())
    .bind(zaak_id)
    .bind(volgnummer)
    .bind(gebeurtenis.soort())
    .bind(gegevens)
    .bind(door_persoon_id)
    .bind(door.code())
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    // Phases only move forward (as in `Zaak::uit`).
    let huidig = Fase::from_code(&fase).ok_or_else(|| db::unreadable("fase", &fase))?;
    let fase = match gebeurtenis.nieuwe_fase() {
        Some(f) if f.index() > huidig.index() => f,
        _ => huidig,
    };
    let consulent = match gebeurtenis {
        Gebeurtenis::Toegewezen { consulent_id } => Some(consulent_id.clone()),
        _ => consulent,
    };
    sqlx::query(
        "UPDATE zaken SET fase = $2, consulent_id = $3, laatste_volgnummer = $4, bijgewerkt_op = $5 \
         WHERE id = $1 AND laatste_volgnummer = $6",
    )
    .bind(zaak_id)
    .bind(fase.code())
    .bind(consulent)
    .bind(volgnummer)
    .bind(db::ts(now))
    .bind(laatste)
    .execute(&mut *conn)
    .await?;
    Ok(volgnummer)
}

/// Sets the day of the melding's first gesprek, inside the caller's write transaction, unless it has one.
pub async fn eerste_gesprek(
    conn: &mut AnyConnection,
    melding_id: &str,
    dag: time::Date,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE meldingen SET eerste_gesprek_op = $2 WHERE id = $1 AND eerste_gesprek_op IS NULL",
    )
    .bind(melding_id)
    .bind(db::date(dag))
    .execute(conn)
    .await
    .map(|_| ())
}

/// A document of a case, without its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub soort: DocumentSoort,
    pub naam: String,
    /// The MIME type found in its first bytes.
    pub mime: String,
    pub grootte: i64,
    pub door_persoon_id: String,
    pub op: OffsetDateTime,
}

/// What a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentSoort {
    Verslag,
    Besluit,
    /// Added by the resident (or a helper for them).
    Inwoner,
    /// Added by staff.
    Medewerker,
}

impl DocumentSoort {
    pub fn code(self) -> &'static str {
        match self {
            DocumentSoort::Verslag => "verslag",
            DocumentSoort::Besluit => "besluit",
            DocumentSoort::Inwoner => "inwoner",
            DocumentSoort::Medewerker => "medewerker",
        }
    }

    pub fn from_code(code: &str) -> DocumentSoort {
        match code {
            "verslag" => DocumentSoort::Verslag,
            "besluit" => DocumentSoort::Besluit,
            "inwoner" => DocumentSoort::Inwoner,
            _ => DocumentSoort::Medewerker,
        }
    }
}

/// A file to add to a case; its type was checked from its content by the caller.
pub struct NieuwDocument<'a> {
    pub soort: DocumentSoort,
    pub naam: &'a str,
    pub mime: &'a str,
    pub inhoud: &'a [u8],
}

/// Stores a document with this id inside the caller's write transaction.
pub async fn bewaar_document(
    conn: &mut AnyConnection,
    id: &str,
    melding_id: &str,
    document: &NieuwDocument<'_>,
    door_persoon_id: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO zaak_documenten (id, melding_id, soort, naam, type, grootte, sha256, door_persoon_id, op) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(id)
    .bind(melding_id)
    .bind(document.soort.code())
    .bind(document.naam)
    .bind(document.mime)
    .bind(i64::try_from(document.inhoud.len()).unwrap_or(i64::MAX))
    .bind(token::hash_bytes(document.inhoud))
    .bind(door_persoon_id)
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    sqlx::query("INSERT INTO zaak_document_bestanden (document_id, inhoud) VALUES ($1, $2)")
        .bind(id)
        .bind(document.inhoud.to_vec())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

fn lees_document(row: &AnyRow) -> Result<Document, sqlx::Error> {
    let op: String = row.try_get("op")?;
    Ok(Document {
        id: row.try_get("id")?,
        soort: DocumentSoort::from_code(row.try_get::<String, _>("soort")?.as_str()),
        naam: row.try_get("naam")?,
        mime: row.try_get("type")?,
        grootte: row.try_get("grootte")?,
        door_persoon_id: row.try_get("door_persoon_id")?,
        op: db::parse_ts(&op).ok_or_else(|| sqlx::Error::Decode("document moment".into()))?,
    })
}

/// The documents of a case, oldest first.
pub async fn documenten<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_id: &str,
) -> Result<Vec<Document>, sqlx::Error> {
    sqlx::query(
        "SELECT id, soort, naam, type, grootte, door_persoon_id, op FROM zaak_documenten \
         WHERE melding_id = $1 ORDER BY op, id",
    )
    .bind(melding_id)
    .fetch_all(db)
    .await?
    .iter()
    .map(lees_document)
    .collect()
}

/// One document of this case with its bytes; `None` when it belongs to another case.
pub async fn document<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_id: &str,
    document_id: &str,
) -> Result<Option<(Document, Vec<u8>)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT d.id, d.soort, d.naam, d.type, d.grootte, d.door_persoon_id, d.op, b.inhoud \
         FROM zaak_documenten d JOIN zaak_document_bestanden b ON b.document_id = d.id \
         WHERE d.melding_id = $1 AND d.id = $2",
    )
    .bind(melding_id)
    .bind(document_id)
    .fetch_optional(db)
    .await?;
    row.map(|row| Ok((lees_document(&row)?, row.try_get("inhoud")?)))
        .transpose()
}

/// The name staff and helpers are shown by; residents have none.
pub async fn naam<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
) -> Result<Option<String>, sqlx::Error> {
    Ok(
        sqlx::query_scalar::<_, Option<String>>("SELECT naam FROM personen WHERE id = $1")
            .bind(persoon_id)
            .fetch_optional(db)
            .await?
            .flatten(),
    )
}
