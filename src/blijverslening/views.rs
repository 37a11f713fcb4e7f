//! The pages and mails of the blijverslening.

use maud::{Markup, html};
use time::Date;

use super::domain::{Beoordeling, Oordeel, Uitkomst, Waarde, Weigergrond};
use super::form::{
    AanvraagForm, BesluitForm, CHECK_AANVRAGERS, CheckForm, MEDE_EIGENAREN, TEKST_MAX,
};
use super::repo::{Aanvraag, Eigenaar, Handeling, Status, Stuk, StukSoort, Toegang};
use crate::auth::Namens;
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::gemeente::Blijverslening;
use crate::http::Ctx;
use crate::i18n::{Tr, msg};
use crate::i18n::{bedrag, datum, tijdstip};
use crate::mail::Email;
use crate::ui;
use crate::zaken::document::MAX_MB;

const WOORDEN: [Begrip; 1] = [Begrip::Blijverslening];

fn euro(ctx: &Ctx, centen: i64) -> String {
    bedrag(centen, ctx.lang())
}

/// The message of one rule, with its values filled in.
fn grond_tekst(ctx: &Ctx, g: &super::domain::Grond) -> String {
    let waarden: Vec<(&str, crate::i18n::FluentValue<'_>)> = g
        .waarden
        .iter()
        .map(|(k, w)| {
            let v: crate::i18n::FluentValue<'_> = match w {
                Waarde::Centen(c) => euro(ctx, *c).into(),
                Waarde::Getal(n) => (*n).into(),
            };
            (*k, v)
        })
        .collect();
    ctx.tr.ta(g.bericht, &waarden)
}

fn reden_lijst(ctx: &Ctx, b: &Beoordeling) -> Markup {
    html! {
        ul.loket-list-plain.loket-blijf-gronden {
            @for g in &b.gronden {
                li {
                    @match g.oordeel {
                        Oordeel::Ja => { (ui::tag(ui::TagKind::Success, &ctx.t(msg::BLIJVERSLENING_OORDEEL_JA))) }
                        Oordeel::Nee => { (ui::tag(ui::TagKind::Error, &ctx.t(msg::BLIJVERSLENING_OORDEEL_NEE))) }
                        Oordeel::Onbekend => { (ui::tag(ui::TagKind::Neutral, &ctx.t(msg::BLIJVERSLENING_OORDEEL_OPEN))) }
                    }
                    " " (grond_tekst(ctx, g))
                    br;
                    span.loket-hint { (ctx.tr.ta(msg::BLIJVERSLENING_BRON, &[("bron", g.bron.as_str().into())])) }
                }
            }
        }
    }
}

/// `GET /blijverslening`: what it is, for whom, that SVn gives the loan, and where to check and apply.
pub fn uitleg(ctx: &Ctx, b: &Blijverslening, over: Option<i64>) -> Markup {
    let vandaag = ctx.app.clock.today();
    let regels = b.regels_op(vandaag);
    ui::layout::page(
        ctx,
        &ctx.t(msg::BLIJVERSLENING_UITLEG_TITEL),
        html! {
            p { (begrippen::zin(ctx, msg::BLIJVERSLENING_UITLEG_INTRO, &[], Begrip::Blijverslening)) }
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_SVN)) }
            h2 { (ctx.t(msg::BLIJVERSLENING_UITLEG_WIE_TITEL)) }
            ul {
                li { (ctx.t(msg::BLIJVERSLENING_UITLEG_WIE_EIGENAAR)) }
                li { (ctx.t(msg::BLIJVERSLENING_UITLEG_WIE_SAMEN)) }
                li { (ctx.t(msg::BLIJVERSLENING_UITLEG_WIE_REDEN)) }
                li { (ctx.t(msg::BLIJVERSLENING_UITLEG_WIE_VOORAF)) }
            }
            @if let Some(r) = regels {
                h2 { (ctx.t(msg::BLIJVERSLENING_UITLEG_SOORTEN_TITEL)) }
                ul {
                    li {
                        (ctx.tr.ta(msg::BLIJVERSLENING_UITLEG_CONSUMPTIEF, &[
                            ("minimum", euro(ctx, r.consumptief.minimum).into()),
                            ("maximum", euro(ctx, r.consumptief.maximum).into()),
                            ("jaren", i64::from(r.consumptief_jonger_dan.jaren).into()),
                        ]))
                        br;
                        span.loket-hint { (ctx.tr.ta(msg::BLIJVERSLENING_BRON, &[("bron", r.consumptief.bron.as_str().into())])) }
                    }
                    li {
                        (ctx.tr.ta(msg::BLIJVERSLENING_UITLEG_HYPOTHECAIR, &[
                            ("minimum", euro(ctx, r.hypothecair.minimum).into()),
                            ("maximum", euro(ctx, r.hypothecair.maximum).into()),
                        ]))
                        br;
                        span.loket-hint { (ctx.tr.ta(msg::BLIJVERSLENING_BRON, &[("bron", r.hypothecair.bron.as_str().into())])) }
                    }
                }
            }
            @if let Some(over) = over {
                p {
                    (ctx.tr.ta(msg::BLIJVERSLENING_BUDGET_OVER, &[("over", euro(ctx, over).into())]))
                    @if let Some(j) = b.budget_op(vandaag) {
                        br;
                        span.loket-hint { (ctx.tr.ta(msg::BLIJVERSLENING_BRON, &[("bron", j.bron.as_str().into())])) }
                    }
                }
            }
            h2 { (ctx.t(msg::BLIJVERSLENING_UITLEG_DOEN_TITEL)) }
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_CHECK)) }
            p { (ui::Button::secondary(ctx.t(msg::BLIJVERSLENING_UITLEG_CHECK_KNOP)).link("/blijverslening/check")) }
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_AANVRAGEN)) }
            p { (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_UITLEG_AANVRAGEN_KNOP)).link("/blijverslening/aanvragen")) }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

