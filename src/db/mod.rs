//! Storage: one sqlx codebase for SQLite (the embedded default) and PostgreSQL (production), chosen by the URL.
//!
//! Both backends run the same SQL through sqlx's `Any` driver with `$1` placeholders. To keep that possible,
//! ids are text, moments are fixed-width RFC 3339 text in UTC (see [`ts`]), and flags and counts are BIGINT read
//! as `i64`. Migrations for both live under `migrations/<backend>/` with the same version numbers, embedded in
//! the binary by the build script.

pub mod backup;
pub mod bulk;
pub mod groep;
mod migrations;
pub mod versies;
pub mod voorraad;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Connection, Executor};
use time::OffsetDateTime;
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;

pub use migrations::{Embedded, MIGRATIONS_POSTGRES, MIGRATIONS_SQLITE};

/// Which database the portal talks to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// The connection pool and the backend it talks to.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// SQLite has one writer at a time. Writers of this process queue here, in order, rather than in SQLite's
    /// busy handler, which retries with growing sleeps: under load that turned a few requests into waits of
    /// hundreds of milliseconds.
    writer: Arc<tokio::sync::Mutex<()>>,
    /// Writes small independent rows in groups ([`groep`]); `None` on the group writer's own handle.
    groep: Option<groep::Groep>,
}

/// A write transaction; on SQLite it holds this process's turn to write until it ends.
pub struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::AnyConnection;
    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

/// A pooled connection that rested longer than this is tested before it is used ([`Db::connect`]).
const RUST_VOOR_TEST: Duration = Duration::from_secs(1);

impl Db {
    /// Connects, creating the SQLite file (and its folder) when needed, and runs the migrations.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Db, sqlx::Error> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url).ok_or_else(|| {
            sqlx::Error::Configuration("DATABASE_URL must start with sqlite: or postgres:".into())
        })?;
        if backend == Backend::Sqlite {
            create_sqlite_folder(url)?;
        }
        let options = AnyConnectOptions::from_str(url)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            // A PostgreSQL connection is tested with a round trip only when it has rested a while: one that a
            // restart or the network broke meanwhile is replaced before it fails a page. A busy pool's
            // connections come back within milliseconds; testing each of them would add a round trip to every
            // statement a page runs on the pool. (A SQLite connection is a file this process holds open.)
            .test_before_acquire(false)
            .before_acquire(move |conn, meta| {
                Box::pin(async move {
                    if backend == Backend::Postgres && meta.idle_for > RUST_VOOR_TEST {
                        conn.ping().await?;
                    }
                    Ok(true)
                })
            })
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Per connection: WAL lets readers and one writer work at once; FULL makes every commit
                        // durable, also on power loss; foreign keys are off by default in SQLite.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = FULL").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                        conn.execute("PRAGMA busy_timeout = 5000").await?;
                        conn.execute("PRAGMA mmap_size = 1073741824").await?;
                    } else {
                        // Every statement is prepared once per connection; PostgreSQL would still plan most of
                        // them again on each run (a custom plan for the values of that run), which cost more
                        // than running them on a year of data (1–2 ms for a list by ids, against 0.3 ms to
                        // run it). The statements' plans do not depend on their values: plan once.
                        conn.execute("SET plan_cache_mode = force_generic_plan")
                            .await?;
                    }
                    Ok(())
                })
            })
            // A transaction that failed can leave its connection believing it is still inside one: SQLite ends
            // a transaction by itself on a full disk or an I/O error, after which the driver's own rollback
            // fails and every later BEGIN on that connection is refused. Such a connection is closed here
            // instead of going back to the pool, so the next write gets a clean one.
            .after_release(|conn, _meta| {
                Box::pin(async move {
                    if !conn.is_in_transaction() {
                        return Ok(true);
                    }
                    // Runs the rollback the driver queued when the transaction was dropped; if the driver
                    // still counts a transaction after that, the connection cannot be trusted.
                    conn.ping().await?;
                    if conn.is_in_transaction() {
                        tracing::warn!("closing a database connection left inside a transaction");
                        return Ok(false);
                    }
                    Ok(true)
                })
            })
            .connect_with(options)
            .await?;
        let mut db = Db {
            pool,
            backend,
            writer: Arc::new(tokio::sync::Mutex::new(())),
            groep: None,
        };
        db.groep = Some(groep::Groep::start(db.clone()));
        db.migrate().await?;
        versies::herstel(&db).await?;
        Ok(db)
    }

    async fn migrate(&self) -> Result<(), sqlx::Error> {
        let source = match self.backend {
            Backend::Sqlite => MIGRATIONS_SQLITE,
            Backend::Postgres => MIGRATIONS_POSTGRES,
        };
        let migrator = sqlx::migrate::Migrator::new(source).await?;
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// Begins a transaction that will write. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`):
    /// a transaction that first reads and later writes could otherwise fail with "database is locked" when
    /// another writer commits in between, instead of waiting its turn.
    pub async fn begin_write(&self) -> Result<WriteTx, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => {
                let turn = self.write_turn().await;
                let tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
                Ok(WriteTx { tx, _turn: turn })
            }
            Backend::Postgres => Ok(WriteTx {
                tx: self.pool.begin().await?,
                _turn: None,
            }),
        }
    }

    /// Begins a transaction that only reads and sees one state of the database from its first read to its end,
    /// so that what a page or a download reads in several statements agrees. On PostgreSQL at `REPEATABLE
    /// READ` (its default, `READ COMMITTED`, takes a new snapshot for every statement); on SQLite a deferred
    /// transaction, whose first read fixes what it sees while others write (WAL).
    pub async fn begin_read(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin().await,
            Backend::Postgres => {
                self.pool
                    .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    .await
            }
        }
    }

    /// This process's turn to write on SQLite, for a single statement outside [`Db::begin_write`]; `None` on
    /// PostgreSQL, which has no single writer. Hold it until the statement has run.
    pub async fn write_turn(&self) -> Option<tokio::sync::OwnedMutexGuard<()>> {
        match self.backend {
            Backend::Sqlite => Some(self.writer.clone().lock_owned().await),
            Backend::Postgres => None,
        }
    }

    /// The versions of the migrations applied to this database, in order.
    pub async fn applied_versions(&self) -> Result<Vec<i64>, sqlx::Error> {
        sqlx::query_scalar("SELECT version FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&self.pool)
            .await
    }

    /// A cheap query that proves the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        sqlx::query("SELECT 1")
            .execute(&self.pool)
            .await
            .map(|_| ())
    }
}

