//! `loket backup PAD`: a consistent copy of the SQLite database while the portal runs, made by SQLite itself
//! (`VACUUM INTO`: one read transaction, so the copy is the database at one moment, without its log, and
//! compacted). The database is not migrated first: a backup taken before an upgrade is the database as the
//! old version left it. PostgreSQL is copied with its own tools (`pg_dump`), which this refuses to replace.

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, Instant};

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection};

use super::Backend;

/// A backup that was written.
#[derive(Debug)]
pub struct Kopie {
    pub pad: PathBuf,
    pub bytes: u64,
    pub duur: Duration,
}

impl std::fmt::Display for Kopie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "backup written to {}: {} bytes ({:.1} MB) in {:.2} s",
            self.pad.display(),
            self.bytes,
            self.bytes as f64 / 1_000_000.0,
            self.duur.as_secs_f64()
        )
    }
}

/// Copies the database at `url` to the new file `pad`. Refuses a file that exists (nothing is overwritten), a
/// database that does not exist, and PostgreSQL.
pub async fn backup(url: &str, pad: &Path) -> Result<Kopie, String> {
    match Backend::from_url(url) {
        Some(Backend::Sqlite) => {}
        Some(Backend::Postgres) => {
            return Err(
                "loket backup copies a SQLite database only. For PostgreSQL use its own tools while the \
                 portal runs: pg_dump -Fc -f loket.dump \"$DATABASE_URL\" (restore with pg_restore into a new, \
                 empty database)"
                    .to_owned(),
            );
        }
        None => return Err("DATABASE_URL must start with sqlite: or postgres:".to_owned()),
    }
    let begin = Instant::now();
    // Made here, empty, or refused when it exists: SQLite writes its copy into an empty file, and no check
    // before writing could race with another process making the same file.
    let mut nieuw = std::fs::OpenOptions::new();
    nieuw.write(true).create_new(true);
    // The copy holds everything the portal holds: readable by its owner only.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut nieuw, 0o600);
    match nieuw.open(pad) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(format!(
                "{} exists already; loket backup never overwrites a file: choose a new name",
                pad.display()
            ));
        }
        Err(e) => return Err(format!("cannot create {}: {e}", pad.display())),
    }
    let result = kopieer(url, pad).await;
    if let Err(e) = result {
        let _ = std::fs::remove_file(pad);
        return Err(e);
    }
    let bytes = std::fs::metadata(pad)
        .map_err(|e| format!("{}: {e}", pad.display()))?
        .len();
    Ok(Kopie {
        pad: pad.to_owned(),
        bytes,
        duur: begin.elapsed(),
    })
}

async fn kopieer(url: &str, pad: &Path) -> Result<(), String> {
    let doel = pad
        .to_str()
        .ok_or_else(|| format!("{} is not a path SQLite can take", pad.display()))?;
    // The database must exist: `mode=rwc` in DATABASE_URL would make an empty one.
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|e| format!("DATABASE_URL: {e}"))?
        .create_if_missing(false)
        .busy_timeout(Duration::from_secs(30));
    let mut conn = options
        .connect()
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    let copied = sqlx::query("VACUUM INTO $1")
        .bind(doel)
        .execute(&mut conn)
        .await
        .map_err(|e| format!("the copy failed: {e}"));
    let _ = conn.close().await;
    copied.map(|_| ())
}