fn ja_nee_keuzes<'a>(ctx: &Ctx) -> [ui::Choice<'a>; 2] {
    [
        ui::Choice::new("ja", ctx.t(msg::BLIJVERSLENING_JA)),
        ui::Choice::new("nee", ctx.t(msg::BLIJVERSLENING_NEE)),
    ]
}

fn reden_keuzes<'a>(ctx: &Ctx) -> Vec<ui::Choice<'a>> {
    super::domain::Reden::ALL
        .iter()
        .map(|r| ui::Choice::new(r.code(), ctx.t(r.naam())))
        .collect()
}

fn soort_keuzes<'a>(ctx: &Ctx) -> [ui::Choice<'a>; 2] {
    [
        ui::Choice::new("consumptief", ctx.t(msg::BLIJVERSLENING_SOORT_CONSUMPTIEF))
            .hint(ctx.t(msg::BLIJVERSLENING_SOORT_CONSUMPTIEF_HINT)),
        ui::Choice::new("hypothecair", ctx.t(msg::BLIJVERSLENING_SOORT_HYPOTHECAIR))
            .hint(ctx.t(msg::BLIJVERSLENING_SOORT_HYPOTHECAIR_HINT)),
    ]
}

fn looptijd_keuzes<'a>(ctx: &Ctx) -> [ui::Choice<'a>; 2] {
    [
        ui::Choice::new("10", ctx.t(msg::BLIJVERSLENING_LOOPTIJD_10)),
        ui::Choice::new("20", ctx.t(msg::BLIJVERSLENING_LOOPTIJD_20)),
    ]
}

