//! The resident's answers: to a question, to the verslag, and documents they add.

use super::*;

/// `GET /melding/{id}/vraag/{vraag}`: the question and the form for the answer.
pub fn vraag(
    ctx: &Ctx,
    melding: &Melding,
    vraag: &Vraag,
    tekst: &str,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_VRAAG_TITEL))
        .errors(errors)
        .render(html! {
            (ui::in_het_nederlands(&ctx.tr))
            div { (ui::van_gemeente(&ctx.tr, &vraag.tekst)) }
            p { strong { (ctx.tr.ta(msg::DOSSIER_VRAAG_VOOR, &[("datum", datum_met_dag(vraag.voor, ctx.lang()).into())])) } }
            @if vraag.schort_op {
                p { (begrippen::zin(ctx, msg::DOSSIER_VRAAG_WACHT, &[], Begrip::Besluit)) }
            }
            form method="post" action={ (pad(melding)) "/vraag/" (vraag.id) } enctype="multipart/form-data" novalidate {
                (ui::Field::new("tekst", ctx.t(msg::DOSSIER_ANTWOORD_LABEL))
                    .hint(ctx.t(msg::DOSSIER_ANTWOORD_HINT))
                    .value(tekst)
                    .errors(errors)
                    .textarea(tr, 6, Some(MAX_TEKENS as u32)))
                (ui::Field::new("bestand", ctx.t(msg::DOSSIER_ANTWOORD_BESTAND))
                    .errors(errors)
                    .file(tr, ACCEPT, MAX_MB))
                (ui::Button::primary(ctx.t(msg::DOSSIER_ANTWOORD_KNOP)))
            }
        })
}

/// `GET /melding/{id}/verslag`: the verslag as the municipality wrote it, the resident's comments below it,
/// and the form for another.
pub fn verslag(
    ctx: &Ctx,
    melding: &Melding,
    zaak: &Zaak,
    invoer: &TekstForm,
    errors: &FieldErrors,
    klaar: Option<Klaar>,
) -> Markup {
    let lang = ctx.lang();
    let (tekst, document_id, op) = match zaak.verslag.as_ref().map(|s| (&s.gebeurtenis, s.op)) {
        Some((Gebeurtenis::Verslag { tekst, document_id }, op)) => {
            (tekst.as_str(), document_id.as_deref(), Some(op))
        }
        _ => ("", None, None),
    };
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_VERSLAG_TITEL))
        .errors(errors)
        .render(html! {
            (banner(ctx, klaar))
            @if let Some(op) = op {
                p { (begrippen::zin(ctx, msg::DOSSIER_VERSLAG_INTRO, &[("datum", datum(crate::zaken::dag(op), lang).into())], Begrip::Verslag)) }
            }
            section.loket-verslag aria-labelledby="verslag" {
                h2 id="verslag" { (ctx.t(msg::DOSSIER_VERSLAG_TEKST)) }
                (alinea(tekst))
                @if let Some(doc) = document_id {
                    p { a href={ (pad(melding)) "/document/" (doc) } download { (ctx.t(msg::DOSSIER_VERSLAG_PDF)) } }
                }
            }
            @if !zaak.reacties.is_empty() {
                h2 { (ctx.t(msg::DOSSIER_REACTIES_TITEL)) }
                ol.loket-list-plain {
                    @for reactie in &zaak.reacties {
                        @if let Gebeurtenis::Reactie { tekst } = &reactie.gebeurtenis {
                            li.loket-reactie {
                                p { strong { (ctx.tr.ta(msg::DOSSIER_REACTIE_OP, &[("datum", tijdstip(reactie.op, lang).into())])) }
                                    @if reactie.door == crate::zaken::domain::Door::Helper { " " (ctx.t(msg::DOSSIER_DOOR_HELPER)) } }
                                (alinea(tekst))
                            }
                        }
                    }
                }
            }
            @if mag_indienen(ctx) {
            h2 { (ctx.t(msg::DOSSIER_REACTIE_TITEL)) }
            form method="post" action={ (pad(melding)) "/verslag" } novalidate {
                input type="hidden" name="stand" value=(stand(&invoer.stand, zaak));
                (ui::Field::new("tekst", ctx.t(msg::DOSSIER_REACTIE_LABEL))
                    .hint(ctx.t(msg::DOSSIER_REACTIE_HINT))
                    .value(invoer.tekst.as_str())
                    .errors(errors)
                    .textarea(&ctx.tr, 6, Some(MAX_TEKENS as u32)))
                (ui::Button::primary(ctx.t(msg::DOSSIER_REACTIE_KNOP)))
            }
            }
            (begrippen::uitleg(ctx, &[Begrip::Verslag, Begrip::Onderzoek]))
        })
}

/// The step of the case a form was drawn on: as sent with the form when it comes back with errors, or the
/// case's last step.
pub(super) fn stand(gestuurd: &str, zaak: &Zaak) -> String {
    match gestuurd {
        "" => zaak.stand().to_string(),
        s => s.to_owned(),
    }
}

/// `GET /melding/{id}/uploaden`.
pub fn uploaden(ctx: &Ctx, melding: &Melding, stand: &str, errors: &FieldErrors) -> Markup {
    sub_pagina(ctx, melding, &ctx.t(msg::DOSSIER_UPLOADEN_TITEL))
        .errors(errors)
        .render(html! {
            p { (begrippen::zin(ctx, msg::DOSSIER_UPLOADEN_INTRO, &[], Begrip::Melding)) }
            form method="post" action={ (pad(melding)) "/uploaden" } enctype="multipart/form-data" novalidate {
                input type="hidden" name="stand" value=(stand);
                (ui::Field::new("bestand", ctx.t(msg::DOSSIER_UPLOADEN_KIES))
                    .errors(errors)
                    .file(&ctx.tr, ACCEPT, MAX_MB))
                (ui::Button::primary(ctx.t(msg::DOSSIER_UPLOADEN_KNOP)))
            }
            (begrippen::uitleg(ctx, &[Begrip::Melding]))
        })
}
