//! The work queue's rows, kept on the cases (`zaken.wachtrij_*`, migration 27), so that the queue reads one
//! page at a time instead of folding the steps of every open case on every visit.
//!
//! A row is computed from the case's steps, its melding (spoed, the days it came in and was talked about) and
//! its open bezwaar, as the queue always showed it. It is computed again when the case moved on: every step
//! raises the case's `laatste_volgnummer`, every bezwaar step marks the row, and a deadline that grows with the
//! days (a term standing still while a question is open) is marked with the day it holds to. Before a page of
//! the queue is read, [`bijwerken`] computes the rows that moved on since (the cases changed since the last
//! visit, in batches), so a page costs the same with ten or ten thousand open cases. [`herbereken`] computes
//! every row again: at start (the profile's terms may have changed) and for a program that filled the tables
//! directly.

use std::sync::LazyLock;

use time::{Date, Duration};

use super::domain::spoed_tot;
use super::repo;
use crate::db::Db;
use crate::gemeente::Gemeente;
use crate::meldingen::domain::termijnen;
use crate::zaken::domain::{Deadline, Fase, Wat, Zaak};
use crate::zaken::kern::{self, Kern, Regeling, Wachtrijrij};
use crate::zaken::{self, bezwaar};

/// Cases computed per round trip.
const PARTIJ: i64 = 500;

/// One computation at a time per process: the visitors who arrive meanwhile wait for it and then find
/// nothing left to do, instead of all computing the same rows.
static BEZIG: LazyLock<tokio::sync::Mutex<()>> = LazyLock::new(|| tokio::sync::Mutex::new(()));

/// Computes the queue rows of the cases that moved on since they were computed. Returns how many it wrote.
pub async fn bijwerken(db: &Db, gemeente: &Gemeente, vandaag: Date) -> Result<usize, sqlx::Error> {
    // Most visits find nothing to compute: they look without waiting for each other's turn, which made every
    // visit to the queue wait in one line for two round trips.
    if !kern::wachtrij_iets_verouderd(&db.pool, vandaag).await? {
        return Ok(0);
    }
    bijwerken_nu(db, gemeente, vandaag).await
}

/// [`bijwerken`] for a caller that already looked and found rows to compute: waits its turn and computes them.
pub async fn bijwerken_nu(
    db: &Db,
    gemeente: &Gemeente,
    vandaag: Date,
) -> Result<usize, sqlx::Error> {
    let pool = &db.pool;
    let _beurt = BEZIG.lock().await;
    let mut geschreven = 0;
    // Bounded: a row that moved on again while it was computed is taken up by the next visit.
    for _ in 0..1_000 {
        let ids = kern::wachtrij_verouderd(pool, vandaag, PARTIJ).await?;
        if ids.is_empty() {
            break;
        }
        let n = bereken(db, gemeente, vandaag, &ids).await?;
        geschreven += n;
        if (ids.len() as i64) < PARTIJ && n == ids.len() {
            break;
        }
        if n == 0 {
            break;
        }
    }
    Ok(geschreven)
}

/// Computes the queue row of every case in the queue again, and of every case that moved on: for a program
/// that inserted cases and steps directly with SQL, and at start. Returns how many rows it wrote.
pub async fn herbereken(db: &Db, gemeente: &Gemeente, vandaag: Date) -> Result<usize, sqlx::Error> {
    let mut geschreven = bijwerken(db, gemeente, vandaag).await?;
    let _beurt = BEZIG.lock().await;
    let ids = kern::wachtrij_ids(&db.pool).await?;
    for partij in ids.chunks(PARTIJ as usize) {
        geschreven += bereken(db, gemeente, vandaag, partij).await?;
    }
    if geschreven >= 1_000 {
        kern::wachtrij_statistiek(db).await?;
    }
    Ok(geschreven)
}

