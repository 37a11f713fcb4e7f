//! The staff page of a proposal: everything sent, and the conversation, questions and decision.

use super::*;
use crate::uitdaagrecht::stap::Gebeurtenis;

/// What a step of the case was, for its history.
pub fn stap_tekst(ctx: &Ctx, stap: &Gebeurtenis) -> String {
    match stap {
        Gebeurtenis::Ingediend => ctx.t(msg::UITDAAGRECHT_GEBEURTENIS_INGEDIEND),
        Gebeurtenis::GesprekGepland => ctx.t(msg::UITDAAGRECHT_GEBEURTENIS_GESPREK),
        Gebeurtenis::Vraag { .. } => ctx.t(msg::UITDAAGRECHT_GEBEURTENIS_VRAAG),
        Gebeurtenis::Antwoord { .. } => ctx.t(msg::UITDAAGRECHT_GEBEURTENIS_ANTWOORD),
        Gebeurtenis::Besloten { uitkomst } => ctx.tr.ta(
            msg::UITDAAGRECHT_GEBEURTENIS_BESLOTEN,
            &[("uitkomst", uitkomst_tekst(ctx, *uitkomst).into())],
        ),
    }
}

/// `GET /medewerker/uitdaagrecht/{id}`: the proposal, the initiative's contact, and the steps to take.
pub fn staf_detail(
    ctx: &Ctx,
    v: &Voorstel,
    i: &Initiatief,
    invoer: &StafInvoer<'_>,
    errors: &FieldErrors,
    melding: Option<Markup>,
    geschiedenis: &Markup,
) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let referentie = v.referentie.clone().unwrap_or_default();
    let basis = format!("/medewerker/uitdaagrecht/{}", v.id);
    let uitkomsten: Vec<(String, &'static str)> = Uitkomst::ALL
        .iter()
        .map(|u| (uitkomst_tekst(ctx, *u), u.code()))
        .collect();
    let keuzes = keuzes(&uitkomsten);
    // A new form gets a new key; a form sent back with an error keeps the key it had.
    let vraag_sleutel = if invoer.sleutel.is_empty() {
        crate::token::random_hex(16)
    } else {
        invoer.sleutel.to_owned()
    };
    let contact = contact(i);
    let mut gegevens = vec![
        ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_NAAM_LABEL), i.naam.as_str()),
        ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_CONTACT_TITEL), contact),
        ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_LEDEN_TITEL), i.leden.join(", ")),
    ];
    if let Some(vorm) = i.vorm {
        gegevens.insert(
            1,
            ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_VORM_LABEL), vorm_tekst(ctx, vorm)),
        );
    }
    if let Some(kvk) = &i.kvk {
        gegevens.insert(
            2,
            ui::SummaryRow::new(ctx.t(msg::UITDAAGRECHT_KVK_LABEL), kvk.as_str()),
        );
    }
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::UITDAAGRECHT_MEDEWERKER_DETAIL_TITEL,
            &[("referentie", referentie.as_str().into())],
        ),
    )
    .wide()
    .back(crate::zaken::kern::Regeling::Uitdaagrecht.wachtrij(), ctx.t(msg::UI_BACK_LINK))
    .errors(errors)
    .render(html! {
        @if let Some(m) = melding { (m) }
        h2 { (v.taak) }
        p { (ctx.t(msg::UITDAAGRECHT_STATUS_LABEL)) " " (status_tag(ctx, v.status)) }
        (tijdlijn(ctx, v))
        p {
            @if v.is_openbaar() { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_OPENBAAR)) } @else { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_NIET_OPENBAAR)) }
        }
        p { (ctx.tr.ta(msg::UITDAAGRECHT_STEUN_AANTAL, &[("aantal", v.steun.into())])) }
        h2 { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_INITIATIEF)) }
        (ui::summary_list(tr, &gegevens))
        h2 { (ctx.t(msg::UITDAAGRECHT_ZAAK_GEGEVENS)) }
        (antwoorden(ctx, v, None, &format!("{basis}/bijlage/")))
        @if let Some(bericht) = &v.gesprek_bericht {
            h2 { (ctx.t(msg::UITDAAGRECHT_GESPREK_TITEL)) }
            (alinea(bericht))
        }
        h2 #vragen { (ctx.t(msg::UITDAAGRECHT_VRAGEN_TITEL)) }
        @if v.vragen.is_empty() {
            p { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_GEEN_VRAGEN)) }
        }
        @for (n, q) in v.vragen.iter().enumerate() {
            h3 { (ctx.tr.ta(msg::UITDAAGRECHT_VRAAG_NUMMER, &[("nummer", (n + 1).into()), ("datum", datum(dag(q.gesteld_op), lang).into())])) }
            (alinea(&q.vraag))
            @match (&q.antwoord, q.beantwoord_op) {
                (Some(antwoord), Some(op)) => {
                    h4 { (ctx.tr.ta(msg::UITDAAGRECHT_ANTWOORD_GEGEVEN, &[("datum", datum(dag(op), lang).into())])) }
                    (alinea(antwoord))
                }
                _ => { p { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_WACHT_OP_ANTWOORD)) } }
            }
        }
        h2 { (ctx.t(msg::BACKOFFICE_GESCHIEDENIS_TITEL)) }
        (geschiedenis)
        (antwoord_gemeente(ctx, v))
        @if v.status == Status::Ontvangen {
            h2 { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_GESPREK_TITEL)) }
            form method="post" action={ (basis) "/gesprek" } novalidate {
                (ui::Field::new("bericht", ctx.t(msg::UITDAAGRECHT_BERICHT_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_BERICHT_HINT))
                    .value(invoer.bericht).errors(errors).textarea(tr, 5, Some(form::TEKST_MAX as u32)))
                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_MEDEWERKER_GESPREK_KNOP)))
            }
        }
        @if v.status.is_open() {
            h2 { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_VRAAG_TITEL)) }
            form method="post" action={ (basis) "/vraag" } novalidate {
                input type="hidden" name="sleutel" value=(vraag_sleutel);
                (ui::Field::new("vraag", ctx.t(msg::UITDAAGRECHT_VRAAG_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_VRAAG_HINT))
                    .value(invoer.vraag).errors(errors).textarea(tr, 5, Some(form::TEKST_MAX as u32)))
                (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_MEDEWERKER_VRAAG_KNOP)))
            }
            h2 { (ctx.t(msg::UITDAAGRECHT_MEDEWERKER_BESLUIT_TITEL)) }
            form method="post" action={ (basis) "/besluit" } novalidate {
                (ui::Field::new("uitkomst", ctx.t(msg::UITDAAGRECHT_UITKOMST_LABEL))
                    .value(invoer.uitkomst).errors(errors).radios(tr, &keuzes))
                (ui::Field::new("toelichting", ctx.t(msg::UITDAAGRECHT_TOELICHTING_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_TOELICHTING_HINT))
                    .value(invoer.toelichting).errors(errors).textarea(tr, 8, Some(form::TOELICHTING_MAX as u32)))
                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_MEDEWERKER_BESLUIT_KNOP)))
            }
        }
    })
}
