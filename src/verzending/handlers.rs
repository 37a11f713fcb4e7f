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
    // One connection for the page's four reads: a statement on the pool costs a second round trip.
    let mut conn = ctx.app.db.pool.acquire().await?;
    let status = outbox::status_op(&mut conn, ctx.app.clock.now()).await?;
    let niet_bezorgd = outbox::niet_bezorgd(&mut conn, LIJST).await?;
    drop(conn);
    Ok(views::overzicht(&ctx, &status, &niet_bezorgd).into_response())
}
