//! A resident closes their own account (AVG art. 17). Without cases it is removed for good, with its drafts,
//! its sign-in links, its mail and its sessions. With cases the municipality must keep those for their retention
//! period (Archiefwet 1995; the profile's `[bewaren]`): the account is then closed for new work, and its owner
//! can still read their cases and open it again.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use maud::{Markup, html};
use serde::Deserialize;
use sqlx::AnyConnection;
use time::OffsetDateTime;

use crate::auth::{IetsBekijken, Mag, Namens, Rol};
use crate::db;
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::i18n::{datum, msg};
use crate::ui;

/// Where the account stands.
enum Stand {
    /// Open, without cases: it can be removed.
    Leeg,
    /// Open, with this many cases that must be kept.
    MetZaken(i64),
    /// Closed for new work since then.
    Gesloten(OffsetDateTime),
}

/// How many records the municipality keeps for this person: cases of every scheme, requests for
/// cliëntondersteuning, machtigingen given or held, and memberships of an initiative.
async fn zaken(conn: &mut AnyConnection, persoon_id: &str) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM zaken WHERE eigenaar_id = $1) \
         + (SELECT COUNT(*) FROM clientondersteuning_verzoeken WHERE persoon_id = $1) \
         + (SELECT COUNT(*) FROM machtigingen WHERE inwoner_id = $1 OR helper_id = $1) \
         + (SELECT COUNT(*) FROM initiatief_leden l JOIN personen p ON p.id = $1 WHERE l.email = p.email)",
    )
    .bind(persoon_id)
    .fetch_one(&mut *conn)
    .await
}

async fn stand(conn: &mut AnyConnection, persoon_id: &str) -> Result<Stand, sqlx::Error> {
    if let Some(op) = crate::auth::repo::gesloten_op(&mut *conn, persoon_id).await? {
        return Ok(Stand::Gesloten(op));
    }
    Ok(match zaken(conn, persoon_id).await? {
        0 => Stand::Leeg,
        n => Stand::MetZaken(n),
    })
}

/// Only a resident, for their own account: a helper never closes the account of the person they help, and
/// staff accounts are the beheerder's.
fn eigen(namens: &Namens) -> AppResult<()> {
    if namens.is_zelf() && namens.wie.rol == Rol::Inwoner {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Invoer {
    zeker: String,
    /// What the page offered: `wissen`, `sluiten` or `openen`. A second click finds the account changed
    /// already and changes nothing more.
    actie: String,
}

impl Stand {
    fn actie(&self) -> &'static str {
        match self {
            Stand::Leeg => "wissen",
            Stand::MetZaken(_) => "sluiten",
            Stand::Gesloten(_) => "openen",
        }
    }
}

/// `GET /mijn-loket/account`.
pub async fn pagina(ctx: Ctx, Mag(namens, _): Mag<IetsBekijken>) -> AppResult<Response> {
    eigen(&namens)?;
    let mut conn = ctx.app.db.pool.acquire().await?;
    let stand = stand(&mut conn, &namens.wie.id).await?;
    Ok(view(&ctx, &stand, &FieldErrors::new()).into_response())
}

/// `POST /mijn-loket/account`: after "Ja": removed, closed or opened again, as the account stands; "Nee" goes
/// back to Mijn loket; no answer asks again (422).
pub async fn wijzigen(
    ctx: Ctx,
    Mag(namens, _): Mag<IetsBekijken>,
    Form(invoer): Form<Invoer>,
) -> AppResult<Response> {
    eigen(&namens)?;
    let app = &ctx.app;
    let now = app.clock.now();
    match invoer.zeker.as_str() {
        "nee" => return Ok(see_other("/mijn-loket")),
        "ja" => {}
        _ => {
            let mut conn = app.db.pool.acquire().await?;
            let stand = stand(&mut conn, &namens.wie.id).await?;
            let mut errors = FieldErrors::new();
            errors.add("zeker", ctx.t(msg::MIJN_LOKET_ACCOUNT_FOUT_KIES));
            return Ok((
                StatusCode::UNPROCESSABLE_ENTITY,
                view(&ctx, &stand, &errors),
            )
                .into_response());
        }
    }
    let id = namens.wie.id.as_str();
    let mut tx = app.db.begin_write().await?;
    // Read in the write transaction: a case sent from another tab meanwhile is counted.
    let stand = stand(&mut tx, id).await?;
    if stand.actie() != invoer.actie {
        // The account changed since the page was shown (a double click): the page as it is now.
        tx.rollback().await?;
        return Ok(see_other("/mijn-loket/account"));
    }
    let naar = match stand {
        Stand::Gesloten(_) => {
            crate::auth::repo::zet_gesloten(&mut tx, id, None).await?;
            "/mijn-loket?account=open"
        }
        Stand::MetZaken(_) => {
            crate::auth::repo::zet_gesloten(&mut tx, id, Some(now)).await?;
            "/mijn-loket?account=gesloten"
        }
        Stand::Leeg => {
            if wis(&mut tx, app.db.backend, id, &namens.wie.email).await? {
                "/uitgelogd?account=opgeheven"
            } else {
                // A record the municipality keeps still names the person: their drafts and data are gone, the
                // account itself stays closed for its period.
                crate::auth::repo::zet_gesloten(&mut tx, id, Some(now)).await?;
                "/mijn-loket?account=gesloten"
            }
        }
    };
    tx.commit().await?;
    Ok(see_other(naar))
}

/// Removes an account without cases for good: its drafts (with their documents), its supports, its kept forms,
/// its own log, its links to DigiD, its sign-in links, its mail and its sessions, and then the person. `false`
/// when a record the municipality keeps still names the person: then everything but the person is gone.
async fn wis(
    conn: &mut AnyConnection,
    backend: db::Backend,
    id: &str,
    email: &str,
) -> Result<bool, sqlx::Error> {
    for (tabel, kolom) in [
        ("meldingen", "persoon_id"),
        ("blijverslening_aanvragen", "inwoner_id"),
        ("kindpakket_aanvragen", "persoon_id"),
    ] {
        let ids: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT id FROM {tabel} WHERE {kolom} = $1"
        )))
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        for concept in ids {
            match tabel {
                "meldingen" => {
                    crate::meldingen::repo::verwijder_concept(conn, backend, &concept, id).await?
                }
                "blijverslening_aanvragen" => {
                    crate::blijverslening::repo::verwijder_concept(conn, backend, &concept, id)
                        .await?
                }
                _ => {
                    crate::kindpakket::repo::verwijder_concept(conn, backend, &concept, id).await?
                }
            };
        }
    }
    for sql in [
        "DELETE FROM uitdaag_steun WHERE persoon_id = $1",
        "DELETE FROM gegevens_log WHERE persoon_id = $1",
        "DELETE FROM bewaarde_formulieren WHERE persoon_id = $1",
        "DELETE FROM koppelingen WHERE persoon_id = $1",
        "DELETE FROM inlogpogingen WHERE persoon_id = $1",
        "DELETE FROM sign_in_links WHERE voor_persoon_id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
    }
    for sql in [
        "DELETE FROM sign_in_links WHERE email = $1",
        "DELETE FROM outbox WHERE recipient = $1",
    ] {
        sqlx::query(sql).bind(email).execute(&mut *conn).await?;
    }
    crate::auth::repo::verwijder_persoon(conn, id).await
}

