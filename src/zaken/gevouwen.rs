//! Wmo cases folded from their steps, kept in this instance's memory by the number of the case's last step
//! (`zaken.laatste_volgnummer`), so that a page listing cases (a cliëntondersteuner's clients, a resident's Mijn
//! loket) reads the steps only of the cases that moved on since this instance folded them.
//!
//! Nothing goes stale: every step raises the case's number in the transaction that records it (on any
//! instance), and a page reads the numbers with its cases, so a kept fold is used only while its case has no
//! newer step. A fold holds the case's steps alone: a page that shows the bezwaar reads that itself. The store
//! ([`Kast`]) holds 4,096 cases: the clients of some tens of cliëntondersteuners, or the cases of a thousand or
//! more residents who opened Mijn loket; when it is full it starts afresh, and the next visits read their steps
//! again.

use std::collections::HashMap;
use std::sync::Arc;

use super::domain::Zaak;
use super::repo;
use crate::kast::Kast;

/// The folds this instance keeps, each under the number of its case's last step.
#[derive(Default)]
pub struct Gevouwen(Kast<Zaak>);

impl Gevouwen {
    /// How many cases are kept.
    pub fn aantal(&self) -> usize {
        self.0.aantal()
    }

    /// The Wmo cases `standen` (a case's id with the number of its last step, as the page read it) folded
    /// from their steps: the kept fold of a case whose number did not move, the others read in one query and
    /// kept.
    pub async fn zaken<'e>(
        &self,
        db: impl sqlx::Executor<'e, Database = sqlx::Any>,
        standen: &[(String, i64)],
    ) -> Result<HashMap<String, Arc<Zaak>>, sqlx::Error> {
        let mut uit = HashMap::with_capacity(standen.len());
        let mut lezen: Vec<(&str, i64)> = Vec::new();
        for (id, stand) in standen {
            match self.0.bij(id, *stand) {
                Some(zaak) => {
                    uit.insert(id.clone(), zaak);
                }
                None => lezen.push((id, *stand)),
            }
        }
        if lezen.is_empty() {
            return Ok(uit);
        }
        let ids: Vec<&str> = lezen.iter().map(|(id, _)| *id).collect();
        let mut stappen: HashMap<String, (i64, Vec<_>)> = HashMap::new();
        for (id, stand, stap) in repo::stappen_van_ids(db, &ids).await? {
            stappen
                .entry(id)
                .or_insert_with(|| (stand, Vec::new()))
                .1
                .push(stap);
        }
        for (id, gelezen) in lezen {
            // A case without steps of its scheme is kept at the number the page read: any later step of its
            // scheme raises that number.
            let (stand, stappen) = stappen.remove(id).unwrap_or((gelezen, Vec::new()));
            let zaak = Arc::new(Zaak::uit(stappen, super::dag));
            self.0.bewaar(id, stand, &zaak);
            uit.insert(id.to_owned(), zaak);
        }
        Ok(uit)
    }
}
