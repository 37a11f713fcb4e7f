//! The Mijn loket page.

use maud::{Markup, html};

use crate::auth::Person;
use crate::begrippen::{self, Begrip};
use crate::http::Ctx;
use crate::i18n::msg;
use crate::ui;

/// What a resident can start, with a plain explanation of each: (path, title, explanation, the word it
/// explains).
const STARTS: [(&str, &str, &str, Option<Begrip>); 5] = [
    (
        "/melding",
        msg::MIJN_LOKET_START_MELDING,
        msg::MIJN_LOKET_START_MELDING_UITLEG,
        Some(Begrip::Melding),
    ),
    (
        "/clientondersteuning",
        msg::MIJN_LOKET_START_CLIENTONDERSTEUNING,
        msg::MIJN_LOKET_START_CLIENTONDERSTEUNING_UITLEG,
        None,
    ),
    (
        "/blijverslening",
        msg::MIJN_LOKET_START_BLIJVERSLENING,
        msg::MIJN_LOKET_START_BLIJVERSLENING_UITLEG,
        Some(Begrip::Blijverslening),
    ),
    (
        "/kindpakket",
        msg::MIJN_LOKET_START_KINDPAKKET,
        msg::MIJN_LOKET_START_KINDPAKKET_UITLEG,
        None,
    ),
    (
        "/termijnen",
        msg::MIJN_LOKET_START_TERMIJNEN,
        msg::MIJN_LOKET_START_TERMIJNEN_UITLEG,
        None,
    ),
];

pub fn page(ctx: &Ctx, person: &Person) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::MIJN_LOKET_TITEL),
        html! {
            p { (ctx.tr.ta(msg::MIJN_LOKET_INGELOGD_ALS, &[("email", person.email.as_str().into())])) }
            h2 { (ctx.t(msg::MIJN_LOKET_ZAKEN_TITEL)) }
            p { (ctx.t(msg::MIJN_LOKET_GEEN_ZAKEN)) }
            h2 { (ctx.t(msg::MIJN_LOKET_STARTEN_TITEL)) }
            ul {
                @for (href, title, uitleg, begrip) in STARTS {
                    li {
                        a href=(href) { (ctx.t(title)) } br;
                        @if let Some(begrip) = begrip {
                            (begrippen::zin(ctx, uitleg, &[], begrip))
                        } @else {
                            (ctx.t(uitleg))
                        }
                    }
                }
            }
        },
    )
}
