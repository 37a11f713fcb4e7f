//! The SQL of cases: events, the queue summary, and the documents of the Wmo process (in the one store). Callers check who may see a case; every function
//! here takes the melding's id as already allowed.

use sqlx::{Any, AnyConnection, Executor, Row, any::AnyRow};
use time::OffsetDateTime;

use super::document::{self, BestandType};
use super::domain::{Door, Gebeurtenis, Stap};
use super::stap;
use crate::db::{self, BindAlle};

fn lees_stap(row: &AnyRow) -> Result<Stap, sqlx::Error> {
    let gegevens: String = row.try_get("gegevens")?;
    let gebeurtenis = serde_json::from_str(&gegevens)
        .map_err(|e| sqlx::Error::Decode(format!("event: {e}").into()))?;
    let op: String = row.try_get("op")?;
    let door: String = row.try_get("door_rol")?;
    Ok(Stap {
        volgnummer: row.try_get("volgnummer")?,
        gebeurtenis,
        door_persoon_id: row
            .try_get::<Option<crate::ids::PersoonId>, _>("door_persoon_id")?
            .ok_or_else(|| db::unreadable("door_persoon_id", "NULL"))?,
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
        "SELECT {STAP_KOLOMMEN} FROM zaak_gebeurtenissen g WHERE zaak_id = $1 AND {} ORDER BY volgnummer",
        stap::ALLEEN_REGELING
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
         FROM zaak_gebeurtenissen g JOIN zaken z ON z.id = g.zaak_id WHERE ({voorwaarde}) AND {} \
         ORDER BY g.zaak_id, g.volgnummer",
        stap::ALLEEN_REGELING
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(db)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("zaak_id")?, lees_stap(row)?)))
        .collect()
}

/// The events of the Wmo cases among `ids`, grouped by case id, oldest first within a case: one query for a
/// batch. Each with its case's id and the number of the case's last step (`zaken.laatste_volgnummer`), read in
/// the same statement so that the two agree ([`super::gevouwen`] keeps a fold under that number).
pub async fn stappen_van_ids<'e>(
    db: impl Executor<'e, Database = Any>,
    ids: &[impl AsRef<str> + Sync],
) -> Result<Vec<(String, i64, Stap)>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT g.zaak_id, g.volgnummer, g.gegevens, g.door_persoon_id, g.door_rol, g.op, z.laatste_volgnummer \
         FROM zaak_gebeurtenissen g JOIN zaken z ON z.id = g.zaak_id \
         WHERE g.zaak_id IN ({}) AND z.regeling = 'wmo-melding' AND {} ORDER BY g.zaak_id, g.volgnummer",
        db::plekken(1, ids.len()),
        stap::ALLEEN_REGELING
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(ids.iter().map(AsRef::as_ref))
        .fetch_all(db)
        .await?
        .iter()
        .map(|row| {
            Ok((
                row.try_get("zaak_id")?,
                row.try_get("laatste_volgnummer")?,
                lees_stap(row)?,
            ))
        })
        .collect()
}

/// The Wmo case's events are its steps.
impl stap::Stap for Gebeurtenis {
    const REGELING: super::kern::Regeling = super::kern::Regeling::Wmo;

    fn soort(&self) -> &'static str {
        Gebeurtenis::soort(self)
    }

    fn fase(&self) -> Option<super::domain::Fase> {
        self.nieuwe_fase()
    }
}

