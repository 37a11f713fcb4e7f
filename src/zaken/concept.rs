//! Throwing a draft away, for every scheme. A draft is not a case yet (a case is born when it is sent): its
//! scheme removes its own rows, and [`wis`] what the kernel keeps under the draft's id, its documents (with
//! their bytes) and its access log, in the same transaction. A sent draft is a case and stays.
//!
//! The resident first answers "Weet u zeker ...?" with Ja or Nee ([`pagina`], [`keuze`]); an empty answer comes
//! back with the error, so nothing is lost by a stray post.

use maud::{Markup, html};
use serde::Deserialize;
use sqlx::AnyConnection;

use time::Date;

use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{datum, msg};
use crate::ui;

/// The name of the Ja/Nee question on the confirm page.
pub const VELD: &str = "verwijderen";

/// The query that tells the page after a delete to say so.
pub const VERWIJDERD: &str = "verwijderd=concept";

/// The posted answer, as typed.
#[derive(Debug, Default, Deserialize)]
pub struct Invoer {
    #[serde(default)]
    pub verwijderen: String,
}

/// What the person chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keuze {
    /// Throw the draft away.
    Ja,
    /// Keep it and go back.
    Nee,
}

/// The choice, or the error to show beside the question.
pub fn keuze(ctx: &Ctx, invoer: &Invoer) -> Result<Keuze, FieldErrors> {
    match invoer.verwijderen.as_str() {
        "ja" => Ok(Keuze::Ja),
        "nee" => Ok(Keuze::Nee),
        _ => {
            let mut fouten = FieldErrors::new();
            fouten.add(VELD, ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_KIES));
            Err(fouten)
        }
    }
}

/// Whether `id` is a case already (it was sent): then it is no draft to throw away.
pub async fn is_zaak(conn: &mut AnyConnection, id: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM zaken WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(n > 0)
}

/// Whether `tabel` holds the draft `id` whose `kolom` is `eigenaar` (status 'concept', and no case yet), read
/// inside the caller's write transaction that is about to throw it away. On PostgreSQL the row stays locked
/// until the transaction ends, so a send at the same moment waits and then finds nothing; SQLite's write
/// transaction already excludes every other writer.
pub async fn is_concept(
    conn: &mut AnyConnection,
    backend: crate::db::Backend,
    tabel: &'static str,
    kolom: &'static str,
    id: &str,
    eigenaar: &str,
) -> Result<bool, sqlx::Error> {
    let slot = match backend {
        crate::db::Backend::Postgres => " FOR UPDATE",
        crate::db::Backend::Sqlite => "",
    };
    let sql = format!("SELECT status FROM {tabel} WHERE id = $1 AND {kolom} = $2{slot}");
    let status: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(eigenaar)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(status.as_deref() == Some("concept") && !is_zaak(conn, id).await?)
}

/// Removes what the kernel keeps of the draft `id`, inside the caller's write transaction, after its scheme
/// removed its own rows: its documents and their bytes, and the access log of the draft. The caller made sure
/// that `id` is a draft ([`is_zaak`] is false).
pub async fn wis(conn: &mut AnyConnection, id: &str) -> Result<(), sqlx::Error> {
    for sql in [
        "DELETE FROM document_delen WHERE document_id IN (SELECT id FROM documenten WHERE zaak_id = $1)",
        "DELETE FROM documenten WHERE zaak_id = $1",
        "DELETE FROM toegangslog WHERE zaak_id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
    }
    Ok(())
}

/// The link on a draft's page to the confirm page at `href`.
pub fn link(ctx: &Ctx, href: &str) -> Markup {
    html! {
        p { a href=(href) { (ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_LINK)) } }
    }
}

/// The confirm page: which draft (of the scheme named by `begrip`, begun on `begonnen` where known), the question with Ja
/// and Nee, posted to `actie`; `terug` is the draft's page. With `fouten` (status 422) the question shows its
/// error and the summary.
pub fn pagina(
    ctx: &Ctx,
    begrip: Begrip,
    begonnen: Option<Date>,
    actie: &str,
    terug: &str,
    invoer: &Invoer,
    fouten: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    ui::Page::new(ctx, ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_TITEL))
        .back(terug, ctx.t(msg::UI_BACK_LINK))
        .errors(fouten)
        .render(html! {
            p {
                (begrippen::zin(ctx, msg::ZAAK_CONCEPT_VERWIJDER_WAT, &[], begrip))
                @if let Some(dag) = begonnen {
                    " " (ctx.tr.ta(msg::ZAAK_CONCEPT_VERWIJDER_BEGONNEN, &[("datum", datum(dag, ctx.lang()).into())]))
                }
            }
            p { (ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_GEVOLG)) }
            form method="post" action=(actie) novalidate {
                (ui::Field::new(VELD, ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_VRAAG))
                    .value(invoer.verwijderen.as_str())
                    .errors(fouten)
                    .radios(tr, &[
                        ui::Choice::new("ja", ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_JA)),
                        ui::Choice::new("nee", ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_NEE)),
                    ]))
                (ui::Button::primary(ctx.t(msg::ZAAK_CONCEPT_VERWIJDER_KNOP)))
            }
        })
}

/// The note on the page a person lands on after throwing a draft away (`?verwijderd=concept`).
pub fn verwijderd(ctx: &Ctx, getoond: bool) -> Markup {
    html! {
        @if getoond {
            (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! {
                p { (ctx.t(msg::ZAAK_CONCEPT_VERWIJDERD)) }
            }))
        }
    }
}

/// Whether the query of a page says a draft was just thrown away.
#[derive(Debug, Default, Deserialize)]
pub struct Na {
    #[serde(default)]
    pub verwijderd: Option<String>,
}

impl Na {
    pub fn verwijderd(&self) -> bool {
        self.verwijderd.as_deref() == Some("concept")
    }
}
