//! Pages of the persoonlijk plan: the overview with the deadline and the choice, the three questions, the upload.

use maud::{Markup, html};
use time::Date;

use super::domain::{MAX_TEKENS, Soort, Status};
use super::form::{INLEVEREN, OPSLAAN, PlanForm};
use super::repo::{BestandInfo, Plan};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{Lang, datum, datum_met_dag, msg};
use crate::termijnen::domain::Termijn;
use crate::ui;
use crate::zaken::document::MAX_MB;

/// The words these pages use, explained at their foot.
const WOORDEN: [Begrip; 2] = [Begrip::PersoonlijkPlan, Begrip::Melding];

/// What the overview shows.
pub struct Overzicht {
    /// `/melding/{id}/plan`.
    pub pad: String,
    /// The term for the plan; `None` when the melding has no day of receipt yet.
    pub termijn: Option<Termijn>,
    pub vandaag: Date,
    pub kan_wijzigen: bool,
    pub plan: Option<Plan>,
}

/// What the resident just did, shown once after the redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Klaar {
    Opgeslagen,
    Ingeleverd,
}

pub fn overzicht(ctx: &Ctx, o: &Overzicht, klaar: Option<Klaar>) -> Markup {
    let melding = klaar.map(|k| match k {
        Klaar::Opgeslagen => msg::PERSOONLIJK_PLAN_KLAAR_OPGESLAGEN,
        Klaar::Ingeleverd => msg::PERSOONLIJK_PLAN_KLAAR_INGELEVERD,
    });
    pagina(ctx, o, melding.map(|m| (ui::Notice::Success, m)))
}

/// The overview after a post that came too late: the plan is fixed since the first gesprek has a date.
pub fn vast(ctx: &Ctx, o: &Overzicht) -> Markup {
    pagina(ctx, o, Some((ui::Notice::Info, msg::PERSOONLIJK_PLAN_VAST)))
}

fn pagina(ctx: &Ctx, o: &Overzicht, banner: Option<(ui::Notice, &str)>) -> Markup {
    let dagen = ctx.app.gemeente.termijnen.persoonlijk_plan_dagen;
    ui::Page::new(ctx, ctx.t(msg::PERSOONLIJK_PLAN_TITEL)).render(html! {
        @if let Some((soort, tekst)) = banner {
            (ui::notification_banner(&ctx.tr, soort, html! { p { (ctx.t(tekst)) } }))
        }
        p { (begrippen::zin(ctx, msg::PERSOONLIJK_PLAN_INTRO, &[], Begrip::PersoonlijkPlan)) }
        p { (ctx.t(msg::PERSOONLIJK_PLAN_HOEFT_NIET)) }
        @if o.kan_wijzigen {
            section.loket-termijn aria-labelledby="termijn" {
                h2 id="termijn" { (ctx.t(msg::PERSOONLIJK_PLAN_TERMIJN_TITEL)) }
                (termijn(ctx, o.termijn.as_ref(), o.vandaag, dagen))
            }
        }
        (huidig(ctx, o))
        @if o.kan_wijzigen {
            h2 { (ctx.t(msg::PERSOONLIJK_PLAN_KEUZE_TITEL)) }
            @if o.plan.as_ref().is_some_and(|p| p.status == Status::Ingeleverd) {
                p { (ctx.t(msg::PERSOONLIJK_PLAN_VERVANGEN)) }
            }
            ul {
                li {
                    a href={ (o.pad) "/schrijven" } { (ctx.t(msg::PERSOONLIJK_PLAN_KEUZE_SCHRIJVEN)) } br;
                    (ctx.t(msg::PERSOONLIJK_PLAN_KEUZE_SCHRIJVEN_UITLEG))
                }
                li {
                    a href={ (o.pad) "/uploaden" } { (ctx.t(msg::PERSOONLIJK_PLAN_KEUZE_UPLOADEN)) } br;
                    (ctx.t(msg::PERSOONLIJK_PLAN_KEUZE_UPLOADEN_UITLEG))
                }
            }
        }
        (begrippen::uitleg(ctx, &WOORDEN))
    })
}

