//! The scan that comes later: a document stored while clamd could not be reached waits
//! ([`Controle::Wacht`]) and no one opens it. Every [`POOS`] each instance asks clamd about the oldest waiting
//! documents: a clean one is released, an infected one loses its bytes and keeps its name, so that the resident
//! and staff see which file is gone and why. While clamd is still away, a round stops at the first document
//! and everything waits for the next. Two instances that scan the same document at once agree: the change is
//! made only while it still waits.

use std::time::Duration;

use super::Controle;
use super::virus::{self, Uitslag, Vondst};
use crate::{App, AppState};

/// The pause between two rounds.
pub const POOS: Duration = Duration::from_secs(60);

/// The most documents scanned in one round.
const PER_RONDE: i64 = 50;

/// What one round did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ronde {
    /// Found clean and released.
    pub vrij: usize,
    /// Found infected: their bytes are deleted.
    pub besmet: usize,
    /// Still waiting, as clamd did not answer.
    pub wacht: usize,
}

/// Where a waiting file lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bron {
    /// A document of a case: its bytes in `document_delen`.
    Document,
    /// The proof of a machtiging: its bytes in its own row.
    Bewijs,
}

impl Bron {
    /// The waiting files, oldest first: (id, sha256, case, name).
    fn wachtend(self) -> &'static str {
        match self {
            Bron::Document => {
                "SELECT id, sha256, zaak_id, naam FROM documenten WHERE controle = 'wacht' \
                 ORDER BY op, id LIMIT $1"
            }
            Bron::Bewijs => {
                "SELECT b.machtiging_id, b.sha256, m.melding_id, b.naam FROM machtiging_bewijzen b \
                 JOIN machtigingen m ON m.id = b.machtiging_id WHERE b.controle = 'wacht' \
                 ORDER BY b.machtiging_id LIMIT $1"
            }
        }
    }

    /// Its bytes, in parts.
    fn inhoud(self) -> &'static str {
        match self {
            Bron::Document => {
                "SELECT inhoud FROM document_delen WHERE document_id = $1 ORDER BY volgnummer"
            }
            Bron::Bewijs => "SELECT inhoud FROM machtiging_bewijzen WHERE machtiging_id = $1",
        }
    }

    /// Sets where its scan stands, only while it still waits and still holds the bytes scanned (a plan replaced
    /// meanwhile keeps its id but has other bytes, which wait for their own scan).
    fn zet(self) -> &'static str {
        match self {
            Bron::Document => {
                "UPDATE documenten SET controle = $1 WHERE id = $2 AND controle = 'wacht' \
                 AND sha256 = $3"
            }
            Bron::Bewijs => {
                "UPDATE machtiging_bewijzen SET controle = $1 WHERE machtiging_id = $2 \
                 AND controle = 'wacht' AND sha256 = $3"
            }
        }
    }

    /// Deletes its bytes.
    fn wis(self) -> &'static str {
        match self {
            Bron::Document => "DELETE FROM document_delen WHERE document_id = $1",
            Bron::Bewijs => "UPDATE machtiging_bewijzen SET inhoud = $2 WHERE machtiging_id = $1",
        }
    }
}

/// Scans the waiting files (documents of cases, then proofs of machtigingen), oldest first, up to
/// [`PER_RONDE`] of each.
pub async fn ronde(app: &App) -> Result<Ronde, sqlx::Error> {
    let mut uit = Ronde::default();
    if !app.scanner.aan() {
        return Ok(uit);
    }
    for bron in [Bron::Document, Bron::Bewijs] {
        if !scan_wachtend(app, bron, &mut uit).await? {
            break;
        }
    }
    Ok(uit)
}

/// Scans the waiting files of one source: `false` when clamd did not answer.
async fn scan_wachtend(app: &App, bron: Bron, uit: &mut Ronde) -> Result<bool, sqlx::Error> {
    let wachtend: Vec<(String, Option<String>, Option<String>, String)> =
        sqlx::query_as(bron.wachtend())
            .bind(PER_RONDE)
            .fetch_all(&app.db.pool)
            .await?;
    let mut rest = wachtend.len();
    for (id, sha256, zaak_id, naam) in wachtend {
        let delen: Vec<Vec<u8>> = sqlx::query_scalar(bron.inhoud())
            .bind(&id)
            .fetch_all(&app.db.pool)
            .await?;
        let inhoud = delen.concat();
        let uitslag = app.scanner.scan(&mut inhoud.as_slice()).await;
        let nieuw = match &uitslag {
            Uitslag::Schoon => Controle::Vrij,
            Uitslag::Besmet(_) => Controle::Besmet,
            Uitslag::NietGescand(_) => {
                uit.wacht += rest;
                return Ok(false);
            }
        };
        rest -= 1;
        let mut tx = app.db.begin_write().await?;
        let gezet = sqlx::query(bron.zet())
            .bind(nieuw.code())
            .bind(&id)
            .bind(sha256.as_deref().unwrap_or_default())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if gezet == 1 && nieuw == Controle::Besmet {
            let wis = sqlx::query(bron.wis()).bind(&id);
            let wis = match bron {
                Bron::Document => wis,
                Bron::Bewijs => wis.bind(Vec::<u8>::new()),
            };
            wis.execute(&mut *tx).await?;
            if let Uitslag::Besmet(virus) = &uitslag {
                let vondst = Vondst {
                    op: app.clock.now(),
                    zaak_id,
                    naam,
                    virus: virus.clone(),
                    bron: virus::Bron::Later,
                };
                virus::meld(&mut tx, &vondst).await?;
            }
        }
        // These bytes are scanned now: the same file sent again is not held back.
        if let Some(sha256) = &sha256 {
            sqlx::query("DELETE FROM ongescande_uploads WHERE sha256 = $1")
                .bind(sha256)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        if gezet == 1 {
            match uitslag {
                Uitslag::Besmet(virus) => {
                    tracing::warn!(
                        id = %id,
                        virus,
                        "a stored file had a virus: its bytes are deleted"
                    );
                    uit.besmet += 1;
                }
                _ => uit.vrij += 1,
            }
        }
    }
    Ok(true)
}

/// Runs [`ronde`] every [`POOS`], when uploads are scanned at all.
pub async fn run(app: AppState) {
    if !app.scanner.aan() {
        return;
    }
    loop {
        tokio::time::sleep(POOS).await;
        match ronde(&app).await {
            Ok(r) if r.wacht > 0 => {
                tracing::warn!(
                    waiting = r.wacht,
                    "documents wait for their virus scan: clamd does not answer"
                );
            }
            Ok(_) => {}
            Err(e) => {
                tracing::error!(error = %e, "virus scan of waiting documents: database error")
            }
        }
    }
}
