//! Migration 37's triggers, which raise a person's data version (`personen.gegevens_versie`) with every write to
//! a row of theirs, taken off for a bulk load into a new database and put back after it (`loket demo --schaal
//! stad`): a database without pages kept under any version needs no raises, and they would be one for each of
//! a million rows. Taking them off is recorded in the database, in the same transaction: on SQLite, which can
//! only drop a trigger, each one's statement waits in a table ([`WACHTEND`]); on PostgreSQL a disabled trigger
//! says so itself. A load cut off (a crash, Ctrl-C) therefore loses nothing: [`aan`] puts back whatever is off,
//! at the end of the load and whenever the portal or a command opens the database ([`herstel`], from
//! [`Db::connect`]).

use super::{Backend, Db, WriteTx};

/// The triggers' names: `…_gegevens`, `…_gegevens_insert` and the like. Migration 34's triggers, which keep
/// `machtigingen.inwoner_naam` itself, do not match.
const PATROON: &str = "%\\_gegevens%";

/// On SQLite: the dropped triggers' own `CREATE TRIGGER` statements, by name, until they are put back.
const WACHTEND: &str = "versie_triggers_uit";

/// Takes the triggers off, in the caller's transaction. Returns how many.
pub async fn uit(tx: &mut WriteTx, backend: Backend) -> Result<usize, sqlx::Error> {
    let mut n = 0;
    match backend {
        Backend::Sqlite => {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "CREATE TABLE {WACHTEND} (naam TEXT PRIMARY KEY, sql TEXT NOT NULL)"
            )))
            .execute(&mut **tx)
            .await?;
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO {WACHTEND} (naam, sql) SELECT name, sql FROM sqlite_master \
                 WHERE type = 'trigger' AND name LIKE $1 ESCAPE '\\'"
            )))
            .bind(PATROON)
            .execute(&mut **tx)
            .await?;
            let namen: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT naam FROM {WACHTEND} ORDER BY naam"
            )))
            .fetch_all(&mut **tx)
            .await?;
            for naam in namen {
                sqlx::query(sqlx::AssertSqlSafe(format!("DROP TRIGGER \"{naam}\"")))
                    .execute(&mut **tx)
                    .await?;
                n += 1;
            }
        }
        Backend::Postgres => {
            for (tabel, naam) in postgres(tx, false).await? {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "ALTER TABLE \"{tabel}\" DISABLE TRIGGER \"{naam}\""
                )))
                .execute(&mut **tx)
                .await?;
                n += 1;
            }
        }
    }
    Ok(n)
}

/// Puts back every trigger that [`uit`] took off, in the caller's transaction. Returns how many.
pub async fn aan(tx: &mut WriteTx, backend: Backend) -> Result<usize, sqlx::Error> {
    let mut n = 0;
    match backend {
        Backend::Sqlite => {
            if !wacht_sqlite(&mut **tx).await? {
                return Ok(0);
            }
            let wachtend: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                "SELECT sql FROM {WACHTEND} ORDER BY naam"
            )))
            .fetch_all(&mut **tx)
            .await?;
            for sql in wachtend {
                sqlx::query(sqlx::AssertSqlSafe(sql))
                    .execute(&mut **tx)
                    .await?;
                n += 1;
            }
            sqlx::query(sqlx::AssertSqlSafe(format!("DROP TABLE {WACHTEND}")))
                .execute(&mut **tx)
                .await?;
        }
        Backend::Postgres => {
            for (tabel, naam) in postgres(tx, true).await? {
                sqlx::query(sqlx::AssertSqlSafe(format!(
                    "ALTER TABLE \"{tabel}\" ENABLE TRIGGER \"{naam}\""
                )))
                .execute(&mut **tx)
                .await?;
                n += 1;
            }
        }
    }
    Ok(n)
}

/// At the portal's start: puts back what a load cut off left off, and says so. Reads first, so that a start
/// with nothing to do takes no write lock.
pub async fn herstel(db: &Db) -> Result<(), sqlx::Error> {
    let iets = match db.backend {
        Backend::Sqlite => wacht_sqlite(&db.pool).await?,
        Backend::Postgres => {
            let mut conn = db.pool.acquire().await?;
            !postgres(&mut conn, true).await?.is_empty()
        }
    };
    if iets {
        let mut tx = db.begin_write().await?;
        let n = aan(&mut tx, db.backend).await?;
        tx.commit().await?;
        tracing::warn!(
            triggers = n,
            "put back the data-version triggers a cut-off load had taken off"
        );
    }
    Ok(())
}

/// Whether SQLite has triggers waiting to be put back.
async fn wacht_sqlite<'e>(
    db: impl sqlx::Executor<'e, Database = sqlx::Any>,
) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1")
            .bind(WACHTEND)
            .fetch_one(db)
            .await?;
    Ok(n > 0)
}

/// PostgreSQL's triggers of the pattern, as (table, trigger): the disabled ones, or the enabled ones.
async fn postgres(
    conn: &mut sqlx::AnyConnection,
    uitgeschakeld: bool,
) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.relname::text, t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid \
         WHERE NOT t.tgisinternal AND t.tgname LIKE $1 AND pg_table_is_visible(c.oid) \
         AND (t.tgenabled = 'D') = $2 ORDER BY t.tgname",
    )
    .bind(PATROON)
    .bind(uitgeschakeld)
    .fetch_all(conn)
    .await
}
