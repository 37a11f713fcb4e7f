//! The beheerder's page of the retention job.

use axum::response::{IntoResponse, Response};

use super::views;
use crate::auth::Beheerder;
use crate::error::AppResult;
use crate::http::Ctx;

/// How many past runs the page shows.
const RONDES: i64 = 30;

/// `GET /medewerker/beheer/bewaren`: the periods of the profile and what the last runs deleted.
pub async fn overzicht(Beheerder(_): Beheerder, ctx: Ctx) -> AppResult<Response> {
    let rondes = super::laatste_rondes(&ctx.app.db, RONDES).await?;
    Ok(views::overzicht(&ctx, &rondes).into_response())
}
