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

/// Writes a group in one transaction, so that one refusal spoils no other. A submission that is refused
/// before it writes (submitted before, a question open, answers changed) writes nothing. One whose reference
/// number turns out to be taken (of the melding or of its request for cliëntondersteuning) undoes the whole
/// transaction; the group is then written again without it, and its sender tries again with a new number. Such
/// a clash is rare, so a group costs one read and the writes of its submissions, with no savepoints.
async fn schrijf_groep(db: &Db, groep: &[Opdracht]) -> Result<Vec<Uitkomst>, sqlx::Error> {
    let mut botst = vec![false; groep.len()];
    loop {
        match poging(db, groep, &botst).await? {
            Ok(uitkomsten) => return Ok(uitkomsten),
            Err(k) => botst[k] = true,
        }
    }
}

/// One attempt at the group, leaving out the submissions marked in `botst`: the outcomes after the commit, or
/// the index of a submission whose reference clashed (the transaction is rolled back).
async fn poging(
    db: &Db,
    groep: &[Opdracht],
    botst: &[bool],
) -> Result<Result<Vec<Uitkomst>, usize>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let ids: Vec<(&str, &str)> = groep
        .iter()
        .zip(botst)
        .filter(|(_, b)| !**b)
        .map(|(o, _)| (o.indiening.id.as_str(), o.indiening.persoon_id.as_str()))
        .collect();
    let meldingen = repo::voor_wijziging_van(&mut tx, db.backend, &ids).await?;
    let mut uitkomsten = Vec::with_capacity(groep.len());
    for (k, Opdracht { indiening: i, .. }) in groep.iter().enumerate() {
        if botst[k] {
            uitkomsten.push(Uitkomst::Opnieuw);
            continue;
        }
        // A second click in the same group reads the melding as a draft too, and then finds it submitted by
        // the first: its update changes no row.
        let melding = meldingen.get(i.id.as_str()).cloned();
        match een(&mut tx, melding, i).await {
            Ok(uitkomst) => uitkomsten.push(uitkomst),
            Err(e) if crate::db::is_unique_violation(&e) => {
                tx.rollback().await?;
                return Ok(Err(k));
            }
            Err(e) => return Err(e),
        }
    }
    tx.commit().await?;
    Ok(Ok(uitkomsten))
}

async fn een(
    conn: &mut sqlx::AnyConnection,
    melding: Option<Melding>,
    i: &Indiening,
) -> Result<Uitkomst, sqlx::Error> {
    let Some(melding) = melding else {
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
