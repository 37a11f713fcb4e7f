//! Group commit of small independent rows (an access-log entry for every page staff open): the rows that
//! arrive together are written in one transaction, so that a busy back office pays the disk's sync once per
//! group instead of once per page. Each caller still hears only after the commit, when its row is on disk;
//! when the group fails, each caller writes its own row again alone and hears its own outcome.

use tokio::sync::{mpsc, oneshot};

use super::Db;

/// At most this many rows share one transaction.
const GROEP: usize = 128;

/// One row: a fixed `INSERT` with its text values.
#[derive(Debug)]
pub struct Rij {
    pub sql: &'static str,
    pub waarden: Vec<Option<String>>,
}

#[derive(Debug)]
struct Opdracht {
    rij: Rij,
    /// `Ok` once committed; `Err` gives the row back to write alone.
    antwoord: oneshot::Sender<Result<(), Rij>>,
}

#[derive(Clone, Debug)]
pub struct Groep {
    tx: mpsc::Sender<Opdracht>,
}

impl Groep {
    /// Starts the writer on `db` (a handle without a group of its own); it stops when the last handle of the
    /// group is gone.
    pub(super) fn start(db: Db) -> Groep {
        let (tx, rx) = mpsc::channel(4 * GROEP);
        tokio::spawn(schrijver(db, rx));
        Groep { tx }
    }
}

async fn schrijf(db: &Db, rijen: &[&Rij]) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    for rij in rijen {
        let mut query = sqlx::query(rij.sql);
        for waarde in &rij.waarden {
            query = query.bind(waarde.as_deref());
        }
        query.execute(&mut *tx).await?;
    }
    tx.commit().await
}

async fn schrijver(db: Db, mut rx: mpsc::Receiver<Opdracht>) {
    let mut groep = Vec::with_capacity(GROEP);
    while rx.recv_many(&mut groep, GROEP).await > 0 {
        let rijen: Vec<&Rij> = groep.iter().map(|o| &o.rij).collect();
        let gelukt = schrijf(&db, &rijen).await;
        if let Err(e) = &gelukt {
            tracing::warn!(error = %e, rows = groep.len(), "group write failed; each row is written alone");
        }
        for opdracht in groep.drain(..) {
            let uitkomst = match &gelukt {
                Ok(()) => Ok(()),
                Err(_) => Err(opdracht.rij),
            };
            let _ = opdracht.antwoord.send(uitkomst);
        }
    }
}

impl Db {
    /// Adds one row in the next group transaction and returns once it is committed (or, when the group failed,
    /// after writing it alone).
    pub async fn voeg_toe_in_groep(&self, rij: Rij) -> Result<(), sqlx::Error> {
        let Some(groep) = &self.groep else {
            return schrijf(self, &[&rij]).await;
        };
        let (antwoord, uitkomst) = oneshot::channel();
        let opdracht = Opdracht { rij, antwoord };
        match groep.tx.send(opdracht).await {
            Ok(()) => match uitkomst.await {
                Ok(Ok(())) => Ok(()),
                Ok(Err(rij)) => schrijf(self, &[&rij]).await,
                // The writer stopped with the row: it may or may not be in; a view is logged again next time.
                Err(_) => Err(sqlx::Error::WorkerCrashed),
            },
            Err(mpsc::error::SendError(opdracht)) => schrijf(self, &[&opdracht.rij]).await,
        }
    }
}
