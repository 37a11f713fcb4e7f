//! The page "Termijnen berekenen".

use maud::{Markup, html};

use super::domain::{self, Soort, Termijn, dwangsom};
use super::form::{Gebeurd, TermijnenForm};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::gemeente::Meldingsdatum;
use crate::http::Ctx;
use crate::i18n::{FluentValue, bedrag, datum_met_dag, msg};
use crate::ui;

/// The words this page uses, explained at its foot.
const WOORDEN: [Begrip; 8] = [
    Begrip::Melding,
    Begrip::PersoonlijkPlan,
    Begrip::Onderzoek,
    Begrip::Aanvraag,
    Begrip::Besluit,
    Begrip::Bezwaar,
    Begrip::Ingebrekestelling,
    Begrip::Dwangsom,
];

pub fn page(ctx: &Ctx, input: &TermijnenForm, errors: &FieldErrors, gebeurd: &Gebeurd) -> Markup {
    let gemeente = &ctx.app.gemeente;
    let melding_hint = match gemeente.procedure.meldingsdatum {
        Meldingsdatum::Ontvangst => ctx.t(msg::TERMIJNEN_MELDING_HINT),
        // Lansingerland counts the melding from the first gesprek (Verordening Sociaal Domein Lansingerland
        // 2018, art. 2:1 sub b, and its toelichting).
        Meldingsdatum::EersteGesprek => ctx.tr.ta(
            msg::TERMIJNEN_MELDING_HINT_GESPREK,
            &[("gemeente", gemeente.naam.as_str().into())],
        ),
    };
    ui::Page::new(ctx, ctx.t(msg::TERMIJNEN_TITEL))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::TERMIJNEN_INTRO)) }
            p { (ctx.t(msg::TERMIJNEN_INTRO_LEEG)) }
            // A GET form: the result has its own address, to bookmark or to send to someone.
            form method="get" action="/termijnen" novalidate {
                (ui::Field::new("melding", ctx.t(msg::TERMIJNEN_MELDING_LABEL))
                    .hint(melding_hint)
                    .errors(errors)
                    .date(&ctx.tr, &input.melding_dag, &input.melding_maand, &input.melding_jaar))
                (ui::Field::new("aanvraag", ctx.t(msg::TERMIJNEN_AANVRAAG_LABEL))
                    .hint(ctx.t(msg::TERMIJNEN_AANVRAAG_HINT))
                    .errors(errors)
                    .date(&ctx.tr, &input.aanvraag_dag, &input.aanvraag_maand, &input.aanvraag_jaar))
                (ui::Field::new("besluit", ctx.t(msg::TERMIJNEN_BESLUIT_LABEL))
                    .hint(ctx.t(msg::TERMIJNEN_BESLUIT_HINT))
                    .errors(errors)
                    .date(&ctx.tr, &input.besluit_dag, &input.besluit_maand, &input.besluit_jaar))
                (ui::Button::primary(ctx.t(msg::TERMIJNEN_KNOP)))
            }
            @if !gebeurd.is_leeg() {
                (uitkomst(ctx, gebeurd))
            }
            h2 { (ctx.t(msg::TERMIJNEN_REGELS_TITEL)) }
            p { (ctx.t(msg::TERMIJNEN_REGELS_WET)) }
            p { (ctx.t(msg::TERMIJNEN_REGELS_VRIJ)) }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// The terms that follow from what happened, in the order of the procedure.
