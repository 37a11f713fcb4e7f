//! The documents of an application (proof of ownership and residence, quotes), in the one store.

use super::*;

/// The kinds of upload.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StukSoort {
    Eigendom,
    Bewoning,
    Offerte,
}

impl StukSoort {
    pub const ALL: [StukSoort; 3] = [StukSoort::Eigendom, StukSoort::Bewoning, StukSoort::Offerte];

    pub fn code(self) -> &'static str {
        match self {
            StukSoort::Eigendom => "eigendom",
            StukSoort::Bewoning => "bewoning",
            StukSoort::Offerte => "offerte",
        }
    }

    pub fn from_code(code: &str) -> Option<StukSoort> {
        StukSoort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// An uploaded file, without its bytes.
#[derive(Clone, Debug)]
pub struct Stuk {
    pub id: String,
    pub soort: StukSoort,
    pub naam: String,
    pub type_: BestandType,
    pub grootte: i64,
    pub geupload_op: OffsetDateTime,
    /// Where it stands with its virus scan.
    pub controle: document::Controle,
}

/// Locks a draft's row until the transaction ends, so that sending it or saving a part of it at the same moment
/// waits or is waited for: `false` when it is no draft (any more).
pub async fn neem_concept(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
) -> Result<bool, sqlx::Error> {
    let concept = sqlx::query(
        "UPDATE blijverslening_aanvragen SET status = status WHERE id = $1 AND status = 'concept'",
    )
    .bind(aanvraag_id)
    .execute(&mut *conn)
    .await?;
    Ok(concept.rows_affected() == 1)
}

/// Removes uploads of a draft: `false` (nothing removed) when the application was sent meanwhile.
pub async fn stukken_weg(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    stuk_ids: &[String],
) -> Result<bool, sqlx::Error> {
    if !neem_concept(conn, aanvraag_id).await? {
        return Ok(false);
    }
    for id in stuk_ids {
        document::verwijder(conn, aanvraag_id, id).await?;
    }
    Ok(true)
}

/// Stores an upload of a draft: `false` (nothing stored) when the application was sent meanwhile.
#[allow(clippy::too_many_arguments)]
pub async fn stuk_opslaan(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    soort: StukSoort,
    naam: &str,
    type_: BestandType,
    inhoud: &[u8],
    door: &str,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    if !neem_concept(conn, aanvraag_id).await? {
        return Ok(false);
    }
    let nieuw = document::Nieuw {
        soort: soort.code(),
        naam,
        type_,
        inhoud,
    };
    document::bewaar(
        conn,
        &crate::token::new_id(),
        aanvraag_id,
        &nieuw,
        Some(door),
        now,
        false,
    )
    .await
}

pub(super) fn stuk(d: document::Document) -> Result<Stuk, sqlx::Error> {
    Ok(Stuk {
        soort: StukSoort::from_code(&d.soort).ok_or_else(|| db::unreadable("soort", &d.soort))?,
        id: d.id,
        naam: d.naam,
        type_: d.type_,
        grootte: d.grootte,
        geupload_op: d.op,
        controle: d.controle,
    })
}

/// The uploads of an application, oldest first, without their bytes.
pub async fn stukken<'e>(
    db: impl Executor<'e, Database = Any>,
    aanvraag_id: &str,
) -> Result<Vec<Stuk>, sqlx::Error> {
    // Only the proof the application asks for: a bezwaar's documents are the bezwaar's.
    document::van_zaak(db, aanvraag_id)
        .await?
        .into_iter()
        .filter(|d| StukSoort::from_code(&d.soort).is_some())
        .map(stuk)
        .collect()
}

/// One upload of this application with its bytes.
pub async fn stuk_inhoud(
    pool: &sqlx::AnyPool,
    aanvraag_id: &str,
    stuk_id: &str,
) -> crate::error::AppResult<Option<(Stuk, Vec<u8>)>> {
    Ok(document::lees(pool, aanvraag_id, stuk_id)
        .await?
        .filter(|(d, _)| StukSoort::from_code(&d.soort).is_some())
        .map(|(d, inhoud)| Ok::<_, sqlx::Error>((stuk(d)?, inhoud)))
        .transpose()?)
}
