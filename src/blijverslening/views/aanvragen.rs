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
                            // The answers the application asks too go along, so that nobody types them twice.
                            @let overnemen = input.overnemen();
                            @let href = if overnemen.is_empty() { "/blijverslening/aanvragen".to_owned() } else { format!("/blijverslening/aanvragen?{overnemen}") };
                            p { a href=(href) { (ctx.t(msg::BLIJVERSLENING_UITLEG_AANVRAGEN_KNOP)) } }
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

/// `GET /blijverslening/aanvragen`: what the application asks, the drafts not sent yet, the answers of the
/// public check it takes over, and the button that starts a draft (with those answers as hidden fields).
pub fn start(
    ctx: &Ctx,
    namens: &Namens,
    overnemen: &AanvraagForm,
    concepten: &[Kop],
    sleutel: &str,
) -> Markup {
    let overgenomen: Vec<ui::SummaryRow> = Deel::ALL
        .iter()
        .flat_map(|d| invoer_rijen(ctx, *d, overnemen, true))
        .collect();
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_FORMULIER_TITEL))
        .back("/blijverslening", ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            p { (begrippen::zin(ctx, msg::BLIJVERSLENING_FORMULIER_INTRO, &[], Begrip::Blijverslening)) }
            p { (ctx.t(msg::BLIJVERSLENING_UITLEG_SVN)) }
            h2 { (ctx.t(msg::BLIJVERSLENING_START_NODIG_TITEL)) }
            ul {
                li { (ctx.t(msg::BLIJVERSLENING_START_NODIG_ADRES)) }
                li { (ctx.t(msg::BLIJVERSLENING_START_NODIG_MEDE)) }
                li { (ctx.t(msg::BLIJVERSLENING_START_NODIG_KOSTEN)) }
                li { (ctx.t(msg::BLIJVERSLENING_START_NODIG_BEWIJS)) }
            }
            @if !overgenomen.is_empty() {
                h2 { (ctx.t(msg::BLIJVERSLENING_START_CHECK_TITEL)) }
                p { (ctx.t(msg::BLIJVERSLENING_START_CHECK_TEKST)) }
                (ui::summary_list(&ctx.tr, &overgenomen))
            }
            @if !concepten.is_empty() {
                h2 { (ctx.t(msg::BLIJVERSLENING_START_CONCEPTEN)) }
                ul {
                    @for c in concepten {
                        li { a href={ "/blijverslening/" (c.id) "/wijzigen" } {
                            (ctx.tr.ta(msg::BLIJVERSLENING_START_CONCEPT, &[("datum", datum(crate::clock::amsterdam(c.aangemaakt_op).date(), ctx.lang()).into())]))
                        } }
                    }
                }
            }
            form method="post" action="/blijverslening/aanvragen" novalidate {
                input type="hidden" name="sleutel" value=(sleutel);
                @for (naam, waarde) in overnemen.ingevuld() {
                    input type="hidden" name=(naam) value=(waarde);
                }
                (ui::Button::primary(ctx.t(if concepten.is_empty() {
                    msg::BLIJVERSLENING_START_KNOP
                } else {
                    msg::BLIJVERSLENING_START_KNOP_NIEUW
                })))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// The tag of where a part stands.
fn stand_tag(ctx: &Ctx, stand: Stand) -> Markup {
    let kind = match stand {
        Stand::NietBegonnen => ui::TagKind::Neutral,
        Stand::Bezig => ui::TagKind::Info,
        Stand::Klaar => ui::TagKind::Success,
    };
    ui::tag(kind, &ctx.t(stand.naam()))
}

/// Where the documents stand: none yet, some kinds missing, or every kind there.
pub fn stukken_stand(stukken: &[Stuk]) -> Stand {
    if stukken.is_empty() {
        Stand::NietBegonnen
    } else if StukSoort::ALL
        .iter()
        .all(|s| stukken.iter().any(|x| x.soort == *s))
    {
        Stand::Klaar
    } else {
        Stand::Bezig
    }
}

/// `GET /blijverslening/{id}/wijzigen`: the draft as a task list, each part with where it stands, and the way to
/// check and send it.
pub fn takenlijst(
    ctx: &Ctx,
    namens: &Namens,
    id: &str,
    invoer: &AanvraagForm,
    fouten: &FieldErrors,
    stukken: &[Stuk],
) -> Markup {
    let pad = format!("/blijverslening/{id}");
    let mut taken: Vec<(String, String, &'static str, Stand)> = Deel::ALL
        .iter()
        .map(|d| {
            (
                format!("{pad}/{}", d.slug()),
                ctx.t(d.titel()),
                d.slug(),
                invoer.stand(*d, fouten),
            )
        })
        .collect();
    taken.push((
        format!("{pad}/stukken"),
        ctx.t(msg::BLIJVERSLENING_STUKKEN_TITEL),
        "stukken",
        stukken_stand(stukken),
    ));
    let klaar = taken.iter().filter(|t| t.3 == Stand::Klaar).count();
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_FORMULIER_TITEL))
        .back(pad.clone(), ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            p { (ctx.tr.ta(msg::BLIJVERSLENING_TAKEN_INTRO, &[("aantal", taken.len().into())])) }
            p { strong { (ctx.tr.ta(msg::BLIJVERSLENING_TAKEN_KLAAR, &[("klaar", klaar.into()), ("aantal", taken.len().into())])) } }
            ul.loket-taken {
                @for (href, titel, slug, stand) in &taken {
                    @let stand_id = format!("stand-{slug}");
                    li.loket-taken__rij {
                        a href=(href) aria-describedby=(stand_id) { (titel) }
                        span id=(stand_id) { (stand_tag(ctx, *stand)) }
                    }
                }
            }
            h2 { (ctx.t(msg::BLIJVERSLENING_TAKEN_VERSTUREN_TITEL)) }
            p { (ctx.t(if klaar == taken.len() { msg::BLIJVERSLENING_TAKEN_VERSTUREN_KLAAR } else { msg::BLIJVERSLENING_TAKEN_VERSTUREN_NOG })) }
            p { (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_TAKEN_NAKIJKEN)).link(&format!("{pad}/controleren"))) }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

fn bevestiging(
    ctx: &Ctx,
    naam: &str,
    label: &str,
    tekst: &str,
    waarde: &str,
    hint: Option<&str>,
    errors: &FieldErrors,
) -> Markup {
    let mut f = ui::Field::new(naam, ctx.t(label)).errors(errors);
    if let Some(h) = hint {
        f = f.hint(ctx.t(h));
    }
    f.checkboxes(
        &ctx.tr,
        &[ui::Choice::new("ja", ctx.t(tekst))],
        if waarde == "ja" { &["ja"][..] } else { &[][..] },
    )
}

/// The questions of one part.
fn vragen(
    ctx: &Ctx,
    b: &Blijverslening,
    vandaag: Date,
    deel: Deel,
    input: &AanvraagForm,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    match deel {
        Deel::Aanvrager => html! {
            (ui::Field::new("naam", ctx.t(msg::BLIJVERSLENING_NAAM_LABEL))
                .value(input.naam.as_str()).errors(errors).autocomplete("name").input(tr, ui::InputKind::Text))
            (ui::Field::new("geboren", ctx.t(msg::BLIJVERSLENING_GEBOREN_LABEL))
                .hint(ctx.t(msg::UI_DATE_BIRTH_HINT))
                .errors(errors).autocomplete("bday")
                .date(tr, &input.geboren_dag, &input.geboren_maand, &input.geboren_jaar))
        },
        Deel::Woning => html! {
            (ui::fieldset("adres", &ctx.t(msg::BLIJVERSLENING_ADRES_LEGEND), Some(&ctx.t(msg::BLIJVERSLENING_ADRES_HINT)), html! {
                (ui::Field::new("straat", ctx.t(msg::BLIJVERSLENING_STRAAT_LABEL))
                    .value(input.straat.as_str()).errors(errors).autocomplete("address-line1").input(tr, ui::InputKind::Text))
                (ui::Field::new("postcode", ctx.t(msg::BLIJVERSLENING_POSTCODE_LABEL))
                    .value(input.postcode.as_str()).errors(errors).autocomplete("postal-code").width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Text))
                (ui::Field::new("plaats", ctx.t(msg::BLIJVERSLENING_PLAATS_LABEL))
                    .value(input.plaats.as_str()).errors(errors).autocomplete("address-level2").width(ui::Width::Chars20)
                    .input(tr, ui::InputKind::Text))
            }))
            (bevestiging(ctx, "eigenaar", msg::BLIJVERSLENING_CHECK_EIGENAAR, msg::BLIJVERSLENING_BEVESTIG_EIGENAAR, &input.eigenaar, None, errors))
            (bevestiging(ctx, "bewoner", msg::BLIJVERSLENING_CHECK_BEWONER, msg::BLIJVERSLENING_BEVESTIG_BEWONER, &input.bewoner, None, errors))
            p { (ctx.t(msg::BLIJVERSLENING_BEWIJS_LATER)) }
        },
        Deel::Eigenaren => {
            let mede = input.mede();
            html! {
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
                (bevestiging(ctx, "alle-eigenaren", msg::BLIJVERSLENING_CHECK_ALLE, msg::BLIJVERSLENING_BEVESTIG_ALLE, &input.alle_eigenaren, Some(msg::BLIJVERSLENING_ALLE_HINT), errors))
            }
        }
        Deel::Werk => html! {
            (ui::Field::new("reden", ctx.t(msg::BLIJVERSLENING_REDEN_LABEL))
                .value(input.reden.as_str()).errors(errors).radios(tr, &reden_keuzes(ctx)))
            (ui::Field::new("maatregelen", ctx.t(msg::BLIJVERSLENING_MAATREGELEN_LABEL))
                .hint(ctx.t(msg::BLIJVERSLENING_MAATREGELEN_HINT))
                .value(input.maatregelen.as_str()).errors(errors)
                .textarea(tr, 5, Some(TEKST_MAX as u32)))
            (bedrag_veld(ctx, "materiaal", msg::BLIJVERSLENING_MATERIAAL_LABEL, None, &input.materiaal, errors))
            (bedrag_veld(ctx, "arbeid", msg::BLIJVERSLENING_ARBEID_LABEL, Some(msg::BLIJVERSLENING_NUL_HINT), &input.arbeid, errors))
            (bedrag_veld(ctx, "uren", msg::BLIJVERSLENING_UREN_LABEL, Some(msg::BLIJVERSLENING_NUL_HINT), &input.uren, errors))
            (bedrag_veld(ctx, "leenkosten", msg::BLIJVERSLENING_LEENKOSTEN_LABEL, Some(msg::BLIJVERSLENING_NUL_HINT), &input.leenkosten, errors))
            (bedrag_veld(ctx, "subsidies", msg::BLIJVERSLENING_SUBSIDIES_LABEL, Some(msg::BLIJVERSLENING_SUBSIDIES_HINT), &input.subsidies, errors))
            (ui::Field::new("gepland", ctx.t(msg::BLIJVERSLENING_GEPLAND_LABEL))
                .hint(ctx.t(msg::BLIJVERSLENING_GEPLAND_HINT)).errors(errors)
                .date(tr, &input.gepland_dag, &input.gepland_maand, &input.gepland_jaar))
        },
        Deel::Lening => {
            let hint = b
                .regels_op(vandaag)
                .map(|r| {
                    ctx.tr.ta(
                        msg::BLIJVERSLENING_BEDRAG_GRENZEN,
                        &[
                            ("cmin", euro(ctx, r.consumptief.minimum).into()),
                            ("cmax", euro(ctx, r.consumptief.maximum).into()),
                            ("hmax", euro(ctx, r.hypothecair.maximum).into()),
                        ],
                    )
                })
                .unwrap_or_default();
            html! {
                (ui::Field::new("soort", ctx.t(msg::BLIJVERSLENING_SOORT_LABEL))
                    .value(input.soort.as_str()).errors(errors).radios(tr, &soort_keuzes(ctx)))
                (ui::Field::new("looptijd", ctx.t(msg::BLIJVERSLENING_LOOPTIJD_LABEL))
                    .hint(ctx.t(msg::BLIJVERSLENING_LOOPTIJD_HINT))
                    .value(input.looptijd.as_str()).errors(errors).radios(tr, &looptijd_keuzes(ctx)))
                (ui::Field::new("bedrag", ctx.t(msg::BLIJVERSLENING_BEDRAG_LABEL)).hint(hint)
                    .value(input.bedrag.as_str()).errors(errors).width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Decimal))
                p { (ctx.t(msg::BLIJVERSLENING_MAANDLAST_LATER)) }
            }
        }
    }
}

