//! Pages of sign-in.

use maud::{Markup, html};

use super::form::{SignInForm, Terug};
use crate::auth::domain::LINK_VALIDITY;
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::msg;
use crate::ui;

fn minutes() -> fluent_bundle::FluentValue<'static> {
    LINK_VALIDITY.whole_minutes().into()
}

pub fn form(ctx: &Ctx, input: &SignInForm, errors: &FieldErrors) -> Markup {
    let tr = &ctx.tr;
    ui::Page::new(ctx, ctx.t(msg::AUTH_INLOGGEN_TITEL))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::AUTH_INLOGGEN_UITLEG)) }
            p { (ctx.t(msg::AUTH_INLOGGEN_GEEN_WACHTWOORD)) }
            // novalidate: the portal's own messages, in plain language and in the resident's language.
            form method="post" action="/inloggen" novalidate {
                @if let Some(terug) = crate::http::terug(input.terug.as_deref()) {
                    input type="hidden" name="terug" value=(terug);
                }
                (ui::Field::new("email", ctx.t(msg::AUTH_EMAIL_LABEL))
                    .hint(ctx.t(msg::AUTH_EMAIL_HINT))
                    .value(input.email.as_str())
                    .errors(errors)
                    .autocomplete("email")
                    .input(tr, ui::InputKind::Email))
                (ui::Button::primary(ctx.t(msg::AUTH_INLOGGEN_KNOP)))
            }
            p { (ctx.t(msg::AUTH_INLOGGEN_DIGID)) }
        })
}

pub fn link_sent(ctx: &Ctx) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_VERSTUURD_TITEL),
        html! {
            p { (ctx.t(msg::AUTH_VERSTUURD_TEKST)) }
            p { (ctx.tr.ta(msg::AUTH_VERSTUURD_GELDIG, &[("minuten", minutes())])) }
            p { (ctx.t(msg::AUTH_VERSTUURD_NIETS)) }
            p { a href="/inloggen" { (ctx.t(msg::AUTH_VERSTUURD_OPNIEUW)) } }
        },
    )
}

pub fn confirm(ctx: &Ctx, secret: &str, terug: &Terug) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_BEVESTIG_TITEL),
        html! {
            p { (ctx.t(msg::AUTH_BEVESTIG_TEKST)) }
            form method="post" action={ "/inloggen/link/" (secret) (terug.query()) } {
                (ui::Button::primary(ctx.t(msg::AUTH_BEVESTIG_KNOP)))
            }
        },
    )
}

pub fn link_expired(ctx: &Ctx) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_VERLOPEN_TITEL),
        html! {
            p { (ctx.tr.ta(msg::AUTH_VERLOPEN_TEKST, &[("minuten", minutes())])) }
            p { a href="/inloggen" { (ctx.t(msg::AUTH_VERLOPEN_OPNIEUW)) } }
        },
    )
}

pub fn signed_out(ctx: &Ctx) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_UITGELOGD_TITEL),
        html! {
            p { (ctx.t(msg::AUTH_UITGELOGD_TEKST)) }
            p { a href="/inloggen" { (ctx.t(msg::AUTH_UITGELOGD_OPNIEUW)) } }
        },
    )
}
