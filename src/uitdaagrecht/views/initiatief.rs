//! The pages of an initiative's members: their initiatives, signing up, members, the draft proposal, checking and
//! following it.

use super::*;

/// `GET /uitdaagrecht/initiatief`.
pub fn mijn_initiatieven(ctx: &Ctx, initiatieven: &[(Initiatief, Vec<Voorstel>)]) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::UITDAAGRECHT_MIJN_TITEL))
        .back("/uitdaagrecht", ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            @if initiatieven.is_empty() {
                p { (begrippen::zin(ctx, msg::UITDAAGRECHT_MIJN_LEEG, &[], Begrip::Uitdaagrecht)) }
            } @else {
                p { (ctx.t(msg::UITDAAGRECHT_MIJN_INTRO)) }
                ul.loket-list-plain {
                    @for (i, voorstellen) in initiatieven {
                        li {
                            h2 { a href={ "/uitdaagrecht/initiatief/" (i.id) } { (i.naam) } }
                            p { (ctx.tr.ta(msg::UITDAAGRECHT_MIJN_VOORSTELLEN, &[("aantal", voorstellen.len().into())])) }
                        }
                    }
                }
            }
            p { a.loket-button href="/uitdaagrecht/initiatief/nieuw" { (ctx.t(msg::UITDAAGRECHT_MIJN_NIEUW)) } }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// Radios or checkboxes from (label, value) pairs.
pub(super) fn keuzes<'a>(labels: &'a [(String, &'static str)]) -> Vec<ui::Choice<'a>> {
    labels
        .iter()
        .map(|(label, code)| ui::Choice::new(code, label.as_str()))
        .collect()
}

/// Whether everyone may see the proposal: yes or no.
pub(super) fn openbaar_keuzes(ctx: &Ctx) -> [ui::Choice<'static>; 2] {
    [
        ui::Choice::new("ja", ctx.t(msg::UITDAAGRECHT_OPENBAAR_JA)),
        ui::Choice::new("nee", ctx.t(msg::UITDAAGRECHT_OPENBAAR_NEE)),
    ]
}

pub(super) fn vorm_keuzes(ctx: &Ctx) -> Vec<(String, &'static str)> {
    Vorm::ALL
        .iter()
        .map(|v| (vorm_tekst(ctx, *v), v.code()))
        .collect()
}

/// `GET /uitdaagrecht/initiatief/nieuw`: the sign-up form.
/// `GET /uitdaagrecht/initiatief/nieuw`, and with `bestaand` (an initiative's id) the form that changes its
/// details.
pub fn aanmelden(
    ctx: &Ctx,
    invoer: &InitiatiefForm,
    errors: &FieldErrors,
    bestaand: Option<&str>,
) -> Markup {
    let tr = &ctx.tr;
    let vormen = vorm_keuzes(ctx);
    let keuzes = keuzes(&vormen);
    let sleutel = if invoer.sleutel.is_empty() {
        crate::token::random_hex(16)
    } else {
        invoer.sleutel.clone()
    };
    let (titel, intro, actie, terug, knop) = match bestaand {
        Some(id) => (
            msg::UITDAAGRECHT_GEGEVENS_TITEL,
            msg::UITDAAGRECHT_GEGEVENS_INTRO,
            format!("/uitdaagrecht/initiatief/{id}/gegevens"),
            format!("/uitdaagrecht/initiatief/{id}"),
            msg::UITDAAGRECHT_GEGEVENS_KNOP,
        ),
        None => (
            msg::UITDAAGRECHT_AANMELDEN_TITEL,
            msg::UITDAAGRECHT_AANMELDEN_INTRO,
            "/uitdaagrecht/initiatief/nieuw".to_owned(),
            "/uitdaagrecht/initiatief".to_owned(),
            msg::UITDAAGRECHT_AANMELDEN_KNOP,
        ),
    };
    ui::Page::new(ctx, ctx.t(titel))
        .back(terug, ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (ctx.t(intro)) }
            form method="post" action=(actie) novalidate {
                @if bestaand.is_none() { input type="hidden" name="sleutel" value=(sleutel); }
                (ui::Field::new("naam", ctx.t(msg::UITDAAGRECHT_NAAM_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_NAAM_HINT))
                    .value(invoer.naam.as_str()).errors(errors).autocomplete("organization")
                    .input(tr, ui::InputKind::Text))
                (ui::Field::new("vorm", ctx.t(msg::UITDAAGRECHT_VORM_LABEL))
                    .value(invoer.vorm.as_str()).errors(errors).radios(tr, &keuzes))
                (ui::Field::new("kvk", ctx.t(msg::UITDAAGRECHT_KVK_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_KVK_HINT))
                    .value(invoer.kvk.as_str()).errors(errors).width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Numeric))
                h2 { (ctx.t(msg::UITDAAGRECHT_CONTACT_TITEL)) }
                p { (ctx.t(msg::UITDAAGRECHT_CONTACT_UITLEG)) }
                (ui::Field::new("contact_naam", ctx.t(msg::UITDAAGRECHT_CONTACT_NAAM_LABEL))
                    .value(invoer.contact_naam.as_str()).errors(errors).autocomplete("name")
                    .width(ui::Width::Chars20).input(tr, ui::InputKind::Text))
                (ui::Field::new("contact_email", ctx.t(msg::UITDAAGRECHT_CONTACT_EMAIL_LABEL))
                    .value(invoer.contact_email.as_str()).errors(errors).autocomplete("email")
                    .input(tr, ui::InputKind::Email))
                (ui::Field::new("contact_telefoon", ctx.t(msg::UITDAAGRECHT_CONTACT_TELEFOON_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_CONTACT_TELEFOON_HINT))
                    .value(invoer.contact_telefoon.as_str()).errors(errors).autocomplete("tel")
                    .width(ui::Width::Chars10).input(tr, ui::InputKind::Tel))
                (ui::Button::primary(ctx.t(knop)))
            }
        })
}

