//! The hold on a case: while a case is under bezwaar, in court, or otherwise still needed, staff put a hold on it
//! and the retention job never deletes it. Setting and lifting ask for a reason, and both are in the access log.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use maud::{Markup, html};
use serde::Deserialize;
use time::OffsetDateTime;

use super::{kern, poort, toegang};
use crate::auth::Medewerker;
use crate::db;
use crate::error::AppResult;
use crate::form::FieldErrors;
use crate::http::{Ctx, see_other};
use crate::i18n::{datum, msg};
use crate::ids::ZaakId;
use crate::ui;

/// The access-log entries of setting and lifting a hold ([`super::toegang::is_kern`]: every scheme reads them).
pub const IN_LOG_AAN: &str = "bewaarstop aan";
pub const IN_LOG_UIT: &str = "bewaarstop uit";

/// The most characters a reason may have.
const REDEN_MAX: usize = 500;

/// The hold of a case, if it has one: the reason and since when.
pub async fn stand(
    pool: &sqlx::Pool<sqlx::Any>,
    id: &ZaakId,
) -> Result<Option<(String, OffsetDateTime)>, sqlx::Error> {
    let rij: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT bewaarstop, bewaarstop_op FROM zaken WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?;
    Ok(match rij {
        Some((Some(reden), Some(op))) => db::parse_ts(&op).map(|op| (reden, op)),
        _ => None,
    })
}

/// On every staff page of a case: the hold as it stands, with the form to set or lift it.
pub async fn blok(ctx: &Ctx, id: &ZaakId) -> AppResult<Markup> {
    let stop = stand(&ctx.app.db.pool, id).await?;
    Ok(formulier(ctx, id, stop.as_ref(), "", &FieldErrors::new()))
}

fn formulier(
    ctx: &Ctx,
    id: &ZaakId,
    stop: Option<&(String, OffsetDateTime)>,
    reden: &str,
    errors: &FieldErrors,
) -> Markup {
    html! {
        section aria-labelledby="bewaarstop" {
            h2 id="bewaarstop" { (ctx.t(msg::BEWAREN_STOP_TITEL)) }
            @match stop {
                Some((waarom, op)) => {
                    p { (ctx.tr.ta(msg::BEWAREN_STOP_AAN, &[("datum", datum(crate::clock::amsterdam(*op).date(), ctx.lang()).into())])) }
                    (ui::van_gemeente(&ctx.tr, waarom))
                }
                None => p { (ctx.t(msg::BEWAREN_STOP_UIT)) },
            }
            form method="post" action={ "/medewerker/zaak/" (id) "/bewaarstop" } novalidate {
                input type="hidden" name="actie" value=(if stop.is_some() { "uit" } else { "aan" });
                (ui::Field::new("bewaarstop_reden", ctx.t(if stop.is_some() { msg::BEWAREN_STOP_REDEN_UIT } else { msg::BEWAREN_STOP_REDEN_AAN }))
                    .hint(ctx.t(msg::BEWAREN_STOP_REDEN_HINT)).value(reden).errors(errors).textarea(&ctx.tr, 2, Some(REDEN_MAX as u32)))
                (ui::Button::secondary(ctx.t(if stop.is_some() { msg::BEWAREN_STOP_KNOP_UIT } else { msg::BEWAREN_STOP_KNOP_AAN })))
            }
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Invoer {
    actie: String,
    bewaarstop_reden: String,
}

/// `POST /medewerker/zaak/{id}/bewaarstop`: sets or lifts the hold, with a reason, logged. Behind the same
/// gate as the case's pages.
pub async fn zetten(
    Medewerker(ik): Medewerker,
    ctx: Ctx,
    Path(id): Path<ZaakId>,
    Form(invoer): Form<Invoer>,
) -> AppResult<Response> {
    let app = &ctx.app;
    let zaak = poort::zaak(app, &id).await?;
    let pad = kern::staf_pad(zaak.regeling, zaak.id.as_str());
    // Not opened today: the case page asks why first, as for every change.
    if !poort::mag_zien(app, &ik, &zaak).await? {
        return Ok(see_other(&pad));
    }
    let reden = invoer.bewaarstop_reden.trim();
    let aan = invoer.actie == "aan";
    let mut errors = FieldErrors::new();
    if reden.is_empty() {
        errors.add("bewaarstop_reden", ctx.t(msg::BEWAREN_STOP_FOUT_LEEG));
    } else if reden.chars().count() > REDEN_MAX {
        errors.add(
            "bewaarstop_reden",
            ctx.tr
                .ta(msg::BEWAREN_STOP_FOUT_LANG, &[("max", REDEN_MAX.into())]),
        );
    }
    if !errors.is_empty() {
        let stop = stand(&app.db.pool, &id).await?;
        let page = ui::Page::new(&ctx, ctx.t(msg::BEWAREN_STOP_TITEL))
            .back(pad, ctx.t(msg::UI_BACK_LINK))
            .errors(&errors)
            .render(formulier(
                &ctx,
                &id,
                stop.as_ref(),
                &invoer.bewaarstop_reden,
                &errors,
            ));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let now = app.clock.now();
    let mut tx = app.db.begin_write().await?;
    sqlx::query("UPDATE zaken SET bewaarstop = $2, bewaarstop_op = $3 WHERE id = $1")
        .bind(&id)
        .bind(aan.then_some(reden))
        .bind(aan.then(|| db::ts(now)))
        .execute(&mut *tx)
        .await?;
    toegang::schrijf(
        &mut tx,
        &id,
        &ik,
        toegang::Handeling::Gewijzigd,
        if aan {
            "bewaarstop aan"
        } else {
            "bewaarstop uit"
        },
        Some(reden),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&format!("{pad}#bewaarstop")))
}
