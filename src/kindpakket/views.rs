//! The Kindpakket's pages and its decision mail.

use maud::{Markup, html};
use time::Date;

use super::domain::{Beoordeling, Gebruik, GeenRegels, Status, Uitkomst};
use super::form::{self, CheckForm, Geldig, kind_veld};
use super::repo::{Aanvraag, Handeling, Kind, Toegang};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::gemeente::{Kindpakket, KindpakketOnderdeel};
use crate::http::Ctx;
use crate::i18n::{FluentValue, Tr, bedrag, datum, msg, tijdstip};
use crate::mail::Email;
use crate::ui;

const WOORDEN: [Begrip; 1] = [Begrip::Kindpakket];

/// The profile's Kindpakket; the handlers only render these pages when there is one.
fn kp(ctx: &Ctx) -> Option<&Kindpakket> {
    ctx.app.gemeente.kindpakket.as_ref()
}

fn onderdeel_naam(ctx: &Ctx, id: &str) -> String {
    kp(ctx)
        .and_then(|k| k.onderdeel(id))
        .map_or_else(|| id.to_owned(), |o| o.naam.clone())
}

/// "Maximaal € 300 per jaar. Bron: ..." for a part with an amount.
fn maximum(ctx: &Ctx, o: &KindpakketOnderdeel) -> Option<(String, String)> {
    o.maximum_op(ctx.app.clock.today()).map(|b| {
        (
            ctx.tr.ta(
                msg::KINDPAKKET_MAXIMUM,
                &[("bedrag", bedrag(b.centen, ctx.lang()).into())],
            ),
            b.bron.clone(),
        )
    })
}

fn bron(ctx: &Ctx, tekst: &str) -> Markup {
    html! { div.loket-hint { (ctx.tr.ta(msg::KINDPAKKET_BRON, &[("bron", tekst.into())])) } }
}