fn create_sqlite_folder(url: &str) -> Result<(), sqlx::Error> {
    let path = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return Ok(());
    }
    if let Some(parent) = std::path::Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)?;
    }
    Ok(())
}

const TS_FORMAT: &[BorrowedFormatItem<'_>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:6]Z");

/// The placeholders `$vanaf, $vanaf+1, ...` for `n` values, for an `IN (...)` list.
pub fn plekken(vanaf: usize, n: usize) -> String {
    (vanaf..vanaf + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Binds a list of text values, in order, after those bound so far: the values of an `IN (…)` list whose
/// placeholders [`plekken`] wrote. For each of sqlx's query kinds, so that a caller writes
/// `sqlx::query(sql).bind(a).bind_alle(ids)` whatever it reads the rows into.
pub trait BindAlle<'q>: Sized {
    fn bind_alle<T: AsRef<str> + ?Sized + 'q>(
        self,
        waarden: impl IntoIterator<Item = &'q T>,
    ) -> Self;
}

/// The one implementation of [`BindAlle`], for each query kind.
macro_rules! bind_alle_voor {
    ($([$($generiek:ident)?] $soort:ty),+) => {$(
        impl<'q, $($generiek)?> BindAlle<'q> for $soort {
            fn bind_alle<T: AsRef<str> + ?Sized + 'q>(
                self,
                waarden: impl IntoIterator<Item = &'q T>,
            ) -> Self {
                waarden.into_iter().fold(self, |q, w| q.bind(w.as_ref()))
            }
        }
    )+};
}

bind_alle_voor!(
    [] sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    [O] sqlx::query::QueryAs<'q, sqlx::Any, O, sqlx::any::AnyArguments>,
    [O] sqlx::query::QueryScalar<'q, sqlx::Any, O, sqlx::any::AnyArguments>
);

/// `%text%` for `LIKE ... ESCAPE '\'`: the text anywhere in the value, with `\` escaping the wildcards
/// (`%`, `_`) and backslashes typed, so that they match themselves.
pub fn bevat(tekst: &str) -> String {
    let mut uit = String::from("%");
    for c in tekst.chars() {
        if matches!(c, '%' | '_' | '\\') {
            uit.push('\\');
        }
        uit.push(c);
    }
    uit.push('%');
    uit
}

