//! The gate in front of every staff page of a case, the same for every scheme: a member of staff opens a case
//! that is assigned to them, or one they gave a reason for today (kept in the access log with the reason); a
//! case nobody has may be taken on at once. The back office answers the reason form and the taking on.

use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use time::{OffsetDateTime, Time};

use super::domain::Fase;
use super::kern::{self, Kern};
use super::toegang;
use crate::AppState;
use crate::auth::Person;
use crate::error::{AppError, AppResult};
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::msg;
use crate::ids::ZaakId;
use crate::ui;

/// The start of today in the Netherlands: a reason given today holds until midnight.
fn begin_van_vandaag(now: OffsetDateTime) -> OffsetDateTime {
    crate::clock::amsterdam(now).replace_time(Time::MIDNIGHT)
}

/// A case of any scheme; not found when there is none.
pub async fn zaak(app: &AppState, id: &ZaakId) -> AppResult<Kern> {
    kern::zaak(&app.db.pool, id)
        .await?
        .ok_or(AppError::NotFound)
}

/// Whether this member of staff may see the case now: it is assigned to them, or they gave a reason today.
pub async fn mag_zien(app: &AppState, ik: &Person, zaak: &Kern) -> AppResult<bool> {
    if zaak.consulent_id.as_deref() == Some(ik.id.as_str()) {
        return Ok(true);
    }
    Ok(toegang::reden_gegeven(
        &app.db.pool,
        &ik.id,
        &zaak.id,
        begin_van_vandaag(app.clock.now()),
    )
    .await?)
}

/// [`mag_zien`] for the case with this id: for downloads and steps, which send someone who may not yet back
/// to the case (where the gate asks why).
pub async fn toegestaan(app: &AppState, ik: &Person, id: &ZaakId) -> AppResult<bool> {
    mag_zien(app, ik, &zaak(app, id).await?).await
}

/// `None` when this member of staff may see the case now, else the page that asks why (and offers to take a
/// case nobody has). A case that does not exist is not found.
pub async fn poort(ctx: &Ctx, ik: &Person, id: &ZaakId) -> AppResult<Option<Response>> {
    let zaak = zaak(&ctx.app, id).await?;
    if mag_zien(&ctx.app, ik, &zaak).await? {
        return Ok(None);
    }
    Ok(Some(
        reden_pagina(ctx, &zaak, "", &FieldErrors::new()).into_response(),
    ))
}

/// The most characters a reason may have.
pub const REDEN_MAX: usize = 1000;

/// The question why a case that is not one's own is opened, with `reden` as typed; with "Zaak oppakken" when
/// nobody has it.
pub fn reden_pagina(ctx: &Ctx, zaak: &Kern, reden: &str, errors: &FieldErrors) -> Markup {
    let pad = format!("/medewerker/zaak/{}", zaak.id);
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::BACKOFFICE_REDEN_TITEL,
            &[("referentie", zaak.referentie.as_str().into())],
        ),
    )
    .back("/medewerker", ctx.t(msg::BACKOFFICE_TERUG_WACHTRIJ))
    .errors(errors)
    .render(html! {
        p { (ctx.t(msg::BACKOFFICE_REDEN_UITLEG)) }
        form method="post" action={ (pad) "/reden" } novalidate {
            (ui::Field::new("reden", ctx.t(msg::BACKOFFICE_REDEN_LABEL))
                .value(reden)
                .errors(errors)
                .textarea(&ctx.tr, 3, Some(REDEN_MAX as u32)))
            (ui::Button::primary(ctx.t(msg::BACKOFFICE_REDEN_KNOP)))
        }
        @if zaak.consulent_id.is_none() && zaak.fase != Fase::Gesloten {
            h2 { (ctx.t(msg::BACKOFFICE_OPPAKKEN_TITEL)) }
            p { (ctx.t(msg::BACKOFFICE_OPPAKKEN_UITLEG)) }
            form method="post" action={ (pad) "/oppakken" } {
                (ui::Button::secondary(ctx.t(msg::BACKOFFICE_OPPAKKEN_KNOP)))
            }
        }
    })
}
