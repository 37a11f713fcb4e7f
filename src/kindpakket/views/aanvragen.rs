//! The public pages of the Kindpakket and the application: the check, the draft, checking it.

use super::*;

/// `GET /kindpakket`.
pub fn uitleg(ctx: &Ctx) -> Markup {
    let vandaag = ctx.app.clock.today();
    let k = kp(ctx);
    let gewoon = k.and_then(|k| k.inkomensgrens_op(vandaag));
    let schrijnend = k.and_then(|k| k.inkomensgrens_schrijnend_op(vandaag));
    let leeftijd = k.and_then(|k| k.leeftijd_kind_onder_op(vandaag));
    // The parts that go up to the hardship limit: not every part does.
    let met_schrijnend = k.map_or_else(String::new, |k| {
        k.onderdelen
            .iter()
            .filter(|o| o.inkomensgrens_schrijnend_op(vandaag).is_some())
            .map(|o| o.naam.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    });
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
                            strong { (o.naam) } ": " (o.omschrijving.html(ctx.lang()))
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
                    li {
                        (ctx.tr.ta(msg::KINDPAKKET_UITLEG_WIE_SCHRIJNEND, &[("procent", (s.basispunten.0 / 100).into())]))
                        " " (ctx.tr.ta(msg::KINDPAKKET_UITLEG_WIE_SCHRIJNEND_ONDERDELEN, &[("onderdelen", met_schrijnend.into())]))
                        (bron(ctx, &s.bron))
                    }
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
                    p { (o.voor_kinderen.as_ref().unwrap_or(&o.omschrijving).html(ctx.lang())) }
                    @if let Some(b) = o.maximum_op(ctx.app.clock.today()) {
                        p { (ctx.tr.ta(msg::KINDPAKKET_MAXIMUM_KIND, &[("bedrag", bedrag(b.centen, ctx.lang()).into())])) }
                    }
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

pub(super) fn huishouden_keuzes(ctx: &Ctx) -> [ui::Choice<'static>; 2] {
    [
        ui::Choice::new("alleen", ctx.t(msg::KINDPAKKET_SAMENSTELLING_ALLEEN)),
        ui::Choice::new("samen", ctx.t(msg::KINDPAKKET_SAMENSTELLING_SAMEN)),
    ]
}

pub(super) fn aow_keuzes(ctx: &Ctx) -> [ui::Choice<'static>; 2] {
    [
        ui::Choice::new("nee", ctx.t(msg::KINDPAKKET_AOW_NEE)),
        ui::Choice::new("ja", ctx.t(msg::KINDPAKKET_AOW_JA)),
    ]
}

/// The amounts a reason's sentence may use.
pub(super) fn args<'a>(ctx: &Ctx, b: &Beoordeling) -> Vec<(&'a str, FluentValue<'a>)> {
    let lang = ctx.lang();
    vec![
        ("norm", bedrag(b.norm, lang).into()),
        ("grens", bedrag(b.grens, lang).into()),
        ("grens_schrijnend", bedrag(b.grens_schrijnend, lang).into()),
        ("leeftijd", b.leeftijd_onder.into()),
        ("aantal", b.kinderen.into()),
    ]
}

/// The outcome of the check in words: likely yes / only with a reason / no, why, and what to do next. The link
/// to apply carries `overnemen`, the check's answers the application asks too.
pub(super) fn uitslag(ctx: &Ctx, b: &Beoordeling, overnemen: &Overnemen) -> Markup {
    let query = overnemen.query();
    let aanvragen = if query.is_empty() {
        "/kindpakket/aanvragen".to_owned()
    } else {
        format!("/kindpakket/aanvragen?{query}")
    };
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
            @if b.uitkomst != Uitkomst::Nee { (per_onderdeel(ctx, b)) }
            h3 { (ctx.t(msg::KINDPAKKET_UITSLAG_WAAROM)) }
            ul {
                @for r in &b.redenen {
                    li { (ctx.tr.ta(r.id, &a)) (bron(ctx, &r.bron)) }
                }
            }
            h3 { (ctx.t(msg::KINDPAKKET_UITSLAG_VOLGENDE)) }
            p { (ctx.t(volgende)) }
            @if b.uitkomst != Uitkomst::Nee {
                p { (ui::Button::primary(ctx.t(msg::KINDPAKKET_LINK_AANVRAGEN)).link(&aanvragen)) }
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
            (normen_oud(ctx, msg::KINDPAKKET_NORMEN_OUD))
            @match uitkomst {
                Some(Ok(b)) => { (uitslag(ctx, b, &Overnemen::van_check(input))) }
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

/// The check's answers taken over, as rows of a summary list.
fn overgenomen(ctx: &Ctx, o: &Overnemen) -> Vec<ui::SummaryRow> {
    let mut rijen = Vec::new();
    let samenstelling = match o.samenstelling.as_str() {
        "alleen" => Some(msg::KINDPAKKET_SAMENSTELLING_ALLEEN),
        "samen" => Some(msg::KINDPAKKET_SAMENSTELLING_SAMEN),
        _ => None,
    };
    if let Some(id) = samenstelling {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_SAMENSTELLING_LABEL),
            ctx.t(id),
        ));
    }
    let aow = match o.aow.as_str() {
        "nee" => Some(msg::KINDPAKKET_AOW_NEE),
        "ja" => Some(msg::KINDPAKKET_AOW_JA),
        _ => None,
    };
    if let Some(id) = aow {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_AOW_LABEL),
            ctx.t(id),
        ));
    }
    if !o.inkomen.is_empty() {
        let tekst = match crate::form::lees_bedrag(&o.inkomen) {
            Ok(Some(b)) => bedrag(b, ctx.lang()),
            _ => o.inkomen.clone(),
        };
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_INKOMEN_LABEL),
            tekst,
        ));
    }
    if !o.aantal.is_empty() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::KINDPAKKET_AANTAL_LABEL),
            o.aantal.clone(),
        ));
    }
    rijen
}

