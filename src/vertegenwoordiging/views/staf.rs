//! The staff pages that check a representative's proof.

use super::*;

/// On the staff's case page: the person this melding is for has not confirmed yet.
pub fn staf_melding(ctx: &Ctx, wacht: &Wacht) -> Markup {
    let status = wacht.laatste.as_ref().map(|a| a.status);
    html! {
        (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
            p { (ctx.tr.ta(msg::VERTEGENWOORDIGING_STAF_ONBEVESTIGD, &[("naam", wacht.naam.as_str().into())])) }
            @if let Some(status) = status {
                p { (ctx.t(msg::VERTEGENWOORDIGING_STATUS_LABEL)) ": " (ctx.t(status_naam(status))) }
            }
            @if let Some(a) = wacht.laatste.as_ref().filter(|a| a.status == Status::TeControleren) {
                p { a href={ "/medewerker/machtigingen/" (a.id) } { (ctx.t(msg::VERTEGENWOORDIGING_STAF_CONTROLEER)) } }
            }
        }))
    }
}

pub(super) fn grond_naam(grond: Grond) -> &'static str {
    match grond {
        Grond::Rechter => msg::VERTEGENWOORDIGING_GROND_RECHTER,
        _ => msg::VERTEGENWOORDIGING_GROND_FORMULIER,
    }
}

/// `GET /medewerker/machtigingen`.
pub fn controle_lijst(ctx: &Ctx, lijst: &[Aanvraag], klaar: &str) -> Markup {
    let kolommen = [
        ctx.t(msg::VERTEGENWOORDIGING_KOLOM_VOOR),
        ctx.t(msg::VERTEGENWOORDIGING_KOLOM_SOORT),
        ctx.t(msg::VERTEGENWOORDIGING_KOLOM_DOOR),
        ctx.t(msg::VERTEGENWOORDIGING_KOLOM_OP),
    ];
    ui::Page::new(ctx, ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_LIJST_TITEL))
        .back("/medewerker", ctx.t(msg::BACKOFFICE_TERUG_WACHTRIJ))
        .wide()
        .render(html! {
            @match klaar {
                "goedgekeurd" => { (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! { p { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_KLAAR_GOED)) } })) }
                "afgewezen" => { (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! { p { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_KLAAR_AF)) } })) }
                _ => {}
            }
            p { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_LIJST_INTRO)) }
            @if lijst.is_empty() {
                p { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_LIJST_LEEG)) }
            } @else {
                table.loket-table {
                    caption { (ctx.tr.ta(msg::VERTEGENWOORDIGING_CONTROLE_LIJST_CAPTION, &[("aantal", lijst.len().into())])) }
                    thead { tr { @for kolom in &kolommen { th scope="col" { (kolom) } } } }
                    tbody {
                        @for a in lijst {
                            tr {
                                th scope="row" data-label=(kolommen[0]) {
                                    a href={ "/medewerker/machtigingen/" (a.id) } { (a.naam.as_deref().unwrap_or("-")) }
                                }
                                td data-label=(kolommen[1]) { (ctx.t(soort_naam(a.soort))) " (" (ctx.t(grond_naam(a.grond))) ")" }
                                td data-label=(kolommen[2]) { (a.aanvrager()) }
                                td data-label=(kolommen[3]) { (tijdstip(a.aangemaakt_op, ctx.lang())) }
                            }
                        }
                    }
                }
            }
        })
}

/// The account that already has the represented person's address.
pub struct Bestaand {
    pub naam: String,
}

/// `GET /medewerker/machtigingen/{id}`: what was asked, the proof, and the decision.
pub fn controle(
    ctx: &Ctx,
    a: &Aanvraag,
    bestaand: Option<&Bestaand>,
    reden: &str,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let leeg = || "-".to_owned();
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_KOLOM_SOORT),
            format!(
                "{} ({})",
                ctx.t(soort_naam(a.soort)),
                ctx.t(grond_naam(a.grond))
            ),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_KOLOM_VOOR),
            a.naam.clone().unwrap_or_else(leeg),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_GEBOREN_LABEL),
            a.geboortedatum
                .map(|d| datum(d, ctx.lang()))
                .unwrap_or_else(leeg),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_EMAIL),
            a.email.clone().unwrap_or_else(leeg),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_KOLOM_DOOR),
            html! { (a.aanvrager()) br; (a.aanvrager_email) },
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_RECHTEN),
            html! { @for zin in rechten_zinnen(tr, a.rechten) { (zin) br; } },
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_TOT),
            tot_zin(tr, a.geldig_tot),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_KOLOM_OP),
            tijdstip(a.aangemaakt_op, ctx.lang()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_STATUS_LABEL),
            status_tag(ctx, a.status),
        ),
    ];
    if let Some(melding_id) = &a.melding_id {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_MELDING),
            html! { a href={ "/medewerker/zaak/" (melding_id) } { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_MELDING_LINK)) } },
        ));
    }
    let pad = format!("/medewerker/machtigingen/{}", a.id);
    ui::Page::new(
        ctx,
        tr.ta(
            msg::VERTEGENWOORDIGING_CONTROLE_TITEL,
            &[("naam", a.naam.clone().unwrap_or_else(leeg).into())],
        ),
    )
    .back("/medewerker/machtigingen", ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_TERUG))
    .errors(errors)
    .render(html! {
        p { (ctx.t(soort_uitleg(a.soort))) }
        (ui::summary_list(tr, &rijen))
        @if let Some(bestaand) = bestaand {
            (ui::notification_banner(tr, ui::Notice::Info, html! { p { (tr.ta(msg::VERTEGENWOORDIGING_CONTROLE_BESTAAND, &[("naam", bestaand.naam.as_str().into())])) } }))
        }
        @if let Some((naam, _, grootte)) = &a.bewijs {
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_BEWIJS)) }
            p { a href={ (pad) "/bewijs" } { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_DOWNLOAD)) " " (naam) } " (" (grootte / 1024 + 1) " kB)" }
        }
        @if a.status == Status::TeControleren {
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_BESLUIT)) }
            p { (ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_GOED_UITLEG)) }
            form method="post" action={ (pad) "/besluit" } novalidate {
                (ui::Field::new("reden", ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_REDEN_LABEL))
                    .hint(ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_REDEN_HINT))
                    .value(reden)
                    .errors(errors)
                    .textarea(tr, 4, Some(super::super::form::REDEN_MAX as u32)))
                (ui::button_group(html! {
                    (ui::Button::primary(ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_GOED_KNOP)).name_value("besluit", "goedkeuren"))
                    (ui::Button::warning(ctx.t(msg::VERTEGENWOORDIGING_CONTROLE_AF_KNOP)).name_value("besluit", "afwijzen"))
                }))
            }
        }
    })
}
