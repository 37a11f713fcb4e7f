//! The besluit, the bezwaar against it, and the ingebrekestelling when a term has passed.

use super::*;

/// `GET /melding/{id}/besluit`: the besluit in plain words, per voorziening, with the letter and how to
/// object.
pub fn besluit(ctx: &Ctx, melding: &Melding, zaak: &Zaak, vandaag: Date) -> Markup {
    let Some(Gebeurtenis::Besluit {
        verzonden_op,
        regels,
        motivering,
        document_id,
    }) = zaak.besluit.as_ref().map(|s| &s.gebeurtenis)
    else {
        return html! {};
    };
    let lang = ctx.lang();
    let pad = pad(melding);
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_BESLUIT_TITEL)).render(html! {
        (ui::in_het_nederlands(&ctx.tr))
        p { (begrippen::zin(ctx, msg::DOSSIER_BESLUIT_INTRO, &[("datum", datum_met_dag(*verzonden_op, lang).into())], Begrip::Besluit)) }
        @if let Some(doc) = document_id {
            p { a href={ (pad) "/document/" (doc) } download { (ctx.t(msg::DOSSIER_BESLUIT_BRIEF)) } }
        }
        (crate::zaken::beschikking::link(ctx, &format!("{pad}/besluit/brief")))
        @for regel in regels {
            (besluit_regel(ctx, regel))
        }
        @if !motivering.trim().is_empty() {
            h2 { (ctx.t(msg::DOSSIER_BESLUIT_MOTIVERING)) }
            (ui::van_gemeente(&ctx.tr, motivering))
        }
        section aria-labelledby="bezwaar" {
            h2 id="bezwaar" { (ctx.t(msg::DOSSIER_BESLUIT_BEZWAAR_TITEL)) }
            @if let Some(bezwaar) = &zaak.bezwaar {
                p { (begrippen::zin(ctx, msg::DOSSIER_STAP_BEZWAAR, &[("datum", datum(crate::zaken::dag(bezwaar.op), lang).into())], Begrip::Bezwaar)) }
                p { (ctx.t(msg::DOSSIER_BEZWAAR_HIERNA)) }
                p { a href={ (pad) "/bezwaar" } { (ctx.t(msg::BEZWAAR_BEKIJKEN)) } }
            } @else {
                @if let Some(termijn) = zaak.bezwaar_termijn(&ctx.app.gemeente) {
                    (bezwaar_termijn(ctx, &termijn, vandaag))
                }
                @if mag_indienen(ctx) {
                    p { (ui::Button::secondary(ctx.t(msg::DOSSIER_BEZWAAR_LINK)).link(&format!("{pad}/bezwaar"))) }
                }
            }
        }
        (begrippen::uitleg(ctx, &[Begrip::Besluit, Begrip::ZorgInNatura, Begrip::Pgb, Begrip::EigenBijdrage, Begrip::Bezwaar]))
    })
}

pub(super) fn besluit_regel(ctx: &Ctx, regel: &BesluitRegel) -> Markup {
    let lang = ctx.lang();
    let (tag, uitkomst) = match regel.uitkomst {
        Uitkomst::Toegekend => (ui::TagKind::Success, msg::DOSSIER_UITKOMST_TOEGEKEND),
        Uitkomst::Gedeeltelijk => (ui::TagKind::Warning, msg::DOSSIER_UITKOMST_GEDEELTELIJK),
        Uitkomst::Afgewezen => (ui::TagKind::Error, msg::DOSSIER_UITKOMST_AFGEWEZEN),
    };
    let mut rijen = Vec::new();
    if regel.uitkomst != Uitkomst::Afgewezen {
        if !regel.omvang.trim().is_empty() {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::DOSSIER_REGEL_WAT),
                regel.omvang.as_str(),
            ));
        }
        if let Some(dag) = regel.ingangsdatum {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::DOSSIER_REGEL_VANAF),
                datum_met_dag(dag, lang),
            ));
        }
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::DOSSIER_REGEL_TOT),
            match regel.einddatum {
                Some(dag) => datum_met_dag(dag, lang),
                None => ctx.t(msg::DOSSIER_REGEL_GEEN_EINDE),
            },
        ));
        match regel.vorm {
            Some(Vorm::Zin) => {
                rijen.push(ui::SummaryRow::new(
                    ctx.t(msg::DOSSIER_REGEL_HOE),
                    begrippen::zin(ctx, msg::DOSSIER_REGEL_ZIN, &[], Begrip::ZorgInNatura),
                ));
            }
            Some(Vorm::Pgb) => {
                rijen.push(ui::SummaryRow::new(
                    ctx.t(msg::DOSSIER_REGEL_HOE),
                    begrippen::zin(ctx, msg::DOSSIER_REGEL_PGB, &[], Begrip::Pgb),
                ));
                if let Some(cent) = regel.pgb_bedrag {
                    rijen.push(ui::SummaryRow::new(
                        ctx.t(msg::DOSSIER_REGEL_BUDGET),
                        html! {
                            p { (bedrag(cent, lang)) }
                            (ui::van_gemeente(&ctx.tr, &regel.pgb_berekening))
                        },
                    ));
                }
            }
            None => {}
        }
        if !regel.aanbieder.trim().is_empty() {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::DOSSIER_REGEL_WIE),
                regel.aanbieder.as_str(),
            ));
        }
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::DOSSIER_REGEL_BETALEN),
            match regel.eigen_bijdrage {
                Some(cent) if cent > crate::geld::Bedrag::NUL => begrippen::zin(
                    ctx,
                    msg::DOSSIER_REGEL_EIGEN_BIJDRAGE,
                    &[("bedrag", bedrag(cent, lang).into())],
                    Begrip::EigenBijdrage,
                ),
                _ => html! { (ctx.t(msg::DOSSIER_REGEL_NIETS)) },
            },
        ));
    }
    if !regel.reden.trim().is_empty() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::DOSSIER_REGEL_WAAROM),
            ui::van_gemeente(&ctx.tr, &regel.reden),
        ));
    }
    html! {
        h2 { (regel.omschrijving) " " (ui::tag(tag, &ctx.t(uitkomst))) }
        (ui::summary_list(&ctx.tr, &rijen))
    }
}

