//! `GET /termijnen`.

use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::form::TermijnenForm;
use super::views;
use crate::form::FieldErrors;
use crate::http::Ctx;

/// Empty: the form. Filled in: the form with the terms that follow. A date that does not exist: the form again,
/// with status 422 and the error beside the field.
pub async fn show(ctx: Ctx, Query(input): Query<TermijnenForm>) -> Response {
    match input.parse(&ctx.tr) {
        Ok(gebeurd) => views::page(&ctx, &input, &FieldErrors::new(), &gebeurd).into_response(),
        Err(errors) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            views::page(&ctx, &input, &errors, &Default::default()),
        )
            .into_response(),
    }
}