fn view(ctx: &Ctx, stand: &Stand, errors: &FieldErrors) -> Markup {
    let tr = &ctx.tr;
    let (titel, knop) = match stand {
        Stand::Gesloten(_) => (
            msg::MIJN_LOKET_ACCOUNT_OPENEN_TITEL,
            msg::MIJN_LOKET_ACCOUNT_OPENEN_VRAAG,
        ),
        Stand::MetZaken(_) => (
            msg::MIJN_LOKET_ACCOUNT_SLUITEN_TITEL,
            msg::MIJN_LOKET_ACCOUNT_SLUITEN_VRAAG,
        ),
        Stand::Leeg => (
            msg::MIJN_LOKET_ACCOUNT_WISSEN_TITEL,
            msg::MIJN_LOKET_ACCOUNT_WISSEN_VRAAG,
        ),
    };
    let keuzes = [
        ui::Choice::new("ja", tr.t(msg::MIJN_LOKET_ACCOUNT_JA)),
        ui::Choice::new("nee", tr.t(msg::MIJN_LOKET_ACCOUNT_NEE)),
    ];
    ui::Page::new(ctx, tr.t(titel))
        .back("/mijn-loket", tr.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            @match stand {
                Stand::Gesloten(op) => {
                    p { (tr.ta(msg::MIJN_LOKET_ACCOUNT_GESLOTEN_SINDS, &[("datum", datum(crate::clock::amsterdam(*op).date(), ctx.lang()).into())])) }
                    p { (tr.t(msg::MIJN_LOKET_ACCOUNT_OPENEN_UITLEG)) }
                }
                Stand::MetZaken(n) => {
                    p { (tr.ta(msg::MIJN_LOKET_ACCOUNT_ZAKEN, &[("aantal", (*n).into())])) }
                    p { (tr.t(msg::MIJN_LOKET_ACCOUNT_BEWAREN)) }
                    p { a href="/privacy" { (tr.t(msg::MIJN_LOKET_ACCOUNT_TERMIJNEN)) } }
                    p { (tr.t(msg::MIJN_LOKET_ACCOUNT_SLUITEN_UITLEG)) }
                }
                Stand::Leeg => {
                    p { (tr.t(msg::MIJN_LOKET_ACCOUNT_GEEN_ZAKEN)) }
                    p { (tr.t(msg::MIJN_LOKET_ACCOUNT_WISSEN_UITLEG)) }
                }
            }
            form method="post" action="/mijn-loket/account" novalidate {
                input type="hidden" name="actie" value=(stand.actie());
                (ui::Field::new("zeker", tr.t(knop)).errors(errors).radios(tr, &keuzes))
                (ui::Button::primary(tr.t(msg::MIJN_LOKET_ACCOUNT_KNOP)))
            }
        })
}

/// On Mijn loket: a closed account says so at the top, with the way to open it again; an open one links to the
/// page to close it at the bottom.
pub fn blok(ctx: &Ctx, gesloten: Option<OffsetDateTime>) -> (Markup, Markup) {
    let tr = &ctx.tr;
    match gesloten {
        Some(op) => (
            ui::notification_banner(
                tr,
                ui::Notice::Info,
                html! {
                    p { (tr.ta(msg::MIJN_LOKET_ACCOUNT_GESLOTEN_SINDS, &[("datum", datum(crate::clock::amsterdam(op).date(), ctx.lang()).into())])) }
                    p { a href="/mijn-loket/account" { (tr.t(msg::MIJN_LOKET_ACCOUNT_OPENEN_LINK)) } }
                },
            ),
            html! {},
        ),
        None => (
            html! {},
            html! {
                h2 { (tr.t(msg::MIJN_LOKET_ACCOUNT_TITEL)) }
                p { a href="/mijn-loket/account" { (tr.t(msg::MIJN_LOKET_ACCOUNT_LINK)) } }
            },
        ),
    }
}
