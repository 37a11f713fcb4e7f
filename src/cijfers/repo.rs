//! The SQL of the figures: the dates of submitted meldingen with their events, and the days to a besluit for
//! the waiting time on the melding's start page.

use std::collections::HashMap;

use serde::Deserialize;
use sqlx::{Any, AnyPool, Executor, Row};
use time::{Date, OffsetDateTime};

use super::domain::Rij;
use crate::db;
use crate::meldingen::domain::{Antwoorden, Code, JaNee};
use crate::zaken::domain::Zaak;
use crate::zaken::kern::Regeling;
use crate::zaken::{self, repo as zaken_repo};

/// Every case of the other schemes: its scheme and the Dutch day it was submitted.
pub async fn aanvragen(pool: &AnyPool) -> Result<Vec<(Regeling, Date)>, sqlx::Error> {
    Ok(crate::zaken::kern::ingediend(pool)
        .await?
        .into_iter()
        .filter(|(regeling, _)| *regeling != Regeling::Wmo)
        .map(|(regeling, op)| (regeling, zaken::dag(op)))
        .collect())
}

/// Every submitted melding with its folded case: two queries, whatever the number of cases.
pub async fn rijen(pool: &AnyPool) -> Result<Vec<Rij>, sqlx::Error> {
    let meldingen = sqlx::query(
        "SELECT id, ontvangen_op, eerste_gesprek_op, spoed_gevaar, spoed_zorg FROM meldingen \
         WHERE status = 'ingediend' AND ontvangen_op IS NOT NULL",
    )
    .fetch_all(pool)
    .await?;
    let mut stappen: HashMap<String, Vec<zaken::domain::Stap>> = HashMap::new();
    for (melding_id, stap) in
        zaken_repo::stappen_van_zaken(pool, "z.regeling = 'wmo-melding'").await?
    {
        stappen.entry(melding_id).or_default().push(stap);
    }
    let ja = |row: &sqlx::any::AnyRow, kolom: &str| -> Result<Option<JaNee>, sqlx::Error> {
        Ok(row
            .try_get::<Option<String>, _>(kolom)?
            .as_deref()
            .and_then(JaNee::from_code))
    };
    let mut rijen = Vec::with_capacity(meldingen.len());
    for row in &meldingen {
        let id: String = row.try_get("id")?;
        let Some(ontvangen_op) = row
            .try_get::<Option<String>, _>("ontvangen_op")?
            .as_deref()
            .and_then(db::parse_date)
        else {
            continue;
        };
        let spoed = Antwoorden {
            spoed_gevaar: ja(row, "spoed_gevaar")?,
            spoed_zorg: ja(row, "spoed_zorg")?,
            ..Antwoorden::default()
        }
        .is_spoed();
        rijen.push(Rij {
            ontvangen_op,
            eerste_gesprek_op: row
                .try_get::<Option<String>, _>("eerste_gesprek_op")?
                .as_deref()
                .and_then(db::parse_date),
            spoed,
            zaak: Zaak::uit(stappen.remove(&id).unwrap_or_default(), zaken::dag),
        });
    }
    Ok(rijen)
}

/// Only the day a besluit was sent, from its stored JSON.
#[derive(Deserialize)]
struct Verzonden {
    verzonden_op: String,
}

/// For each case with a besluit recorded since `sinds`: the days from the melding to the (first) besluit
/// sent on or after `vanaf`. Small on purpose, as the start page runs it: the phase index finds the decided
/// cases, and only their besluit events are read.
pub async fn dagen_tot_besluit<'e>(
    db: impl Executor<'e, Database = Any>,
    sinds: OffsetDateTime,
    vanaf: Date,
) -> Result<Vec<i64>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT g.zaak_id, m.ontvangen_op, g.gegevens FROM zaken z \
         JOIN meldingen m ON m.id = z.id \
         JOIN zaak_gebeurtenissen g ON g.zaak_id = z.id AND g.soort = 'besluit' \
         WHERE z.fase IN ('besloten', 'gesloten') AND z.bijgewerkt_op >= $1 AND g.op >= $1 \
         AND m.ontvangen_op IS NOT NULL",
    )
    .bind(db::ts(sinds))
    .fetch_all(db)
    .await?;
    let mut eerste: HashMap<String, (Date, Date)> = HashMap::new();
    for row in &rows {
        let gegevens: String = row.try_get("gegevens")?;
        let ontvangen: String = row.try_get("ontvangen_op")?;
        let (Ok(besluit), Some(ontvangen)) = (
            serde_json::from_str::<Verzonden>(&gegevens),
            db::parse_date(&ontvangen),
        ) else {
            continue;
        };
        let Some(verzonden) = db::parse_date(&besluit.verzonden_op) else {
            continue;
        };
        let e = eerste
            .entry(row.try_get("zaak_id")?)
            .or_insert((ontvangen, verzonden));
        e.1 = e.1.min(verzonden);
    }
    Ok(eerste
        .into_values()
        .filter(|(_, verzonden)| *verzonden >= vanaf)
        .map(|(ontvangen, verzonden)| (verzonden - ontvangen).whole_days())
        .collect())
}