/// `GET /blijverslening/check`: the questions as a GET form, and the outcome on the same page.
pub fn check(
    ctx: &Ctx,
    input: &CheckForm,
    uitkomst: Option<(&Beoordeling, Option<i64>)>,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let geboren = input.geboren();
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_CHECK_TITEL))
        .back("/blijverslening", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (begrippen::zin(ctx, msg::BLIJVERSLENING_CHECK_INTRO, &[], Begrip::Blijverslening)) }
            p { (ctx.t(msg::BLIJVERSLENING_CHECK_NIETS_BEWAARD)) }
            @if let Some((beoordeling, maand)) = uitkomst {
                section.loket-blijf-uitkomst aria-labelledby="uitkomst" {
                    h2 #uitkomst { (ctx.t(match beoordeling.uitkomst {
                        Uitkomst::Waarschijnlijk => msg::BLIJVERSLENING_UITKOMST_JA,
                        Uitkomst::Niet => msg::BLIJVERSLENING_UITKOMST_NEE,
                        Uitkomst::NogNiet => msg::BLIJVERSLENING_UITKOMST_OPEN,
                    })) }
                    (reden_lijst(ctx, beoordeling))
                    @if let Some(over) = beoordeling.budget_over {
                        p { (ctx.tr.ta(msg::BLIJVERSLENING_BUDGET_OVER, &[("over", euro(ctx, over).into())])) }
                    }
                    @if let Some(maand) = maand {
                        p { strong { (ctx.tr.ta(msg::BLIJVERSLENING_MAANDLAST, &[("bedrag", euro(ctx, maand).into())])) } }
                        p { (ctx.t(msg::BLIJVERSLENING_MAANDLAST_SCHATTING)) }
                    }
                    h3 { (ctx.t(msg::BLIJVERSLENING_CHECK_NU_TITEL)) }
                    @match beoordeling.uitkomst {
                        Uitkomst::Niet => { p { (ctx.t(msg::BLIJVERSLENING_CHECK_NU_NEE)) } }
                        _ => {
                            p { (ctx.t(msg::BLIJVERSLENING_CHECK_NU_JA)) }
                            p { a href="/blijverslening/aanvragen" { (ctx.t(msg::BLIJVERSLENING_UITLEG_AANVRAGEN_KNOP)) } }
                        }
                    }
                    p { (ctx.t(msg::BLIJVERSLENING_UITLEG_SVN)) }
                }
            }
            form method="get" action="/blijverslening/check" novalidate {
                input type="hidden" name="check" value="1";
                (ui::Field::new("eigenaar", ctx.t(msg::BLIJVERSLENING_CHECK_EIGENAAR))
                    .value(input.eigenaar.as_str()).errors(errors).radios(tr, &ja_nee_keuzes(ctx)))
                (ui::Field::new("bewoner", ctx.t(msg::BLIJVERSLENING_CHECK_BEWONER))
                    .value(input.bewoner.as_str()).errors(errors).radios(tr, &ja_nee_keuzes(ctx)))
                (ui::Field::new("alle-eigenaren", ctx.t(msg::BLIJVERSLENING_CHECK_ALLE))
                    .hint(ctx.t(msg::BLIJVERSLENING_CHECK_ALLE_HINT))
                    .value(input.alle_eigenaren.as_str()).errors(errors).radios(tr, &ja_nee_keuzes(ctx)))
                (ui::Field::new("reden", ctx.t(msg::BLIJVERSLENING_REDEN_LABEL))
                    .value(input.reden.as_str()).errors(errors).radios(tr, &reden_keuzes(ctx)))
                (ui::fieldset("geboren", &ctx.t(msg::BLIJVERSLENING_CHECK_GEBOREN_LEGEND),
                    Some(&ctx.t(msg::BLIJVERSLENING_CHECK_GEBOREN_HINT)), html! {
                    @for i in 0..CHECK_AANVRAGERS {
                        @let d = &geboren[i];
                        @let naam = format!("geboren{}", i + 1);
                        (ui::Field::new(&naam, ctx.tr.ta(msg::BLIJVERSLENING_CHECK_GEBOREN_N, &[("nummer", (i + 1).into())]))
                            .errors(errors).date(tr, &d.dag, &d.maand, &d.jaar))
                    }
                }))
                (ui::Field::new("soort", ctx.t(msg::BLIJVERSLENING_SOORT_LABEL))
                    .value(input.soort.as_str()).errors(errors).radios(tr, &soort_keuzes(ctx)))
                (ui::Field::new("looptijd", ctx.t(msg::BLIJVERSLENING_LOOPTIJD_LABEL))
                    .hint(ctx.t(msg::BLIJVERSLENING_LOOPTIJD_HINT))
                    .value(input.looptijd.as_str()).errors(errors).radios(tr, &looptijd_keuzes(ctx)))
                (ui::Field::new("bedrag", ctx.t(msg::BLIJVERSLENING_BEDRAG_LABEL))
                    .hint(ctx.t(msg::BLIJVERSLENING_BEDRAG_HINT))
                    .value(input.bedrag.as_str()).errors(errors).width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Decimal))
                (ui::Field::new("klaar", ctx.t(msg::BLIJVERSLENING_CHECK_KLAAR))
                    .hint(ctx.t(msg::BLIJVERSLENING_CHECK_KLAAR_HINT))
                    .value(input.klaar.as_str()).errors(errors).radios(tr, &ja_nee_keuzes(ctx)))
                (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_CHECK_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

fn bedrag_veld(
    ctx: &Ctx,
    naam: &str,
    label: &str,
    hint: Option<&str>,
    waarde: &str,
    errors: &FieldErrors,
) -> Markup {
    let mut f = ui::Field::new(naam, ctx.t(label))
        .value(waarde)
        .errors(errors)
        .width(ui::Width::Chars10);
    if let Some(h) = hint {
        f = f.hint(ctx.t(h));
    }
    f.input(&ctx.tr, ui::InputKind::Decimal)
}

/// The application: one page with every question, in sections. `id`: the draft being changed.
pub fn formulier(
    ctx: &Ctx,
    namens: &Namens,
    b: &Blijverslening,
    vandaag: Date,
    id: Option<&str>,
    input: &AanvraagForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let actie = match id {
        Some(id) => format!("/blijverslening/{id}/wijzigen"),
        None => "/blijverslening/aanvragen".to_owned(),
    };
    let mede = input.mede();
    let regels = b.regels_op(vandaag);
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_FORMULIER_TITEL))
        .back("/blijverslening", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            p { (begrippen::zin(ctx, msg::BLIJVERSLENING_FORMULIER_INTRO, &[], Begrip::Blijverslening)) }
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_SVN)) }
            form method="post" action=(actie) novalidate {
                input type="hidden" name="sleutel" value=(input.sleutel);
                h2 { (ctx.t(msg::BLIJVERSLENING_DEEL_EIGENAREN)) }
                (ui::Field::new("naam", ctx.t(msg::BLIJVERSLENING_NAAM_LABEL))
                    .value(input.naam.as_str()).errors(errors).autocomplete("name").input(tr, ui::InputKind::Text))
                (ui::Field::new("geboren", ctx.t(msg::BLIJVERSLENING_GEBOREN_LABEL))
                    .errors(errors).autocomplete("bday")
                    .date(tr, &input.geboren_dag, &input.geboren_maand, &input.geboren_jaar))
                p { (ctx.t(msg::BLIJVERSLENING_MEDE_UITLEG)) }
                @for i in 0..MEDE_EIGENAREN {
                    @let m = &mede[i];
                    @let p = format!("mede{}", i + 1);
                    (ui::fieldset(&p, &ctx.tr.ta(msg::BLIJVERSLENING_MEDE_LEGEND, &[("nummer", (i + 1).into())]),
                        Some(&ctx.t(msg::BLIJVERSLENING_MEDE_HINT)), html! {
                        (ui::Field::new(&format!("{p}-naam"), ctx.t(msg::BLIJVERSLENING_MEDE_NAAM))
                            .value(m.naam.as_str()).errors(errors).autocomplete("off").input(tr, ui::InputKind::Text))
                        (ui::Field::new(&format!("{p}-geboren"), ctx.t(msg::BLIJVERSLENING_GEBOREN_LABEL))
                            .errors(errors).date(tr, &m.geboren.dag, &m.geboren.maand, &m.geboren.jaar))
                        (ui::Field::new(&format!("{p}-email"), ctx.t(msg::BLIJVERSLENING_MEDE_EMAIL))
                            .hint(ctx.t(msg::BLIJVERSLENING_MEDE_EMAIL_HINT))
                            .value(m.email.as_str()).errors(errors).autocomplete("off").input(tr, ui::InputKind::Email))
                    }))
                }
                h2 { (ctx.t(msg::BLIJVERSLENING_DEEL_WONING)) }
                (ui::Field::new("eigenaar", ctx.t(msg::BLIJVERSLENING_CHECK_EIGENAAR)).errors(errors)
                    .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::BLIJVERSLENING_BEVESTIG_EIGENAAR))],
                        if input.eigenaar == "ja" { &["ja"][..] } else { &[][..] }))
                (ui::Field::new("bewoner", ctx.t(msg::BLIJVERSLENING_CHECK_BEWONER)).errors(errors)
                    .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::BLIJVERSLENING_BEVESTIG_BEWONER))],
                        if input.bewoner == "ja" { &["ja"][..] } else { &[][..] }))
                (ui::Field::new("alle-eigenaren", ctx.t(msg::BLIJVERSLENING_CHECK_ALLE)).errors(errors)
                    .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::BLIJVERSLENING_BEVESTIG_ALLE))],
                        if input.alle_eigenaren == "ja" { &["ja"][..] } else { &[][..] }))
                p { (ctx.t(msg::BLIJVERSLENING_BEWIJS_LATER)) }
                (ui::Field::new("reden", ctx.t(msg::BLIJVERSLENING_REDEN_LABEL))
                    .value(input.reden.as_str()).errors(errors).radios(tr, &reden_keuzes(ctx)))
                h2 { (ctx.t(msg::BLIJVERSLENING_DEEL_KOSTEN)) }
                (ui::Field::new("maatregelen", ctx.t(msg::BLIJVERSLENING_MAATREGELEN_LABEL))
                    .hint(ctx.t(msg::BLIJVERSLENING_MAATREGELEN_HINT))
                    .value(input.maatregelen.as_str()).errors(errors)
                    .textarea(tr, 5, Some(TEKST_MAX as u32)))
                (bedrag_veld(ctx, "materiaal", msg::BLIJVERSLENING_MATERIAAL_LABEL, None, &input.materiaal, errors))
                (bedrag_veld(ctx, "arbeid", msg::BLIJVERSLENING_ARBEID_LABEL, Some(msg::BLIJVERSLENING_NUL_HINT), &input.arbeid, errors))
                (bedrag_veld(ctx, "uren", msg::BLIJVERSLENING_UREN_LABEL, Some(msg::BLIJVERSLENING_NUL_HINT), &input.uren, errors))
                (bedrag_veld(ctx, "leenkosten", msg::BLIJVERSLENING_LEENKOSTEN_LABEL, Some(msg::BLIJVERSLENING_NUL_HINT), &input.leenkosten, errors))
                (bedrag_veld(ctx, "subsidies", msg::BLIJVERSLENING_SUBSIDIES_LABEL, Some(msg::BLIJVERSLENING_SUBSIDIES_HINT), &input.subsidies, errors))
                h2 { (ctx.t(msg::BLIJVERSLENING_DEEL_LENING)) }
                (ui::Field::new("soort", ctx.t(msg::BLIJVERSLENING_SOORT_LABEL))
                    .value(input.soort.as_str()).errors(errors).radios(tr, &soort_keuzes(ctx)))
                (ui::Field::new("looptijd", ctx.t(msg::BLIJVERSLENING_LOOPTIJD_LABEL))
                    .hint(ctx.t(msg::BLIJVERSLENING_LOOPTIJD_HINT))
                    .value(input.looptijd.as_str()).errors(errors).radios(tr, &looptijd_keuzes(ctx)))
                @let hint = regels.map(|r| ctx.tr.ta(msg::BLIJVERSLENING_BEDRAG_GRENZEN, &[
                    ("cmin", euro(ctx, r.consumptief.minimum).into()),
                    ("cmax", euro(ctx, r.consumptief.maximum).into()),
                    ("hmax", euro(ctx, r.hypothecair.maximum).into()),
                ])).unwrap_or_default();
                (ui::Field::new("bedrag", ctx.t(msg::BLIJVERSLENING_BEDRAG_LABEL)).hint(hint)
                    .value(input.bedrag.as_str()).errors(errors).width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Decimal))
                (ui::Field::new("gepland", ctx.t(msg::BLIJVERSLENING_GEPLAND_LABEL))
                    .hint(ctx.t(msg::BLIJVERSLENING_GEPLAND_HINT)).errors(errors)
                    .date(tr, &input.gepland_dag, &input.gepland_maand, &input.gepland_jaar))
                p { (ctx.t(msg::BLIJVERSLENING_MAANDLAST_LATER)) }
                (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_FORMULIER_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// The message id of the name of a kind of upload.
pub fn stuk_naam(s: StukSoort) -> &'static str {
    match s {
        StukSoort::Eigendom => msg::BLIJVERSLENING_STUK_EIGENDOM,
        StukSoort::Bewoning => msg::BLIJVERSLENING_STUK_BEWONING,
        StukSoort::Offerte => msg::BLIJVERSLENING_STUK_OFFERTE,
    }
}

