//! The SQL of the figures: the dates of submitted meldingen with their events, and the days to a besluit for
//! the waiting time on the melding's start page.

use std::collections::HashMap;

use sqlx::{AnyPool, Row};
use time::Date;

use super::domain::Rij;
use crate::code::Code;
use crate::db;
use crate::meldingen::domain::{Antwoorden, JaNee};
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