/// `GET /kindpakket`.
pub fn uitleg(ctx: &Ctx) -> Markup {
    let vandaag = ctx.app.clock.today();
    let k = kp(ctx);
    let gewoon = k.and_then(|k| k.inkomensgrens_op(vandaag));
    let schrijnend = k.and_then(|k| k.inkomensgrens_schrijnend_op(vandaag));
    let leeftijd = k.and_then(|k| k.leeftijd_kind_onder_op(vandaag));
    ui::layout::page(
        ctx,
        &ctx.t(msg::KINDPAKKET_UITLEG_TITEL),
        html! {
            p { (begrippen::zin(ctx, msg::KINDPAKKET_UITLEG_INTRO, &[], Begrip::Kindpakket)) }
            p { (ctx.t(msg::KINDPAKKET_UITLEG_ONBEKEND)) }
            h2 { (ctx.t(msg::KINDPAKKET_UITLEG_WAT_TITEL)) }
            @if let Some(k) = k {
                ul {
                    @for o in &k.onderdelen {
                        li {
                            strong { (o.naam) } ": " (o.omschrijving.in_taal(ctx.lang()))
                            @if let Some((zin, b)) = maximum(ctx, o) {
                                " " (zin) (bron(ctx, &b))
                            }
                        }
                    }
                }
            }
            h2 { (ctx.t(msg::KINDPAKKET_UITLEG_WIE_TITEL)) }
            ul {
                @if let Some(l) = leeftijd {
                    li { (ctx.tr.ta(msg::KINDPAKKET_UITLEG_WIE_KINDEREN, &[("leeftijd", l.jaren.into())])) (bron(ctx, &l.bron)) }
                }
                @if let Some(g) = gewoon {
                    li { (ctx.tr.ta(msg::KINDPAKKET_UITLEG_WIE_INKOMEN, &[("procent", (g.basispunten.0 / 100).into())])) (bron(ctx, &g.bron)) }
                }
                @if let Some(s) = schrijnend {
                    li { (ctx.tr.ta(msg::KINDPAKKET_UITLEG_WIE_SCHRIJNEND, &[("procent", (s.basispunten.0 / 100).into())])) (bron(ctx, &s.bron)) }
                }
            }
            h2 { (ctx.t(msg::KINDPAKKET_UITLEG_DOEN_TITEL)) }
            ul {
                li { a href="/kindpakket/check" { (ctx.t(msg::KINDPAKKET_LINK_CHECK)) } }
                li { a href="/kindpakket/aanvragen" { (ctx.t(msg::KINDPAKKET_LINK_AANVRAGEN)) } }
                li { a href="/kindpakket/voor-kinderen" { (ctx.t(msg::KINDPAKKET_LINK_KINDEREN)) } }
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

/// `GET /kindpakket/voor-kinderen`: short sentences for children and their parents.
pub fn voor_kinderen(ctx: &Ctx) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::KINDPAKKET_KINDEREN_TITEL),
        html! {
            p { (begrippen::zin(ctx, msg::KINDPAKKET_KINDEREN_INTRO, &[], Begrip::Kindpakket)) }
            p { (ctx.t(msg::KINDPAKKET_KINDEREN_WAAROM)) }
            h2 { (ctx.t(msg::KINDPAKKET_KINDEREN_WAT_TITEL)) }
            @if let Some(k) = kp(ctx) {
                @for o in &k.onderdelen {
                    h3 { (o.naam) }
                    p { (o.omschrijving.in_taal(ctx.lang())) }
                    @if let Some((zin, _)) = maximum(ctx, o) { p { (zin) } }
                }
            }
            h2 { (ctx.t(msg::KINDPAKKET_KINDEREN_HOE_TITEL)) }
            p { (ctx.t(msg::KINDPAKKET_KINDEREN_HOE_OUDER)) }
            p { (ctx.t(msg::KINDPAKKET_KINDEREN_HOE_SAMEN)) }
            p { (ctx.t(msg::KINDPAKKET_KINDEREN_HOE_GEEN_SCHAAMTE)) }
            ul {
                li { a href="/kindpakket/check" { (ctx.t(msg::KINDPAKKET_LINK_CHECK)) } }
                li { a href="/kindpakket/aanvragen" { (ctx.t(msg::KINDPAKKET_LINK_AANVRAGEN)) } }
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

fn huishouden_keuzes(ctx: &Ctx) -> [ui::Choice<'static>; 2] {
    [
        ui::Choice::new("alleen", ctx.t(msg::KINDPAKKET_SAMENSTELLING_ALLEEN)),
        ui::Choice::new("samen", ctx.t(msg::KINDPAKKET_SAMENSTELLING_SAMEN)),
    ]
}

fn aow_keuzes(ctx: &Ctx) -> [ui::Choice<'static>; 2] {
    [
        ui::Choice::new("nee", ctx.t(msg::KINDPAKKET_AOW_NEE)),
        ui::Choice::new("ja", ctx.t(msg::KINDPAKKET_AOW_JA)),
    ]
}

/// The amounts a reason's sentence may use.
fn args<'a>(ctx: &Ctx, b: &Beoordeling) -> Vec<(&'a str, FluentValue<'a>)> {
    let lang = ctx.lang();
    vec![
        ("norm", bedrag(b.norm, lang).into()),
        ("grens", bedrag(b.grens, lang).into()),
        ("grens_schrijnend", bedrag(b.grens_schrijnend, lang).into()),
        ("leeftijd", b.leeftijd_onder.into()),
        ("aantal", b.kinderen.into()),
    ]
}

/// The outcome of the check in words: likely yes / only with a reason / no, why, and what to do next.
fn uitslag(ctx: &Ctx, b: &Beoordeling) -> Markup {
    let (titel, kind, volgende) = match b.uitkomst {
        Uitkomst::Ja => (
            msg::KINDPAKKET_UITSLAG_JA,
            ui::TagKind::Success,
            msg::KINDPAKKET_UITSLAG_JA_DOEN,
        ),
        Uitkomst::AlleenSchrijnend => (
            msg::KINDPAKKET_UITSLAG_SCHRIJNEND,
            ui::TagKind::Warning,
            msg::KINDPAKKET_UITSLAG_SCHRIJNEND_DOEN,
        ),
        Uitkomst::Nee => (
            msg::KINDPAKKET_UITSLAG_NEE,
            ui::TagKind::Error,
            msg::KINDPAKKET_UITSLAG_NEE_DOEN,
        ),
    };
    let a = args(ctx, b);
    html! {
        section.loket-uitslag aria-labelledby="uitslag" {
            h2 #uitslag { (ctx.t(titel)) " " (ui::tag(kind, &ctx.t(msg::KINDPAKKET_UITSLAG_TAG))) }
            p { (ctx.tr.ta(msg::KINDPAKKET_UITSLAG_GRENS, &a)) }
            h3 { (ctx.t(msg::KINDPAKKET_UITSLAG_WAAROM)) }
            ul {
                @for r in &b.redenen {
                    li { (ctx.tr.ta(r.id, &a)) (bron(ctx, &r.bron)) }
                }
            }
            h3 { (ctx.t(msg::KINDPAKKET_UITSLAG_VOLGENDE)) }
            p { (ctx.t(volgende)) }
            @if b.uitkomst != Uitkomst::Nee {
                p { (ui::Button::primary(ctx.t(msg::KINDPAKKET_LINK_AANVRAGEN)).link("/kindpakket/aanvragen")) }
            }
            p { (ctx.t(msg::KINDPAKKET_UITSLAG_SCHATTING)) }
        }
    }
}

/// `GET /kindpakket/check`.
pub fn check(
    ctx: &Ctx,
    input: &CheckForm,
    uitkomst: Option<&Result<Beoordeling, GeenRegels>>,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    ui::Page::new(ctx, ctx.t(msg::KINDPAKKET_CHECK_TITEL))
        .back("/kindpakket", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (begrippen::zin(ctx, msg::KINDPAKKET_CHECK_INTRO, &[], Begrip::Kindpakket)) }
            p { (ctx.t(msg::KINDPAKKET_CHECK_NIETS_BEWAARD)) }
            @match uitkomst {
                Some(Ok(b)) => { (uitslag(ctx, b)) }
                Some(Err(GeenRegels)) => { p { (ctx.t(msg::KINDPAKKET_FOUT_GEEN_REGELS)) } }
                None => {}
            }
            form method="get" action="/kindpakket/check" novalidate {
                (ui::Field::new("samenstelling", ctx.t(msg::KINDPAKKET_SAMENSTELLING_LABEL))
                    .value(input.samenstelling.as_str()).errors(errors).radios(tr, &huishouden_keuzes(ctx)))
                (ui::Field::new("aow", ctx.t(msg::KINDPAKKET_AOW_LABEL))
                    .hint(ctx.t(msg::KINDPAKKET_AOW_HINT))
                    .value(input.aow.as_str()).errors(errors).radios(tr, &aow_keuzes(ctx)))
                (ui::Field::new("inkomen", ctx.t(msg::KINDPAKKET_INKOMEN_LABEL))
                    .hint(ctx.t(msg::KINDPAKKET_INKOMEN_HINT))
                    .value(input.inkomen.as_str()).errors(errors).width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Decimal))
                (ui::Field::new("aantal", ctx.t(msg::KINDPAKKET_AANTAL_LABEL))
                    .value(input.aantal.as_str()).errors(errors).width(ui::Width::Chars4)
                    .input(tr, ui::InputKind::Numeric))
                (ui::Field::new("leeftijden", ctx.t(msg::KINDPAKKET_LEEFTIJDEN_LABEL))
                    .hint(ctx.t(msg::KINDPAKKET_LEEFTIJDEN_HINT))
                    .value(input.leeftijden.as_str()).errors(errors).width(ui::Width::Chars20)
                    .input(tr, ui::InputKind::Text))
                (ui::Button::primary(ctx.t(msg::KINDPAKKET_CHECK_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /kindpakket/aanvragen`.
pub fn start(ctx: &Ctx, concepten: &[Aanvraag]) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::KINDPAKKET_START_TITEL))
        .back("/kindpakket", ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            p { (begrippen::zin(ctx, msg::KINDPAKKET_START_INTRO, &[], Begrip::Kindpakket)) }
            h2 { (ctx.t(msg::KINDPAKKET_START_NODIG_TITEL)) }
            ul {
                li { (ctx.t(msg::KINDPAKKET_START_NODIG_INKOMEN)) }
                li { (ctx.t(msg::KINDPAKKET_START_NODIG_KINDEREN)) }
                li { (ctx.t(msg::KINDPAKKET_START_NODIG_BEWIJS)) }
            }
            p { (ctx.t(msg::KINDPAKKET_START_OPSLAAN)) }
            @if !concepten.is_empty() {
                h2 { (ctx.t(msg::KINDPAKKET_START_CONCEPTEN)) }
                ul {
                    @for c in concepten {
                        li { a href={ "/kindpakket/" (c.id) "/bewerken" } {
                            (ctx.tr.ta(msg::KINDPAKKET_CONCEPT_VAN, &[("datum", datum(crate::clock::amsterdam(c.aangemaakt_op).date(), ctx.lang()).into())]))
                        } }
                    }
                }
            }
            form method="post" action="/kindpakket/aanvragen" novalidate {
                // A new key with every view of this page: the same form posted twice makes one draft.
                input type="hidden" name="sleutel" value=(crate::token::random_hex(16));
                (ui::Button::primary(ctx.t(msg::KINDPAKKET_START_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

fn kind_blok(ctx: &Ctx, i: usize, kind: &Kind, errors: &FieldErrors, kan_weg: bool) -> Markup {
    let tr = &ctx.tr;
    let n = i + 1;
    let naam = kind_veld(n, "voornaam");
    let geboren = kind_veld(n, "geboren");
    let onderdelen = kind_veld(n, "onderdelen");
    let weg = kind_veld(n, "weg");
    let keuzes: Vec<ui::Choice<'_>> = kp(ctx)
        .map(|k| {
            k.onderdelen
                .iter()
                .map(|o| {
                    ui::Choice::new(&o.id, o.naam.as_str()).hint(o.omschrijving.in_taal(ctx.lang()))
                })
                .collect()
        })
        .unwrap_or_default();
    let titel = ctx
        .tr
        .ta(msg::KINDPAKKET_KIND_TITEL, &[("nummer", n.into())]);
    html! {
        (ui::fieldset(&format!("kind-{n}"), &titel, None, html! {
            (ui::Field::new(&naam, ctx.t(msg::KINDPAKKET_KIND_VOORNAAM))
                .value(kind.voornaam.as_str()).errors(errors).width(ui::Width::Chars20)
                .autocomplete("off").input(tr, ui::InputKind::Text))
            (ui::Field::new(&geboren, ctx.t(msg::KINDPAKKET_KIND_GEBOREN))
                .hint(ctx.t(msg::KINDPAKKET_KIND_GEBOREN_HINT))
                .errors(errors).date(tr, &kind.dag, &kind.maand, &kind.jaar))
            (ui::Field::new(&onderdelen, ctx.t(msg::KINDPAKKET_KIND_ONDERDELEN))
                .hint(ctx.t(msg::KINDPAKKET_KIND_ONDERDELEN_HINT))
                .errors(errors).checkboxes(tr, &keuzes, &kind.onderdelen))
            @if kan_weg {
                (ui::Field::new(&weg, ctx.t(msg::KINDPAKKET_KIND_WEG_LABEL))
                    .hint(ctx.t(msg::KINDPAKKET_WEG_HINT))
                    .checkboxes(tr, &[ui::Choice::new("ja", ctx.tr.ta(msg::KINDPAKKET_KIND_WEG, &[("nummer", n.into())]))], &[] as &[&str]))
            }
        }))
    }
}

/// `GET /kindpakket/{id}/bewerken`: the whole application on one page, saved with every button.
pub fn formulier(ctx: &Ctx, a: &Aanvraag, errors: &FieldErrors) -> Markup {
    let tr = &ctx.tr;
    let actie = format!("/kindpakket/{}/bewerken", a.id);
    let grenzen = grens_zinnen(ctx);
    ui::Page::new(ctx, ctx.t(msg::KINDPAKKET_FORMULIER_TITEL))
        .back("/kindpakket/aanvragen", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (begrippen::zin(ctx, msg::KINDPAKKET_FORMULIER_INTRO, &[], Begrip::Kindpakket)) }
            form method="post" action=(actie) enctype="multipart/form-data" novalidate {
                // The version of the children list this form shows: a second post of it adds no second child.
                input type="hidden" name="versie" value=(a.versie);
                // No button removes anything (Enter presses the first): children and files are ticked away.
                h2 { (ctx.t(msg::KINDPAKKET_FORMULIER_HUISHOUDEN)) }
                (ui::Field::new("samenstelling", ctx.t(msg::KINDPAKKET_SAMENSTELLING_LABEL))
                    .value(a.samenstelling.as_str()).errors(errors).radios(tr, &huishouden_keuzes(ctx)))
                (ui::Field::new("aow", ctx.t(msg::KINDPAKKET_AOW_LABEL))
                    .hint(ctx.t(msg::KINDPAKKET_AOW_HINT))
                    .value(a.aow.as_str()).errors(errors).radios(tr, &aow_keuzes(ctx)))
                (ui::Field::new("inkomen", ctx.t(msg::KINDPAKKET_INKOMEN_LABEL))
                    .hint(format!("{} {}", ctx.t(msg::KINDPAKKET_INKOMEN_HINT), grenzen))
                    .value(a.inkomen.as_str()).errors(errors).width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Decimal))
                (ui::Field::new("schrijnend", ctx.t(msg::KINDPAKKET_SCHRIJNEND_LABEL))
                    .hint(ctx.t(msg::KINDPAKKET_SCHRIJNEND_HINT))
                    .value(a.schrijnend.as_str()).errors(errors)
                    .textarea(tr, 4, Some(form::TEKST_MAX as u32)))
                h2 #kinderen { (ctx.t(msg::KINDPAKKET_FORMULIER_KINDEREN)) }
                p { (ctx.t(msg::KINDPAKKET_FORMULIER_KINDEREN_UITLEG)) }
                @if let Some(fout) = errors.get("kind-erbij") {
                    (ui::error_message(tr, "kind-erbij-fout", fout))
                }
                @for (i, kind) in a.kinderen.iter().enumerate() {
                    (kind_blok(ctx, i, kind, errors, true))
                }
                @if a.kinderen.len() < form::KINDEREN_MAX {
                    p #kind-erbij { (ui::Button::secondary(ctx.t(msg::KINDPAKKET_KIND_ERBIJ)).name_value("actie", "kind-erbij")) }
                }
                h2 #bewijs { (ctx.t(msg::KINDPAKKET_FORMULIER_BEWIJS)) }
                @if !a.bestanden.is_empty() {
                    ul {
                        @for b in &a.bestanden {
                            li { a href={ "/kindpakket/" (a.id) "/bestand/" (b.id) } { (b.naam) } }
                        }
                    }
                    @let namen: Vec<String> = a.bestanden.iter().map(|b| ctx.tr.ta(msg::KINDPAKKET_BESTAND_WEG, &[("naam", b.naam.as_str().into())])).collect();
                    @let keuzes: Vec<ui::Choice<'_>> = a.bestanden.iter().zip(&namen).map(|(b, naam)| ui::Choice::new(&b.id, naam.as_str())).collect();
                    (ui::Field::new("bestand-weg", ctx.t(msg::KINDPAKKET_BESTAND_WEG_LABEL))
                        .hint(ctx.t(msg::KINDPAKKET_WEG_HINT))
                        .checkboxes(tr, &keuzes, &[] as &[&str]))
                }
                (ui::Field::new("bestand", ctx.t(msg::KINDPAKKET_BESTAND_LABEL))
                    .hint(ctx.t(msg::KINDPAKKET_BESTAND_HINT)).errors(errors)
                    .file(tr, ".pdf,.jpg,.jpeg,.png", crate::zaken::document::MAX_MB))
                (ui::button_group(html! {
                    (ui::Button::primary(ctx.t(msg::KINDPAKKET_FORMULIER_VERDER)).name_value("actie", "controleren"))
                    (ui::Button::secondary(ctx.t(msg::KINDPAKKET_FORMULIER_OPSLAAN)).name_value("actie", "opslaan"))
                }))
            }
            p { a href={ "/kindpakket/" (a.id) "/controleren" } { (ctx.t(msg::KINDPAKKET_FORMULIER_CONTROLEREN_LINK)) } }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// "Alleen of alleenstaande ouder: tot € 1.412,21. ..." for today's norms, as a hint beside the income.
fn grens_zinnen(ctx: &Ctx) -> String {
    let vandaag = ctx.app.clock.today();
    let (Some(k), Some(n)) = (kp(ctx), ctx.app.gemeente.bijstandsnormen_op(vandaag)) else {
        return String::new();
    };
    let Some(g) = k.inkomensgrens_op(vandaag) else {
        return String::new();
    };
    ctx.tr.ta(
        msg::KINDPAKKET_INKOMEN_GRENZEN,
        &[
            (
                "alleen",
                bedrag(g.basispunten.van(n.alleenstaande_21_tot_aow), ctx.lang()).into(),
            ),
            (
                "samen",
                bedrag(g.basispunten.van(n.gehuwden_21_tot_aow), ctx.lang()).into(),
            ),
        ],
    )
}

fn huishouden_tekst(ctx: &Ctx, a: &Aanvraag) -> String {
    let samen = match a.samenstelling.as_str() {
        "samen" => ctx.t(msg::KINDPAKKET_SAMENSTELLING_SAMEN),
        _ => ctx.t(msg::KINDPAKKET_SAMENSTELLING_ALLEEN),
    };
    let aow = match a.aow.as_str() {
        "ja" => ctx.t(msg::KINDPAKKET_AOW_JA),
        _ => ctx.t(msg::KINDPAKKET_AOW_NEE),
    };
    format!("{samen}. {aow}.")
}

fn kind_geboren(ctx: &Ctx, kind: &Kind) -> String {
    match kind.geboortedatum.or_else(|| {
        crate::form::datum(&kind.dag, &kind.maand, &kind.jaar)
            .ok()
            .flatten()
    }) {
        Some(d) => datum(d, ctx.lang()),
        None => String::new(),
    }
}

/// The answers as a summary list; with `wijzig`, each row links back to the form.
fn antwoorden(
    ctx: &Ctx,
    a: &Aanvraag,
    inkomen: i64,
    wijzig: Option<&str>,
    bestand_pad: &str,
) -> Markup {
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_FORMULIER_HUISHOUDEN),
            huishouden_tekst(ctx, a),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_INKOMEN_LABEL),
            bedrag(inkomen, ctx.lang()),
        ),
    ];
    if !a.schrijnend.is_empty() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_SCHRIJNEND_LABEL),
            a.schrijnend.clone(),
        ));
    }
    for (i, kind) in a.kinderen.iter().enumerate().filter(|(_, k)| !k.is_leeg()) {
        let delen: Vec<String> = kind
            .onderdelen
            .iter()
            .map(|o| onderdeel_naam(ctx, o))
            .collect();
        rijen.push(ui::SummaryRow::new(
            ctx.tr
                .ta(msg::KINDPAKKET_KIND_TITEL, &[("nummer", (i + 1).into())]),
            format!(
                "{}, {}. {}",
                kind.voornaam,
                kind_geboren(ctx, kind),
                delen.join(", ")
            ),
        ));
    }
    if let Some(pad) = wijzig {
        rijen = rijen
            .into_iter()
            .map(|r| r.change(pad.to_owned()))
            .collect();
    }
    html! {
        (ui::summary_list(&ctx.tr, &rijen))
        h2 { (ctx.t(msg::KINDPAKKET_FORMULIER_BEWIJS)) }
        ul {
            @for b in &a.bestanden {
                li { a href={ (bestand_pad) (b.id) } { (b.naam) } }
            }
        }
    }
}

/// `GET /kindpakket/{id}/controleren`.
pub fn controleren(ctx: &Ctx, a: &Aanvraag, geldig: &Geldig) -> Markup {
    let wijzig = format!("/kindpakket/{}/bewerken", a.id);
    let bestand_pad = format!("/kindpakket/{}/bestand/", a.id);
    ui::Page::new(ctx, ctx.t(msg::KINDPAKKET_CONTROLEREN_TITEL))
        .back(wijzig.clone(), ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            p { (ctx.t(msg::KINDPAKKET_CONTROLEREN_INTRO)) }
            (antwoorden(ctx, a, geldig.inkomen_centen, Some(&wijzig), &bestand_pad))
            @if geldig.beoordeling.uitkomst == Uitkomst::AlleenSchrijnend {
                p { (ctx.t(msg::KINDPAKKET_CONTROLEREN_SCHRIJNEND)) }
            }
            p { (ctx.t(msg::KINDPAKKET_CONTROLEREN_WAAR)) }
            form method="post" action={ "/kindpakket/" (a.id) "/versturen" } novalidate {
                (ui::Button::primary(ctx.t(msg::KINDPAKKET_CONTROLEREN_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

fn status_tag(ctx: &Ctx, status: Status) -> Markup {
    match status {
        Status::Concept => ui::tag(ui::TagKind::Warning, &ctx.t(msg::KINDPAKKET_STATUS_CONCEPT)),
        Status::Ingediend => ui::tag(ui::TagKind::Info, &ctx.t(msg::KINDPAKKET_STATUS_INGEDIEND)),
        Status::Besloten => ui::tag(
            ui::TagKind::Neutral,
            &ctx.t(msg::KINDPAKKET_STATUS_BESLOTEN),
        ),
    }
}

fn dag(moment: time::OffsetDateTime) -> Date {
    crate::clock::amsterdam(moment).date()
}

/// The decision per child and per part.
fn besluit_tabel(ctx: &Ctx, a: &Aanvraag) -> Markup {
    html! {
        @for kind in &a.kinderen {
            h3 { (kind.voornaam) }
            ul {
                @for o in &kind.onderdelen {
                    li {
                        strong { (onderdeel_naam(ctx, o)) } ": "
                        @match a.besluit(&kind.id, o) {
                            Some(b) if b.toegekend => {
                                (ui::tag(ui::TagKind::Success, &ctx.t(msg::KINDPAKKET_BESLUIT_JA)))
                            }
                            Some(b) => {
                                (ui::tag(ui::TagKind::Error, &ctx.t(msg::KINDPAKKET_BESLUIT_NEE)))
                                @if let Some(reden) = &b.reden { " " (reden) }
                            }
                            None => { (ctx.t(msg::KINDPAKKET_BESLUIT_OPEN)) }
                        }
                    }
                }
            }
        }
    }
}

fn handeling_tekst(h: Handeling) -> &'static str {
    match h {
        Handeling::Bekeken => msg::KINDPAKKET_LOG_BEKEKEN,
        Handeling::Gedownload => msg::KINDPAKKET_LOG_GEDOWNLOAD,
        Handeling::Gewijzigd => msg::KINDPAKKET_LOG_GEWIJZIGD,
        Handeling::Ingediend => msg::KINDPAKKET_LOG_INGEDIEND,
        Handeling::Besloten => msg::KINDPAKKET_LOG_BESLOTEN,
        Handeling::Opgepakt => msg::KINDPAKKET_LOG_OPGEPAKT,
    }
}

/// The steps of an application on the one timeline: sent, and the decision, with the last day for it while it
/// is awaited (Awb art. 4:13).
fn tijdlijn(ctx: &Ctx, a: &Aanvraag) -> Markup {
    use ui::EventState::{Current, Past};
    let mut verstuurd = ui::TimelineEvent::new(Past, ctx.t(msg::KINDPAKKET_STAP_VERSTUURD));
    if let Some(op) = a.ingediend_op {
        verstuurd = verstuurd.date(dag(op));
    }
    let besloten = a.status == Status::Besloten;
    let mut besluit = ui::TimelineEvent::new(
        if besloten { Past } else { Current },
        ctx.t(msg::KINDPAKKET_STAP_BESLUIT),
    );
    if let Some(op) = a.besloten_op {
        besluit = besluit.date(dag(op));
    } else if let Some(op) = a.ingediend_op {
        let einde =
            crate::termijnen::domain::redelijke_termijn(dag(op), &ctx.app.gemeente.kalender())
                .einde;
        besluit = besluit.text(ctx.tr.ta(
            msg::KINDPAKKET_STAP_BESLUIT_UITERLIJK,
            &[
                ("datum", datum(einde, ctx.lang()).into()),
                (
                    "weken",
                    crate::termijnen::domain::REDELIJKE_TERMIJN_WEKEN.into(),
                ),
            ],
        ));
    }
    ui::timeline(&ctx.tr, &[verstuurd, besluit])
}

/// `GET /kindpakket/{id}`: the case page.
pub fn zaak(ctx: &Ctx, a: &Aanvraag, log: &[Toegang]) -> Markup {
    let lang = ctx.lang();
    let referentie = a.referentie.clone().unwrap_or_default();
    let bezwaar = a
        .besloten_op
        .map(|op| crate::zaken::domain::bezwaar_termijn(dag(op), &ctx.app.gemeente).einde);
    let bestand_pad = format!("/kindpakket/{}/bestand/", a.id);
    // The parts granted to any child, in the profile's order: each one's organisation gets in touch.
    let organisaties: Vec<String> = kp(ctx)
        .map(|k| {
            k.onderdelen
                .iter()
                .filter(|o| {
                    a.besluiten
                        .iter()
                        .any(|b| b.toegekend && b.onderdeel == o.id)
                })
                .map(|o| o.naam.clone())
                .collect()
        })
        .unwrap_or_default();
    ui::layout::page(
        ctx,
        &ctx.tr.ta(
            msg::KINDPAKKET_ZAAK_TITEL,
            &[("referentie", referentie.as_str().into())],
        ),
        html! {
            (ui::panel(&ctx.t(msg::KINDPAKKET_ZAAK_NUMMER), html! { strong.loket-referentie { (referentie) } }))
            p { (ctx.t(msg::KINDPAKKET_ZAAK_STATUS)) " " (status_tag(ctx, a.status)) }
            @if let Some(op) = a.ingediend_op {
                p { (ctx.tr.ta(msg::KINDPAKKET_ZAAK_VERSTUURD_OP, &[("datum", datum(dag(op), lang).into())])) }
            }
            (tijdlijn(ctx, a))
            h2 { (ctx.t(msg::KINDPAKKET_ZAAK_BESLUIT_TITEL)) }
            @if a.status == Status::Besloten {
                @if let Some(op) = a.besloten_op {
                    p { (ctx.tr.ta(msg::KINDPAKKET_ZAAK_BESLOTEN_OP, &[("datum", datum(dag(op), lang).into())])) }
                }
                (besluit_tabel(ctx, a))
                h2 { (ctx.t(msg::KINDPAKKET_ZAAK_NU_TITEL)) }
                @if organisaties.is_empty() {
                    p { (ctx.t(msg::KINDPAKKET_ZAAK_NU_NIETS)) }
                } @else {
                    p { (ctx.tr.ta(msg::KINDPAKKET_ZAAK_NU_ORGANISATIE, &[("organisaties", organisaties.join(", ").into())])) }
                }
                @if let Some(einde) = bezwaar {
                    p { (begrippen::zin(ctx, msg::KINDPAKKET_ZAAK_BEZWAAR, &[
                        ("weken", ctx.app.gemeente.termijnen.bezwaar_weken.into()),
                        ("datum", datum(einde, lang).into()),
                    ], Begrip::Bezwaar)) }
                }
            } @else {
                p { (ctx.t(msg::KINDPAKKET_ZAAK_WACHT)) }
            }
            h2 { (ctx.t(msg::KINDPAKKET_ZAAK_GEGEVENS_TITEL)) }
            (antwoorden(ctx, a, a.inkomen_centen.unwrap_or_default(), None, &bestand_pad))
            h2 { (ctx.t(msg::KINDPAKKET_ZAAK_LOG_TITEL)) }
            @if log.is_empty() {
                p { (ctx.t(msg::KINDPAKKET_ZAAK_LOG_LEEG)) }
            } @else {
                ul.loket-kindpakket-log {
                    @for t in log {
                        li { (ctx.tr.ta(handeling_tekst(t.handeling), &[
                            ("naam", t.naam.as_str().into()),
                            ("wie", ctx.t(if t.medewerker { msg::KINDPAKKET_LOG_MEDEWERKER } else { msg::KINDPAKKET_LOG_HELPER }).into()),
                            ("moment", tijdstip(t.op, lang).into()),
                        ])) }
                    }
                }
            }
            p { a href="/mijn-loket" { (ctx.t(msg::KINDPAKKET_ZAAK_MIJN_LOKET)) } }
            (begrippen::uitleg(ctx, &[Begrip::Kindpakket, Begrip::Bezwaar]))
        },
    )
}

/// The section in Mijn loket; nothing when there are no applications.
/// `compleet` says per application whether it is a draft ready to send.
pub fn mijn_loket(ctx: &Ctx, aanvragen: &[Aanvraag], compleet: &[bool]) -> Markup {
    if aanvragen.is_empty() {
        return html! {};
    }
    html! {
        h2 { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_TITEL)) }
        ul.loket-list-plain.loket-kindpakket {
            @for (a, klaar) in aanvragen.iter().zip(compleet) {
                li {
                    @if a.status == Status::Concept {
                        h3 { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_CONCEPT)) " " (status_tag(ctx, a.status)) }
                        @if *klaar {
                            p { a href={ "/kindpakket/" (a.id) "/controleren" } { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_VERSTUREN)) } }
                        }
                        p { a href={ "/kindpakket/" (a.id) "/bewerken" } { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_VERDER)) } }
                    } @else {
                        h3 { (ctx.tr.ta(msg::KINDPAKKET_ZAAK_TITEL, &[("referentie", a.referentie.as_deref().unwrap_or_default().into())])) " " (status_tag(ctx, a.status)) }
                        p { (ctx.tr.ta(msg::KINDPAKKET_MIJN_LOKET_KINDEREN, &[("aantal", a.kinderen.len().into())])) }
                        p { a href={ "/kindpakket/" (a.id) } { (ctx.t(msg::KINDPAKKET_MIJN_LOKET_BEKIJK)) } }
                    }
                }
            }
        }
    }
}

/// The rule's outcome on the day the application was sent, for staff as advice.
fn advies(ctx: &Ctx, a: &Aanvraag) -> Markup {
    let op = a
        .ingediend_op
        .map(dag)
        .unwrap_or_else(|| ctx.app.clock.today());
    let h = super::domain::Samenstelling::from_code(&a.samenstelling).map(|s| {
        super::domain::Huishouden {
            samenstelling: s,
            aow: a.aow == "ja",
        }
    });
    let leeftijden: Vec<Option<i32>> = a
        .kinderen
        .iter()
        .map(|k| {
            k.geboortedatum
                .and_then(|g| super::domain::leeftijd_op(g, op))
        })
        .collect();
    let b = h.and_then(|h| {
        super::domain::beoordeel_in(
            &ctx.app.gemeente,
            h,
            a.inkomen_centen.unwrap_or_default(),
            &leeftijden,
            op,
        )
        .and_then(Result::ok)
    });
    let uitkomst = match a.advies {
        Some(Uitkomst::Ja) => msg::KINDPAKKET_MEDEWERKER_ADVIES_JA,
        Some(Uitkomst::AlleenSchrijnend) => msg::KINDPAKKET_MEDEWERKER_ADVIES_SCHRIJNEND,
        _ => msg::KINDPAKKET_MEDEWERKER_ADVIES_NEE,
    };
    html! {
        (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
            p { strong { (ctx.t(uitkomst)) } }
            @if let Some(b) = &b {
                @let a = args(ctx, b);
                p { (ctx.tr.ta(msg::KINDPAKKET_UITSLAG_GRENS, &a)) }
                ul { @for r in &b.redenen { li { (ctx.tr.ta(r.id, &a)) " " (bron(ctx, &r.bron)) } } }
            }
            p { (ctx.t(msg::KINDPAKKET_MEDEWERKER_ADVIES_UITLEG)) }
        }))
    }
}

fn veld_waarde<'a>(velden: &'a [(String, String)], naam: &str) -> &'a str {
    velden
        .iter()
        .find(|(k, _)| k == naam)
        .map_or("", |(_, v)| v.as_str())
}

/// `GET/POST /medewerker/kindpakket/{id}`.
pub fn staf_detail(
    ctx: &Ctx,
    a: &Aanvraag,
    velden: &[(String, String)],
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let bestand_pad = format!("/medewerker/kindpakket/{}/bestand/", a.id);
    let referentie = a.referentie.clone().unwrap_or_default();
    ui::Page::new(
        ctx,
        ctx.tr.ta(
            msg::KINDPAKKET_ZAAK_TITEL,
            &[("referentie", referentie.as_str().into())],
        ),
    )
    .wide()
    .back(
        crate::backoffice::lijst_van(crate::zaken::kern::Regeling::Kindpakket),
        ctx.t(msg::UI_BACK_LINK),
    )
    .errors(errors)
    .render(html! {
        p { (ctx.t(msg::KINDPAKKET_ZAAK_STATUS)) " " (status_tag(ctx, a.status)) }
        (advies(ctx, a))
        h2 { (ctx.t(msg::KINDPAKKET_ZAAK_GEGEVENS_TITEL)) }
        (antwoorden(ctx, a, a.inkomen_centen.unwrap_or_default(), None, &bestand_pad))
        h2 { (ctx.t(msg::KINDPAKKET_ZAAK_BESLUIT_TITEL)) }
        @if a.status == Status::Besloten {
            (besluit_tabel(ctx, a))
        } @else {
            form method="post" action={ "/medewerker/kindpakket/" (a.id) } novalidate {
                @for kind in &a.kinderen {
                    h3 { (kind.voornaam) ", " (kind_geboren(ctx, kind)) }
                    @for o in &kind.onderdelen {
                        @let veld = form::besluit_veld(&kind.id, o);
                        @let reden = form::reden_veld(&kind.id, o);
                        (ui::Field::new(&veld, onderdeel_naam(ctx, o))
                            .value(veld_waarde(velden, &veld)).errors(errors)
                            .radios(tr, &[
                                ui::Choice::new("ja", ctx.t(msg::KINDPAKKET_BESLUIT_JA)),
                                ui::Choice::new("nee", ctx.t(msg::KINDPAKKET_BESLUIT_NEE)),
                            ]))
                        (ui::Field::new(&reden, ctx.t(msg::KINDPAKKET_MEDEWERKER_REDEN))
                            .hint(ctx.t(msg::KINDPAKKET_MEDEWERKER_REDEN_HINT))
                            .value(veld_waarde(velden, &reden)).errors(errors)
                            .textarea(tr, 2, Some(form::TEKST_MAX as u32)))
                    }
                }
                (ui::Button::primary(ctx.t(msg::KINDPAKKET_MEDEWERKER_KNOP)))
            }
        }
    })
}

/// The Kindpakket section of `/medewerker/cijfers`.
pub fn cijfers(ctx: &Ctx, jaar: i32, g: &Gebruik) -> Markup {
    html! {
        section aria-labelledby="cijfers-kindpakket" {
            h2 #cijfers-kindpakket { (ctx.tr.ta(msg::KINDPAKKET_CIJFERS_TITEL, &[("jaar", jaar.into())])) }
            p { (ctx.t(msg::KINDPAKKET_CIJFERS_UITLEG)) }
            div.loket-tabel role="region" aria-labelledby="cijfers-kindpakket-tabel" tabindex="0" {
                table.loket-tabel__tabel {
                    caption.loket-tabel__caption #cijfers-kindpakket-tabel { (ctx.t(msg::KINDPAKKET_CIJFERS_TABEL)) }
                    thead { tr {
                        th scope="col" { (ctx.t(msg::KINDPAKKET_CIJFERS_WAT)) }
                        th scope="col" { (ctx.t(msg::KINDPAKKET_CIJFERS_AANTAL)) }
                    } }
                    tbody {
                        tr { th scope="row" { (ctx.t(msg::KINDPAKKET_CIJFERS_KINDEREN)) } td.loket-tabel__getal { (g.kinderen) } }
                        tr { th scope="row" { (ctx.t(msg::KINDPAKKET_CIJFERS_KINDEREN_TOEGEKEND)) } td.loket-tabel__getal { (g.kinderen_toegekend) } }
                        tr { th scope="row" { (ctx.t(msg::KINDPAKKET_CIJFERS_TOEKENNINGEN)) } td.loket-tabel__getal { (g.toekenningen) } }
                        @for (id, n) in &g.per_onderdeel {
                            tr { th scope="row" { (ctx.tr.ta(msg::KINDPAKKET_CIJFERS_ONDERDEEL, &[("onderdeel", onderdeel_naam(ctx, id).into())])) } td.loket-tabel__getal { (n) } }
                        }
                    }
                }
            }
        }
    }
}

/// The confirmation mail: the reference number and that the municipality will decide.
pub fn mail_ontvangen(tr: &Tr, to: String, referentie: &str, url: String) -> Email {
    Email {
        to,
        greeting: None,
        subject: tr.ta(
            msg::KINDPAKKET_MAIL_ONTVANGEN_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::KINDPAKKET_MAIL_ONTVANGEN_TEKST,
                &[("referentie", referentie.into())],
            ),
            tr.t(msg::KINDPAKKET_ZAAK_WACHT),
        ],
        action: Some((tr.t(msg::KINDPAKKET_MAIL_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
    }
}

/// The decision mail: that there is news, with a link; nothing about income or children.
pub fn mail_besluit(tr: &Tr, to: String, referentie: &str, url: String) -> Email {
    Email {
        to,
        greeting: None,
        subject: tr.ta(
            msg::KINDPAKKET_MAIL_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::KINDPAKKET_MAIL_TEKST,
                &[("referentie", referentie.into())],
            ),
            tr.t(msg::KINDPAKKET_MAIL_INLOGGEN),
        ],
        action: Some((tr.t(msg::KINDPAKKET_MAIL_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
    }
}
