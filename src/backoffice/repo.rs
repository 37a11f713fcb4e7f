//! The SQL of the back office: the melding facts the work queue computes its rows from, and the names of the people on a case.
//! Only for staff; the handlers take the [`crate::auth::Medewerker`] extractor.

use std::collections::HashMap;

use sqlx::Row;
use time::Date;

use crate::code::Code;
use crate::db::{self, BindAlle};
use crate::meldingen::domain::{Antwoorden, JaNee};

/// What the queue needs of an open Wmo case beyond the kernel, before its events are folded.
#[derive(Clone, Debug)]
pub struct OpenWmo {
    pub spoed: bool,
    pub ontvangen_op: Option<Date>,
    pub eerste_gesprek_op: Option<Date>,
    /// The moment it was sent, from which the spoed hours count.
    pub ingediend_op: Option<time::OffsetDateTime>,
}

/// The melding facts of the Wmo cases among `ids`, by id: one query for a batch.
pub async fn wmo_van(
    pool: &sqlx::AnyPool,
    ids: &[String],
) -> Result<HashMap<String, OpenWmo>, sqlx::Error> {
    let mut open = HashMap::new();
    if ids.is_empty() {
        return Ok(open);
    }
    let sql = format!(
        "SELECT m.id, m.spoed_gevaar, m.spoed_zorg, m.ontvangen_op, m.eerste_gesprek_op, m.ingediend_op \
         FROM meldingen m WHERE m.id IN ({})",
        db::plekken(1, ids.len())
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(ids)
        .fetch_all(pool)
        .await?;
    for row in rows {
        let ja = |kolom: &str| -> Result<Option<JaNee>, sqlx::Error> {
            Ok(row
                .try_get::<Option<String>, _>(kolom)?
                .as_deref()
                .and_then(JaNee::from_code))
        };
        let antwoorden = Antwoorden {
            spoed_gevaar: ja("spoed_gevaar")?,
            spoed_zorg: ja("spoed_zorg")?,
            ..Default::default()
        };
        open.insert(
            row.try_get("id")?,
            OpenWmo {
                spoed: antwoorden.is_spoed(),
                ontvangen_op: db::date_opt(&row, "ontvangen_op")?,
                eerste_gesprek_op: db::date_opt(&row, "eerste_gesprek_op")?,
                ingediend_op: db::moment_opt(&row, "ingediend_op")?,
            },
        );
    }
    Ok(open)
}
