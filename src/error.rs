//! The one error type handlers return, and the policy for error pages.
//!
//! Policy:
//! * Validation failures are not errors: handlers re-render the form with status 422 themselves.
//! * A handler returns [`AppError`] for everything else. The response carries only a status; the HTML page,
//!   in the resident's language, is rendered by [`crate::http`]'s error-page middleware, which does the same for
//!   every other non-HTML error response (unknown routes, rejected CSRF, a body that is too large, a panic).
//! * Something the person may not see is "not found" (404), never "forbidden": a 403 would tell that it exists.
//! * Internal details are logged (without personal data) and never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug)]
pub enum AppError {
    /// The page does not exist, or the person may not see it.
    NotFound,
    /// Too many requests of one kind (sign-in links).
    TooManyRequests,
    /// Too many mails caused to be sent to others today, by this person or to this address.
    TeVeelBerichten,
    /// Someone else changed the same thing at the same moment; trying again will do.
    Conflict,
    /// The document is still waiting for its virus scan: no one opens it until it is found clean.
    WordtGecontroleerd,
    /// The database failed. A failure that passes by itself (a full disk, a restart) is 503, anything else 500.
    Database(sqlx::Error),
    /// Something that passes by itself failed (a full disk, a database that restarts): try again in a moment.
    Unavailable(String),
    /// Anything else that should not happen.
    Internal(String),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Database(e)
    }
}

impl AppError {
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::TooManyRequests | AppError::TeVeelBerichten => StatusCode::TOO_MANY_REQUESTS,
            AppError::Conflict => StatusCode::CONFLICT,
            AppError::WordtGecontroleerd => StatusCode::LOCKED,
            AppError::Database(e) if crate::db::is_temporary(e) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Database(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match &self {
            AppError::Database(e) => tracing::error!(error = %e, "database error"),
            AppError::Internal(e) => tracing::error!(error = %e, "internal error"),
            AppError::Unavailable(e) => tracing::error!(error = %e, "temporary failure"),
            AppError::NotFound
            | AppError::TooManyRequests
            | AppError::TeVeelBerichten
            | AppError::Conflict
            | AppError::WordtGecontroleerd => {}
        }
        // An empty body: the error-page middleware renders the page in the person's language. A limit of a
        // day says so in `Retry-After`, and the page tells to come back tomorrow.
        match self {
            AppError::TeVeelBerichten => {
                (self.status(), [(axum::http::header::RETRY_AFTER, "86400")]).into_response()
            }
            _ => self.status().into_response(),
        }
    }
}

pub type AppResult<T> = Result<T, AppError>;
