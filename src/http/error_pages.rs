//! Error pages: every error response that is not already a page becomes one, in the person's language.

use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::{Ctx, from_parts};
use crate::AppState;
use crate::gemeente::ingevuld;
use crate::i18n::msg;
use crate::ui;

pub async fn render(State(app): State<AppState>, request: Request, next: Next) -> Response {
    // The health check answers machines, in plain text.
    if request.uri().path() == "/health" {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let ctx = from_parts(&parts, &app);
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    let is_error = status.is_client_error() || status.is_server_error();
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_error || is_page {
        return response;
    }
    let mut page = (status, page(&ctx, status)).into_response();
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = response.headers().get(&name) {
            page.headers_mut().insert(name, value.clone());
        }
    }
    page
}

fn page(ctx: &Ctx, status: StatusCode) -> Markup {
    let (title, lines): (&str, &[&str]) = match status {
        StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => (
            msg::FOUT_NIET_GEVONDEN_TITEL,
            &[msg::FOUT_NIET_GEVONDEN_TEKST, msg::FOUT_NIET_GEVONDEN_ADRES],
        ),
        StatusCode::FORBIDDEN => (
            msg::FOUT_FORMULIER_TITEL,
            &[msg::FOUT_FORMULIER_TEKST, msg::FOUT_FORMULIER_OPNIEUW],
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (msg::FOUT_TE_GROOT_TITEL, &[msg::FOUT_TE_GROOT_TEKST]),
        StatusCode::TOO_MANY_REQUESTS => (msg::FOUT_TE_VAAK_TITEL, &[msg::FOUT_TE_VAAK_TEKST]),
        StatusCode::CONFLICT => (msg::FOUT_TEGELIJK_TITEL, &[msg::FOUT_TEGELIJK_TEKST]),
        s if s.is_client_error() => (msg::FOUT_VERZOEK_TITEL, &[msg::FOUT_VERZOEK_TEKST]),
        _ => (
            msg::FOUT_SERVER_TITEL,
            &[msg::FOUT_SERVER_TEKST, msg::FOUT_SERVER_LATER],
        ),
    };
    let gemeente = &ctx.app.gemeente;
    ui::layout::page(
        ctx,
        &ctx.t(title),
        html! {
            @for line in lines { p { (ctx.t(line)) } }
            @if let Some(telefoon) = ingevuld(&gemeente.contact.telefoon) {
                p { (ctx.tr.ta(msg::FOUT_BEL_ONS, &[("gemeente", gemeente.naam.as_str().into()), ("telefoon", telefoon.into())])) }
            }
            p { a href="/" { (ctx.t(msg::FOUT_NAAR_START)) } }
        },
    )
}
