//! The viruses clamd found, as a beheerder sees them: when, which file, which signature, and what the portal
//! did (refused it as it came in, or emptied a stored file after a later scan). A resident who sends an
//! infected file is told at once; this page lets the municipality see it happened, and follow up where needed.
//! The findings themselves are recorded by [`crate::zaken::document::virus::meld`].
//!
//! Path: `/medewerker/beheer/virussen`, for beheerders only.

use axum::Router;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use maud::{Markup, html};

use crate::AppState;
use crate::auth::Beheerder;
use crate::error::AppResult;
use crate::http::Ctx;
use crate::i18n::{msg, tijdstip};
use crate::ui;
use crate::zaken::document::virus::{self, Bron, Vondst};

/// The page's address, for links from the back office.
pub const PAD: &str = "/medewerker/beheer/virussen";

/// How many findings the page lists, newest first.
const LIJST: i64 = 100;

pub fn router() -> Router<AppState> {
    Router::new().route("/medewerker/beheer/virussen", get(overzicht))
}

/// `GET /medewerker/beheer/virussen`.
async fn overzicht(Beheerder(_): Beheerder, ctx: Ctx) -> AppResult<Response> {
    let vondsten = virus::vondsten(&ctx.app.db.pool, LIJST).await?;
    Ok(pagina(&ctx, &vondsten).into_response())
}

fn pagina(ctx: &Ctx, vondsten: &[Vondst]) -> Markup {
    let tr = &ctx.tr;
    let kolommen = [
        tr.t(msg::VIRUSSEN_KOLOM_WANNEER),
        tr.t(msg::VIRUSSEN_KOLOM_BESTAND),
        tr.t(msg::VIRUSSEN_KOLOM_VIRUS),
        tr.t(msg::VIRUSSEN_KOLOM_GEDAAN),
    ];
    ui::Page::new(ctx, tr.t(msg::VIRUSSEN_TITEL))
        .back("/medewerker", tr.t(msg::UI_BACK_LINK))
        .wide()
        .render(html! {
            p { (tr.t(msg::VIRUSSEN_INTRO)) }
            @if vondsten.is_empty() {
                p { (tr.t(msg::VIRUSSEN_GEEN)) }
            } @else {
                table.loket-table {
                    caption { (tr.ta(msg::VIRUSSEN_CAPTION, &[("aantal", vondsten.len().into())])) }
                    thead { tr { @for kolom in &kolommen { th scope="col" { (kolom) } } } }
                    tbody {
                        @for v in vondsten {
                            tr {
                                th scope="row" data-label=(kolommen[0]) { (tijdstip(v.op, ctx.lang())) }
                                td data-label=(kolommen[1]) { (v.naam) }
                                td data-label=(kolommen[2]) { (v.virus) }
                                td data-label=(kolommen[3]) {
                                    (tr.t(match v.bron {
                                        Bron::Upload => msg::VIRUSSEN_BRON_UPLOAD,
                                        Bron::Later => msg::VIRUSSEN_BRON_LATER,
                                    }))
                                }
                            }
                        }
                    }
                }
            }
        })
}