/// Computes the rows of the cases `ids`, then stores them in one transaction: one sync to disk for the batch,
/// not one per case (at start on a year of a city, thousands of rows).
async fn bereken(
    db: &Db,
    gemeente: &Gemeente,
    vandaag: Date,
    ids: &[String],
) -> Result<usize, sqlx::Error> {
    let pool = &db.pool;
    let zaken_ = kern::met_stand(pool, ids).await?;
    let wmo = repo::wmo_van(pool, ids).await?;
    let mut stappen: std::collections::HashMap<String, Vec<zaken::domain::Stap>> =
        std::collections::HashMap::new();
    for (id, _, stap) in zaken::repo::stappen_van_ids(pool, ids).await? {
        stappen.entry(id).or_default().push(stap);
    }
    let mut bezwaren = bezwaar::repo::stappen_van_ids(pool, ids).await?;
    let rijen: Vec<_> = zaken_
        .into_iter()
        .map(|(k, stand)| {
            let rij = rij(
                &k,
                wmo.get(k.id.as_str()),
                stappen.remove(k.id.as_str()).unwrap_or_default(),
                bezwaren.remove(k.id.as_str()).unwrap_or_default(),
                gemeente,
                vandaag,
            );
            (k, stand, rij)
        })
        .collect();
    let mut geschreven = 0;
    let mut tx = db.begin_write().await?;
    for (k, stand, rij) in &rijen {
        if kern::zet_wachtrij(&mut *tx, k, *stand, rij).await? {
            geschreven += 1;
        }
    }
    tx.commit().await?;
    Ok(geschreven)
}

/// The queue row of one case, as the queue always showed it: a Wmo case's next term from its folded steps
/// and spoed clock, another scheme's reasonable term for its decision, and an open bezwaar's decision before
/// either.
fn rij(
    k: &Kern,
    wmo: Option<&repo::OpenWmo>,
    stappen: Vec<zaken::domain::Stap>,
    bezwaar_stappen: Vec<bezwaar::domain::Vastgelegd>,
    gemeente: &Gemeente,
    vandaag: Date,
) -> Wachtrijrij {
    let (spoed, deadline, spoed_tot, tot) = match (k.regeling, wmo) {
        (Regeling::Wmo, Some(o)) => {
            let zaak = Zaak::uit(stappen, zaken::dag);
            let op = |dag: Date| {
                zaak.volgende_termijn(
                    gemeente,
                    dag,
                    termijnen(gemeente, o.ontvangen_op, o.eerste_gesprek_op),
                    o.ontvangen_op.unwrap_or(dag),
                )
            };
            let deadline = op(vandaag);
            // A term that stands still while a question is open moves with the days: computed again tomorrow.
            let later = vandaag.saturating_add(Duration::days(30));
            let tot = (deadline != op(later)).then_some(vandaag);
            let tot_spoed = spoed_tot(
                o.spoed,
                &zaak,
                o.ingediend_op,
                gemeente.termijnen.spoed_uren,
            );
            (o.spoed, deadline, tot_spoed, tot)
        }
        _ => (
            false,
            Deadline::besluit_vanaf(k.fase, k.termijn_vanaf.map(zaken::dag), gemeente),
            None,
            None,
        ),
    };
    // An open bezwaar is the municipality's next deadline (Awb 7:10).
    let bezwaar = bezwaar::domain::Bezwaar::uit(bezwaar_stappen, zaken::dag)
        .filter(bezwaar::domain::Bezwaar::is_open);
    let in_wachtrij = k.fase != Fase::Gesloten || bezwaar.is_some();
    let deadline = match bezwaar {
        Some(b) => Some(Deadline {
            wat: Wat::Bezwaar,
            einde: b.beslis_termijn(gemeente).einde,
            wettelijk: true,
        }),
        None => deadline,
    };
    Wachtrijrij {
        in_wachtrij,
        spoed,
        spoed_tot,
        deadline,
        tot,
    }
}
