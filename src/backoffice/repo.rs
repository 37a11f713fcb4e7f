//! The SQL of the back office: the open cases for the work queue, and the names of the people on a case.
//! Only for staff; the handlers take the [`crate::auth::Medewerker`] extractor.

use std::collections::HashMap;

use sqlx::{Any, Executor, Row};
use time::Date;

use crate::db;
use crate::meldingen::domain::{Antwoorden, Code, JaNee};
use crate::zaken::domain::Stap;

/// The cases the work queue holds, as a condition on `meldingen m` and `zaken z`: submitted, not closed.
const OPEN: &str = "m.status = 'ingediend' AND (z.fase IS NULL OR z.fase <> 'gesloten')";

/// An open case as the queue needs it, before its events are folded.
#[derive(Clone, Debug)]
pub struct Open {
    pub melding_id: String,
    pub referentie: String,
    pub spoed: bool,
    pub ontvangen_op: Option<Date>,
    pub eerste_gesprek_op: Option<Date>,
    pub consulent_naam: Option<String>,
}

/// Every open case, with its events grouped by melding: two queries for the whole queue.
pub async fn open_zaken(
    pool: &sqlx::AnyPool,
) -> Result<(Vec<Open>, HashMap<String, Vec<Stap>>), sqlx::Error> {
    let sql = format!(
        "SELECT m.id, m.referentie, m.spoed_gevaar, m.spoed_zorg, m.ontvangen_op, m.eerste_gesprek_op, \
         p.naam FROM meldingen m LEFT JOIN zaken z ON z.melding_id = m.id \
         LEFT JOIN personen p ON p.id = z.consulent_id WHERE {OPEN}"
    );
    let open = sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(pool)
        .await?
        .iter()
        .map(|row| {
            let ja = |kolom: &str| -> Result<Option<JaNee>, sqlx::Error> {
                Ok(row
                    .try_get::<Option<String>, _>(kolom)?
                    .as_deref()
                    .and_then(JaNee::from_code))
            };
            let dag = |kolom: &str| -> Result<Option<Date>, sqlx::Error> {
                Ok(row
                    .try_get::<Option<String>, _>(kolom)?
                    .as_deref()
                    .and_then(db::parse_date))
            };
            let antwoorden = Antwoorden {
                spoed_gevaar: ja("spoed_gevaar")?,
                spoed_zorg: ja("spoed_zorg")?,
                ..Default::default()
            };
            Ok(Open {
                melding_id: row.try_get("id")?,
                referentie: row
                    .try_get::<Option<String>, _>("referentie")?
                    .unwrap_or_default(),
                spoed: antwoorden.is_spoed(),
                ontvangen_op: dag("ontvangen_op")?,
                eerste_gesprek_op: dag("eerste_gesprek_op")?,
                consulent_naam: row.try_get("naam")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let mut stappen: HashMap<String, Vec<Stap>> = HashMap::new();
    for (melding_id, stap) in crate::zaken::repo::stappen_van_zaken(pool, OPEN).await? {
        stappen.entry(melding_id).or_default().push(stap);
    }
    Ok((open, stappen))
}

/// The names staff are shown by, for these people (those without a name are left out).
pub async fn namen<'e, E>(db: E, ids: &[&str]) -> Result<HashMap<String, String>, sqlx::Error>
where
    E: Executor<'e, Database = Any> + Copy,
{
    let mut namen = HashMap::new();
    for id in ids {
        if namen.contains_key(*id) {
            continue;
        }
        if let Some(naam) = crate::zaken::repo::naam(db, id).await? {
            namen.insert((*id).to_owned(), naam);
        }
    }
    Ok(namen)
}