/// The last day, one sentence on where it comes from, and a plain word when it has passed.
fn termijn(ctx: &Ctx, termijn: Option<&Termijn>, vandaag: Date, dagen: u32) -> Markup {
    let lang = ctx.lang();
    let Some(t) = termijn else {
        return html! {
            p { (begrippen::zin(ctx, msg::PERSOONLIJK_PLAN_TERMIJN_ONBEKEND, &[("dagen", dagen.into())], Begrip::Melding)) }
        };
    };
    html! {
        p {
            strong { (ctx.tr.ta(msg::PERSOONLIJK_PLAN_TERMIJN, &[("datum", datum_met_dag(t.einde, lang).into())])) }
        }
        p { (begrippen::zin(ctx, msg::PERSOONLIJK_PLAN_TERMIJN_UITLEG, &[
            ("dagen", dagen.into()),
            ("ontvangen", datum(t.begin, lang).into()),
        ], Begrip::Melding)) }
        @if t.verlengd() {
            p { (ctx.tr.ta(msg::PERSOONLIJK_PLAN_TERMIJN_VERLENGD, &[("datum", datum_met_dag(t.einde_zonder_verlenging, lang).into())])) }
        }
        @if t.verstreken(vandaag) {
            p id="te-laat" { strong { (ctx.t(msg::PERSOONLIJK_PLAN_TE_LAAT)) } }
        }
    }
}

/// The plan as the municipality has it now (or the draft), read-only.
fn huidig(ctx: &Ctx, o: &Overzicht) -> Markup {
    let Some(plan) = &o.plan else {
        return html! {
            @if !o.kan_wijzigen {
                p { (ctx.t(msg::PERSOONLIJK_PLAN_GEEN_PLAN)) }
            }
        };
    };
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let (tag_soort, tag_tekst) = match plan.status {
        Status::Concept => (ui::TagKind::Warning, msg::PERSOONLIJK_PLAN_STATUS_CONCEPT),
        Status::Ingeleverd => (
            ui::TagKind::Success,
            msg::PERSOONLIJK_PLAN_STATUS_INGELEVERD,
        ),
    };
    let mut rows = vec![ui::SummaryRow::new(
        ctx.t(msg::PERSOONLIJK_PLAN_STATUS_LABEL),
        ui::tag(tag_soort, &ctx.t(tag_tekst)),
    )];
    if let Some(op) = plan.ingeleverd_op {
        rows.push(ui::SummaryRow::new(
            ctx.t(msg::PERSOONLIJK_PLAN_INGELEVERD_OP),
            datum(crate::clock::amsterdam(op).date(), lang),
        ));
    }
    match (plan.soort, &plan.bestand) {
        (Soort::Bestand, Some(bestand)) => rows.push(ui::SummaryRow::new(
            ctx.t(msg::PERSOONLIJK_PLAN_BESTAND_LABEL),
            download(ctx, &o.pad, bestand),
        )),
        _ => {
            for (label, tekst) in [
                (msg::PERSOONLIJK_PLAN_DOELEN_LABEL, &plan.teksten.doelen),
                (
                    msg::PERSOONLIJK_PLAN_ZELF_LABEL,
                    &plan.teksten.zelf_en_netwerk,
                ),
                (
                    msg::PERSOONLIJK_PLAN_ONDERSTEUNING_LABEL,
                    &plan.teksten.ondersteuning,
                ),
            ] {
                rows.push(ui::SummaryRow::new(ctx.t(label), alinea(tekst)));
            }
        }
    }
    html! {
        h2 { (ctx.t(msg::PERSOONLIJK_PLAN_HUIDIG_TITEL)) }
        (ui::summary_list(tr, &rows))
        @if plan.status == Status::Concept && o.kan_wijzigen {
            p { (ctx.t(msg::PERSOONLIJK_PLAN_CONCEPT_UITLEG)) }
        }
    }
}

/// Text as the resident typed it: one paragraph per line.
use crate::ui::alinea;

fn download(ctx: &Ctx, pad: &str, bestand: &BestandInfo) -> Markup {
    let tekst = ctx.tr.ta(
        msg::PERSOONLIJK_PLAN_BESTAND_DOWNLOAD,
        &[
            ("naam", bestand.naam.as_str().into()),
            ("soort", bestand.soort.naam().into()),
            ("grootte", grootte(bestand.grootte, ctx.lang()).into()),
        ],
    );
    crate::zaken::document::link(
        &ctx.tr,
        &format!("{pad}/bestand"),
        &tekst,
        bestand.controle,
        true,
    )
}

