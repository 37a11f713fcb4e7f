//! Rows written many at a time: one `INSERT … VALUES (…), (…)` statement for as many rows as the backend's
//! limit on bound parameters allows (SQLite 32766, PostgreSQL 65535), so that loading a large data set
//! (`loket demo --schaal stad`) takes minutes instead of hours. The caller gives the statement's head with its
//! columns, ending in `VALUES`; the placeholders are added here.

use sqlx::AnyConnection;

use super::Backend;

/// One bound value. A NULL keeps its type: PostgreSQL refuses a text NULL in a BIGINT column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Waarde {
    Tekst(Option<String>),
    Getal(Option<i64>),
    Bytes(Vec<u8>),
}

impl From<&str> for Waarde {
    fn from(t: &str) -> Waarde {
        Waarde::Tekst(Some(t.to_owned()))
    }
}

impl From<String> for Waarde {
    fn from(t: String) -> Waarde {
        Waarde::Tekst(Some(t))
    }
}

impl From<&String> for Waarde {
    fn from(t: &String) -> Waarde {
        Waarde::Tekst(Some(t.clone()))
    }
}

impl From<Option<String>> for Waarde {
    fn from(t: Option<String>) -> Waarde {
        Waarde::Tekst(t)
    }
}

impl From<Option<&str>> for Waarde {
    fn from(t: Option<&str>) -> Waarde {
        Waarde::Tekst(t.map(str::to_owned))
    }
}

impl From<i64> for Waarde {
    fn from(n: i64) -> Waarde {
        Waarde::Getal(Some(n))
    }
}

impl From<Option<i64>> for Waarde {
    fn from(n: Option<i64>) -> Waarde {
        Waarde::Getal(n)
    }
}

impl From<bool> for Waarde {
    fn from(b: bool) -> Waarde {
        Waarde::Getal(Some(i64::from(b)))
    }
}

impl From<Vec<u8>> for Waarde {
    fn from(b: Vec<u8>) -> Waarde {
        Waarde::Bytes(b)
    }
}

/// The most parameters one statement may bind.
pub fn max_parameters(backend: Backend) -> usize {
    match backend {
        Backend::Sqlite => 32_766,
        Backend::Postgres => 65_535,
    }
}

/// Inserts `waarden`, row after row of `breedte` values each, with the statement head `kop`
/// (`INSERT INTO t (a, b) VALUES`), inside the caller's transaction. Rows go in statements of at most
/// `max_rijen` rows and the backend's parameter limit. Returns the number of rows written.
pub async fn voeg_in(
    conn: &mut AnyConnection,
    backend: Backend,
    kop: &str,
    breedte: usize,
    waarden: &[Waarde],
    max_rijen: usize,
) -> Result<u64, sqlx::Error> {
    if breedte == 0 || waarden.is_empty() {
        return Ok(0);
    }
    if !waarden.len().is_multiple_of(breedte) {
        return Err(sqlx::Error::Protocol(format!(
            "{} values do not make rows of {breedte}",
            waarden.len()
        )));
    }
    let per = (max_parameters(backend) / breedte).clamp(1, max_rijen.max(1));
    let mut geschreven = 0;
    for blok in waarden.chunks(per * breedte) {
        let rijen = blok.len() / breedte;
        let mut sql = String::with_capacity(kop.len() + rijen * breedte * 7);
        sql.push_str(kop);
        let mut n = 0;
        for r in 0..rijen {
            sql.push_str(if r == 0 { " (" } else { ", (" });
            for k in 0..breedte {
                n += 1;
                if k > 0 {
                    sql.push_str(", ");
                }
                sql.push('$');
                sql.push_str(&n.to_string());
            }
            sql.push(')');
        }
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for w in blok {
            q = match w {
                Waarde::Tekst(t) => q.bind(t.clone()),
                Waarde::Getal(g) => q.bind(*g),
                Waarde::Bytes(b) => q.bind(b.clone()),
            };
        }
        geschreven += q.execute(&mut *conn).await?.rows_affected();
    }
    Ok(geschreven)
}
