//! The staff page of an application (the rules, the budget, the decision), and the figures.

use super::*;
use crate::blijverslening::stap::Gebeurtenis;

/// `GET /medewerker/blijverslening/{id}`.
#[allow(clippy::too_many_arguments)]
pub fn detail(
    ctx: &Ctx,
    b: &Blijverslening,
    a: &Aanvraag,
    eigenaren: &[Eigenaar],
    stukken: &[Stuk],
    beoordeling: &Beoordeling,
    toegekend: Bedrag,
    maand: Option<Bedrag>,
    input: &BesluitForm,
    errors: &FieldErrors,
    geschiedenis: &Markup,
) -> Markup {
    let tr = &ctx.tr;
    let vandaag = ctx.app.clock.today();
    let budget = b.jaarbudget_op(vandaag).unwrap_or_default();
    let pad = format!("/medewerker/blijverslening/{}", a.id);
    let gronden: Vec<ui::Choice<'_>> = Weigergrond::ALL
        .iter()
        .map(|g| ui::Choice::new(g.code(), format!("{}. {}", g.code(), ctx.t(g.naam()))))
        .collect();
    ui::Page::new(ctx, ctx.tr.ta(msg::BLIJVERSLENING_MW_DETAIL_TITEL, &[("nummer", a.referentie.as_deref().unwrap_or("-").into())]))
        .wide()
        .back(crate::zaken::kern::Regeling::Blijverslening.wachtrij(), ctx.t(msg::BLIJVERSLENING_MW_TERUG))
        .errors(errors)
        .render(html! {
            p { (status_tag(ctx, a.status, a.toegekend())) }
            p { (ctx.tr.ta(msg::BLIJVERSLENING_MW_BUDGET, &[
                ("budget", euro(ctx, budget).into()),
                ("toegekend", euro(ctx, toegekend).into()),
                ("over", euro(ctx, (budget - toegekend).max(Bedrag::NUL)).into()),
            ])) }
            h2 { (ctx.t(msg::BLIJVERSLENING_MW_REGELS)) }
            (reden_lijst(ctx, beoordeling))
            (maandlast_blok(ctx, maand))
            h2 { (ctx.t(msg::BLIJVERSLENING_MW_ANTWOORDEN)) }
            (antwoorden(ctx, a, eigenaren))
            h2 { (ctx.t(msg::BLIJVERSLENING_MW_STUKKEN)) }
            (stukken_lijst(ctx, &pad, stukken))
            h2 { (ctx.t(msg::BACKOFFICE_GESCHIEDENIS_TITEL)) }
            (geschiedenis)
            (besluit_blok(ctx, a, &format!("/medewerker/blijverslening/{}/besluit/brief", a.id)))
            @if a.status == Status::Ingediend {
                h2 { (ctx.t(msg::BLIJVERSLENING_MW_BESLUIT_TITEL)) }
                form method="post" action={ (pad) "/besluit" } novalidate {
                    (ui::Field::new("besluit", ctx.t(msg::BLIJVERSLENING_MW_BESLUIT_LABEL))
                        .value(input.besluit.as_str()).errors(errors).radios(tr, &[
                            ui::Choice::new("toekennen", ctx.t(msg::BLIJVERSLENING_MW_TOEKENNEN)),
                            ui::Choice::new("weigeren", ctx.t(msg::BLIJVERSLENING_MW_WEIGEREN)),
                        ]))
                    (ui::Field::new("bedrag", ctx.t(msg::BLIJVERSLENING_MW_BEDRAG_LABEL))
                        .hint(ctx.t(msg::BLIJVERSLENING_MW_BEDRAG_HINT))
                        .value(input.bedrag.as_str()).errors(errors).width(ui::Width::Chars10)
                        .input(tr, ui::InputKind::Decimal))
                    (ui::Field::new("grond", ctx.t(msg::BLIJVERSLENING_MW_GROND_LABEL))
                        .hint(ctx.t(msg::BLIJVERSLENING_MW_GROND_HINT))
                        .value(input.grond.as_str()).errors(errors).radios(tr, &gronden))
                    (ui::Field::new("reden", ctx.t(msg::BLIJVERSLENING_MW_REDEN_LABEL))
                        .hint(ctx.t(msg::BLIJVERSLENING_MW_REDEN_HINT))
                        .value(input.reden.as_str()).errors(errors).textarea(tr, 5, Some(TEKST_MAX as u32)))
                    (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_MW_BESLUIT_KNOP)))
                }
            }
        })
}