fn uitkomst(ctx: &Ctx, gebeurd: &Gebeurd) -> Markup {
    let gemeente = &ctx.app.gemeente;
    let kalender = gemeente.kalender();
    let t = &gemeente.termijnen;
    let mut termijnen = Vec::new();
    if let Some(melding) = gebeurd.melding {
        termijnen.extend(domain::na_melding(melding, t, &kalender));
    }
    if let Some(aanvraag) = gebeurd.aanvraag {
        termijnen.push(domain::na_aanvraag(aanvraag, t, &kalender));
    }
    if let Some(besluit) = gebeurd.besluit {
        termijnen.push(domain::na_besluit(besluit, t, &kalender));
        termijnen.push(domain::beslissing_op_bezwaar(
            besluit,
            t,
            &kalender,
            t.bezwaar_adviescommissie,
            false,
        ));
    }
    let vandaag = ctx.app.clock.today();
    html! {
        section aria-labelledby="uitkomst" {
            h2 id="uitkomst" { (ctx.t(msg::TERMIJNEN_UITKOMST_TITEL)) }
            p { (ctx.tr.ta(msg::TERMIJNEN_VANDAAG, &[("datum", datum_met_dag(vandaag, ctx.lang()).into())])) }
            @for termijn in &termijnen {
                (termijn_blok(ctx, termijn, termijn.verstreken(vandaag)))
            }
            p { (ctx.t(msg::TERMIJNEN_DELEN)) }
        }
    }
}