/// The contact person as one line: name, address and phone number.
pub(super) fn contact(i: &Initiatief) -> String {
    [
        Some(i.contact_naam.as_str()),
        Some(i.contact_email.as_str()),
        i.contact_telefoon.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// `GET /uitdaagrecht/initiatief/{id}`: the initiative, its members and its proposals.
#[allow(clippy::too_many_arguments)]
pub fn initiatief(
    ctx: &Ctx,
    i: &Initiatief,
    voorstellen: &[Voorstel],
    compleet: &[bool],
    mag_weghalen: &[String],
    lid: &LidForm,
    errors: &FieldErrors,
    verwijderd: bool,
) -> Markup {
    let tr = &ctx.tr;
    let mut rijen = vec![ui::SummaryRow::new(
        ctx.t(msg::UITDAAGRECHT_NAAM_LABEL),
        i.naam.as_str(),
    )];
    if let Some(vorm) = i.vorm {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::UITDAAGRECHT_VORM_LABEL),
            vorm_tekst(ctx, vorm),
        ));
    }
    if let Some(kvk) = &i.kvk {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::UITDAAGRECHT_KVK_LABEL),
            kvk.as_str(),
        ));
    }
    let contact = contact(i);
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::UITDAAGRECHT_CONTACT_TITEL),
        contact,
    ));
    ui::Page::new(ctx, i.naam.clone())
        .back("/uitdaagrecht/initiatief", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            (crate::zaken::concept::verwijderd(ctx, verwijderd))
            (ui::summary_list(tr, &rijen))
            p { a href={ "/uitdaagrecht/initiatief/" (i.id) "/gegevens" } { (ctx.t(msg::UITDAAGRECHT_GEGEVENS_LINK)) } }
            h2 #voorstellen { (ctx.t(msg::UITDAAGRECHT_INITIATIEF_VOORSTELLEN)) }
            @if voorstellen.is_empty() {
                p { (ctx.t(msg::UITDAAGRECHT_INITIATIEF_GEEN_VOORSTELLEN)) }
            } @else {
                ul.loket-list-plain {
                    @for (v, klaar) in voorstellen.iter().zip(compleet) {
                        li {
                            @let bewerken = format!("/uitdaagrecht/voorstel/{}/bewerken", v.id);
                            @let titel = if v.taak.trim().is_empty() { ctx.t(msg::UITDAAGRECHT_ZONDER_TAAK) } else { v.taak.clone() };
                            h3 {
                                // A complete draft opens on its check page: the next step is to send it.
                                @if *klaar {
                                    a href={ "/uitdaagrecht/voorstel/" (v.id) "/controleren" } { (titel) }
                                } @else if v.status == Status::Concept {
                                    a href=(bewerken) { (titel) }
                                } @else {
                                    a href=(voorstel_pad(&v.id)) { (titel) }
                                }
                                " " (status_tag(ctx, v.status))
                            }
                            @if *klaar {
                                p { (ctx.t(msg::UITDAAGRECHT_INITIATIEF_VERSTUREN)) " " a href=(bewerken) { (ctx.t(msg::UITDAAGRECHT_INITIATIEF_VERDER_SCHRIJVEN)) } }
                            }
                            @if let Some(r) = &v.referentie { p { (ctx.tr.ta(msg::UITDAAGRECHT_REFERENTIE, &[("referentie", r.as_str().into())])) } }
                            p { (ctx.tr.ta(msg::UITDAAGRECHT_GEWIJZIGD_OP, &[("moment", tijdstip(v.gewijzigd_op, ctx.lang()).into())])) }
                        }
                    }
                }
            }
            form method="post" action={ "/uitdaagrecht/initiatief/" (i.id) "/voorstellen" } {
                input type="hidden" name="sleutel" value=(crate::token::random_hex(16));
                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_INITIATIEF_NIEUW_VOORSTEL)))
            }
            h2 #leden { (ctx.t(msg::UITDAAGRECHT_LEDEN_TITEL)) }
            p { (ctx.t(msg::UITDAAGRECHT_LEDEN_UITLEG)) }
            ul { @for l in &i.leden { li { (l) } } }
            form method="post" action={ "/uitdaagrecht/initiatief/" (i.id) "/leden" } novalidate {
                (ui::Field::new("email", ctx.t(msg::UITDAAGRECHT_LID_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_LID_HINT))
                    .value(lid.email.as_str()).errors(errors)
                    .input(tr, ui::InputKind::Email))
                (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_LID_KNOP)))
            }
            @if i.leden.len() > 1 || errors.get("lid").is_some() {
                h3 { (ctx.t(msg::UITDAAGRECHT_LID_WEG_TITEL)) }
                @let weg: Vec<ui::Choice<'_>> = mag_weghalen.iter().map(|l| ui::Choice::new(l, l.as_str())).collect();
                form method="post" action={ "/uitdaagrecht/initiatief/" (i.id) "/leden/weg" } novalidate {
                    (ui::Field::new("lid", ctx.t(msg::UITDAAGRECHT_LID_WEG_LABEL))
                        .hint(ctx.t(msg::UITDAAGRECHT_LID_WEG_HINT))
                        .errors(errors).radios(tr, &weg))
                    (ui::Button::warning(ctx.t(msg::UITDAAGRECHT_LID_WEG_KNOP)))
                }
            }
        })
}

