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
    // One connection for the page's statements, rather than one from the pool for each.
    let mut conn = ctx.app.db.pool.acquire().await?;
    // The resident's own account: closed for new work (read with the session), or the way to close it.
    let account = if namens.is_zelf() && namens.wie.rol == crate::auth::Rol::Inwoner {
        let gesloten = ctx.aanmelding.as_ref().and_then(|a| a.gesloten_op);
        account::blok(&ctx, gesloten)
    } else {
        (maud::html! {}, maud::html! {})
    };
    let zorg = namens.rechten(Onderwerp::Zorg).bekijken;
    let eigen = if zorg {
        meldingen::repo::van_persoon_met_stand(&mut *conn, &namens.voor.id).await?
    } else {
        Vec::new()
    };
    // Filed for someone who has not confirmed yet: only what was sent, not the case (vertegenwoordiging).
    let voor_ander: Vec<&str> = eigen
        .iter()
        .filter(|(m, _, _)| {
            m.ingediend && m.antwoorden.voor_wie == Some(meldingen::domain::VoorWie::Ander)
        })
        .map(|(m, _, _)| m.id.as_str())
        .collect();
    let onbevestigd = meldingen::repo::onbevestigd_van(&mut *conn, &voor_ander).await?;
    let standen: Vec<(String, i64)> = eigen
        .iter()
        .filter(|(m, _, _)| m.ingediend && !onbevestigd.contains(m.id.as_str()))
        .map(|(m, stand, _)| (m.id.to_string(), stand.unwrap_or(0)))
        .collect();
    // The cases of all meldingen at once, whatever their number: their folds as this instance keeps them
    // while no step was added, and their bezwaren.
    let zaken_ = ctx.app.gevouwen.zaken(&mut *conn, &standen).await?;
    let met_zaak: Vec<String> = standen.into_iter().map(|(id, _)| id).collect();
    let mut bezwaren = zaken::bezwaar::repo::stappen_van_ids(&mut *conn, &met_zaak).await?;
    let meldingen: Vec<_> = eigen
        .into_iter()
        .map(|(melding, _, plan)| {
            // The kept fold as it is, unless a bezwaar changes it.
            let zaak = zaken_.get(melding.id.as_str()).map(|zaak| {
                let stappen = bezwaren.remove(melding.id.as_str());
                if stappen.is_none() && zaak.bezwaar.is_none() {
                    std::sync::Arc::clone(zaak)
                } else {
                    std::sync::Arc::new(zaken::met_bezwaar((**zaak).clone(), stappen))
                }
            });
            let plan = zaak.is_some() && plan;
            (melding, zaak, plan)
        })
        .collect();
    let verzoeken = if zorg {
        clientondersteuning::repo::voor_persoon(&mut *conn, &namens.voor.id).await?
    } else {
        Vec::new()
    };
    let blijverslening = crate::blijverslening::mijn_loket(&ctx, &namens, &mut conn).await?;
    let kindpakket = crate::kindpakket::mijn_loket(&ctx, &namens, &mut conn).await?;
    let initiatieven = if namens.is_zelf() {
        crate::uitdaagrecht::mijn_loket(&ctx, &mut conn).await?
    } else {
        maud::html! {}
    };
    drop(conn);
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
