//! A figure computed once and kept in this instance's memory for a stated time, instead of being computed for
//! every visitor (the waiting time on `/melding`, the staff figures, the blijverslening's budget left).
//!
//! A kept figure is computed again when it is older than its `max_leeftijd`, or sooner once this instance
//! recorded something that changes it ([`Voorraad::vervuil`], called after the commit). Another instance's
//! changes show within `max_leeftijd`; pages say when the figure was computed. One visitor computes while
//! the others wait for that result (or, with [`Voorraad::lees_of_oud`], get the previous figure meanwhile):
//! never one computation per visitor.

use std::future::Future;
use std::sync::RwLock;
use std::sync::atomic::{AtomicBool, Ordering};

use time::{Duration, OffsetDateTime};

/// One kept figure.
pub struct Voorraad<T> {
    waarde: RwLock<Option<(T, OffsetDateTime)>>,
    vervuild: AtomicBool,
    beurt: tokio::sync::Mutex<()>,
    max_leeftijd: Duration,
}

impl<T: Clone> Voorraad<T> {
    /// An empty store whose figure holds for `max_leeftijd`.
    pub fn new(max_leeftijd: Duration) -> Voorraad<T> {
        Voorraad {
            waarde: RwLock::new(None),
            vervuild: AtomicBool::new(false),
            beurt: tokio::sync::Mutex::new(()),
            max_leeftijd,
        }
    }

    /// How long a figure holds.
    pub fn max_leeftijd(&self) -> Duration {
        self.max_leeftijd
    }

    /// Marks the figure as changed: the next reader computes it again.
    pub fn vervuil(&self) {
        self.vervuild.store(true, Ordering::SeqCst);
    }

    fn bewaard(&self) -> Option<(T, OffsetDateTime)> {
        self.waarde
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn vers(&self, nu: OffsetDateTime) -> Option<(T, OffsetDateTime)> {
        if self.vervuild.load(Ordering::SeqCst) {
            return None;
        }
        self.bewaard()
            .filter(|(_, op)| nu - *op < self.max_leeftijd && *op <= nu)
    }

    async fn bereken_nu<E, F, Fut>(
        &self,
        nu: OffsetDateTime,
        bereken: F,
    ) -> Result<(T, OffsetDateTime), E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        // Reset before computing: a change recorded meanwhile marks it again.
        self.vervuild.store(false, Ordering::SeqCst);
        match bereken().await {
            Ok(t) => {
                *self
                    .waarde
                    .write()
                    .unwrap_or_else(std::sync::PoisonError::into_inner) = Some((t.clone(), nu));
                Ok((t, nu))
            }
            Err(e) => {
                self.vervuild.store(true, Ordering::SeqCst);
                Err(e)
            }
        }
    }

    /// The figure and when it was computed: the kept one while it holds, else computed now (by one visitor;
    /// the others wait for it).
    pub async fn lees<E, F, Fut>(
        &self,
        nu: OffsetDateTime,
        bereken: F,
    ) -> Result<(T, OffsetDateTime), E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        if let Some(v) = self.vers(nu) {
            return Ok(v);
        }
        let _beurt = self.beurt.lock().await;
        if let Some(v) = self.vers(nu) {
            return Ok(v);
        }
        self.bereken_nu(nu, bereken).await
    }

    /// As [`Voorraad::lees`], but while one visitor computes a figure that no longer holds, the others get
    /// the previous one at once (for a figure that takes long to compute).
    pub async fn lees_of_oud<E, F, Fut>(
        &self,
        nu: OffsetDateTime,
        bereken: F,
    ) -> Result<(T, OffsetDateTime), E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        if let Some(v) = self.vers(nu) {
            return Ok(v);
        }
        let beurt = match self.beurt.try_lock() {
            Ok(beurt) => beurt,
            Err(_) => match self.bewaard() {
                Some(oud) => return Ok(oud),
                None => self.beurt.lock().await,
            },
        };
        if let Some(v) = self.vers(nu) {
            return Ok(v);
        }
        let uit = self.bereken_nu(nu, bereken).await;
        drop(beurt);
        uit
    }

    /// Computes the figure now, whatever its age (the background refresh).
    pub async fn ververs<E, F, Fut>(
        &self,
        nu: OffsetDateTime,
        bereken: F,
    ) -> Result<(T, OffsetDateTime), E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<T, E>>,
    {
        let _beurt = self.beurt.lock().await;
        self.bereken_nu(nu, bereken).await
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn kept_until_it_is_old_or_marked_changed() {
        let v: Voorraad<u32> = Voorraad::new(Duration::minutes(5));
        let t0 = OffsetDateTime::UNIX_EPOCH;
        let lees = |n: u32| async move { Ok::<_, ()>(n) };
        assert_eq!(v.lees(t0, || lees(1)).await.unwrap().0, 1);
        assert_eq!(
            v.lees(t0 + Duration::minutes(4), || lees(2))
                .await
                .unwrap()
                .0,
            1
        );
        assert_eq!(
            v.lees(t0 + Duration::minutes(5), || lees(3)).await.unwrap(),
            (3, t0 + Duration::minutes(5))
        );
        v.vervuil();
        assert_eq!(
            v.lees(t0 + Duration::minutes(5), || lees(4))
                .await
                .unwrap()
                .0,
            4
        );
        assert_eq!(
            v.lees_of_oud(t0 + Duration::minutes(6), || lees(5))
                .await
                .unwrap()
                .0,
            4
        );
        assert!(
            v.lees(t0 + Duration::minutes(20), || async { Err::<u32, ()>(()) })
                .await
                .is_err()
        );
        assert_eq!(
            v.lees(t0 + Duration::minutes(20), || lees(6))
                .await
                .unwrap()
                .0,
            6
        );
    }
}