/// `GET /kindpakket/aanvragen`: with the check's answers that the new draft takes over, shown and carried as
/// hidden fields.
pub fn start(ctx: &Ctx, concepten: &[Aanvraag], overnemen: &Overnemen) -> Markup {
    let rijen = overgenomen(ctx, overnemen);
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
            @if !rijen.is_empty() {
                h2 { (ctx.t(msg::KINDPAKKET_START_CHECK_TITEL)) }
                p { (ctx.t(msg::KINDPAKKET_START_CHECK_TEKST)) }
                (ui::summary_list(&ctx.tr, &rijen))
            }
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
                @for (naam, waarde) in overnemen.velden() {
                    input type="hidden" name=(naam) value=(waarde);
                }
                (ui::Button::primary(ctx.t(msg::KINDPAKKET_START_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

pub(super) fn kind_blok(
    ctx: &Ctx,
    i: usize,
    kind: &Kind,
    errors: &FieldErrors,
    kan_weg: bool,
) -> Markup {
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

/// `GET /kindpakket/{id}/bewerken`: the whole application on one page, saved with every button. Each file has
/// a small form of its own that removes it (`verwijderd`: one was just removed).
pub fn formulier(ctx: &Ctx, a: &Aanvraag, errors: &FieldErrors, verwijderd: bool) -> Markup {
    let tr = &ctx.tr;
    let actie = format!("/kindpakket/{}/bewerken", a.id);
    let grenzen = grens_zinnen(ctx);
    let weg_acties: Vec<String> = a
        .bestanden
        .iter()
        .map(|b| format!("/kindpakket/{}/bestand/{}/verwijderen", a.id, b.id))
        .collect();
    let weg_fouten: Vec<String> = a
        .bestanden
        .iter()
        .map(|b| format!("bestand-weg-{}", b.id))
        .collect();
    let weg: Vec<crate::zaken::document::Verwijderen<'_>> = a
        .bestanden
        .iter()
        .zip(weg_acties.iter().zip(&weg_fouten))
        .map(|(b, (actie, fout))| crate::zaken::document::Verwijderen {
            actie,
            veld: "bestand-weg",
            id: &b.id,
            vinkje: tr.ta(
                msg::KINDPAKKET_BESTAND_VERWIJDER_VINKJE,
                &[("naam", b.naam.as_str().into())],
            ),
            knop: ctx.t(msg::KINDPAKKET_BESTAND_VERWIJDER_KNOP),
            fout: errors.get(fout),
        })
        .collect();
    ui::Page::new(ctx, ctx.t(msg::KINDPAKKET_FORMULIER_TITEL))
        .back("/kindpakket/aanvragen", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            @if verwijderd {
                (ui::notification_banner(tr, ui::Notice::Success, html! { p { (ctx.t(msg::KINDPAKKET_BESTAND_VERWIJDERD)) } }))
            }
            p { (begrippen::zin(ctx, msg::KINDPAKKET_FORMULIER_INTRO, &[], Begrip::Kindpakket)) }
            (normen_oud(ctx, msg::KINDPAKKET_NORMEN_OUD))
            form method="post" action=(actie) enctype="multipart/form-data" novalidate {
                // The version of the children list this form shows: a second post of it adds no second child.
                input type="hidden" name="versie" value=(a.versie);
                // No button of this form removes anything (Enter presses the first): children are ticked away, and
                // each file's tick and button belong to a form of its own, after this one.
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
                        @for (b, w) in a.bestanden.iter().zip(&weg) {
                            li {
                                (crate::zaken::document::link(&ctx.tr, &format!("/kindpakket/{}/bestand/{}", a.id, b.id), &b.naam, b.controle, false))
                                (w.velden(tr, Some(&format!("weg-{}", b.id))))
                            }
                        }
                    }
                }
                (ui::Field::new("bestand", ctx.t(msg::KINDPAKKET_BESTAND_LABEL))
                    .hint(ctx.t(msg::KINDPAKKET_BESTAND_HINT)).errors(errors)
                    .files(tr, ".pdf,.jpg,.jpeg,.png", crate::zaken::document::MAX_MB, crate::zaken::document::upload::MAX_PER_KEER, crate::zaken::document::MAX_MB_PER_KEER))
                (ui::button_group(html! {
                    (ui::Button::primary(ctx.t(msg::KINDPAKKET_FORMULIER_VERDER)).name_value("actie", "controleren"))
                    (ui::Button::secondary(ctx.t(msg::KINDPAKKET_FORMULIER_OPSLAAN)).name_value("actie", "opslaan"))
                }))
            }
            // The forms that each file's tick and button belong to: a form may not be inside another.
            @for (b, w) in a.bestanden.iter().zip(&weg) {
                (w.form(&format!("weg-{}", b.id)))
            }
            p { a href={ "/kindpakket/" (a.id) "/controleren" } { (ctx.t(msg::KINDPAKKET_FORMULIER_CONTROLEREN_LINK)) } }
            (crate::zaken::concept::link(ctx, &format!("/kindpakket/{}/verwijderen", a.id)))
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /kindpakket/{id}/verwijderen`: whether to throw this draft away.
pub fn verwijderen(
    ctx: &Ctx,
    a: &Aanvraag,
    invoer: &crate::zaken::concept::Invoer,
    errors: &FieldErrors,
) -> Markup {
    crate::zaken::concept::pagina(
        ctx,
        Begrip::Kindpakket,
        Some(crate::clock::amsterdam(a.aangemaakt_op).date()),
        &format!("/kindpakket/{}/verwijderen", a.id),
        &format!("/kindpakket/{}/bewerken", a.id),
        invoer,
        errors,
    )
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