/// A file size as residents read it: "34 kB" or "1,2 MB".
fn grootte(bytes: i64, lang: Lang) -> String {
    const MB: i64 = 1024 * 1024;
    if bytes < MB {
        format!("{} kB", (bytes + 1023) / 1024)
    } else {
        let megabytes = bytes as f64 / MB as f64;
        format!("{} MB", crate::i18n::getal_met_decimaal(megabytes, lang))
    }
}

/// The three questions.
pub fn schrijven(
    ctx: &Ctx,
    pad: &str,
    input: &PlanForm,
    errors: &FieldErrors,
    ingeleverd: bool,
) -> Markup {
    let tr = &ctx.tr;
    let max = Some(MAX_TEKENS as u32);
    ui::Page::new(ctx, ctx.t(msg::PERSOONLIJK_PLAN_SCHRIJVEN_TITEL))
        .back(pad, ctx.t(msg::PERSOONLIJK_PLAN_TERUG))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::PERSOONLIJK_PLAN_SCHRIJVEN_INTRO)) }
            @if ingeleverd {
                p { (ctx.t(msg::PERSOONLIJK_PLAN_SCHRIJVEN_NIEUWE_VERSIE)) }
            } @else {
                p { (ctx.t(msg::PERSOONLIJK_PLAN_SCHRIJVEN_OPSLAAN_UITLEG)) }
            }
            form method="post" action={ (pad) "/schrijven" } novalidate {
                (ui::Field::new("doelen", ctx.t(msg::PERSOONLIJK_PLAN_DOELEN_LABEL))
                    .hint(ctx.t(msg::PERSOONLIJK_PLAN_DOELEN_HINT))
                    .value(input.doelen.as_str())
                    .errors(errors)
                    .textarea(tr, 6, max))
                (ui::Field::new("zelf", ctx.t(msg::PERSOONLIJK_PLAN_ZELF_LABEL))
                    .hint(ctx.t(msg::PERSOONLIJK_PLAN_ZELF_HINT))
                    .value(input.zelf.as_str())
                    .errors(errors)
                    .textarea(tr, 6, max))
                (ui::Field::new("ondersteuning", ctx.t(msg::PERSOONLIJK_PLAN_ONDERSTEUNING_LABEL))
                    .hint(ctx.t(msg::PERSOONLIJK_PLAN_ONDERSTEUNING_HINT))
                    .value(input.ondersteuning.as_str())
                    .errors(errors)
                    .textarea(tr, 6, max))
                (ui::button_group(html! {
                    (ui::Button::primary(ctx.t(msg::PERSOONLIJK_PLAN_INLEVEREN)).name_value("actie", INLEVEREN))
                    @if !ingeleverd {
                        (ui::Button::secondary(ctx.t(msg::PERSOONLIJK_PLAN_OPSLAAN)).name_value("actie", OPSLAAN))
                    }
                }))
            }
            (begrippen::uitleg(ctx, &WOORDEN[..1]))
        })
}

/// The upload form.
pub fn uploaden(ctx: &Ctx, pad: &str, errors: &FieldErrors) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::PERSOONLIJK_PLAN_UPLOADEN_TITEL))
        .back(pad, ctx.t(msg::PERSOONLIJK_PLAN_TERUG))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::PERSOONLIJK_PLAN_UPLOADEN_INTRO)) }
            p { (ctx.t(msg::PERSOONLIJK_PLAN_UPLOADEN_VERVANGEN)) }
            form method="post" action={ (pad) "/uploaden" } enctype="multipart/form-data" novalidate {
                (ui::Field::new("bestand", ctx.t(msg::PERSOONLIJK_PLAN_BESTAND_KIES))
                    .errors(errors)
                    .file(&ctx.tr, ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png", MAX_MB))
                (ui::Button::primary(ctx.t(msg::PERSOONLIJK_PLAN_UPLOADEN_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN[..1]))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_plainly() {
        assert_eq!(grootte(1, Lang::Nl), "1 kB");
        assert_eq!(grootte(34 * 1024, Lang::Nl), "34 kB");
        assert_eq!(grootte(1024 * 1024 * 12 / 10, Lang::Nl), "1,2 MB");
        assert_eq!(grootte(1024 * 1024 * 12 / 10, Lang::En), "1.2 MB");
        assert_eq!(grootte(1024 * 1024 * 12 / 10, Lang::Pl), "1,2 MB");
        assert_eq!(grootte(10 * 1024 * 1024, Lang::En), "10 MB");
    }
}
