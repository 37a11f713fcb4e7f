//! Handlers of the figures: staff only; read every case, compute, show or download.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use super::domain::{self, Cijfers};
use super::{repo, views};
use crate::auth::Medewerker;
use crate::error::{AppError, AppResult};
use crate::http::Ctx;

async fn cijfers(ctx: &Ctx) -> AppResult<Cijfers> {
    let rijen = repo::rijen(&ctx.app.db.pool).await?;
    let aanvragen = repo::aanvragen(&ctx.app.db.pool).await?;
    Ok(domain::bereken(
        &rijen,
        &aanvragen,
        &ctx.app.gemeente,
        ctx.app.clock.today(),
    ))
}

/// `GET /medewerker/cijfers`: the tables.
pub async fn pagina(_: Medewerker, ctx: Ctx) -> AppResult<Response> {
    let cijfers = cijfers(&ctx).await?;
    let kindpakket = crate::kindpakket::cijfers(&ctx).await?;
    let blijverslening = crate::blijverslening::cijfers(&ctx).await?;
    Ok(views::pagina(&ctx, &cijfers, kindpakket, blijverslening).into_response())
}

/// `GET /medewerker/cijfers.csv`: the same numbers as a file for a spreadsheet.
pub async fn csv(_: Medewerker, ctx: Ctx) -> AppResult<Response> {
    let cijfers = cijfers(&ctx).await?;
    let vandaag = ctx.app.clock.today();
    let naam = format!(
        "attachment; filename=\"loket-cijfers-{:04}-{:02}.csv\"",
        vandaag.year(),
        u8::from(vandaag.month())
    );
    let disposition =
        HeaderValue::from_str(&naam).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (header::CONTENT_DISPOSITION, disposition),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
        ],
        views::csv(&ctx.tr, &cijfers),
    )
        .into_response())
}
