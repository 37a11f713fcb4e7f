//! Handlers of the mail overview.

use axum::response::{IntoResponse, Response};

use super::views;
use crate::auth::Beheerder;
use crate::error::AppResult;
use crate::http::Ctx;
use crate::mail::outbox;

/// How many of the messages that ended unsent the page lists, newest first.
const LIJST: i64 = 100;

/// `GET /medewerker/beheer/e-mail`.
pub async fn overzicht(Beheerder(_): Beheerder, ctx: Ctx) -> AppResult<Response> {
    let status = outbox::status(&ctx.app).await?;
    let niet_bezorgd = outbox::niet_bezorgd(&ctx.app, LIJST).await?;
    Ok(views::overzicht(&ctx, &status, &niet_bezorgd).into_response())
}
