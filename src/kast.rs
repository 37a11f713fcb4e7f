//! What an instance read, kept in its memory per key under the version it was read at: a case's folded steps
//! under the number of its last step ([`crate::zaken::gevouwen`]), a person's Mijn gegevens under their data
//! version ([`crate::mijn_gegevens::Overzichten`]). The database raises the version with every write that
//! changes what was read, on any instance; a reader reads the version first and takes the kept value only while
//! the version is the same. So the store never shows what is older than the database, and several instances
//! need nothing shared but the database.
//!
//! The store holds at most [`HOOGSTENS`] keys (each value a few kilobytes) and starts afresh when it is full:
//! simpler than evicting the least used, and a full store refills from the versions it reads anyway.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// At most this many keys are kept: some megabytes.
pub const HOOGSTENS: usize = 4_096;

/// A version as the database raises it.
pub type Versie = i64;

/// A kept value, with its version and when it was read.
type Vak<V> = (Versie, Instant, Arc<V>);

/// The values this instance read, per key, with the version each was read at.
pub struct Kast<V> {
    vakken: Mutex<HashMap<String, Vak<V>>>,
    /// When set, a value is read again after this long, whatever its version: for a version that a rare write
    /// can miss.
    hoogstens_oud: Option<Duration>,
}

impl<V> Default for Kast<V> {
    fn default() -> Self {
        Kast::new(None)
    }
}

impl<V> Kast<V> {
    pub fn new(hoogstens_oud: Option<Duration>) -> Self {
        Kast {
            vakken: Mutex::new(HashMap::new()),
            hoogstens_oud,
        }
    }

    fn vakken(&self) -> MutexGuard<'_, HashMap<String, Vak<V>>> {
        self.vakken.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How many keys are kept.
    pub fn aantal(&self) -> usize {
        self.vakken().len()
    }

    /// The value kept for `sleutel` at `versie`; none when it was read at another version or too long ago.
    pub fn bij(&self, sleutel: &str, versie: Versie) -> Option<Arc<V>> {
        self.vakken()
            .get(sleutel)
            .filter(|(bewaard, op, _)| {
                *bewaard == versie && self.hoogstens_oud.is_none_or(|oud| op.elapsed() < oud)
            })
            .map(|(_, _, waarde)| Arc::clone(waarde))
    }

    /// Keeps `waarde` for `sleutel`, read at `versie`.
    pub fn bewaar(&self, sleutel: &str, versie: Versie, waarde: &Arc<V>) {
        let mut vakken = self.vakken();
        if vakken.len() >= HOOGSTENS && !vakken.contains_key(sleutel) {
            vakken.clear();
        }
        vakken.insert(
            sleutel.to_owned(),
            (versie, Instant::now(), Arc::clone(waarde)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_kept_only_at_its_version() {
        let kast: Kast<&str> = Kast::default();
        kast.bewaar("a", 3, &Arc::new("drie"));
        assert_eq!(kast.bij("a", 3).as_deref(), Some(&"drie"));
        assert_eq!(kast.bij("a", 4), None);
        assert_eq!(kast.bij("b", 3), None);
        kast.bewaar("a", 4, &Arc::new("vier"));
        assert_eq!(kast.bij("a", 3), None);
        assert_eq!(kast.aantal(), 1);
    }

    #[test]
    fn a_full_store_starts_afresh_and_an_old_value_is_read_again() {
        let kast: Kast<usize> = Kast::default();
        for i in 0..HOOGSTENS {
            kast.bewaar(&i.to_string(), 0, &Arc::new(i));
        }
        assert_eq!(kast.aantal(), HOOGSTENS);
        kast.bewaar("0", 1, &Arc::new(0));
        assert_eq!(kast.aantal(), HOOGSTENS, "a key it holds is replaced");
        kast.bewaar("nieuw", 0, &Arc::new(0));
        assert_eq!(kast.aantal(), 1);
        let vers: Kast<usize> = Kast::new(Some(Duration::ZERO));
        vers.bewaar("a", 0, &Arc::new(1));
        assert_eq!(vers.bij("a", 0), None);
    }
}