fn stukken_lijst(ctx: &Ctx, basis: &str, stukken: &[Stuk]) -> Markup {
    html! {
        @if stukken.is_empty() {
            p { (ctx.t(msg::BLIJVERSLENING_STUKKEN_GEEN)) }
        } @else {
            ul {
                @for s in stukken {
                    li {
                        a href={ (basis) "/stukken/" (s.id) } { (s.naam) }
                        " (" (ctx.t(stuk_naam(s.soort))) ", " (s.grootte / 1024 + 1) " kB)"
                    }
                }
            }
        }
    }
}

/// `GET /blijverslening/{id}/stukken`: the uploads of a draft, and the form for one more.
pub fn stukken(
    ctx: &Ctx,
    aanvraag: &Aanvraag,
    stukken: &[Stuk],
    soort: &str,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let pad = format!("/blijverslening/{}", aanvraag.id);
    let keuzes: Vec<ui::Choice<'_>> = StukSoort::ALL
        .iter()
        .map(|s| ui::Choice::new(s.code(), ctx.t(stuk_naam(*s))))
        .collect();
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_STUKKEN_TITEL))
        .back(format!("{pad}/wijzigen"), ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::BLIJVERSLENING_STUKKEN_INTRO)) }
            ul {
                @for s in StukSoort::ALL { li { (ctx.t(stuk_naam(s))) } }
            }
            h2 { (ctx.t(msg::BLIJVERSLENING_STUKKEN_AL)) }
            (stukken_lijst(ctx, &pad, stukken))
            form method="post" action={ (pad) "/stukken" } enctype="multipart/form-data" novalidate {
                (ui::Field::new("soort", ctx.t(msg::BLIJVERSLENING_STUK_SOORT_LABEL))
                    .value(soort).errors(errors).radios(tr, &keuzes))
                (ui::Field::new("bestand", ctx.t(msg::BLIJVERSLENING_STUK_BESTAND_LABEL))
                    .errors(errors).file(tr, ".pdf,.jpg,.jpeg,.png", MAX_MB))
                (ui::Button::secondary(ctx.t(msg::BLIJVERSLENING_STUK_KNOP)))
            }
            p { (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_STUKKEN_VERDER)).link(&format!("{pad}/controleren"))) }
        })
}

