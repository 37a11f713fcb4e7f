//! The start page: what the portal is for and what a resident can do here, in plain Dutch (B1).
//!
//! It answers what residents say they do not know today (Kwartaalbrief VWS aan gemeenten 2015, §1 Communicatie,
//! cliëntondersteuning en mantelzorg): where to report a need, that they may hand in their own plan, that
//! cliëntondersteuning is free. It also shows the way in for those who cannot use the portal: under the Wmebv
//! the municipality must help them.

use maud::{Markup, html};

use super::info::{spoed, telefoon_link};
use crate::begrippen::{self, Begrip};
use crate::gemeente::ingevuld;
use crate::http::Ctx;
use crate::i18n::msg;
use crate::ui;

/// What a resident can do, each a link with a plain explanation: (path, link text, explanation).
const ALTIJD: [(&str, &str, &str); 3] = [
    (
        "/melding",
        msg::START_DOEN_MELDING,
        msg::START_DOEN_MELDING_UITLEG,
    ),
    (
        "/mijn-loket",
        msg::START_DOEN_PLAN,
        msg::START_DOEN_PLAN_UITLEG,
    ),
    (
        "/clientondersteuning",
        msg::START_DOEN_CLIENTONDERSTEUNING,
        msg::START_DOEN_CLIENTONDERSTEUNING_UITLEG,
    ),
];
const BLIJVERSLENING: (&str, &str, &str) = (
    "/blijverslening",
    msg::START_DOEN_BLIJVERSLENING,
    msg::START_DOEN_BLIJVERSLENING_UITLEG,
);
const KINDPAKKET: (&str, &str, &str) = (
    "/kindpakket",
    msg::START_DOEN_KINDPAKKET,
    msg::START_DOEN_KINDPAKKET_UITLEG,
);
const UITDAAGRECHT: (&str, &str, &str) = (
    "/uitdaagrecht",
    msg::START_DOEN_UITDAAGRECHT,
    msg::START_DOEN_UITDAAGRECHT_UITLEG,
);
const VOLGEN: [(&str, &str, &str); 2] = [
    (
        "/termijnen",
        msg::START_DOEN_TERMIJNEN,
        msg::START_DOEN_TERMIJNEN_UITLEG,
    ),
    (
        "/mijn-loket",
        msg::START_DOEN_VOLGEN,
        msg::START_DOEN_VOLGEN_UITLEG,
    ),
];

/// The words the start page uses, explained beside it (Kwartaalbrief VWS aan gemeenten 2015, §1: residents do
/// not know them).
const WOORDEN: [Begrip; 4] = [
    Begrip::Wmo,
    Begrip::Melding,
    Begrip::PersoonlijkPlan,
    Begrip::Clientondersteuning,
];

/// `GET /`: the start page.
pub async fn show(ctx: Ctx) -> Markup {
    let gemeente = &ctx.app.gemeente;
    // The blijverslening and the Kindpakket are municipal schemes: offered only where the profile has them.
    let mut doen: Vec<(&str, &str, &str)> = ALTIJD.to_vec();
    if gemeente.blijverslening.is_some() {
        doen.push(BLIJVERSLENING);
    }
    if gemeente.kindpakket.is_some() {
        doen.push(KINDPAKKET);
    }
    doen.push(UITDAAGRECHT);
    doen.extend(VOLGEN);
    let mut woorden = WOORDEN.to_vec();
    if gemeente.blijverslening.is_some() {
        woorden.push(Begrip::Blijverslening);
    }

    ui::layout::page(
        &ctx,
        &ctx.t(msg::START_TITEL),
        html! {
            p { (ctx.t(msg::START_INTRO_VRAAG)) }
            p { (ctx.tr.ta(msg::START_INTRO_LOKET, &[("gemeente", gemeente.naam.as_str().into())])) }
            p { (begrippen::zin(&ctx, msg::START_INTRO_WET, &[], Begrip::Wmo)) }

            h2 { (ctx.t(msg::START_DOEN_TITEL)) }
            ul {
                @for (href, titel, uitleg) in &doen {
                    li { a href=(href) { (ctx.t(titel)) } p { (ctx.t(uitleg)) } }
                }
            }
            (begrippen::uitleg(&ctx, &woorden))

            (spoed(&ctx))

            h2 { (ctx.t(msg::START_HULP_TITEL)) }
            p { (ctx.t(msg::START_HULP_GRATIS)) }
            p { (ctx.t(msg::START_HULP_ONAFHANKELIJK)) }
            p { (ctx.t(msg::START_HULP_WANNEER)) }
            p { a href="/clientondersteuning" { (ctx.t(msg::START_HULP_LINK)) } }

            h2 { (ctx.t(msg::START_PLAN_TITEL)) }
            p { (ctx.t(msg::START_PLAN_TEKST)) }
            // Wmo 2015 art. 2.3.2 lid 2: the plan may be handed in within 7 days after the melding.
            p { (ctx.tr.ta(msg::START_PLAN_TERMIJN, &[("dagen", gemeente.termijnen.persoonlijk_plan_dagen.into())])) }
            p { (ctx.t(msg::START_PLAN_GESPREK)) }

            (inloggen(&ctx))

            h2 { (ctx.t(msg::START_ANDERS_TITEL)) }
            p { (ctx.t(msg::START_ANDERS_TEKST)) }
            @if let Some(nummer) = ingevuld(&gemeente.contact.telefoon) {
                p { (ctx.t(msg::START_ANDERS_BELLEN)) " " (telefoon_link(nummer)) }
            }
            p { (ctx.t(msg::START_ANDERS_IEMAND)) }
            p { a href="/contact" { (ctx.t(msg::START_ANDERS_CONTACT)) } }
        },
    )
}

/// Sign in, or go to Mijn loket when already signed in.
fn inloggen(ctx: &Ctx) -> Markup {
    html! {
        h2 { (ctx.t(msg::START_INLOGGEN_TITEL)) }
        @if ctx.person.is_some() {
            p { (ctx.t(msg::START_INGELOGD_TEKST)) " " a href="/mijn-loket" { (ctx.t(msg::START_INGELOGD_LINK)) } }
        } @else {
            p { (ctx.t(msg::START_INLOGGEN_TEKST)) }
            p { a href="/inloggen" { (ctx.t(msg::START_INLOGGEN_LINK)) } }
        }
    }
}
