//! Mijn loket: the signed-in resident's own page, with their cases and what they can start.

mod views;

use axum::Router;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use crate::auth::{Mag, ZorgBekijken};
use crate::error::AppResult;
use crate::http::Ctx;
use crate::{AppState, clientondersteuning, meldingen, zaken};

pub fn router() -> Router<AppState> {
    Router::new().route("/mijn-loket", get(show))
}

async fn show(ctx: Ctx, Mag(namens, _): Mag<ZorgBekijken>) -> AppResult<Response> {
    let mut meldingen = Vec::new();
    for melding in meldingen::repo::van_persoon(&ctx.app.db.pool, &namens.voor.id).await? {
        // Filed for someone who has not confirmed yet: only what was sent, not the case (vertegenwoordiging).
        let onbevestigd = melding.ingediend
            && melding.antwoorden.voor_wie == Some(meldingen::domain::VoorWie::Ander)
            && crate::vertegenwoordiging::wacht(&ctx.app.db.pool, &melding.id)
                .await?
                .is_some();
        let zaak = if melding.ingediend && !onbevestigd {
            Some(zaken::zaak(&ctx.app, &melding.id).await?)
        } else {
            None
        };
        meldingen.push((melding, zaak));
    }
    let verzoeken =
        clientondersteuning::repo::voor_persoon(&ctx.app.db.pool, &namens.voor.id).await?;
    let blijverslening = crate::blijverslening::mijn_loket(&ctx, &namens).await?;
    Ok(views::page(&ctx, &namens, &meldingen, &verzoeken, blijverslening).into_response())
}
