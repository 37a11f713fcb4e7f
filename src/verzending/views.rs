//! The mail overview page.

use maud::{Markup, html};

use crate::http::Ctx;
use crate::i18n::{msg, tijdstip};
use crate::mail::outbox::{Failure, NietBezorgd, Status};
use crate::ui;

fn reden(failure: Option<Failure>) -> &'static str {
    match failure {
        Some(Failure::Rejected) => msg::VERZENDING_REDEN_GEWEIGERD,
        Some(Failure::Expired) => msg::VERZENDING_REDEN_VERLOPEN,
        Some(Failure::GaveUp) | None => msg::VERZENDING_REDEN_OPGEGEVEN,
    }
}

pub fn overzicht(ctx: &Ctx, status: &Status, niet_bezorgd: &[NietBezorgd]) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let minuten = |d: time::Duration| d.whole_minutes().max(0);
    let grens = minuten(time::Duration::try_from(ctx.app.config.mail_max_wait).unwrap_or_default());
    let achter = status.oldest_waiting.is_some_and(|d| minuten(d) >= grens);
    let langst = match status.oldest_waiting {
        Some(d) => tr.ta(msg::VERZENDING_MINUTEN, &[("minuten", minuten(d).into())]),
        None => tr.t(msg::VERZENDING_LANGST_GEEN),
    };
    let rijen = [
        ui::SummaryRow::new(tr.t(msg::VERZENDING_WACHT), status.waiting.to_string()),
        ui::SummaryRow::new(tr.t(msg::VERZENDING_LANGST), langst),
        ui::SummaryRow::new(
            tr.t(msg::VERZENDING_NIET_BEZORGD),
            status.failed.to_string(),
        ),
    ];
    let kolommen = [
        tr.t(msg::VERZENDING_KOLOM_AAN),
        tr.t(msg::VERZENDING_KOLOM_ONDERWERP),
        tr.t(msg::VERZENDING_KOLOM_GEMAAKT),
        tr.t(msg::VERZENDING_KOLOM_GESTOPT),
        tr.t(msg::VERZENDING_KOLOM_REDEN),
    ];
    let mut page = ui::Page::new(ctx, tr.t(msg::VERZENDING_TITEL))
        .back("/medewerker", tr.t(msg::UI_BACK_LINK))
        .wide();
    if achter {
        page = page.problem(html! {
            p { (tr.ta(msg::VERZENDING_ACHTER, &[("minuten", grens.into())])) }
        });
    }
    page.render(html! {
        p { (tr.t(msg::VERZENDING_INTRO)) }
        p { a href="/medewerker/beheer/bewaren" { (tr.t(msg::BEWAREN_LINK)) } }
        (ui::summary_list(tr, &rijen))
        h2 { (tr.t(msg::VERZENDING_NIET_BEZORGD)) }
        @if niet_bezorgd.is_empty() {
            p { (tr.t(msg::VERZENDING_NIET_BEZORGD_GEEN)) }
        } @else {
            p { (tr.t(msg::VERZENDING_NIET_BEZORGD_UITLEG)) }
            table.loket-table {
                caption { (tr.ta(msg::VERZENDING_CAPTION, &[("aantal", niet_bezorgd.len().into())])) }
                thead { tr { @for kolom in &kolommen { th scope="col" { (kolom) } } } }
                tbody {
                    @for bericht in niet_bezorgd {
                        tr {
                            th scope="row" data-label=(kolommen[0]) { (bericht.recipient) }
                            td data-label=(kolommen[1]) { (bericht.subject) }
                            td data-label=(kolommen[2]) { (tijdstip(bericht.created_at, lang)) }
                            td data-label=(kolommen[3]) { (tijdstip(bericht.failed_at, lang)) }
                            td data-label=(kolommen[4]) {
                                (tr.t(reden(bericht.failure)))
                                @if !bericht.error.is_empty() && bericht.failure != Some(Failure::Expired) {
                                    br;
                                    span.loket-hint { (bericht.error) }
                                }
                            }
                        }
                    }
                }
            }
        }
    })
}
