//! How long residents usually waited for a besluit: one plain sentence on the melding's start page, from the
//! besluiten of the last months, and only when there were enough of them to say anything.

use std::collections::HashMap;

use serde::Deserialize;
use sqlx::{Any, Executor, Row};
use time::{Date, Duration, OffsetDateTime};

use crate::AppState;
use crate::db;
use crate::error::AppResult;

/// The waiting time is only told to residents with at least this many besluiten behind it: fewer say nothing
/// about the next case (and could point at one person).
pub const MIN_BESLUITEN_WACHTTIJD: usize = 5;

/// The waiting time covers the besluiten sent in this many days up to today (about 6 months).
pub const WACHTTIJD_DAGEN: i64 = 183;

/// The median of whole numbers: the middle one, or halfway between the two middle ones.
pub fn mediaan(getallen: &[i64]) -> Option<f64> {
    let mut g = getallen.to_vec();
    g.sort_unstable();
    let n = g.len();
    if n == 0 {
        return None;
    }
    let midden = g[n / 2] as f64;
    Some(if n % 2 == 1 {
        midden
    } else {
        (g[n / 2 - 1] as f64 + midden) / 2.0
    })
}

/// How long residents usually waited for a besluit, for one plain sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wachttijd {
    /// Under a week.
    MinderDanEenWeek,
    Dagen(i64),
    Weken(i64),
}

/// The usual waiting time from the days between melding and besluit of recent cases: the median, in days
/// from one to two weeks and in whole weeks from then on. Nothing with fewer than [`MIN_BESLUITEN_WACHTTIJD`].
pub fn wachttijd(dagen: &[i64]) -> Option<Wachttijd> {
    if dagen.len() < MIN_BESLUITEN_WACHTTIJD {
        return None;
    }
    let m = mediaan(dagen)?;
    Some(if m < 7.0 {
        Wachttijd::MinderDanEenWeek
    } else if m < 14.0 {
        Wachttijd::Dagen(m.round() as i64)
    } else {
        Wachttijd::Weken((m / 7.0).round() as i64)
    })
}

/// How long a besluit usually took over the last months, when there were enough of them to say, and when
/// that was computed. Kept for a while ([`crate::App::wachttijd`]), so that the start page does not read half
/// a year of besluiten for every visitor; computed again after this instance recorded a besluit.
pub async fn wachttijd_nu(app: &AppState) -> AppResult<(Option<Wachttijd>, time::OffsetDateTime)> {
    app.wachttijd.lees(app.clock.now(), || bereken(app)).await
}

/// Computes the waiting time from the besluiten of the last months.
pub async fn bereken(app: &AppState) -> AppResult<Option<Wachttijd>> {
    let vanaf = app
        .clock
        .today()
        .saturating_sub(Duration::days(WACHTTIJD_DAGEN));
    // Recorded a day before the window at the earliest; the day it was sent decides.
    let sinds = app.clock.now() - Duration::days(WACHTTIJD_DAGEN + 1);
    let dagen = dagen_tot_besluit(&app.db.pool, sinds, vanaf).await?;
    Ok(wachttijd(&dagen))
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
    // Planned for this date, not once for any: a generic plan reads the year's cases three times over.
    .persistent(false)
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
