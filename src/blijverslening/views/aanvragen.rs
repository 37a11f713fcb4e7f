//! The public pages of the blijverslening and the application: the check, the form, documents, checking it.

use super::*;
use crate::zaken::concept;

/// `GET /blijverslening`: what it is, for whom, that SVn gives the loan, and where to check and apply.
pub fn uitleg(ctx: &Ctx, b: &Blijverslening, over: Option<Bedrag>) -> Markup {
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

pub(super) fn ja_nee_keuzes<'a>(ctx: &Ctx) -> [ui::Choice<'a>; 2] {
    [
        ui::Choice::new("ja", ctx.t(msg::BLIJVERSLENING_JA)),
        ui::Choice::new("nee", ctx.t(msg::BLIJVERSLENING_NEE)),
    ]
}

pub(super) fn reden_keuzes<'a>(ctx: &Ctx) -> Vec<ui::Choice<'a>> {
    super::super::domain::Reden::ALL
        .iter()
        .map(|r| ui::Choice::new(r.code(), ctx.t(r.naam())))
        .collect()
}

pub(super) fn soort_keuzes<'a>(ctx: &Ctx) -> [ui::Choice<'a>; 2] {
    [
        ui::Choice::new("consumptief", ctx.t(msg::BLIJVERSLENING_SOORT_CONSUMPTIEF))
            .hint(ctx.t(msg::BLIJVERSLENING_SOORT_CONSUMPTIEF_HINT)),
        ui::Choice::new("hypothecair", ctx.t(msg::BLIJVERSLENING_SOORT_HYPOTHECAIR))
            .hint(ctx.t(msg::BLIJVERSLENING_SOORT_HYPOTHECAIR_HINT)),
    ]
}

pub(super) fn looptijd_keuzes<'a>(ctx: &Ctx) -> [ui::Choice<'a>; 2] {
    [
        ui::Choice::new("10", ctx.t(msg::BLIJVERSLENING_LOOPTIJD_10)),
        ui::Choice::new("20", ctx.t(msg::BLIJVERSLENING_LOOPTIJD_20)),
    ]
}

/// `GET /blijverslening/check`: the questions as a GET form, and the outcome on the same page.
pub fn check(
    ctx: &Ctx,
    input: &CheckForm,
    uitkomst: Option<(&Beoordeling, Option<Bedrag>)>,
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
                        p { (schatting(ctx)) }
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
                            .hint(ctx.t(msg::UI_DATE_BIRTH_HINT))
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

pub(super) fn bedrag_veld(
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
                    .hint(ctx.t(msg::UI_DATE_BIRTH_HINT))
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
                            .hint(ctx.t(msg::UI_DATE_BIRTH_HINT))
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
                @if !stukken.is_empty() {
                    @let namen: Vec<String> = stukken.iter().map(|s| tr.ta(msg::BLIJVERSLENING_STUK_WEG, &[("naam", s.naam.as_str().into())])).collect();
                    @let weg: Vec<ui::Choice<'_>> = stukken.iter().zip(&namen).map(|(s, naam)| ui::Choice::new(&s.id, naam.as_str())).collect();
                    (ui::Field::new("stuk-weg", ctx.t(msg::BLIJVERSLENING_STUK_WEG_LABEL))
                        .hint(ctx.t(msg::BLIJVERSLENING_STUK_WEG_HINT))
                        .checkboxes(tr, &weg, &[] as &[&str]))
                }
                (ui::Field::new("bestand", ctx.t(msg::BLIJVERSLENING_STUK_BESTAND_LABEL))
                    .errors(errors).files(tr, ".pdf,.jpg,.jpeg,.png", crate::zaken::document::MAX_MB, crate::zaken::document::upload::MAX_PER_KEER, crate::zaken::document::MAX_MB_PER_KEER))
                (ui::Button::secondary(ctx.t(msg::BLIJVERSLENING_STUK_KNOP)))
            }
            p { (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_STUKKEN_VERDER)).link(&format!("{pad}/controleren"))) }
        })
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
    maand: Option<Bedrag>,
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
            (concept::link(ctx, &format!("{pad}/verwijderen")))
        })
}

/// `GET /blijverslening/{id}/verwijderen`: whether to throw this draft away.
pub fn verwijderen(
    ctx: &Ctx,
    a: &Aanvraag,
    invoer: &concept::Invoer,
    errors: &FieldErrors,
) -> Markup {
    let pad = format!("/blijverslening/{}", a.id);
    concept::pagina(
        ctx,
        Begrip::Blijverslening,
        Some(crate::clock::amsterdam(a.aangemaakt_op).date()),
        &format!("{pad}/verwijderen"),
        &format!("{pad}/controleren"),
        invoer,
        errors,
    )
}