/// One budget line of the draft form: what it is for and the amount, numbered from 1.
pub(super) fn regel_blok(ctx: &Ctx, n: usize, r: &Regel, errors: &FieldErrors) -> Markup {
    let tr = &ctx.tr;
    let post = format!("post-{n}");
    let bedrag = format!("bedrag-{n}");
    html! {
        div.loket-begroting-regel {
            (ui::Field::new(&post, ctx.tr.ta(msg::UITDAAGRECHT_POST_LABEL, &[("regel", n.into())]))
                .value(r.post.as_str()).errors(errors).input(tr, ui::InputKind::Text))
            (ui::Field::new(&bedrag, ctx.tr.ta(msg::UITDAAGRECHT_BEDRAG_LABEL, &[("regel", n.into())]))
                .value(r.bedrag.as_str()).errors(errors).width(ui::Width::Chars10)
                .input(tr, ui::InputKind::Decimal))
        }
    }
}

/// `GET /uitdaagrecht/voorstel/{id}/bewerken`: the whole draft on one page. `nieuwer`: what another member
/// saved after this person opened the form; nothing of this person's form was saved yet.
pub fn formulier(
    ctx: &Ctx,
    v: &Voorstel,
    errors: &FieldErrors,
    nieuwer: Option<&Voorstel>,
) -> Markup {
    let tr = &ctx.tr;
    let actie = format!("/uitdaagrecht/voorstel/{}/bewerken", v.id);
    let waarom: Vec<(String, &'static str)> = Waarom::ALL
        .iter()
        .map(|w| (waarom_tekst(ctx, *w), w.code()))
        .collect();
    let waarom_keuzes = keuzes(&waarom);
    let ja_nee = openbaar_keuzes(ctx);
    // The saved lines and one empty line: filling it in and saving adds a line, without JavaScript.
    let mut regels: Vec<Regel> = v.gevulde_regels().cloned().collect();
    if regels.len() < REGELS_MAX {
        regels.push(Regel::default());
    }
    let gevuld: Vec<&Regel> = v.gevulde_regels().collect();
    ui::Page::new(ctx, ctx.t(msg::UITDAAGRECHT_FORMULIER_TITEL))
        .back(
            format!("/uitdaagrecht/initiatief/{}", v.initiatief_id),
            ctx.t(msg::UI_BACK_LINK),
        )
        .errors(errors)
        .render(html! {
            @if let Some(nieuwer) = nieuwer {
                (ui::notification_banner(tr, ui::Notice::Info, html! {
                    p { (ctx.t(msg::UITDAAGRECHT_FORMULIER_OUDER)) }
                    p { (ctx.t(msg::UITDAAGRECHT_FORMULIER_OUDER_WAT)) }
                }))
                (ui::details(&ctx.t(msg::UITDAAGRECHT_FORMULIER_OUDER_TEKST),
                    antwoorden(ctx, nieuwer, None, &format!("/uitdaagrecht/voorstel/{}/bijlage/", v.id))))
            }
            p { (ctx.tr.ta(msg::UITDAAGRECHT_FORMULIER_INTRO, &[("naam", v.initiatief_naam.as_str().into())])) }
            p { (ctx.t(msg::UITDAAGRECHT_FORMULIER_SAMEN)) }
            form method="post" action=(actie) enctype="multipart/form-data" novalidate {
                // The version this form shows: a save over a newer version of another member is stopped.
                input type="hidden" name="versie" value=(v.versie);
                h2 { (ctx.t(msg::UITDAAGRECHT_FORMULIER_TAAK)) }
                (ui::Field::new("taak", ctx.t(msg::UITDAAGRECHT_TAAK_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_TAAK_HINT))
                    .value(v.taak.as_str()).errors(errors).input(tr, ui::InputKind::Text))
                (ui::Field::new("wat", ctx.t(msg::UITDAAGRECHT_WAT_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_WAT_HINT))
                    .value(v.wat.as_str()).errors(errors).textarea(tr, 6, Some(form::TEKST_MAX as u32)))
                (ui::Field::new("voor_wie", ctx.t(msg::UITDAAGRECHT_VOOR_WIE_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_VOOR_WIE_HINT))
                    .value(v.voor_wie.as_str()).errors(errors).textarea(tr, 4, Some(form::MIDDEL_MAX as u32)))
                h2 { (ctx.t(msg::UITDAAGRECHT_WAAROM_TITEL)) }
                (ui::Field::new("waarom_soort", ctx.t(msg::UITDAAGRECHT_WAAROM_SOORT_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_WAAROM_SOORT_HINT))
                    .errors(errors).checkboxes(tr, &waarom_keuzes, &v.waarom_soort))
                (ui::Field::new("waarom", ctx.t(msg::UITDAAGRECHT_WAAROM_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_WAAROM_HINT))
                    .value(v.waarom.as_str()).errors(errors).textarea(tr, 6, Some(form::TEKST_MAX as u32)))
                h2 #begroting { (ctx.t(msg::UITDAAGRECHT_FORMULIER_BEGROTING)) }
                p { (ctx.t(msg::UITDAAGRECHT_BEGROTING_UITLEG)) }
                @for (i, r) in regels.iter().enumerate() {
                    (regel_blok(ctx, i + 1, r, errors))
                }
                @if gevuld.len() >= REGELS_MAX {
                    p { (ctx.tr.ta(msg::UITDAAGRECHT_BEGROTING_VOL, &[("aantal", REGELS_MAX.into())])) }
                }
                @if !gevuld.is_empty() {
                    (begroting(ctx, &gevuld, None))
                }
                h2 { (ctx.t(msg::UITDAAGRECHT_FORMULIER_WIE)) }
                (ui::Field::new("betrokkenen", ctx.t(msg::UITDAAGRECHT_BETROKKENEN_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_BETROKKENEN_HINT))
                    .value(v.betrokkenen.as_str()).errors(errors).textarea(tr, 4, Some(form::MIDDEL_MAX as u32)))
                (ui::Field::new("draagvlak", ctx.t(msg::UITDAAGRECHT_DRAAGVLAK_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_DRAAGVLAK_HINT))
                    .value(v.draagvlak.as_str()).errors(errors).textarea(tr, 4, Some(form::MIDDEL_MAX as u32)))
                (ui::Field::new("start", ctx.t(msg::UITDAAGRECHT_START_LABEL))
                    .errors(errors).date(tr, &v.start_dag, &v.start_maand, &v.start_jaar))
                h2 #bijlagen { (ctx.t(msg::UITDAAGRECHT_FORMULIER_BIJLAGEN)) }
                @if !v.bijlagen.is_empty() {
                    ul {
                        @for b in &v.bijlagen {
                            li { (crate::zaken::document::link(&ctx.tr, &format!("/uitdaagrecht/voorstel/{}/bijlage/{}", v.id, b.id), &b.naam, b.controle, false)) }
                        }
                    }
                    @let namen: Vec<String> = v.bijlagen.iter().map(|b| ctx.tr.ta(msg::UITDAAGRECHT_BIJLAGE_WEG, &[("naam", b.naam.as_str().into())])).collect();
                    @let keuzes: Vec<ui::Choice<'_>> = v.bijlagen.iter().zip(&namen).map(|(b, naam)| ui::Choice::new(&b.id, naam.as_str())).collect();
                    (ui::Field::new("bijlage-weg", ctx.t(msg::UITDAAGRECHT_BIJLAGE_WEG_LABEL))
                        .checkboxes(tr, &keuzes, &[] as &[&str]))
                }
                (ui::Field::new("bestand", ctx.t(msg::UITDAAGRECHT_BESTAND_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_BESTAND_HINT)).errors(errors)
                    .files(tr, ".pdf,.jpg,.jpeg,.png", crate::zaken::document::MAX_MB, crate::zaken::document::upload::MAX_PER_KEER, crate::zaken::document::MAX_MB_PER_KEER))
                h2 { (ctx.t(msg::UITDAAGRECHT_FORMULIER_OPENBAAR)) }
                (ui::Field::new("openbaar", ctx.t(msg::UITDAAGRECHT_OPENBAAR_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_OPENBAAR_HINT))
                    .value(v.openbaar.as_str()).errors(errors).radios(tr, &ja_nee))
                (ui::button_group(html! {
                    (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_FORMULIER_VERDER)).name_value("actie", "controleren"))
                    (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_FORMULIER_OPSLAAN)).name_value("actie", "opslaan"))
                }))
            }
            p #opgeslagen { (ctx.tr.ta(msg::UITDAAGRECHT_GEWIJZIGD_OP, &[("moment", tijdstip(v.gewijzigd_op, ctx.lang()).into())])) }
            (crate::zaken::concept::link(ctx, &format!("/uitdaagrecht/voorstel/{}/verwijderen", v.id)))
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /uitdaagrecht/voorstel/{id}/verwijderen`: whether to throw this draft away, for every member.
pub fn verwijderen(
    ctx: &Ctx,
    v: &Voorstel,
    invoer: &crate::zaken::concept::Invoer,
    errors: &FieldErrors,
) -> Markup {
    crate::zaken::concept::pagina(
        ctx,
        Begrip::Uitdaagrecht,
        None,
        &format!("/uitdaagrecht/voorstel/{}/verwijderen", v.id),
        &format!("/uitdaagrecht/voorstel/{}/bewerken", v.id),
        invoer,
        errors,
    )
}

/// `GET /uitdaagrecht/voorstel/{id}/controleren`.
/// `gewijzigd`: another member changed the draft after this person opened the page; nothing was sent.
pub fn controleren(ctx: &Ctx, v: &Voorstel, geldig: &Geldig, gewijzigd: bool) -> Markup {
    let bewerken = format!("/uitdaagrecht/voorstel/{}/bewerken", v.id);
    ui::Page::new(ctx, ctx.t(msg::UITDAAGRECHT_CONTROLEREN_TITEL))
        .back(bewerken.clone(), ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            @if gewijzigd {
                (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
                    p { (ctx.t(msg::UITDAAGRECHT_CONTROLEREN_GEWIJZIGD)) }
                }))
            }
            p { (ctx.t(msg::UITDAAGRECHT_CONTROLEREN_INTRO)) }
            (antwoorden(ctx, v, Some(&bewerken), &format!("/uitdaagrecht/voorstel/{}/bijlage/", v.id)))
            p { (ctx.tr.ta(msg::UITDAAGRECHT_CONTROLEREN_TOTAAL, &[("bedrag", bedrag(geldig.totaal(), ctx.lang()).into())])) }
            h2 { (ctx.t(msg::UITDAAGRECHT_CONTROLEREN_VERSTUREN_TITEL)) }
            p { (ctx.t(msg::UITDAAGRECHT_CONTROLEREN_VERSTUREN_UITLEG)) }
            form method="post" action={ "/uitdaagrecht/voorstel/" (v.id) "/indienen" } {
                // What this page shows: a draft another member changed since is not sent unseen.
                input type="hidden" name="versie" value=(v.versie);
                (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_CONTROLEREN_KNOP)))
            }
        })
}

/// `GET /uitdaagrecht/voorstel/{id}`: the initiative's case page. `invoer`: (question id, answer typed) of
/// an answer that came back with an error.
pub fn voorstel(
    ctx: &Ctx,
    v: &Voorstel,
    log: &[Toegang],
    invoer: Option<(&str, &str)>,
    errors: &FieldErrors,
    melding: Option<Markup>,
) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let referentie = v.referentie.clone().unwrap_or_default();
    let ja_nee = openbaar_keuzes(ctx);
    ui::Page::new(ctx, v.taak.clone())
        .back(
            format!("/uitdaagrecht/initiatief/{}", v.initiatief_id),
            ctx.t(msg::UI_BACK_LINK),
        )
        .errors(errors)
        .render(html! {
            @if let Some(m) = melding { (m) }
            (ui::panel(&ctx.t(msg::UITDAAGRECHT_ZAAK_NUMMER), html! { strong.loket-referentie { (referentie) } }))
            p { (ctx.t(msg::UITDAAGRECHT_STATUS_LABEL)) " " (status_tag(ctx, v.status)) }
            @if v.gesprek_bericht.is_some() || !v.vragen.is_empty() || v.toelichting.is_some() {
                (ui::in_het_nederlands(&ctx.tr))
            }
            (tijdlijn(ctx, v))
            @if let Some(bericht) = &v.gesprek_bericht {
                h2 { (ctx.t(msg::UITDAAGRECHT_GESPREK_TITEL)) }
                (ui::van_gemeente(&ctx.tr, bericht))
            }
            (antwoord_gemeente(ctx, v))
            @if v.status.is_open() && v.vragen.is_empty() && v.gesprek_op.is_none() {
                p { (ctx.t(msg::UITDAAGRECHT_ZAAK_WACHT)) }
            }
            @if !v.vragen.is_empty() {
                h2 #vragen { (ctx.t(msg::UITDAAGRECHT_VRAGEN_TITEL)) }
                @for (n, q) in v.vragen.iter().enumerate() {
                    section #{ "vraag-" (q.id) } aria-labelledby={ "vraag-" (q.id) "-titel" } {
                        h3 #{ "vraag-" (q.id) "-titel" } { (ctx.tr.ta(msg::UITDAAGRECHT_VRAAG_NUMMER, &[("nummer", (n + 1).into()), ("datum", datum(dag(q.gesteld_op), lang).into())])) }
                        (ui::van_gemeente(&ctx.tr, &q.vraag))
                        @match (&q.antwoord, q.beantwoord_op) {
                            (Some(antwoord), Some(op)) => {
                                h4 { (ctx.tr.ta(msg::UITDAAGRECHT_ANTWOORD_GEGEVEN, &[("datum", datum(dag(op), lang).into())])) }
                                (alinea(antwoord))
                            }
                            _ if !v.status.is_open() => { p { (ctx.t(msg::UITDAAGRECHT_ANTWOORD_GESLOTEN)) } }
                            _ => {
                                @let veld = format!("antwoord-{}", q.id);
                                @let getypt = invoer.filter(|(id, _)| *id == q.id).map_or("", |(_, t)| t);
                                form method="post" action={ "/uitdaagrecht/voorstel/" (v.id) "/vraag/" (q.id) } novalidate {
                                    (ui::Field::new(&veld, ctx.t(msg::UITDAAGRECHT_ANTWOORD_LABEL))
                                        .value(getypt).errors(errors)
                                        .textarea(tr, 5, Some(form::TEKST_MAX as u32)))
                                    (ui::Button::primary(ctx.t(msg::UITDAAGRECHT_ANTWOORD_KNOP)))
                                }
                            }
                        }
                    }
                }
            }
            h2 #openbaar-titel { (ctx.t(msg::UITDAAGRECHT_FORMULIER_OPENBAAR)) }
            @if v.is_openbaar() {
                p { (ctx.t(msg::UITDAAGRECHT_ZAAK_OPENBAAR_JA)) " " a href=(openbaar_pad(&v.id)) { (ctx.t(msg::UITDAAGRECHT_ZAAK_OPENBAAR_LINK)) } }
                p { (ctx.tr.ta(msg::UITDAAGRECHT_STEUN_AANTAL, &[("aantal", v.steun.into())])) }
            } @else {
                p { (ctx.t(msg::UITDAAGRECHT_ZAAK_OPENBAAR_NEE)) }
            }
            form method="post" action={ "/uitdaagrecht/voorstel/" (v.id) "/openbaar" } novalidate {
                (ui::Field::new("openbaar", ctx.t(msg::UITDAAGRECHT_OPENBAAR_LABEL))
                    .hint(ctx.t(msg::UITDAAGRECHT_OPENBAAR_HINT))
                    .value(v.openbaar.as_str()).errors(errors).radios(tr, &ja_nee))
                (ui::Button::secondary(ctx.t(msg::UITDAAGRECHT_OPENBAAR_KNOP)))
            }
            h2 { (ctx.t(msg::UITDAAGRECHT_ZAAK_GEGEVENS)) }
            @if let Some(op) = v.ingediend_op {
                p { (ctx.tr.ta(msg::UITDAAGRECHT_ZAAK_VERSTUURD_OP, &[("datum", datum(dag(op), lang).into())])) }
            }
            (antwoorden(ctx, v, None, &format!("/uitdaagrecht/voorstel/{}/bijlage/", v.id)))
            h2 { (ctx.t(msg::UITDAAGRECHT_LOG_TITEL)) }
            @if log.is_empty() {
                p { (ctx.t(msg::UITDAAGRECHT_LOG_LEEG)) }
            } @else {
                ul {
                    @for t in log {
                        li { (tijdstip(t.op, lang)) ": " (t.naam) ", " (handeling_tekst(ctx, t.handeling)) }
                    }
                }
                (crate::zaken::toegang::alleen_de_laatste(ctx, log.len()))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// A notice that what someone typed could not be saved (`waarom`), with their text to copy.
pub fn niet_bewaard(ctx: &Ctx, waarom: &str, getypt: &str) -> Markup {
    ui::notification_banner(
        &ctx.tr,
        ui::Notice::Info,
        html! {
            p { (ctx.t(waarom)) }
            p { (ctx.t(msg::UITDAAGRECHT_NIET_BEWAARD_TEKST)) }
            blockquote { (alinea(getypt)) }
        },
    )
}

/// A notice that the draft was sent before this person's changes were saved, with their answers to copy.
pub fn al_verstuurd(ctx: &Ctx, getypt: &Voorstel) -> Markup {
    html! {
        (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
            p { (ctx.t(msg::UITDAAGRECHT_AL_VERSTUURD)) }
        }))
        (ui::details(&ctx.t(msg::UITDAAGRECHT_AL_VERSTUURD_TEKST),
            antwoorden(ctx, getypt, None, &format!("/uitdaagrecht/voorstel/{}/bijlage/", getypt.id))))
    }
}

/// The Mijn loket section: the person's initiatives, each its id and name.
pub fn mijn_loket(ctx: &Ctx, initiatieven: &[(String, String)]) -> Markup {
    if initiatieven.is_empty() {
        return html! {};
    }
    html! {
        h2 { (ctx.t(msg::UITDAAGRECHT_MIJN_TITEL)) }
        ul.loket-list-plain {
            @for (id, naam) in initiatieven {
                li { a href={ "/uitdaagrecht/initiatief/" (id) } { (naam) } }
            }
        }
    }
}
