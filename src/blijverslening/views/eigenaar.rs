//! The pages of a co-owner who confirms by the link in their mail.

use super::*;

/// The co-owner's link was not answered within its time: what they can do now.
pub fn eigenaar_verlopen(ctx: &Ctx) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::BLIJVERSLENING_VERLOPEN_TITEL),
        html! {
            p { (ctx.t(msg::BLIJVERSLENING_VERLOPEN_TEKST)) }
            p { (ctx.t(msg::BLIJVERSLENING_VERLOPEN_WAT)) }
            p { a href="/" { (ctx.t(msg::BLIJVERSLENING_VERLOPEN_START)) } }
        },
    )
}

/// The co-owner's page: what they are asked, and the answer once given.
pub fn eigenaar(
    ctx: &Ctx,
    geheim: &str,
    e: &Eigenaar,
    a: &Aanvraag,
    errors: &FieldErrors,
) -> Markup {
    let g = &a.gegevens;
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_EIGENAAR_TITEL))
        .errors(errors)
        .render(html! {
            // Once answered, the answer comes first: the page should not look as it did before.
            @if let Some(ja) = e.antwoord {
                (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! {
                    p { (ctx.t(if ja { msg::BLIJVERSLENING_EIGENAAR_GEDAAN_JA } else { msg::BLIJVERSLENING_EIGENAAR_GEDAAN_NEE })) }
                }))
            }
            p { (begrippen::zin(ctx, msg::BLIJVERSLENING_EIGENAAR_INTRO, &[
                ("naam", e.naam.as_str().into()),
                ("aanvrager", g.naam.as_str().into()),
            ], Begrip::Blijverslening)) }
            (ui::summary_list(&ctx.tr, &[
                ui::SummaryRow::new(ctx.t(msg::BLIJVERSLENING_ZAAK_NUMMER), a.referentie.clone().unwrap_or_default()),
                ui::SummaryRow::new(ctx.t(msg::BLIJVERSLENING_MAATREGELEN_LABEL), g.maatregelen.clone()),
                ui::SummaryRow::new(ctx.t(msg::BLIJVERSLENING_SOORT_LABEL), ctx.t(g.soort.naam())),
                ui::SummaryRow::new(ctx.t(msg::BLIJVERSLENING_BEDRAG_LABEL), euro(ctx, g.bedrag)),
            ]))
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_SVN)) }
            @if e.antwoord.is_none() {
                form method="post" action={ "/blijverslening/eigenaar/" (geheim) } novalidate {
                    (ui::Field::new("antwoord", ctx.t(msg::BLIJVERSLENING_EIGENAAR_VRAAG)).errors(errors)
                        .radios(&ctx.tr, &[
                            ui::Choice::new("ja", ctx.t(msg::BLIJVERSLENING_EIGENAAR_JA)),
                            ui::Choice::new("nee", ctx.t(msg::BLIJVERSLENING_EIGENAAR_NEE))
                                .hint(ctx.t(msg::BLIJVERSLENING_EIGENAAR_NEE_HINT)),
                        ]))
                    (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_EIGENAAR_KNOP)))
                }
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}
