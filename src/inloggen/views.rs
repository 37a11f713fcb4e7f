//! Pages of sign-in.

use maud::{Markup, html};

use super::form::{SignInForm, Terug};
use crate::auth::Middel;
use crate::auth::domain::LINK_VALIDITY;
use crate::config::Aanbieder;
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::http::bewaren::Bewaard;
use crate::i18n::msg;
use crate::ui;

fn minutes() -> fluent_bundle::FluentValue<'static> {
    LINK_VALIDITY.whole_minutes().into()
}

/// What the sign-in page says beside its forms.
#[derive(Debug, Default)]
pub struct Staat {
    /// The ways of signing in the page that sent the resident here accepts; empty: any.
    pub gevraagd: Vec<Middel>,
    /// A sign-in at this provider was just cancelled.
    pub afgebroken: Option<Aanbieder>,
    /// A form is kept for after signing in again.
    pub bewaard: bool,
}

/// The name residents know a provider by.
pub fn naam(ctx: &Ctx, aanbieder: Aanbieder) -> String {
    ctx.t(match aanbieder {
        Aanbieder::Digid => msg::AUTH_NAAM_DIGID,
        Aanbieder::Eherkenning => msg::AUTH_NAAM_EHERKENNING,
        Aanbieder::Medewerker => msg::AUTH_NAAM_MEDEWERKER,
    })
}

/// A button that starts a sign-in at a provider.
fn aanbieder_knop(ctx: &Ctx, aanbieder: Aanbieder, terug: Option<&str>, primair: bool) -> Markup {
    let label = ctx.tr.ta(
        msg::AUTH_MET_AANBIEDER,
        &[("aanbieder", naam(ctx, aanbieder).into())],
    );
    html! {
        form method="post" action={ "/inloggen/" (aanbieder.code()) } {
            @if let Some(terug) = crate::http::terug(terug) {
                input type="hidden" name="terug" value=(terug);
            }
            @if primair {
                (ui::Button::primary(label))
            } @else {
                (ui::Button::secondary(label))
            }
        }
    }
}

/// The form that sends a sign-in link (which, for someone signed in with DigiD without an address, confirms
/// the address).
fn email_form(ctx: &Ctx, input: &SignInForm, errors: &FieldErrors, knop: String) -> Markup {
    html! {
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
                .input(&ctx.tr, ui::InputKind::Email))
            (ui::Button::primary(knop))
        }
    }
}

pub fn form(ctx: &Ctx, input: &SignInForm, errors: &FieldErrors, staat: &Staat) -> Markup {
    let tr = &ctx.tr;
    let config = &ctx.app.config;
    // The providers to offer: those the page asks for, else every configured one but the staff's (which
    // has its own button below the e-mail form).
    let aanbieders: Vec<Aanbieder> = Aanbieder::ALLE
        .into_iter()
        .filter(|a| config.provider(*a).is_some())
        .filter(|a| {
            if staat.gevraagd.is_empty() {
                *a != Aanbieder::Medewerker
            } else {
                staat.gevraagd.contains(&Middel::van(*a))
            }
        })
        .collect();
    let email = staat.gevraagd.is_empty() || staat.gevraagd.contains(&Middel::Email);
    let medewerker = staat.gevraagd.is_empty() && config.provider(Aanbieder::Medewerker).is_some();
    let namen: Vec<String> = aanbieders.iter().map(|a| naam(ctx, *a)).collect();
    ui::Page::new(ctx, ctx.t(msg::AUTH_INLOGGEN_TITEL))
        .errors(errors)
        .render(html! {
            @if let Some(a) = staat.afgebroken {
                (ui::notification_banner(tr, ui::Notice::Problem, html! {
                    p { (tr.ta(msg::AUTH_AFGEBROKEN, &[("aanbieder", naam(ctx, a).into())])) }
                }))
            }
            @if staat.bewaard {
                (ui::notification_banner(tr, ui::Notice::Info, html! {
                    p { (ctx.t(msg::AUTH_BEWAARD_TEKST)) }
                    p { (ctx.t(msg::AUTH_BEWAARD_OPNIEUW)) }
                }))
            }
            @if !staat.gevraagd.is_empty() && !aanbieders.is_empty() {
                p { (tr.ta(msg::AUTH_PAGINA_VRAAGT, &[("aanbieders", namen.join(" / ").into())])) }
            }
            @for (i, a) in aanbieders.iter().enumerate() {
                (aanbieder_knop(ctx, *a, input.terug.as_deref(), i == 0))
            }
            @if email {
                @if !aanbieders.is_empty() {
                    h2 { (ctx.t(msg::AUTH_OF_EMAIL)) }
                }
                p { (ctx.t(msg::AUTH_INLOGGEN_UITLEG)) }
                p { (ctx.t(msg::AUTH_INLOGGEN_GEEN_WACHTWOORD)) }
                (email_form(ctx, input, errors, ctx.t(msg::AUTH_INLOGGEN_KNOP)))
            }
            @if config.provider(Aanbieder::Digid).is_none() {
                p { (ctx.t(msg::AUTH_INLOGGEN_DIGID)) }
            }
            @if medewerker {
                h2 { (ctx.t(msg::AUTH_VOOR_MEDEWERKERS)) }
                (aanbieder_knop(ctx, Aanbieder::Medewerker, input.terug.as_deref(), false))
            }
        })
}

