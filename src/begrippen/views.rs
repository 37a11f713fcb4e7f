//! The glossary page.

use maud::{Markup, html};

use super::Begrip;
use crate::http::Ctx;
use crate::i18n::msg;
use crate::ui;

/// `GET /begrippen`: every word, each a `dfn` with an id, so that a link can point at it.
pub async fn show(ctx: Ctx) -> Markup {
    ui::layout::page(
        &ctx,
        &ctx.t(msg::BEGRIPPEN_TITEL),
        html! {
            p { (ctx.t(msg::BEGRIPPEN_INTRO)) }
            dl.loket-begrippen {
                @for begrip in Begrip::ALL {
                    dt id=(begrip.anker()) { dfn { (ctx.t(begrip.woord())) } (super::nederlands_woord(&ctx, begrip.woord())) }
                    @if let Some(ook) = begrip.ook() {
                        dt { dfn { (ctx.t(ook)) } (super::nederlands_woord(&ctx, ook)) }
                    }
                    dd { (ctx.t(begrip.uitleg())) }
                }
            }
            p { (ctx.t(msg::BEGRIPPEN_VRAGEN)) " " a href="/contact" { (ctx.t(msg::BEGRIPPEN_CONTACT)) } }
        },
    )
}
