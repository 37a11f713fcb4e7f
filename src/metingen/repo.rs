//! The SQL behind `/metrics`: small counts read at every scrape, each on an index (the virus-scan queue on the
//! partial indexes of waiting files, retention on `bewaar_rondes`' key and `bewaar_tellingen (dag)`, the drafts
//! that wait for deletion on `bewaar_waarschuwingen`' key and each draft table's key).

use sqlx::{AnyPool, Row};
use time::OffsetDateTime;

use crate::db;

/// Uploads stored while clamd could not be reached, that no one may open until a later scan finds them clean:
/// documents of cases and drafts, and proofs of a machtiging.
pub async fn ongescand(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM documenten WHERE controle = 'wacht') \
         + (SELECT COUNT(*) FROM machtiging_bewijzen WHERE controle = 'wacht')",
    )
    .fetch_one(pool)
    .await
}

/// The last finished retention run and what it deleted.
pub struct LaatsteRonde {
    pub klaar_op: OffsetDateTime,
    /// Per kind (`bewaar_tellingen.soort`), how many.
    pub tellingen: Vec<(String, i64)>,
}

pub async fn laatste_bewaarronde(pool: &AnyPool) -> Result<Option<LaatsteRonde>, sqlx::Error> {
    let Some(rij) = sqlx::query(
        "SELECT dag, klaar_op FROM bewaar_rondes WHERE klaar_op IS NOT NULL ORDER BY dag DESC LIMIT 1",
    )
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let dag: String = rij.try_get("dag")?;
    let klaar_op = db::moment(&rij, "klaar_op")?;
    let tellingen = sqlx::query_as(
        "SELECT soort, CAST(SUM(aantal) AS BIGINT) FROM bewaar_tellingen WHERE dag = $1 GROUP BY soort ORDER BY soort",
    )
    .bind(&dag)
    .fetch_all(pool)
    .await?;
    Ok(Some(LaatsteRonde {
        klaar_op,
        tellingen,
    }))
}

/// Drafts whose owner was warned that they go, unchanged since: the next run after the warning's week
/// deletes them.
pub async fn concepten_voor_verwijdering(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    let mut totaal = 0;
    for (soort, tabel) in [
        ("melding", "meldingen"),
        ("blijverslening", "blijverslening_aanvragen"),
        ("kindpakket", "kindpakket_aanvragen"),
        ("voorstel", "uitdaag_voorstellen"),
    ] {
        let n: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM bewaar_waarschuwingen w JOIN {tabel} c ON c.id = w.concept_id \
             WHERE w.soort = $1 AND c.status = 'concept' AND c.gewijzigd_op = w.gewijzigd_op"
        )))
        .bind(soort)
        .fetch_one(pool)
        .await?;
        totaal += n;
    }
    Ok(totaal)
}
