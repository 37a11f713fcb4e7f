//! Handlers of the figures: staff only; read every case, compute, show or download.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use std::sync::Arc;

use super::Stand;
use super::domain;
use super::{repo, views};
use crate::auth::Medewerker;
use crate::error::{AppError, AppResult};
use crate::http::Ctx;

/// The figures as kept ([`crate::App::cijfers`]), and when they were computed: reading every case's steps is
/// done once for all staff, not per visit.
async fn stand(ctx: &Ctx) -> AppResult<(Arc<Stand>, time::OffsetDateTime)> {
    let app = &ctx.app;
    app.cijfers
        .lees_of_oud(app.clock.now(), || async {
            let rijen = repo::rijen(&app.db.pool).await?;
            let aanvragen = repo::aanvragen(&app.db.pool).await?;
            let wmo = domain::bereken(&rijen, &aanvragen, &app.gemeente, app.clock.today());
            let kindpakket = crate::kindpakket::gebruik(app).await?;
            Ok::<_, AppError>(Arc::new(Stand { wmo, kindpakket }))
        })
        .await
}

/// `GET /medewerker/cijfers`: the tables, with when they were computed.
pub async fn pagina(_: Medewerker, ctx: Ctx) -> AppResult<Response> {
    let (stand, berekend) = stand(&ctx).await?;
    let kindpakket = match &stand.kindpakket {
        Some((jaar, g)) => crate::kindpakket::cijfers_blok(&ctx, *jaar, g),
        None => maud::html! {},
    };
    let blijverslening = crate::blijverslening::cijfers(&ctx).await?;
    Ok(views::pagina(&ctx, &stand.wmo, kindpakket, blijverslening, berekend).into_response())
}

/// `GET /medewerker/cijfers.csv`: the same numbers as a file for a spreadsheet.
pub async fn csv(_: Medewerker, ctx: Ctx) -> AppResult<Response> {
    let (stand, _) = stand(&ctx).await?;
    let cijfers = &stand.wmo;
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
        views::csv(&ctx.tr, cijfers),
    )
        .into_response())
}