fn antwoorden(ctx: &Ctx, a: &Aanvraag, eigenaren: &[Eigenaar], wijzig: Option<&str>) -> Markup {
    let g = &a.gegevens;
    let lang = ctx.lang();
    let mut rijen = vec![
        ui::SummaryRow::new(ctx.t(msg::BLIJVERSLENING_NAAM_LABEL), g.naam.clone()),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_GEBOREN_LABEL),
            datum(g.geboortedatum, lang),
        ),
    ];
    for e in eigenaren {
        let antwoord = match e.antwoord {
            Some(true) => ctx.t(msg::BLIJVERSLENING_MEDE_ZEGT_JA),
            Some(false) => ctx.t(msg::BLIJVERSLENING_MEDE_ZEGT_NEE),
            None => ctx.t(msg::BLIJVERSLENING_MEDE_WACHT),
        };
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_MEDE_RIJ),
            format!(
                "{} ({}, {}): {antwoord}",
                e.naam,
                datum(e.geboortedatum, lang),
                e.email
            ),
        ));
    }
    rijen.extend([
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_REDEN_LABEL),
            ctx.t(g.reden.naam()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_MAATREGELEN_LABEL),
            g.maatregelen.clone(),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_MATERIAAL_LABEL),
            euro(ctx, g.kosten.materiaal),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_ARBEID_LABEL),
            euro(ctx, g.kosten.arbeid),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_UREN_LABEL),
            euro(ctx, g.kosten.uren),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_LEENKOSTEN_LABEL),
            euro(ctx, g.kosten.leenkosten),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_SUBSIDIES_LABEL),
            euro(ctx, g.kosten.subsidies),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_WERKELIJK_LABEL),
            euro(ctx, g.kosten.werkelijk()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_SOORT_LABEL),
            ctx.t(g.soort.naam()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_LOOPTIJD_LABEL),
            ctx.tr.ta(
                msg::BLIJVERSLENING_JAREN,
                &[("jaren", i64::from(g.looptijd).into())],
            ),
        ),
        ui::SummaryRow::new(ctx.t(msg::BLIJVERSLENING_BEDRAG_LABEL), euro(ctx, g.bedrag)),
        ui::SummaryRow::new(
            ctx.t(msg::BLIJVERSLENING_GEPLAND_LABEL),
            datum(g.geplande_datum, lang),
        ),
    ]);
    let rijen: Vec<ui::SummaryRow> = match wijzig {
        Some(href) => rijen
            .into_iter()
            .map(|r| r.change(href.to_owned()))
            .collect(),
        None => rijen,
    };
    ui::summary_list(&ctx.tr, &rijen)
}

fn maandlast_blok(ctx: &Ctx, maand: Option<i64>) -> Markup {
    html! {
        @if let Some(maand) = maand {
            (ui::panel(&ctx.t(msg::BLIJVERSLENING_MAANDLAST_TITEL), html! {
                p { strong { (ctx.tr.ta(msg::BLIJVERSLENING_MAANDLAST, &[("bedrag", euro(ctx, maand).into())])) } }
                p { (ctx.t(msg::BLIJVERSLENING_MAANDLAST_SCHATTING)) }
            }))
        }
    }
}