/// Appends an event to a Wmo case inside the caller's write transaction ([`stap::leg_vast`]); an assignment
/// also gives the case to its consulent. Returns the event's number.
pub async fn voeg_toe(
    conn: &mut AnyConnection,
    zaak_id: &crate::ids::ZaakId,
    door_persoon_id: &crate::ids::PersoonId,
    door: Door,
    gebeurtenis: &Gebeurtenis,
    now: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    let auteur = stap::Auteur::persoon(door_persoon_id, door);
    let volgnummer = stap::leg_vast(conn, zaak_id, auteur, gebeurtenis, now).await?;
    if let Gebeurtenis::Toegewezen { consulent_id } = gebeurtenis {
        sqlx::query("UPDATE zaken SET consulent_id = $2 WHERE id = $1")
            .bind(zaak_id)
            .bind(consulent_id)
            .execute(&mut *conn)
            .await?;
    }
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

/// A document of the Wmo process of a case (a verslag, a besluit, one added by the resident or by staff),
/// without its bytes. An uploaded persoonlijk plan is in the same store, but it is the plan's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub soort: DocumentSoort,
    pub naam: String,
    /// The type found in its first bytes.
    pub type_: BestandType,
    pub grootte: i64,
    pub door_persoon_id: String,
    pub op: OffsetDateTime,
    /// Where it stands with its virus scan.
    pub controle: document::Controle,
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
    const ALL: [DocumentSoort; 4] = [
        DocumentSoort::Verslag,
        DocumentSoort::Besluit,
        DocumentSoort::Inwoner,
        DocumentSoort::Medewerker,
    ];

    pub fn code(self) -> &'static str {
        match self {
            DocumentSoort::Verslag => "verslag",
            DocumentSoort::Besluit => "besluit",
            DocumentSoort::Inwoner => "inwoner",
            DocumentSoort::Medewerker => "medewerker",
        }
    }

    pub fn from_code(code: &str) -> Option<DocumentSoort> {
        DocumentSoort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// A file to add to a case; its type was checked from its content by the caller.
pub struct NieuwDocument<'a> {
    pub soort: DocumentSoort,
    pub naam: &'a str,
    pub type_: BestandType,
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
    let nieuw = document::Nieuw {
        soort: document.soort.code(),
        naam: document.naam,
        type_: document.type_,
        inhoud: document.inhoud,
    };
    document::bewaar(
        conn,
        id,
        melding_id,
        &nieuw,
        Some(door_persoon_id),
        now,
        false,
    )
    .await?;
    Ok(())
}

/// The Wmo process's document of the store's document; `None` for another kind (the plan).
fn van_store(d: document::Document) -> Result<Option<Document>, sqlx::Error> {
    let Some(soort) = DocumentSoort::from_code(&d.soort) else {
        return Ok(None);
    };
    Ok(Some(Document {
        door_persoon_id: d
            .door_persoon_id
            .ok_or_else(|| db::unreadable("door_persoon_id", "NULL"))?,
        id: d.id,
        soort,
        naam: d.naam,
        type_: d.type_,
        grootte: d.grootte,
        op: d.op,
        controle: d.controle,
    }))
}

/// The documents of a case's Wmo process, oldest first.
pub async fn documenten<'e>(
    db: impl Executor<'e, Database = Any>,
    melding_id: &str,
) -> Result<Vec<Document>, sqlx::Error> {
    let mut uit = Vec::new();
    for d in document::van_zaak(db, melding_id).await? {
        uit.extend(van_store(d)?);
    }
    Ok(uit)
}

/// One document of this case's Wmo process with its bytes; `None` when it belongs to another case.
pub async fn document(
    pool: &sqlx::AnyPool,
    melding_id: &str,
    document_id: &str,
) -> crate::error::AppResult<Option<(Document, Vec<u8>)>> {
    let Some((d, inhoud)) = document::lees(pool, melding_id, document_id).await? else {
        return Ok(None);
    };
    Ok(van_store(d)?.map(|d| (d, inhoud)))
}

/// Whether a melding filed by a helper for someone else still waits for that person to confirm that the
/// helper may act for them: until then its filer, who owns it, hears nothing of the case.
pub async fn wacht_op_bevestiging(
    conn: &mut AnyConnection,
    melding_id: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM meldingen m WHERE m.id = $1 AND m.status = 'ingediend' \
         AND m.voor_wie = 'ander' AND m.ingediend_door IS NULL AND NOT EXISTS \
         (SELECT 1 FROM machtigingen x WHERE x.melding_id = m.id AND x.status = 'actief')",
    )
    .bind(melding_id)
    .fetch_one(conn)
    .await?;
    Ok(n > 0)
}