/// A provider answered with an error, could not be reached, or its answer was not usable. For DigiD the text
/// of its own acceptance checks, word for word.
pub fn oidc_fout(ctx: &Ctx, aanbieder: Aanbieder) -> Markup {
    let tekst = match aanbieder {
        Aanbieder::Digid => ctx.t(msg::AUTH_FOUT_DIGID),
        Aanbieder::Eherkenning => ctx.t(msg::AUTH_FOUT_EHERKENNING),
        Aanbieder::Medewerker => ctx.t(msg::AUTH_FOUT_MEDEWERKER),
    };
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_FOUT_TITEL),
        html! {
            p.loket-oidc-fout { (tekst) }
            p { a href="/" { (ctx.t(msg::AUTH_FOUT_NAAR_START)) } }
        },
    )
}

/// A callback without a sign-in of this browser: the state is missing, unknown, used or expired.
pub fn geen_poging(ctx: &Ctx, aanbieder: Aanbieder) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_GEEN_POGING_TITEL),
        html! {
            p { (ctx.t(msg::AUTH_GEEN_POGING_TEKST)) }
            (aanbieder_knop(ctx, aanbieder, None, true))
        },
    )
}

/// After a first sign-in with DigiD: an address for messages, confirmed by a link.
pub fn adres(ctx: &Ctx, input: &SignInForm, overslaan: &str) -> Markup {
    let verder = crate::http::terug(input.terug.as_deref()).unwrap_or_else(|| overslaan.to_owned());
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_ADRES_TITEL),
        html! {
            p { (ctx.t(msg::AUTH_ADRES_WAAROM)) }
            p { (ctx.t(msg::AUTH_ADRES_LINK)) }
            (email_form(ctx, input, &FieldErrors::new(), ctx.t(msg::AUTH_ADRES_KNOP)))
            p { a href=(verder) { (ctx.t(msg::AUTH_ADRES_OVERSLAAN)) } }
        },
    )
}

/// The form kept while the session had ended, with what the resident typed, to send once more.
pub fn verder(ctx: &Ctx, bewaard: &Bewaard) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_VERDER_TITEL),
        html! {
            p { (ctx.t(msg::AUTH_VERDER_TEKST)) }
            form method="post" action=(bewaard.pad) {
                @for (naam, waarde) in &bewaard.velden {
                    input type="hidden" name=(naam) value=(waarde);
                }
                (ui::Button::primary(ctx.t(msg::AUTH_VERDER_KNOP)))
            }
        },
    )
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

pub fn signed_out(ctx: &Ctx, opgeheven: bool) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::AUTH_UITGELOGD_TITEL),
        html! {
            @if opgeheven {
                (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! { p { (ctx.t(msg::AUTH_UITGELOGD_OPGEHEVEN)) } }))
            }
            p { (ctx.t(msg::AUTH_UITGELOGD_TEKST)) }
            p { a href="/inloggen" { (ctx.t(msg::AUTH_UITGELOGD_OPNIEUW)) } }
        },
    )
}