/// `GET /blijverslening/{id}/controleren`: check your answers, then send.
#[allow(clippy::too_many_arguments)]
pub fn controleren(
    ctx: &Ctx,
    namens: &Namens,
    a: &Aanvraag,
    eigenaren: &[Eigenaar],
    stukken: &[Stuk],
    missen: &[StukSoort],
    maand: Option<i64>,
    errors: &FieldErrors,
) -> Markup {
    let pad = format!("/blijverslening/{}", a.id);
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_CONTROLEREN_TITEL))
        .back(format!("{pad}/stukken"), ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            (antwoorden(ctx, a, eigenaren, Some(&format!("{pad}/wijzigen"))))
            // An answer that no longer meets the rules on the day of sending: a link to change it, where the
            // error summary points.
            @for e in errors.iter().filter(|e| e.field != "stukken") {
                p id=(e.field) { (e.message) " " a href={ (pad) "/wijzigen" } { (ctx.t(msg::BLIJVERSLENING_ZAAK_WIJZIGEN)) } }
            }
            (maandlast_blok(ctx, maand))
            h2 #stukken { (ctx.t(msg::BLIJVERSLENING_STUKKEN_AL)) }
            (stukken_lijst(ctx, &pad, stukken))
            @if !missen.is_empty() {
                p { (ctx.t(msg::BLIJVERSLENING_STUKKEN_MISSEN)) }
                ul { @for s in missen { li { (ctx.t(stuk_naam(*s))) } } }
            }
            p { a href={ (pad) "/stukken" } { (ctx.t(msg::BLIJVERSLENING_STUKKEN_TOEVOEGEN)) } }
            h2 { (ctx.t(msg::BLIJVERSLENING_VERSTUREN_TITEL)) }
            @if !eigenaren.is_empty() {
                p { (ctx.t(msg::BLIJVERSLENING_VERSTUREN_MEDE)) }
            }
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_SVN)) }
            form method="post" action={ (pad) "/indienen" } novalidate {
                (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_VERSTUREN_KNOP)))
            }
        })
}

fn status_tag(ctx: &Ctx, a: &Aanvraag) -> Markup {
    let (kind, id) = match (a.status, &a.besluit) {
        (Status::Concept, _) => (ui::TagKind::Neutral, msg::BLIJVERSLENING_STATUS_CONCEPT),
        (Status::WachtOpEigenaren, _) => (ui::TagKind::Warning, msg::BLIJVERSLENING_STATUS_WACHT),
        (Status::Ingediend, _) => (ui::TagKind::Info, msg::BLIJVERSLENING_STATUS_INGEDIEND),
        (Status::Gestopt, _) => (ui::TagKind::Neutral, msg::BLIJVERSLENING_STATUS_GESTOPT),
        (Status::Besloten, Some(b)) if b.bedrag.is_some() => {
            (ui::TagKind::Success, msg::BLIJVERSLENING_STATUS_TOEGEKEND)
        }
        (Status::Besloten, _) => (ui::TagKind::Error, msg::BLIJVERSLENING_STATUS_GEWEIGERD),
    };
    ui::tag(kind, &ctx.t(id))
}

fn besluit_blok(ctx: &Ctx, a: &Aanvraag) -> Markup {
    let Some(b) = &a.besluit else {
        return html! {};
    };
    let bezwaar_weken = ctx.app.gemeente.termijnen.bezwaar_weken;
    let bezwaar_tot = crate::zaken::domain::bezwaar_termijn(b.datum, &ctx.app.gemeente).einde;
    html! {
        h2 { (ctx.t(msg::BLIJVERSLENING_BESLUIT_TITEL)) }
        @match b.bedrag {
            Some(x) => {
                p { strong { (ctx.tr.ta(msg::BLIJVERSLENING_BESLUIT_TOEGEKEND, &[("bedrag", euro(ctx, x).into()), ("datum", datum(b.datum, ctx.lang()).into())])) } }
                p { (ctx.t(msg::BLIJVERSLENING_BESLUIT_SVN)) }
            }
            None => {
                p { strong { (ctx.tr.ta(msg::BLIJVERSLENING_BESLUIT_GEWEIGERD, &[("datum", datum(b.datum, ctx.lang()).into())])) } }
                @if let Some(g) = b.grond {
                    p { (ctx.t(g.naam())) }
                    @if let Some(regeling) = &ctx.app.gemeente.blijverslening {
                        p.loket-hint { (ctx.tr.ta(msg::BLIJVERSLENING_BRON, &[("bron", format!("{}, onder {}", regeling.bronnen.afwijzen, g.code()).into())])) }
                    }
                }
            }
        }
        h3 { (ctx.t(msg::BLIJVERSLENING_BESLUIT_WAAROM)) }
        p { (b.reden) }
        p { (begrippen::zin(ctx, msg::BLIJVERSLENING_BEZWAAR, &[
            ("weken", i64::from(bezwaar_weken).into()),
            ("datum", datum(bezwaar_tot, ctx.lang()).into()),
        ], Begrip::Bezwaar)) }
    }
}