/// A moment as stored: UTC, fixed width, so that comparing text compares time.
pub fn ts(moment: OffsetDateTime) -> String {
    moment
        .to_offset(time::UtcOffset::UTC)
        .format(TS_FORMAT)
        .unwrap_or_default()
}

/// Reads a stored moment back.
pub fn parse_ts(text: &str) -> Option<OffsetDateTime> {
    time::PrimitiveDateTime::parse(text, TS_FORMAT)
        .ok()
        .map(|p| p.assume_utc())
}

const DATE_FORMAT: &[BorrowedFormatItem<'_>] = format_description!("[year]-[month]-[day]");

/// A calendar date as stored: `2026-12-01`.
pub fn date(day: time::Date) -> String {
    day.format(DATE_FORMAT).unwrap_or_default()
}

/// Reads a stored date back.
pub fn parse_date(text: &str) -> Option<time::Date> {
    time::Date::parse(text, DATE_FORMAT).ok()
}

/// A stored value that does not read back as what it should be: an error naming the column, never a default
/// in its place (a moment that does not parse is not the Unix epoch; an unknown type is not PDF).
pub fn unreadable(column: &str, value: &str) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: column.to_owned(),
        source: format!("{value:?} is not a value this column holds").into(),
    }
}

/// A moment column, read back ([`ts`]'s format).
pub fn moment(row: &sqlx::any::AnyRow, column: &str) -> Result<OffsetDateTime, sqlx::Error> {
    use sqlx::Row;
    let text: String = row.try_get(column)?;
    parse_ts(&text).ok_or_else(|| unreadable(column, &text))
}

/// A day column that may be empty, read back ([`date`]'s format).
pub fn date_opt(row: &sqlx::any::AnyRow, column: &str) -> Result<Option<time::Date>, sqlx::Error> {
    use sqlx::Row;
    match row.try_get::<Option<String>, _>(column)? {
        None => Ok(None),
        Some(text) => parse_date(&text)
            .map(Some)
            .ok_or_else(|| unreadable(column, &text)),
    }
}

/// A moment column that may be empty, read back.
pub fn moment_opt(
    row: &sqlx::any::AnyRow,
    column: &str,
) -> Result<Option<OffsetDateTime>, sqlx::Error> {
    use sqlx::Row;
    match row.try_get::<Option<String>, _>(column)? {
        None => Ok(None),
        Some(text) => parse_ts(&text)
            .map(Some)
            .ok_or_else(|| unreadable(column, &text)),
    }
}

/// Whether an error is likely to pass by itself (a full disk, a database that restarts or is busy, a lost
/// connection): the person may try again in a moment, and nothing they sent was kept.
pub fn is_temporary(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(e) => {
            let code = e.code().unwrap_or_default();
            if e.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                // The primary result code is the low byte of the extended one: BUSY, LOCKED, NOMEM, IOERR,
                // FULL, CANTOPEN.
                code.parse::<i64>()
                    .is_ok_and(|extended| matches!(extended & 0xff, 5 | 6 | 7 | 10 | 13 | 14))
            } else {
                // PostgreSQL's SQLSTATE: connection exceptions, insufficient resources (a full disk), operator
                // intervention (a restart), serialization failures and deadlocks, a lock not available.
                ["08", "53", "57P", "40"]
                    .iter()
                    .any(|c| code.starts_with(c))
                    || code == "55P03"
            }
        }
        _ => false,
    }
}

/// Whether an error is a violation of a unique constraint (on either backend).
pub fn is_unique_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_unique_violation())
}

/// A row that another row still points at.
pub fn is_foreign_key_violation(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if e.is_foreign_key_violation())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn moments_round_trip_and_sort_as_text() {
        let a = datetime!(2026-03-01 09:05:00.25 UTC);
        let b = datetime!(2026-11-22 23:59:59 +01:00);
        assert_eq!(ts(a), "2026-03-01T09:05:00.250000Z");
        assert_eq!(parse_ts(&ts(a)), Some(a));
        assert_eq!(parse_ts(&ts(b)), Some(b));
        assert!(ts(a) < ts(b));
    }

    #[test]
    fn backend_from_url() {
        assert_eq!(
            Backend::from_url("sqlite://data/loket.db?mode=rwc"),
            Some(Backend::Sqlite)
        );
        assert_eq!(
            Backend::from_url("postgres://postgres@127.0.0.1/loket"),
            Some(Backend::Postgres)
        );
        assert_eq!(Backend::from_url("mysql://x"), None);
    }
}
