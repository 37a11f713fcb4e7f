//! The SQL of the back office: the open cases for the work queue, and the names of the people on a case.
//! Only for staff; the handlers take the [`crate::auth::Medewerker`] extractor.

use std::collections::HashMap;

use sqlx::Row;
use time::Date;

use crate::code::Code;
use crate::db;
use crate::meldingen::domain::{Antwoorden, JaNee};
use crate::zaken::domain::Stap;

/// The Wmo cases the work queue holds, as a condition on `zaken z`: not closed.
const OPEN_WMO: &str = "z.regeling = 'wmo-melding' AND z.fase <> 'gesloten'";

/// What the queue needs of an open Wmo case beyond the kernel, before its events are folded.
#[derive(Clone, Debug)]
pub struct OpenWmo {
    pub spoed: bool,
    pub ontvangen_op: Option<Date>,
    pub eerste_gesprek_op: Option<Date>,
    /// The moment it was sent, from which the spoed hours count.
    pub ingediend_op: Option<time::OffsetDateTime>,
}

/// Every open Wmo case's melding facts by id, and its events: two queries for the whole queue.
pub async fn open_wmo(
    pool: &sqlx::AnyPool,
) -> Result<(HashMap<String, OpenWmo>, HashMap<String, Vec<Stap>>), sqlx::Error> {
    let sql = format!(
        "SELECT m.id, m.spoed_gevaar, m.spoed_zorg, m.ontvangen_op, m.eerste_gesprek_op, m.ingediend_op \
         FROM zaken z JOIN meldingen m ON m.id = z.id WHERE {OPEN_WMO}"
    );
    let mut open = HashMap::new();
    for row in sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(pool)
        .await?
    {
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
    let mut stappen: HashMap<String, Vec<Stap>> = HashMap::new();
    for (id, stap) in crate::zaken::repo::stappen_van_zaken(pool, OPEN_WMO).await? {
        stappen.entry(id).or_default().push(stap);
    }
    Ok((open, stappen))
}