/// What a step of the case was, for its history.
pub fn stap_tekst(ctx: &Ctx, stap: &Gebeurtenis) -> String {
    ctx.t(match stap {
        Gebeurtenis::Ingediend { compleet: true } => msg::BLIJVERSLENING_GEBEURTENIS_INGEDIEND,
        Gebeurtenis::Ingediend { compleet: false } => {
            msg::BLIJVERSLENING_GEBEURTENIS_INGEDIEND_EIGENAREN
        }
        Gebeurtenis::Beantwoord { ja: true, .. } => msg::BLIJVERSLENING_GEBEURTENIS_JA,
        Gebeurtenis::Beantwoord { ja: false, .. } => msg::BLIJVERSLENING_GEBEURTENIS_NEE,
        Gebeurtenis::Compleet => msg::BLIJVERSLENING_GEBEURTENIS_COMPLEET,
        Gebeurtenis::Gestopt => msg::BLIJVERSLENING_GEBEURTENIS_GESTOPT,
        Gebeurtenis::Besloten { toegekend: true } => msg::BLIJVERSLENING_GEBEURTENIS_TOEGEKEND,
        Gebeurtenis::Besloten { toegekend: false } => msg::BLIJVERSLENING_GEBEURTENIS_GEWEIGERD,
        Gebeurtenis::Ingebrekestelling { .. } => msg::INGEBREKE_GEBEURTENIS,
    })
}

/// The counts for the figures page.
pub struct Telling {
    pub budget: Bedrag,
    pub toegekend: Bedrag,
    pub aanvragen: i64,
    pub toekenningen: i64,
    pub weigeringen: Vec<(Weigergrond, i64)>,
}

/// The blijverslening section of `/medewerker/cijfers`: numbers only.
pub fn cijfers(ctx: &Ctx, jaar: i32, t: &Telling) -> Markup {
    html! {
        h2 #blijverslening { (ctx.tr.ta(msg::BLIJVERSLENING_MW_CIJFERS_TITEL, &[("jaar", jaar.into())])) }
        table.loket-table #cijfers-blijverslening {
            caption { (ctx.t(msg::BLIJVERSLENING_MW_CIJFERS_CAPTION)) }
            tbody {
                tr { th scope="row" { (ctx.t(msg::BLIJVERSLENING_MW_CIJFERS_BUDGET)) } td.loket-tabel__getal { (euro(ctx, t.budget)) } }
                tr { th scope="row" { (ctx.t(msg::BLIJVERSLENING_MW_CIJFERS_TOEGEKEND)) } td.loket-tabel__getal { (euro(ctx, t.toegekend)) } }
                tr { th scope="row" { (ctx.t(msg::BLIJVERSLENING_MW_CIJFERS_OVER)) } td.loket-tabel__getal { (euro(ctx, (t.budget - t.toegekend).max(Bedrag::NUL))) } }
                tr { th scope="row" { (ctx.t(msg::BLIJVERSLENING_MW_CIJFERS_AANVRAGEN)) } td.loket-tabel__getal { (t.aanvragen) } }
                tr { th scope="row" { (ctx.t(msg::BLIJVERSLENING_MW_CIJFERS_TOEKENNINGEN)) } td.loket-tabel__getal { (t.toekenningen) } }
                @for (g, n) in &t.weigeringen {
                    tr {
                        th scope="row" { (ctx.tr.ta(msg::BLIJVERSLENING_MW_CIJFERS_WEIGERING, &[("grond", format!("{}. {}", g.code(), ctx.t(g.naam())).into())])) }
                        td.loket-tabel__getal { (n) }
                    }
                }
            }
        }
    }
}
