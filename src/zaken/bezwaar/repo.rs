//! The bezwaar's steps (table `bezwaar_stappen`), its draft (`bezwaar_concepten`) and its documents (the one
//! document store, soort `bezwaar-concept` while drafted and `bezwaar` once sent).

use std::collections::HashMap;

use sqlx::{Any, AnyConnection, Executor, Row, any::AnyRow};
use time::OffsetDateTime;

use super::domain::{BezwaarStap, Vastgelegd};
use crate::db::{self, BindAlle};
use crate::ids::ZaakId;
use crate::token;
use crate::zaken::document;
use crate::zaken::domain::Door;
use crate::zaken::stap::Auteur;

/// The soort of a document of a bezwaar being written.
pub const CONCEPT: &str = "bezwaar-concept";
/// The soort of a document of a bezwaar that was sent.
pub const BEZWAAR: &str = "bezwaar";

fn lees(row: &AnyRow) -> Result<Vastgelegd, sqlx::Error> {
    let gegevens: String = row.try_get("gegevens")?;
    let door: String = row.try_get("door_rol")?;
    Ok(Vastgelegd {
        volgnummer: row.try_get("volgnummer")?,
        stap: serde_json::from_str(&gegevens)
            .map_err(|e| sqlx::Error::Decode(format!("bezwaar step: {e}").into()))?,
        door_persoon_id: row.try_get("door_persoon_id")?,
        door: Door::from_code(&door).ok_or_else(|| db::unreadable("door_rol", &door))?,
        op: db::moment(row, "op")?,
    })
}

/// The bezwaar steps of a case, oldest first.
pub async fn stappen<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &str,
) -> Result<Vec<Vastgelegd>, sqlx::Error> {
    sqlx::query(
        "SELECT volgnummer, gegevens, door_persoon_id, door_rol, op FROM bezwaar_stappen \
         WHERE zaak_id = $1 ORDER BY volgnummer",
    )
    .bind(zaak_id)
    .fetch_all(db)
    .await?
    .iter()
    .map(lees)
    .collect()
}

/// The bezwaar steps of the cases `ids` that have any, by case, oldest first: one query for a batch.
pub async fn stappen_van_ids<'e>(
    db: impl Executor<'e, Database = Any>,
    ids: &[String],
) -> Result<HashMap<String, Vec<Vastgelegd>>, sqlx::Error> {
    let mut uit: HashMap<String, Vec<Vastgelegd>> = HashMap::new();
    if ids.is_empty() {
        return Ok(uit);
    }
    let sql = format!(
        "SELECT zaak_id, volgnummer, gegevens, door_persoon_id, door_rol, op FROM bezwaar_stappen \
         WHERE zaak_id IN ({}) ORDER BY zaak_id, volgnummer",
        db::plekken(1, ids.len())
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(ids)
        .fetch_all(db)
        .await?;
    for row in rows {
        uit.entry(row.try_get("zaak_id")?)
            .or_default()
            .push(lees(&row)?);
    }
    Ok(uit)
}

/// Appends a step inside the caller's write transaction: its number is one more than the last. Two people
/// recording at the same moment: the second fails on the unique number and its transaction is rolled back.
pub async fn leg_vast(
    conn: &mut AnyConnection,
    zaak_id: &ZaakId,
    auteur: Auteur<'_>,
    stap: &BezwaarStap,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let laatste: Option<i64> =
        sqlx::query_scalar("SELECT MAX(volgnummer) FROM bezwaar_stappen WHERE zaak_id = $1")
            .bind(zaak_id)
            .fetch_one(&mut *conn)
            .await?;
    let volgnummer = laatste.unwrap_or(0) + 1;
    let gegevens = serde_json::to_string(stap)
        .map_err(|e| sqlx::Error::Encode(format!("bezwaar step: {e}").into()))?;
    sqlx::query(
        "INSERT INTO bezwaar_stappen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, op) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(token::new_id())
    .bind(zaak_id)
    .bind(volgnummer)
    .bind(stap.soort())
    .bind(gegevens)
    .bind(auteur.persoon_id)
    .bind(auteur.door.code())
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    // The work queue's row of the case is computed again: each bezwaar step gives it a stand of its own
    // (negative, so never the case's step number), so that a computation that read the steps before this one
    // cannot mark the row as done.
    sqlx::query(
        "UPDATE zaken SET wachtrij_stand = CASE WHEN wachtrij_stand IS NULL OR wachtrij_stand >= 0 THEN -1 \
         ELSE wachtrij_stand - 1 END WHERE id = $1",
    )
    .bind(zaak_id)
    .execute(conn)
    .await?;
    Ok(volgnummer)
}

/// A bezwaar being written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Concept {
    pub gronden: String,
    pub pro_forma: bool,
}

/// The draft of a case's bezwaar, if one is being written.
pub async fn concept<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &str,
) -> Result<Option<Concept>, sqlx::Error> {
    let rij: Option<(String, i64)> =
        sqlx::query_as("SELECT gronden, pro_forma FROM bezwaar_concepten WHERE zaak_id = $1")
            .bind(zaak_id)
            .fetch_optional(db)
            .await?;
    Ok(rij.map(|(gronden, pro_forma)| Concept {
        gronden,
        pro_forma: pro_forma == 1,
    }))
}

