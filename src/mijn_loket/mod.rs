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
    let voor_ander: Vec<&str> = eigen
        .iter()
        .filter(|m| m.ingediend && m.antwoorden.voor_wie == Some(meldingen::domain::VoorWie::Ander))
        .map(|m| m.id.as_str())
        .collect();
    let onbevestigd = meldingen::repo::onbevestigd_van(&ctx.app.db.pool, &voor_ander).await?;
    let met_zaak: Vec<String> = eigen
        .iter()
        .filter(|m| m.ingediend && !onbevestigd.contains(m.id.as_str()))
        .map(|m| m.id.to_string())
        .collect();
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
