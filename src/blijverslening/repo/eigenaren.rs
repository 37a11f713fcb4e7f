//! The SQL of the co-owners: their links and their answers.

use super::*;

/// A co-owner as the resident gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NieuweEigenaar {
    pub naam: String,
    pub geboortedatum: Date,
    pub email: String,
}

/// A stored co-owner and their answer.
#[derive(Clone, Debug)]
pub struct Eigenaar {
    pub id: String,
    pub naam: String,
    pub geboortedatum: Date,
    pub email: String,
    /// `None` until they answer.
    pub antwoord: Option<bool>,
    /// Until when their link works; `None` before the application is sent.
    pub verloopt_op: Option<OffsetDateTime>,
}

pub(super) async fn zet_eigenaren(
    conn: &mut AnyConnection,
    id: &str,
    eigenaren: &[NieuweEigenaar],
) -> Result<(), sqlx::Error> {
    for (i, e) in eigenaren.iter().enumerate() {
        sqlx::query(
            "INSERT INTO blijverslening_eigenaren (id, aanvraag_id, volgorde, naam, geboortedatum, email) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(crate::token::new_id())
        .bind(id)
        .bind(i64::try_from(i).unwrap_or(0))
        .bind(&e.naam)
        .bind(db::date(e.geboortedatum))
        .bind(&e.email)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// The co-owners of an application, in the order given.
pub async fn eigenaren<'e>(
    db: impl Executor<'e, Database = Any>,
    aanvraag_id: &str,
) -> Result<Vec<Eigenaar>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, naam, geboortedatum, email, antwoord, verloopt_op FROM blijverslening_eigenaren \
         WHERE aanvraag_id = $1 ORDER BY volgorde",
    )
    .bind(aanvraag_id)
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|row| {
            let antwoord: Option<String> = row.try_get("antwoord")?;
            Ok(Eigenaar {
                id: row.try_get("id")?,
                naam: row.try_get("naam")?,
                geboortedatum: datum(row, "geboortedatum")?,
                email: row.try_get("email")?,
                antwoord: antwoord.map(|a| a == "ja"),
                verloopt_op: moment(row, "verloopt_op")?,
            })
        })
        .collect()
}

/// Stores the hash of a co-owner's link secret and until when it works; an earlier link stops working.
pub async fn zet_token(
    conn: &mut AnyConnection,
    eigenaar_id: &str,
    hash: &str,
    verloopt_op: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE blijverslening_eigenaren SET token_hash = $2, verloopt_op = $3 WHERE id = $1",
    )
    .bind(eigenaar_id)
    .bind(hash)
    .bind(db::ts(verloopt_op))
    .execute(conn)
    .await
    .map(|_| ())
}

/// The co-owner and application of a link secret's hash.
pub async fn voor_token<'e>(
    db: impl Executor<'e, Database = Any>,
    hash: &str,
) -> Result<Option<(Eigenaar, ZaakId)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, naam, geboortedatum, email, antwoord, verloopt_op, aanvraag_id FROM blijverslening_eigenaren \
         WHERE token_hash = $1",
    )
    .bind(hash)
    .fetch_optional(db)
    .await?;
    row.map(|row| {
        let antwoord: Option<String> = row.try_get("antwoord")?;
        Ok((
            Eigenaar {
                id: row.try_get("id")?,
                naam: row.try_get("naam")?,
                geboortedatum: datum(&row, "geboortedatum")?,
                email: row.try_get("email")?,
                antwoord: antwoord.map(|a| a == "ja"),
                verloopt_op: moment(&row, "verloopt_op")?,
            },
            row.try_get("aanvraag_id")?,
        ))
    })
    .transpose()
}

/// Stores a co-owner's answer, once, as a step on the application's case: `false` when they answered
/// already.
pub async fn beantwoord(
    conn: &mut AnyConnection,
    aanvraag_id: &ZaakId,
    eigenaar_id: &str,
    ja: bool,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE blijverslening_eigenaren SET antwoord = $2, beantwoord_op = $3 \
         WHERE id = $1 AND antwoord IS NULL",
    )
    .bind(eigenaar_id)
    .bind(if ja { "ja" } else { "nee" })
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    let stap = Gebeurtenis::Beantwoord {
        eigenaar_id: eigenaar_id.to_owned(),
        ja,
    };
    leg_vast(conn, aanvraag_id, MEDEEIGENAAR, &stap, now).await?;
    Ok(true)
}

/// A co-owner answers by the link in their mail, without an account.
const MEDEEIGENAAR: Auteur<'static> = Auteur {
    persoon_id: None,
    door: Door::Medeeigenaar,
};

/// Moves an application waiting for its co-owners on: complete, or stopped.
pub async fn na_eigenaren(
    conn: &mut AnyConnection,
    id: &ZaakId,
    status: Status,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let done = sqlx::query(
        "UPDATE blijverslening_aanvragen SET status = $2, compleet_op = $3 \
         WHERE id = $1 AND status = 'wacht_op_eigenaren'",
    )
    .bind(id)
    .bind(status.code())
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(());
    }
    let stap = match status {
        Status::Ingediend => Gebeurtenis::Compleet,
        Status::Gestopt => Gebeurtenis::Gestopt,
        _ => return Ok(()),
    };
    leg_vast(conn, id, MEDEEIGENAAR, &stap, now)
        .await
        .map(|_| ())
}
