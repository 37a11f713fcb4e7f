//! Mijn loket: the signed-in resident's own page, with their cases and what they can start.

mod account;
mod views;

use axum::Router;
use axum::extract::Query;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::auth::machtiging::Onderwerp;
use crate::auth::{IetsBekijken, Mag};
use crate::error::AppResult;
use crate::http::Ctx;
use crate::{AppState, clientondersteuning, meldingen, zaken};

pub fn router() -> Router<AppState> {
    Router::new().route("/mijn-loket", get(show)).route(
        "/mijn-loket/account",
        get(account::pagina).post(account::wijzigen),
    )
}

/// `GET /mijn-loket`: the resident's cases and what they can start; with `?verwijderd=concept`, after a draft
/// was thrown away, a note that says so. Someone acting for the resident sees the
/// matters they have a right to: a bewindvoerder the money cases, a mentor the care cases.
async fn show(
    ctx: Ctx,
    Mag(namens, _): Mag<IetsBekijken>,
    Query(na): Query<zaken::concept::Na>,
) -> AppResult<Response> {
    // The resident's own account: closed for new work, or the way to close it.
    let account = if namens.is_zelf() && namens.wie.rol == crate::auth::Rol::Inwoner {
        let gesloten = crate::auth::repo::gesloten_op(&ctx.app.db.pool, &namens.wie.id).await?;
        account::blok(&ctx, gesloten)
    } else {
        (maud::html! {}, maud::html! {})
    };
    let zorg = namens.rechten(Onderwerp::Zorg).bekijken;
    let mut meldingen = Vec::new();
    let eigen = if zorg {
        meldingen::repo::van_persoon(&ctx.app.db.pool, &namens.voor.id).await?
    } else {
        Vec::new()
    };
    // Filed for someone who has not confirmed yet: only what was sent, not the case (vertegenwoordiging).
    let mut met_zaak = Vec::new();
    for melding in &eigen {
        let onbevestigd = melding.ingediend
            && melding.antwoorden.voor_wie == Some(meldingen::domain::VoorWie::Ander)
            && crate::vertegenwoordiging::wacht(&ctx.app.db.pool, &melding.id)
                .await?
                .is_some();
        if melding.ingediend && !onbevestigd {
            met_zaak.push(melding.id.to_string());
        }
    }
    // The cases and handed-in plans of all meldingen at once, whatever their number.
    let mut zaken_ = zaken::zaken_van(&ctx.app, &met_zaak).await?;
    let plannen =
        crate::persoonlijk_plan::repo::ingeleverd_van(&ctx.app.db.pool, &met_zaak).await?;
    for melding in eigen {
        let zaak = zaken_.remove(melding.id.as_str());
        let plan = zaak.is_some() && plannen.contains(melding.id.as_str());
        meldingen.push((melding, zaak, plan));
    }
    let verzoeken = if zorg {
        clientondersteuning::repo::voor_persoon(&ctx.app.db.pool, &namens.voor.id).await?
    } else {
        Vec::new()
    };
    let blijverslening = crate::blijverslening::mijn_loket(&ctx, &namens).await?;
    let kindpakket = crate::kindpakket::mijn_loket(&ctx, &namens).await?;
    let initiatieven = if namens.is_zelf() {
        crate::uitdaagrecht::mijn_loket(&ctx).await?
    } else {
        maud::html! {}
    };
    Ok(views::page(
        &ctx,
        &namens,
        &meldingen,
        &verzoeken,
        blijverslening,
        kindpakket,
        initiatieven,
        na.verwijderd(),
        account,
    )
    .into_response())
}