/// Stores the draft, inside the caller's write transaction.
pub async fn bewaar_concept(
    conn: &mut AnyConnection,
    zaak_id: &str,
    concept: &Concept,
    door_persoon_id: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO bezwaar_concepten (zaak_id, gronden, pro_forma, door_persoon_id, gewijzigd_op) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (zaak_id) DO UPDATE SET gronden = excluded.gronden, \
         pro_forma = excluded.pro_forma, door_persoon_id = excluded.door_persoon_id, \
         gewijzigd_op = excluded.gewijzigd_op",
    )
    .bind(zaak_id)
    .bind(&concept.gronden)
    .bind(i64::from(concept.pro_forma))
    .bind(door_persoon_id)
    .bind(db::ts(now))
    .execute(conn)
    .await?;
    Ok(())
}

/// The documents of a bezwaar: those of its draft (`soort` [`CONCEPT`]) or those sent ([`BEZWAAR`]).
pub async fn documenten<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &str,
    soort: &str,
) -> Result<Vec<document::Document>, sqlx::Error> {
    Ok(document::van_zaak(db, zaak_id)
        .await?
        .into_iter()
        .filter(|d| d.soort == soort)
        .collect())
}

/// The documents of this bezwaar (not those of one withdrawn before it).
pub async fn van_bezwaar<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &str,
    bezwaar: &super::domain::Bezwaar,
) -> Result<Vec<document::Document>, sqlx::Error> {
    Ok(documenten(db, zaak_id, BEZWAAR)
        .await?
        .into_iter()
        .filter(|d| bezwaar.documenten.contains(&d.id))
        .collect())
}

/// Sends the draft inside the caller's write transaction: its documents become the bezwaar's, and the draft
/// is gone. Returns the documents' ids.
pub async fn verstuur_concept(
    conn: &mut AnyConnection,
    zaak_id: &str,
) -> Result<Vec<String>, sqlx::Error> {
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT id FROM documenten WHERE zaak_id = $1 AND soort = $2 ORDER BY op, id",
    )
    .bind(zaak_id)
    .bind(CONCEPT)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("UPDATE documenten SET soort = $3 WHERE zaak_id = $1 AND soort = $2")
        .bind(zaak_id)
        .bind(CONCEPT)
        .bind(BEZWAAR)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM bezwaar_concepten WHERE zaak_id = $1")
        .bind(zaak_id)
        .execute(&mut *conn)
        .await?;
    Ok(ids)
}