/// The status steps of an application.
fn stappen(ctx: &Ctx, a: &Aanvraag, heeft_mede: bool) -> Markup {
    use ui::EventState::{Current, Next, Past};
    let stap = match a.status {
        Status::Concept => 0,
        Status::WachtOpEigenaren | Status::Gestopt => 1,
        Status::Ingediend => 2,
        Status::Besloten => 3,
    };
    let staat = |i: usize| match i.cmp(&stap) {
        std::cmp::Ordering::Less => Past,
        std::cmp::Ordering::Equal => Current,
        std::cmp::Ordering::Greater => Next,
    };
    let mut events = vec![ui::TimelineEvent::new(
        staat(0),
        ctx.t(msg::BLIJVERSLENING_STAP_CONCEPT),
    )];
    if heeft_mede {
        events.push(ui::TimelineEvent::new(
            staat(1),
            ctx.t(msg::BLIJVERSLENING_STAP_MEDE),
        ));
    }
    events.push(ui::TimelineEvent::new(
        staat(2),
        ctx.t(msg::BLIJVERSLENING_STAP_INGEDIEND),
    ));
    events.push(ui::TimelineEvent::new(
        staat(3),
        ctx.t(msg::BLIJVERSLENING_STAP_BESLOTEN),
    ));
    ui::timeline(&ctx.tr, &events)
}

fn handeling(ctx: &Ctx, t: &Toegang) -> String {
    let id = match t.handeling {
        Handeling::Bekeken => msg::BLIJVERSLENING_LOG_BEKEKEN,
        Handeling::Gedownload => msg::BLIJVERSLENING_LOG_GEDOWNLOAD,
        Handeling::Besloten => msg::BLIJVERSLENING_LOG_BESLOTEN,
        Handeling::Gewijzigd => msg::BLIJVERSLENING_LOG_GEWIJZIGD,
        Handeling::Opgepakt => msg::BLIJVERSLENING_LOG_OPGEPAKT,
    };
    let rol = if t.medewerker {
        ctx.t(msg::BLIJVERSLENING_LOG_MEDEWERKER)
    } else {
        ctx.t(msg::BLIJVERSLENING_LOG_HELPER)
    };
    ctx.tr
        .ta(id, &[("wie", format!("{} ({rol})", t.wie_naam).into())])
}

