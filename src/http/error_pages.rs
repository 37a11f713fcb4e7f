//! Error pages: every error response that is not already a page becomes one, in the person's language.

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::{Ctx, from_parts};
use crate::AppState;
use crate::gemeente::ingevuld;
use crate::i18n::msg;
use crate::ui;

pub async fn render(State(app): State<AppState>, request: Request, next: Next) -> Response {
    // The health checks and the metrics answer machines, in plain text.
    let path = request.uri().path();
    if path.starts_with("/health") || path == "/metrics" {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let ctx = from_parts(&parts, &app);
    // A small form post is read here, so that the page for a failure can show what the person typed: a form
    // that could not be saved must not lose it.
    let (body, sent) = if is_small_form(&parts) {
        match axum::body::to_bytes(body, super::BODY_LIMIT).await {
            Ok(bytes) => (Body::from(bytes.clone()), Some(bytes)),
            Err(e) => {
                // Over the limit, or the body did not arrive whole (the client went away or was too slow).
                let status = if e.into_inner().is::<http_body_util::LengthLimitError>() {
                    StatusCode::PAYLOAD_TOO_LARGE
                } else {
                    StatusCode::BAD_REQUEST
                };
                return (status, page(&ctx, status, None)).into_response();
            }
        }
    } else {
        (body, None)
    };
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
    let typed = sent
        .filter(|_| status.is_server_error())
        .map(|b| typed_texts(&b))
        .unwrap_or_default();
    let tot_morgen = response
        .headers()
        .get(header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        .is_some_and(|s| s >= 3600);
    let mut page = (
        status,
        if status == StatusCode::TOO_MANY_REQUESTS && tot_morgen {
            te_veel_berichten(&ctx)
        } else {
            page(&ctx, status, Some(&typed).filter(|t| !t.is_empty()))
        },
    )
        .into_response();
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = response.headers().get(&name) {
            page.headers_mut().insert(name, value.clone());
        }
    }
    page
}

/// A form post (urlencoded, not an upload) not declared larger than the forms' limit.
fn is_small_form(parts: &axum::http::request::Parts) -> bool {
    let header = |name: header::HeaderName| parts.headers.get(name).and_then(|v| v.to_str().ok());
    parts.method == Method::POST
        && header(header::CONTENT_TYPE)
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
        && header(header::CONTENT_LENGTH)
            .is_none_or(|v| v.parse::<usize>().is_ok_and(|n| n <= super::BODY_LIMIT))
}

/// The values of a form that a person typed, in order: choices and ids (lower-case codes such as `ja`,
/// `verzorging` or a hexadecimal id) are left out, as they are not theirs to lose.
fn typed_texts(body: &Bytes) -> Vec<String> {
    form_urlencoded::parse(body)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|value| {
            !value.is_empty()
                && !value
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        })
        .collect()
}

/// Someone caused too much mail to others today (invitations, confirmations, co-owners): come back tomorrow.
fn te_veel_berichten(ctx: &Ctx) -> Markup {
    let gemeente = &ctx.app.gemeente;
    ui::layout::page(
        ctx,
        &ctx.t(msg::FOUT_TE_VEEL_BERICHTEN_TITEL),
        html! {
            p { (ctx.t(msg::FOUT_TE_VEEL_BERICHTEN_TEKST)) }
            p { (ctx.t(msg::FOUT_TE_VEEL_BERICHTEN_MORGEN)) }
            @if let Some(telefoon) = ingevuld(&gemeente.contact.telefoon) {
                p { (ctx.tr.ta(msg::FOUT_BEL_ONS, &[("gemeente", gemeente.naam.as_str().into()), ("telefoon", telefoon.into())])) }
            }
            p { a href="/" { (ctx.t(msg::FOUT_NAAR_START)) } }
        },
    )
}

fn page(ctx: &Ctx, status: StatusCode, typed: Option<&Vec<String>>) -> Markup {
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
        StatusCode::LOCKED => (
            msg::FOUT_CONTROLE_TITEL,
            &[msg::FOUT_CONTROLE_TEKST, msg::FOUT_CONTROLE_LATER],
        ),
        _ if typed.is_some() => (msg::FOUT_SERVER_TITEL, &[msg::FOUT_SERVER_TEKST]),
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
            @if let Some(typed) = typed {
                h2 { (ctx.t(msg::FOUT_SERVER_INVOER_TITEL)) }
                p { (ctx.t(msg::FOUT_SERVER_INVOER_TEKST)) }
                @for text in typed { p.loket-invoer dir="auto" { (text) } }
                p { (ctx.t(msg::FOUT_SERVER_LATER)) }
            }
            @if let Some(telefoon) = ingevuld(&gemeente.contact.telefoon) {
                p { (ctx.tr.ta(msg::FOUT_BEL_ONS, &[("gemeente", gemeente.naam.as_str().into()), ("telefoon", telefoon.into())])) }
            }
            p { a href="/" { (ctx.t(msg::FOUT_NAAR_START)) } }
        },
    )
}