fn termijn_blok(ctx: &Ctx, termijn: &Termijn, verstreken: bool) -> Markup {
    let t = &ctx.app.gemeente.termijnen;
    let lang = ctx.lang();
    let datum: FluentValue<'_> = datum_met_dag(termijn.einde, lang).into();
    let (titel, tekst, begrip, args): (&str, &str, Begrip, Vec<(&str, FluentValue<'_>)>) =
        match termijn.soort {
            Soort::PersoonlijkPlan => (
                msg::TERMIJNEN_PLAN_TITEL,
                msg::TERMIJNEN_PLAN_TEKST,
                Begrip::PersoonlijkPlan,
                vec![("datum", datum), ("dagen", t.persoonlijk_plan_dagen.into())],
            ),
            Soort::Onderzoek => (
                msg::TERMIJNEN_ONDERZOEK_TITEL,
                msg::TERMIJNEN_ONDERZOEK_TEKST,
                Begrip::Onderzoek,
                vec![("datum", datum), ("weken", t.onderzoek_weken.into())],
            ),
            Soort::Besluit => (
                msg::TERMIJNEN_BESLUIT_TITEL,
                msg::TERMIJNEN_BESLUIT_TEKST,
                Begrip::Besluit,
                vec![("datum", datum), ("weken", t.besluit_weken.into())],
            ),
            Soort::Bezwaar => (
                msg::TERMIJNEN_BEZWAAR_TITEL,
                msg::TERMIJNEN_BEZWAAR_TEKST,
                Begrip::Bezwaar,
                vec![("datum", datum), ("weken", t.bezwaar_weken.into())],
            ),
            Soort::BeslissingOpBezwaar => (
                msg::TERMIJNEN_BESLISSING_BEZWAAR_TITEL,
                msg::TERMIJNEN_BESLISSING_BEZWAAR_TEKST,
                Begrip::Bezwaar,
                vec![
                    ("datum", datum),
                    (
                        "weken",
                        (termijn.einde_zonder_verlenging - termijn.begin)
                            .whole_weeks()
                            .into(),
                    ),
                ],
            ),
        };
    html! {
        div.loket-termijn {
            h3 { (ctx.t(titel)) " " (ui::tag(
                if verstreken { ui::TagKind::Neutral } else { ui::TagKind::Info },
                &ctx.t(if verstreken { msg::TERMIJNEN_VOORBIJ } else { msg::TERMIJNEN_LOOPT }),
            )) }
            p { (begrippen::zin(ctx, tekst, &args, begrip)) }
            (kan_veranderen(ctx, termijn.einde))
            @if termijn.soort == Soort::BeslissingOpBezwaar {
                (beslissing_op_bezwaar(ctx, termijn))
            }
            @if termijn.verlengd() {
                p { (ctx.tr.ta(msg::TERMIJNEN_VERLENGD, &[("datum", datum_met_dag(termijn.einde_zonder_verlenging, lang).into())])) }
            }
            @if verstreken {
                (te_laat(ctx, termijn.soort))
            }
        }
    }
}

/// Why the decision on a bezwaar takes as long as it does in this municipality, what it would be the other
/// way (Awb art. 7:10 lid 1), and that it may be postponed once (lid 3).
fn beslissing_op_bezwaar(ctx: &Ctx, termijn: &Termijn) -> Markup {
    let gemeente = &ctx.app.gemeente;
    let lang = ctx.lang();
    let later = html! {
        p { (ctx.tr.ta(msg::TERMIJNEN_BESLISSING_BEZWAAR_LATER, &[("weken", domain::VERDAGING_BEZWAAR_WEKEN.into())])) }
    };
    if gemeente.termijnen.bezwaar_adviescommissie {
        html! {
            p { (ctx.tr.ta(msg::TERMIJNEN_BESLISSING_BEZWAAR_COMMISSIE, &[
                ("gemeente", gemeente.naam.as_str().into()),
                ("weken", domain::BESLISSING_BEZWAAR_COMMISSIE_WEKEN.into()),
            ])) }
            (later)
        }
    } else {
        let met = gemeente.kalender().verleng(
            termijn.begin,
            termijn.begin + time::Duration::weeks(domain::BESLISSING_BEZWAAR_COMMISSIE_WEKEN),
        );
        html! {
            p { (ctx.tr.ta(msg::TERMIJNEN_BESLISSING_BEZWAAR_ZONDER, &[
                ("weken", domain::BESLISSING_BEZWAAR_COMMISSIE_WEKEN.into()),
                ("datum", datum_met_dag(met, lang).into()),
            ])) }
            (later)
        }
    }
}

/// Beside a term's last day: "deze datum kan nog veranderen" when it falls in a year whose days equated with
/// a holiday are not known yet (Algemene termijnenwet art. 3 lid 3); nothing otherwise.
pub fn kan_veranderen(ctx: &Ctx, einde: time::Date) -> Markup {
    let gemeente = &ctx.app.gemeente;
    html! {
        @if gemeente.datum_kan_veranderen(einde) {
            p.loket-hint { (ctx.tr.ta(msg::TERMIJNEN_KAN_VERANDEREN, &[("jaar", einde.year().to_string().into())])) }
        }
    }
}

/// What to do when the last day has passed.
fn te_laat(ctx: &Ctx, soort: Soort) -> Markup {
    let lang = ctx.lang();
    match soort {
        Soort::PersoonlijkPlan => html! { p { (ctx.t(msg::TERMIJNEN_PLAN_VOORBIJ)) } },
        // Wmo 2015 art. 2.3.2 lid 9: past six weeks the resident may apply without waiting (so also
        // Verordening Sociaal Domein Lansingerland 2018, art. 2:5 lid 3).
        Soort::Onderzoek => html! { p { (ctx.t(msg::TERMIJNEN_ONDERZOEK_TE_LAAT)) } },
        // Awb art. 4:17: an ingebrekestelling, then two weeks, then a dwangsom.
        Soort::Besluit => html! {
            p { (begrippen::zin(ctx, msg::TERMIJNEN_BESLUIT_TE_LAAT, &[], Begrip::Ingebrekestelling)) }
            p { (begrippen::zin(ctx, msg::TERMIJNEN_DWANGSOM, &[
                ("weken", (dwangsom::WACHTTIJD_DAGEN / 7).into()),
                ("eerste", bedrag(dwangsom::PER_DAG[0].1, lang).into()),
                ("maximum", bedrag(dwangsom::maximum(), lang).into()),
            ], Begrip::Dwangsom)) }
        },
        Soort::Bezwaar => html! { p { (ctx.t(msg::TERMIJNEN_BEZWAAR_VOORBIJ)) } },
        // The same route as for a late besluit: an ingebrekestelling, then the dwangsom (Awb art. 4:17).
        Soort::BeslissingOpBezwaar => te_laat(ctx, Soort::Besluit),
    }
}
