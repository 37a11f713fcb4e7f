//! The migrations, embedded in the binary by the build script, as a sqlx migration source.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;

use sqlx::SqlSafeStr;
use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/migrations.rs"));
}

/// The migrations of one backend: (version, description, SQL).
#[derive(Clone, Copy, Debug)]
pub struct Embedded(pub &'static [(i64, &'static str, &'static str)]);

pub const MIGRATIONS_SQLITE: Embedded = Embedded(embedded::SQLITE);
pub const MIGRATIONS_POSTGRES: Embedded = Embedded(embedded::POSTGRES);

impl Embedded {
    pub fn versions(&self) -> Vec<i64> {
        self.0.iter().map(|(v, _, _)| *v).collect()
    }
}

impl MigrationSource<'static> for Embedded {
    fn resolve(
        self,
    ) -> Pin<Box<dyn Future<Output = Result<Vec<Migration>, BoxDynError>> + Send + 'static>> {
        Box::pin(async move {
            Ok(self
                .0
                .iter()
                .map(|(version, description, sql)| {
                    Migration::new(
                        *version,
                        Cow::Borrowed(*description),
                        MigrationType::Simple,
                        (*sql).into_sql_str(),
                        false,
                    )
                })
                .collect())
        })
    }
}