/// `GET /blijverslening/{id}/<part>`: one part of the application, saved with "Opslaan en verder", which leads
/// back to the task list, or with `terug` to the check page.
#[allow(clippy::too_many_arguments)]
pub fn deel(
    ctx: &Ctx,
    namens: &Namens,
    b: &Blijverslening,
    vandaag: Date,
    id: &str,
    deel: Deel,
    input: &AanvraagForm,
    errors: &FieldErrors,
    terug: bool,
) -> Markup {
    let pad = format!("/blijverslening/{id}");
    let (actie, terug_pad) = if terug {
        (
            format!("{pad}/{}?terug=controleren", deel.slug()),
            format!("{pad}/controleren"),
        )
    } else {
        (format!("{pad}/{}", deel.slug()), format!("{pad}/wijzigen"))
    };
    ui::Page::new(ctx, ctx.t(deel.titel()))
        .back(terug_pad, ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            p { (ctx.t(msg::BLIJVERSLENING_DEEL_BEWAREN)) }
            form method="post" action=(actie) novalidate {
                (vragen(ctx, b, vandaag, deel, input, errors))
                (ui::Button::primary(ctx.t(msg::BLIJVERSLENING_FORMULIER_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /blijverslening/{id}/stukken`: the uploads of a draft, each with a form that removes it, and the form
/// for more. `terug`: opened from the check page, and back to it.
#[allow(clippy::too_many_arguments)]
pub fn stukken(
    ctx: &Ctx,
    id: &str,
    stukken: &[Stuk],
    soort: &str,
    errors: &FieldErrors,
    terug: bool,
    verwijderd: bool,
) -> Markup {
    let tr = &ctx.tr;
    let pad = format!("/blijverslening/{id}");
    let query = if terug { "?terug=controleren" } else { "" };
    let keuzes: Vec<ui::Choice<'_>> = StukSoort::ALL
        .iter()
        .map(|s| ui::Choice::new(s.code(), ctx.t(stuk_naam(*s))))
        .collect();
    let (verder, verder_tekst) = if terug {
        (
            format!("{pad}/controleren"),
            msg::BLIJVERSLENING_STUKKEN_VERDER,
        )
    } else {
        (
            format!("{pad}/wijzigen"),
            msg::BLIJVERSLENING_NAAR_OVERZICHT,
        )
    };
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_STUKKEN_TITEL))
        .back(verder.clone(), ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            @if verwijderd {
                (ui::notification_banner(tr, ui::Notice::Success, html! { p { (ctx.t(msg::BLIJVERSLENING_STUK_VERWIJDERD)) } }))
            }
            p { (ctx.t(msg::BLIJVERSLENING_STUKKEN_INTRO)) }
            ul {
                @for s in StukSoort::ALL { li { (ctx.t(stuk_naam(s))) } }
            }
            h2 #stukken { (ctx.t(msg::BLIJVERSLENING_STUKKEN_AL)) }
            @if stukken.is_empty() {
                p { (ctx.t(msg::BLIJVERSLENING_STUKKEN_GEEN)) }
            } @else {
                ul {
                    @for s in stukken {
                        @let actie = format!("{pad}/stukken/{}/verwijderen{query}", s.id);
                        @let fout_id = format!("stuk-weg-{}", s.id);
                        li {
                            (crate::zaken::document::link(tr, &format!("{pad}/stukken/{}", s.id), &s.naam, s.controle, false))
                            " (" (ctx.t(stuk_naam(s.soort))) ", " (s.grootte / 1024 + 1) " kB)"
                            (crate::zaken::document::Verwijderen {
                                actie: &actie,
                                veld: "stuk-weg",
                                id: &s.id,
                                vinkje: tr.ta(msg::BLIJVERSLENING_STUK_VERWIJDER_VINKJE, &[("naam", s.naam.as_str().into())]),
                                knop: ctx.t(msg::BLIJVERSLENING_STUK_VERWIJDER_KNOP),
                                fout: errors.get(&fout_id),
                            }.formulier(tr))
                        }
                    }
                }
            }
            form method="post" action={ (pad) "/stukken" (query) } enctype="multipart/form-data" novalidate {
                (ui::Field::new("soort", ctx.t(msg::BLIJVERSLENING_STUK_SOORT_LABEL))
                    .value(soort).errors(errors).radios(tr, &keuzes))
                (ui::Field::new("bestand", ctx.t(msg::BLIJVERSLENING_STUK_BESTAND_LABEL))
                    .errors(errors).files(tr, ".pdf,.jpg,.jpeg,.png", crate::zaken::document::MAX_MB, crate::zaken::document::upload::MAX_PER_KEER, crate::zaken::document::MAX_MB_PER_KEER))
                (ui::Button::secondary(ctx.t(msg::BLIJVERSLENING_STUK_KNOP)))
            }
            p { (ui::Button::primary(ctx.t(verder_tekst)).link(&verder)) }
        })
}

/// An answer as typed, or "Nog niet ingevuld".
fn tekst_of_leeg(ctx: &Ctx, tekst: &str) -> String {
    let tekst = tekst.trim();
    if tekst.is_empty() {
        ctx.t(msg::BLIJVERSLENING_NIET_INGEVULD)
    } else {
        tekst.to_owned()
    }
}

/// A date as the check page shows it: written out when it exists, else as typed.
fn datum_tekst(ctx: &Ctx, d: &DatumVelden) -> String {
    match crate::form::datum(&d.dag, &d.maand, &d.jaar) {
        Ok(Some(x)) => datum(x, ctx.lang()),
        Ok(None) => ctx.t(msg::BLIJVERSLENING_NIET_INGEVULD),
        Err(_) => format!("{} {} {}", d.dag.trim(), d.maand.trim(), d.jaar.trim()),
    }
}

/// An amount as the check page shows it: in euros when it can be read, else as typed.
fn bedrag_tekst(ctx: &Ctx, tekst: &str) -> String {
    match crate::form::lees_bedrag(tekst) {
        Ok(Some(b)) => euro(ctx, b),
        Ok(None) => ctx.t(msg::BLIJVERSLENING_NIET_INGEVULD),
        Err(_) => tekst.trim().to_owned(),
    }
}

fn ja_nee(ctx: &Ctx, waarde: &str) -> String {
    ctx.t(if waarde == "ja" {
        msg::BLIJVERSLENING_JA
    } else {
        msg::BLIJVERSLENING_NEE
    })
}

/// The rows of one part's answers as typed, for the check page. `alleen_ingevuld`: only the answers given (the
/// start page's answers taken over from the public check).
fn invoer_rijen(
    ctx: &Ctx,
    deel: Deel,
    f: &AanvraagForm,
    alleen_ingevuld: bool,
) -> Vec<ui::SummaryRow> {
    let datum_van = |dag: &str, maand: &str, jaar: &str| DatumVelden {
        dag: dag.to_owned(),
        maand: maand.to_owned(),
        jaar: jaar.to_owned(),
    };
    let leeg = |s: &str| s.trim().is_empty();
    // (label, answer, filled in)
    let mut rijen: Vec<(String, String, bool)> = Vec::new();
    match deel {
        Deel::Aanvrager => {
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_NAAM_LABEL),
                tekst_of_leeg(ctx, &f.naam),
                !leeg(&f.naam),
            ));
            let d = datum_van(&f.geboren_dag, &f.geboren_maand, &f.geboren_jaar);
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_GEBOREN_LABEL),
                datum_tekst(ctx, &d),
                !d.is_leeg(),
            ));
        }
        Deel::Woning => {
            let postcode = crate::blijverslening::domain::postcode(&f.postcode)
                .unwrap_or_else(|| f.postcode.trim().to_owned());
            let regels: Vec<String> = [
                f.straat.trim().to_owned(),
                format!("{postcode} {}", f.plaats.trim()).trim().to_owned(),
            ]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
            let tekst = if regels.is_empty() {
                ctx.t(msg::BLIJVERSLENING_NIET_INGEVULD)
            } else {
                regels.join(", ")
            };
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_ADRES_LABEL),
                tekst,
                !regels.is_empty(),
            ));
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_CHECK_EIGENAAR),
                ja_nee(ctx, &f.eigenaar),
                !leeg(&f.eigenaar),
            ));
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_CHECK_BEWONER),
                ja_nee(ctx, &f.bewoner),
                !leeg(&f.bewoner),
            ));
        }
        Deel::Eigenaren => {
            let mede = f.mede();
            let ingevuld: Vec<&MedeVelden> = mede
                .iter()
                .filter(|m| {
                    !(m.naam.trim().is_empty() && m.email.trim().is_empty() && m.geboren.is_leeg())
                })
                .collect();
            for m in &ingevuld {
                let delen: Vec<String> = [
                    m.naam.trim().to_owned(),
                    if m.geboren.is_leeg() {
                        String::new()
                    } else {
                        datum_tekst(ctx, &m.geboren)
                    },
                    m.email.trim().to_owned(),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
                rijen.push((ctx.t(msg::BLIJVERSLENING_MEDE_RIJ), delen.join(", "), true));
            }
            if ingevuld.is_empty() {
                rijen.push((
                    ctx.t(msg::BLIJVERSLENING_DEEL_EIGENAREN),
                    ctx.t(msg::BLIJVERSLENING_MEDE_GEEN),
                    false,
                ));
            }
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_BEVESTIG_ALLE),
                ja_nee(ctx, &f.alle_eigenaren),
                !leeg(&f.alle_eigenaren),
            ));
        }
        Deel::Werk => {
            let reden = crate::blijverslening::domain::Reden::from_code(&f.reden).map_or_else(
                || ctx.t(msg::BLIJVERSLENING_NIET_INGEVULD),
                |r| ctx.t(r.naam()),
            );
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_REDEN_LABEL),
                reden,
                !leeg(&f.reden),
            ));
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_MAATREGELEN_LABEL),
                tekst_of_leeg(ctx, &f.maatregelen),
                !leeg(&f.maatregelen),
            ));
            for (label, waarde) in [
                (msg::BLIJVERSLENING_MATERIAAL_LABEL, &f.materiaal),
                (msg::BLIJVERSLENING_ARBEID_LABEL, &f.arbeid),
                (msg::BLIJVERSLENING_UREN_LABEL, &f.uren),
                (msg::BLIJVERSLENING_LEENKOSTEN_LABEL, &f.leenkosten),
                (msg::BLIJVERSLENING_SUBSIDIES_LABEL, &f.subsidies),
            ] {
                rijen.push((ctx.t(label), bedrag_tekst(ctx, waarde), !leeg(waarde)));
            }
            // The total, once every amount can be read (an empty one is 0, as sending reads it).
            let lees = |s: &str| crate::form::lees_bedrag(s).map(|b| b.unwrap_or(Bedrag::NUL));
            if let (Ok(Some(materiaal)), Ok(arbeid), Ok(uren), Ok(leenkosten), Ok(subsidies)) = (
                crate::form::lees_bedrag(&f.materiaal),
                lees(&f.arbeid),
                lees(&f.uren),
                lees(&f.leenkosten),
                lees(&f.subsidies),
            ) {
                let kosten = crate::blijverslening::domain::Kosten {
                    materiaal,
                    arbeid,
                    uren,
                    leenkosten,
                    subsidies,
                };
                rijen.push((
                    ctx.t(msg::BLIJVERSLENING_WERKELIJK_LABEL),
                    euro(ctx, kosten.werkelijk()),
                    true,
                ));
            }
            let d = datum_van(&f.gepland_dag, &f.gepland_maand, &f.gepland_jaar);
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_GEPLAND_LABEL),
                datum_tekst(ctx, &d),
                !d.is_leeg(),
            ));
        }
        Deel::Lening => {
            let soort = crate::blijverslening::domain::Soort::from_code(&f.soort);
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_SOORT_LABEL),
                soort.map_or_else(
                    || ctx.t(msg::BLIJVERSLENING_NIET_INGEVULD),
                    |s| ctx.t(s.naam()),
                ),
                soort.is_some(),
            ));
            let jaren = match (soort, f.looptijd.as_str()) {
                (Some(crate::blijverslening::domain::Soort::Consumptief), _) => Some(10),
                (_, "10") => Some(10),
                (_, "20") => Some(20),
                _ => None,
            };
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_LOOPTIJD_LABEL),
                jaren.map_or_else(
                    || ctx.t(msg::BLIJVERSLENING_NIET_INGEVULD),
                    |j: i64| ctx.tr.ta(msg::BLIJVERSLENING_JAREN, &[("jaren", j.into())]),
                ),
                !leeg(&f.looptijd),
            ));
            rijen.push((
                ctx.t(msg::BLIJVERSLENING_BEDRAG_LABEL),
                bedrag_tekst(ctx, &f.bedrag),
                !leeg(&f.bedrag),
            ));
        }
    }
    rijen
        .into_iter()
        .filter(|(_, _, ingevuld)| *ingevuld || !alleen_ingevuld)
        .map(|(label, waarde, _)| ui::SummaryRow::new(label, waarde))
        .collect()
}

/// `GET /blijverslening/{id}/controleren`: every answer per part, each with "Wijzig" to its part (and back
/// here), what is missing with a link to it, the estimate, the documents and the button to send. `errors`:
/// after a refused send, every mistake beside its part, where the error summary points.
#[allow(clippy::too_many_arguments)]
pub fn controleren(
    ctx: &Ctx,
    namens: &Namens,
    id: &str,
    invoer: &AanvraagForm,
    fouten: &FieldErrors,
    stukken: &[Stuk],
    missen: &[StukSoort],
    maand: Option<Bedrag>,
    errors: &FieldErrors,
) -> Markup {
    let pad = format!("/blijverslening/{id}");
    let stukken_pad = format!("{pad}/stukken?terug=controleren");
    ui::Page::new(ctx, ctx.t(msg::BLIJVERSLENING_CONTROLEREN_TITEL))
        .back(format!("{pad}/wijzigen"), ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            @if !namens.is_zelf() {
                p { (ctx.tr.ta(msg::BLIJVERSLENING_NAMENS, &[("naam", namens.voor_naam().into())])) }
            }
            p { (ctx.t(msg::BLIJVERSLENING_CONTROLEREN_INTRO)) }
            @for deel in Deel::ALL {
                @let wijzig = format!("{pad}/{}?terug=controleren", deel.slug());
                @let stand = invoer.stand(deel, fouten);
                h2 { (ctx.t(deel.titel())) }
                @if stand == Stand::NietBegonnen && errors.is_empty() {
                    p { (ctx.t(msg::BLIJVERSLENING_CONTROLEREN_NIET_BEGONNEN)) " " a href=(wijzig) { (ctx.t(msg::BLIJVERSLENING_CONTROLEREN_AANVULLEN)) } }
                } @else {
                    @if stand != Stand::Klaar {
                        p { strong { (ctx.t(msg::BLIJVERSLENING_CONTROLEREN_NIET_KLAAR)) } }
                        // Each mistake with a link to its part; after a refused send the error summary points here.
                        @for e in fouten.iter().filter(|e| Deel::van_veld(&e.field) == Some(deel)) {
                            p id=(e.field) { (e.message) " " a href=(wijzig) { (ctx.t(msg::BLIJVERSLENING_CONTROLEREN_AANPASSEN)) } }
                        }
                    }
                    @let rijen: Vec<ui::SummaryRow> = invoer_rijen(ctx, deel, invoer, false).into_iter().map(|r| r.change(wijzig.clone())).collect();
                    (ui::summary_list(&ctx.tr, &rijen))
                }
            }
            (maandlast_blok(ctx, maand))
            h2 #stukken { (ctx.t(msg::BLIJVERSLENING_STUKKEN_AL)) }
            (stukken_lijst(ctx, &pad, stukken))
            @if !missen.is_empty() {
                p { (ctx.t(msg::BLIJVERSLENING_STUKKEN_MISSEN)) }
                ul { @for s in missen { li { (ctx.t(stuk_naam(*s))) } } }
            }
            p { a href=(stukken_pad) { (ctx.t(msg::BLIJVERSLENING_STUKKEN_TOEVOEGEN)) } }
            h2 { (ctx.t(msg::BLIJVERSLENING_VERSTUREN_TITEL)) }
            @if !invoer.mede().iter().all(|m| m.naam.trim().is_empty() && m.email.trim().is_empty()) {
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
    id: &str,
    begonnen: Option<time::OffsetDateTime>,
    invoer: &concept::Invoer,
    errors: &FieldErrors,
) -> Markup {
    let pad = format!("/blijverslening/{id}");
    concept::pagina(
        ctx,
        Begrip::Blijverslening,
        begonnen.map(|b| crate::clock::amsterdam(b).date()),
        &format!("{pad}/verwijderen"),
        &format!("{pad}/controleren"),
        invoer,
        errors,
    )
}
