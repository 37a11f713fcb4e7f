//! Group commit of submissions: one task writes the submissions that arrive together in one transaction, so
//! that a busy portal pays the disk's sync once per group instead of once per melding. Each submission still
//! stands alone: it is checked inside the transaction, in a savepoint of its own, and its sender hears the
//! outcome only after the commit, when the melding is on disk.

use time::{Date, OffsetDateTime};
use tokio::sync::{mpsc, oneshot};

use super::domain::Stap;
use super::repo::{self, Melding};
use crate::db::Db;
use crate::error::AppError;
use crate::mail::outbox::{Prepared, enqueue_prepared};

/// At most this many submissions share one transaction.
const GROEP: usize = 64;

/// What became of a submission.
#[derive(Debug)]
pub enum Uitkomst {
    /// Submitted now.
    Ingediend,
    /// It was submitted before (a second click): nothing changed.
    AlIngediend,
    /// A question is still open: nothing changed.
    Open(Box<Melding>, Stap),
    /// No such melding of this person.
    NietGevonden,
    /// The reference number was taken, or the answers changed since the submission was prepared (another
    /// tab): try again.
    Opnieuw,
}

/// The group's transaction failed; nothing of it was kept.
#[derive(Clone, Debug)]
struct Mislukt {
    /// It passes by itself (a full disk, a database that restarts): the resident may try again in a moment.
    tijdelijk: bool,
    tekst: String,
}

/// One submission, as the handler hands it over.
pub struct Indiening {
    pub id: crate::ids::ZaakId,
    pub persoon_id: crate::ids::PersoonId,
    pub referentie: String,
    pub now: OffsetDateTime,
    pub ontvangen_op: Date,
    /// The confirmation mail, written to the outbox in the same transaction.
    pub bericht: Prepared,
    /// The answers the mail and the request were prepared from: the melding is sent only as these.
    pub antwoorden: super::domain::Antwoorden,
    /// With "Ja, graag": the request for cliëntondersteuning, sent together with the melding.
    pub clientondersteuning: Option<crate::clientondersteuning::uit_melding::UitMelding>,
}

struct Opdracht {
    indiening: Indiening,
    antwoord: oneshot::Sender<Result<Uitkomst, Mislukt>>,
}

/// The handle handlers send submissions to.
#[derive(Clone, Debug)]
pub struct Indiener {
    tx: mpsc::Sender<Opdracht>,
}

impl Indiener {
    /// Starts the writing task on the current runtime. It ends when the last handle is dropped.
    pub fn start(db: Db) -> Indiener {
        let (tx, rx) = mpsc::channel(1024);
        tokio::spawn(schrijf(db, rx));
        Indiener { tx }
    }

    /// Hands a submission over and waits until it is written (or refused).
    pub async fn indienen(&self, indiening: Indiening) -> Result<Uitkomst, AppError> {
        let (antwoord, ontvangen) = oneshot::channel();
        self.tx
            .send(Opdracht {
                indiening,
                antwoord,
            })
            .await
            .map_err(|_| AppError::Internal("the submission writer has stopped".to_owned()))?;
        ontvangen
            .await
            .map_err(|_| {
                AppError::Internal("the submission writer dropped a submission".to_owned())
            })?
            .map_err(|m| {
                if m.tijdelijk {
                    AppError::Unavailable(m.tekst)
                } else {
                    AppError::Internal(m.tekst)
                }
            })
    }
}

async fn schrijf(db: Db, mut rx: mpsc::Receiver<Opdracht>) {
    while let Some(eerste) = rx.recv().await {
        let mut groep = vec![eerste];
        while groep.len() < GROEP {
            match rx.try_recv() {
                Ok(volgende) => groep.push(volgende),
                Err(_) => break,
            }
        }
        let uitkomsten = match schrijf_groep(&db, &groep).await {
            Ok(uitkomsten) => uitkomsten.into_iter().map(Ok).collect(),
            Err(e) => {
                tracing::error!(error = %e, "database error while submitting meldingen");
                let mislukt = Mislukt {
                    tijdelijk: crate::db::is_temporary(&e),
                    tekst: e.to_string(),
                };
                groep
                    .iter()
                    .map(|_| Err(mislukt.clone()))
                    .collect::<Vec<_>>()
            }
        };
        for (opdracht, uitkomst) in groep.into_iter().zip(uitkomsten) {
            let _ = opdracht.antwoord.send(uitkomst);
        }
    }
}

/// Writes a group in one transaction, so that one refusal spoils no other: each submission has a savepoint of
/// its own, undone when it is refused (a reference number that is taken, of the melding or of its request for
/// cliëntondersteuning), on both databases, so that nothing of it stays.
async fn schrijf_groep(db: &Db, groep: &[Opdracht]) -> Result<Vec<Uitkomst>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let mut uitkomsten = Vec::with_capacity(groep.len());
    for Opdracht { indiening: i, .. } in groep {
        sqlx::query("SAVEPOINT indiening").execute(&mut *tx).await?;
        let uitkomst = match een(&mut tx, db, i).await {
            Ok(uitkomst) => uitkomst,
            Err(e) if crate::db::is_unique_violation(&e) => Uitkomst::Opnieuw,
            Err(e) => return Err(e),
        };
        if !matches!(uitkomst, Uitkomst::Ingediend) {
            sqlx::query("ROLLBACK TO SAVEPOINT indiening")
                .execute(&mut *tx)
                .await?;
        }
        sqlx::query("RELEASE SAVEPOINT indiening")
            .execute(&mut *tx)
            .await?;
        uitkomsten.push(uitkomst);
    }
    tx.commit().await?;
    Ok(uitkomsten)
}

async fn een(
    conn: &mut sqlx::AnyConnection,
    db: &Db,
    i: &Indiening,
) -> Result<Uitkomst, sqlx::Error> {
    let Some(melding) = repo::voor_wijziging(conn, db.backend, &i.id, &i.persoon_id).await? else {
        return Ok(Uitkomst::NietGevonden);
    };
    if melding.ingediend {
        return Ok(Uitkomst::AlIngediend);
    }
    if let Some(open) = melding.antwoorden.eerste_open_stap() {
        return Ok(Uitkomst::Open(Box::new(melding), open));
    }
    if melding.antwoorden != i.antwoorden {
        return Ok(Uitkomst::Opnieuw);
    }
    if !repo::indienen(
        conn,
        &i.id,
        &i.persoon_id,
        &i.referentie,
        i.now,
        i.ontvangen_op,
    )
    .await?
    {
        return Ok(Uitkomst::AlIngediend);
    }
    enqueue_prepared(conn, i.now, &i.bericht).await?;
    if let Some(co) = &i.clientondersteuning {
        crate::clientondersteuning::uit_melding::opslaan(conn, co, i.now).await?;
    }
    Ok(Uitkomst::Ingediend)
}