pub(super) use crate::zaken::bezwaar::views::bezwaar_termijn;

/// `GET /melding/{id}/ingebrekestelling`: what it is, what the dwangsom is, and the button; afterwards how
/// the dwangsom stands.
pub fn ingebrekestelling(ctx: &Ctx, melding: &Melding, zaak: &Zaak, vandaag: Date) -> Markup {
    let lang = ctx.lang();
    let termijn = zaak.besluit_termijn(&ctx.app.gemeente, vandaag);
    let [eerste, tweede, derde] = dwangsom::PER_DAG;
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_INGEBREKE_TITEL)).render(html! {
        @if let Some(dw) = domain::dwangsom(zaak, vandaag) {
            (dwangsom_stand(ctx, &dw))
        } @else {
            @if let Some(einde) = termijn {
                p { (begrippen::zin(ctx, msg::DOSSIER_INGEBREKE_TE_LAAT, &[("datum", datum_met_dag(einde, lang).into())], Begrip::Aanvraag)) }
            }
            p { (begrippen::zin(ctx, msg::DOSSIER_INGEBREKE_WAT, &[], Begrip::Ingebrekestelling)) }
            p { (ctx.t(msg::DOSSIER_INGEBREKE_BETEKENT)) }
            p { (begrippen::zin(ctx, msg::DOSSIER_INGEBREKE_DWANGSOM, &[("dagen", dwangsom::WACHTTIJD_DAGEN.into())], Begrip::Dwangsom)) }
            h2 { (ctx.t(msg::DOSSIER_INGEBREKE_HOEVEEL)) }
            ul {
                li { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_EERSTE, &[("dagen", eerste.0.into()), ("bedrag", bedrag(eerste.1, lang).into())])) }
                li { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_TWEEDE, &[("dagen", tweede.0.into()), ("bedrag", bedrag(tweede.1, lang).into())])) }
                li { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_DERDE, &[("bedrag", bedrag(derde.1, lang).into())])) }
            }
            p { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_MAXIMUM, &[("dagen", dwangsom::MAXIMUM_DAGEN.into()), ("bedrag", bedrag(dwangsom::maximum(), lang).into())])) }
            h2 { (ctx.t(msg::DOSSIER_INGEBREKE_KNOP_TITEL)) }
            p { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_VANDAAG, &[("datum", datum_met_dag(vandaag, lang).into())])) }
            p { (ctx.tr.ta(msg::DOSSIER_INGEBREKE_VANAF, &[("datum", datum_met_dag(domain::dwangsom_vanaf_als(vandaag), lang).into())])) }
            form method="post" action={ (pad(melding)) "/ingebrekestelling" } novalidate {
                (ui::Button::primary(ctx.t(msg::DOSSIER_INGEBREKE_KNOP)))
            }
        }
        (begrippen::uitleg(ctx, &[Begrip::Aanvraag, Begrip::Besluit, Begrip::Ingebrekestelling, Begrip::Dwangsom]))
    })
}