/// `GET /blijverslening/{id}`: the resident's case page.
#[allow(clippy::too_many_arguments)]
pub fn zaak(
    ctx: &Ctx,
    namens: &Namens,
    a: &Aanvraag,
    eigenaren: &[Eigenaar],
    stukken: &[Stuk],
    toegang: &[Toegang],
    maand: Option<i64>,
    opnieuw: bool,
) -> Markup {
    let pad = format!("/blijverslening/{}", a.id);
    let mag_indienen = namens
        .rechten(crate::auth::machtiging::Onderwerp::Geld)
        .indienen;
    ui::layout::page(
        ctx,
        &ctx.t(msg::BLIJVERSLENING_ZAAK_TITEL),
        html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            @if let Some(r) = &a.referentie {
                (ui::panel(&ctx.t(msg::BLIJVERSLENING_ZAAK_NUMMER), html! { strong.loket-referentie { (r) } }))
            }
            p { (status_tag(ctx, a)) }
            (stappen(ctx, a, !eigenaren.is_empty()))
            @match a.status {
                Status::Concept => {
                    p { (ctx.t(msg::BLIJVERSLENING_ZAAK_CONCEPT)) }
                    @if mag_indienen {
                        p { a href={ (pad) "/controleren" } { (ctx.t(msg::BLIJVERSLENING_ZAAK_VERDER)) } }
                    }
                }
                Status::WachtOpEigenaren => {
                    p { (ctx.t(msg::BLIJVERSLENING_ZAAK_WACHT)) }
                    @if opnieuw {
                        (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! {
                            p { (ctx.t(msg::BLIJVERSLENING_OPNIEUW_GEDAAN)) }
                        }))
                    }
                    @if mag_indienen {
                        p { (ctx.t(msg::BLIJVERSLENING_OPNIEUW_UITLEG)) }
                        form method="post" action={ (pad) "/eigenaren/opnieuw" } novalidate {
                            (ui::Button::secondary(ctx.t(msg::BLIJVERSLENING_OPNIEUW_KNOP)))
                        }
                    }
                }
                Status::Gestopt => { p { (ctx.t(msg::BLIJVERSLENING_ZAAK_GESTOPT)) } }
                Status::Ingediend => { p { (ctx.t(msg::BLIJVERSLENING_ZAAK_INGEDIEND)) } }
                Status::Besloten => {}
            }
            (besluit_blok(ctx, a))
            h2 { (ctx.t(msg::BLIJVERSLENING_ZAAK_VERDER_TITEL)) }
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_SVN)) }
            (maandlast_blok(ctx, maand))
            h2 { (ctx.t(msg::BLIJVERSLENING_ZAAK_ANTWOORDEN)) }
            (antwoorden(ctx, a, eigenaren, None))
            h2 { (ctx.t(msg::BLIJVERSLENING_STUKKEN_AL)) }
            (stukken_lijst(ctx, &pad, stukken))
            h2 { (ctx.t(msg::BLIJVERSLENING_LOG_TITEL)) }
            @if toegang.is_empty() {
                p { (ctx.t(msg::BLIJVERSLENING_LOG_GEEN)) }
            } @else {
                ul {
                    @for t in toegang {
                        li { (tijdstip(t.op, ctx.lang())) ": " (handeling(ctx, t)) }
                    }
                }
            }
            p { a href="/mijn-loket" { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET)) } }
            (begrippen::uitleg(ctx, &[Begrip::Blijverslening, Begrip::Bezwaar]))
        },
    )
}

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
    net: Option<bool>,
) -> Markup {
    let g = &a.gegevens;
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_EIGENAAR_TITEL))
        .errors(errors)
        .render(html! {
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
            @match (e.antwoord, net) {
                (Some(ja), _) => {
                    (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! {
                        p { (ctx.t(if ja { msg::BLIJVERSLENING_EIGENAAR_GEDAAN_JA } else { msg::BLIJVERSLENING_EIGENAAR_GEDAAN_NEE })) }
                    }))
                }
                (None, _) => {
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
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /medewerker/blijverslening/{id}`.
#[allow(clippy::too_many_arguments)]
pub fn detail(
    ctx: &Ctx,
    b: &Blijverslening,
    a: &Aanvraag,
    eigenaren: &[Eigenaar],
    stukken: &[Stuk],
    beoordeling: &Beoordeling,
    toegekend: i64,
    maand: Option<i64>,
    input: &BesluitForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let vandaag = ctx.app.clock.today();
    let budget = b.jaarbudget_op(vandaag).unwrap_or(0);
    let pad = format!("/medewerker/blijverslening/{}", a.id);
    let gronden: Vec<ui::Choice<'_>> = Weigergrond::ALL
        .iter()
        .map(|g| ui::Choice::new(g.code(), format!("{}. {}", g.code(), ctx.t(g.naam()))))
        .collect();
    ui::Page::new(ctx, ctx.tr.ta(msg::BLIJVERSLENING_MW_DETAIL_TITEL, &[("nummer", a.referentie.as_deref().unwrap_or("-").into())]))
        .wide()
        .back(crate::backoffice::lijst_van(crate::zaken::kern::Regeling::Blijverslening), ctx.t(msg::BLIJVERSLENING_MW_TERUG))
        .errors(errors)
        .render(html! {
            p { (status_tag(ctx, a)) }
            p { (ctx.tr.ta(msg::BLIJVERSLENING_MW_BUDGET, &[
                ("budget", euro(ctx, budget).into()),
                ("toegekend", euro(ctx, toegekend).into()),
                ("over", euro(ctx, (budget - toegekend).max(0)).into()),
            ])) }
            h2 { (ctx.t(msg::BLIJVERSLENING_MW_REGELS)) }
            (reden_lijst(ctx, beoordeling))
            (maandlast_blok(ctx, maand))
            h2 { (ctx.t(msg::BLIJVERSLENING_MW_ANTWOORDEN)) }
            (antwoorden(ctx, a, eigenaren, None))
            h2 { (ctx.t(msg::BLIJVERSLENING_MW_STUKKEN)) }
            (stukken_lijst(ctx, &pad, stukken))
            (besluit_blok(ctx, a))
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

/// News on an application, to the resident or a helper: only that there is news, with the link.
pub fn mail_nieuws(tr: &Tr, to: &str, referentie: &str, nieuws: &str, url: String) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::BLIJVERSLENING_MAIL_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![begrippen::tekst(
            tr,
            nieuws,
            &[("referentie", referentie.into())],
            Begrip::Blijverslening,
        )],
        action: Some((tr.t(msg::BLIJVERSLENING_MAIL_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
    }
}

/// The co-owner's mail, with the link that holds their secret.
pub fn mail_eigenaar(tr: &Tr, to: &str, aanvrager: &str, referentie: &str, url: String) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::BLIJVERSLENING_MAIL_EIGENAAR_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![
            begrippen::tekst(
                tr,
                msg::BLIJVERSLENING_MAIL_EIGENAAR_TEKST,
                &[("aanvrager", aanvrager.into())],
                Begrip::Blijverslening,
            ),
            tr.t(msg::BLIJVERSLENING_MAIL_EIGENAAR_VRAAG),
        ],
        action: Some((tr.t(msg::BLIJVERSLENING_MAIL_EIGENAAR_KNOP), url)),
        after: vec![tr.t(msg::BLIJVERSLENING_MAIL_EIGENAAR_NIET)],
        erase_after_sending: true,
        link_geldig_tot: None,
    }
}

/// The resident's applications in Mijn loket.
pub fn mijn_loket(ctx: &Ctx, aanvragen: &[Aanvraag]) -> Markup {
    html! {
        h2 { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET_TITEL)) }
        ul.loket-list-plain.loket-blijf-zaken {
            @for a in aanvragen {
                li {
                    h3 { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET_ZAAK)) " " (status_tag(ctx, a)) }
                    @if let Some(r) = &a.referentie {
                        p { (ctx.tr.ta(msg::BLIJVERSLENING_MIJN_LOKET_NUMMER, &[("nummer", r.as_str().into())])) }
                    }
                    p { a href={ "/blijverslening/" (a.id) } { (ctx.t(msg::BLIJVERSLENING_MIJN_LOKET_BEKIJK)) } }
                }
            }
        }
    }
}

/// The counts for the figures page.
pub struct Telling {
    pub budget: i64,
    pub toegekend: i64,
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
                tr { th scope="row" { (ctx.t(msg::BLIJVERSLENING_MW_CIJFERS_OVER)) } td.loket-tabel__getal { (euro(ctx, (t.budget - t.toegekend).max(0))) } }
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
