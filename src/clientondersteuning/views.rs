//! The pages of cliëntondersteuning, and the two mails a request sends.

use maud::{Markup, html};

use super::domain::{Toegankelijkheid, Verzoek, VoorWie};
use super::form::{GEEN_VOORKEUR, VerzoekForm};
use super::repo::Opgeslagen;
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::gemeente::{Organisatie, ingevuld};
use crate::http::Ctx;
use crate::i18n::{Tr, msg};
use crate::mail::Email;
use crate::ui;

/// The words these pages use, explained at their foot.
const WOORDEN: [Begrip; 3] = [
    Begrip::Clientondersteuning,
    Begrip::Mantelzorger,
    Begrip::Melding,
];

/// `GET /clientondersteuning`: what it is, that it is free and independent, who may ask, and who gives it.
/// Residents do not know it exists or that it is free (Kwartaalbrief VWS aan gemeenten 2015, §1), so the page
/// says so first.
pub fn uitleg(ctx: &Ctx) -> Markup {
    let gemeente = &ctx.app.gemeente;
    ui::layout::page(
        ctx,
        &ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_TITEL),
        html! {
            p { (begrippen::zin(ctx, msg::CLIENTONDERSTEUNING_UITLEG_INTRO, &[], Begrip::Clientondersteuning)) }
            p { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_GRATIS)) }
            h2 { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_WAT_TITEL)) }
            p { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_WAT_NAAST)) }
            p { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_WAT_GESPREK)) }
            // The cliëntondersteuner never decides (Beleidsregels Wmo Het Hogeland 2023, §3.7.1).
            p { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_WAT_BESLIST)) }
            h2 { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_WIE_TITEL)) }
            ul {
                li { (ctx.tr.ta(msg::CLIENTONDERSTEUNING_UITLEG_WIE_IEDEREEN, &[("gemeente", gemeente.naam.as_str().into())])) }
                li { (begrippen::zin(ctx, msg::CLIENTONDERSTEUNING_UITLEG_WIE_MANTELZORGER, &[], Begrip::Mantelzorger)) }
                li { (begrippen::zin(ctx, msg::CLIENTONDERSTEUNING_UITLEG_WIE_MELDING, &[], Begrip::Melding)) }
                li { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_WIE_MOMENT)) }
            }
            h2 { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_ORGANISATIES_TITEL)) }
            @for organisatie in &gemeente.clientondersteuning {
                (organisatie_blok(ctx, organisatie))
            }
            h2 { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_AANVRAGEN_TITEL)) }
            p { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_AANVRAGEN_TEKST)) }
            p { (ui::Button::primary(ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_AANVRAGEN_KNOP)).link("/clientondersteuning/aanvragen")) }
            p { (ctx.t(msg::CLIENTONDERSTEUNING_UITLEG_AANVRAGEN_ZELF)) }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

fn organisatie_blok(ctx: &Ctx, organisatie: &Organisatie) -> Markup {
    let telefoon = organisatie.telefoon.as_deref().and_then(ingevuld);
    let email = organisatie.email.as_deref().and_then(ingevuld);
    let website = organisatie.website.as_deref().and_then(ingevuld);
    html! {
        div.loket-organisatie {
            h3 { (organisatie.naam) }
            @if ingevuld(organisatie.omschrijving.in_taal(ctx.lang())).is_some() {
                p { (organisatie.omschrijving.html(ctx.lang())) }
            }
            @if telefoon.is_some() || email.is_some() || website.is_some() {
                address {
                    dl {
                        @if let Some(nummer) = telefoon {
                            dt { (ctx.t(msg::CLIENTONDERSTEUNING_TELEFOON)) }
                            dd { a href={ "tel:" (nummer.replace([' ', '-'], "")) } { (nummer) } }
                        }
                        @if let Some(email) = email {
                            dt { (ctx.t(msg::CLIENTONDERSTEUNING_EMAIL)) }
                            dd { a href={ "mailto:" (email) } { (email) } }
                        }
                        @if let Some(website) = website {
                            dt { (ctx.t(msg::CLIENTONDERSTEUNING_WEBSITE)) }
                            dd { a href=(website) { (website.trim_start_matches("https://").trim_start_matches("http://")) } }
                        }
                    }
                }
            }
        }
    }
}

/// `GET/POST /clientondersteuning/aanvragen`: one page with every question. Questions about someone else and
/// the interpreter's language are always shown (no JavaScript to reveal them); their hints say when they apply.
pub fn formulier(ctx: &Ctx, input: &VerzoekForm, errors: &FieldErrors) -> Markup {
    let tr = &ctx.tr;
    let gemeente = &ctx.app.gemeente;
    let mut organisaties: Vec<ui::Choice<'_>> = gemeente
        .clientondersteuning
        .iter()
        .map(|o| {
            let choice = ui::Choice::new(&o.id, o.naam.as_str());
            match ingevuld(o.omschrijving.in_taal(ctx.lang())) {
                Some(omschrijving) => choice.hint(omschrijving),
                None => choice,
            }
        })
        .collect();
    organisaties.push(ui::Choice::new(
        GEEN_VOORKEUR,
        ctx.t(msg::CLIENTONDERSTEUNING_ORGANISATIE_GEMEENTE),
    ));
    ui::Page::new(ctx, ctx.t(msg::CLIENTONDERSTEUNING_FORMULIER_TITEL))
        .back("/clientondersteuning", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (begrippen::zin(ctx, msg::CLIENTONDERSTEUNING_FORMULIER_INTRO, &[], Begrip::Clientondersteuning)) }
            p { (ctx.t(msg::CLIENTONDERSTEUNING_FORMULIER_GRATIS)) }
            // novalidate: the portal's own messages, in plain language and in the resident's language.
            @if let Some(referentie) = &input.melding_referentie {
                p { (ctx.tr.ta(msg::CLIENTONDERSTEUNING_BIJ_MELDING, &[("referentie", referentie.as_str().into())])) }
            }
            form method="post" action="/clientondersteuning/aanvragen" novalidate {
                input type="hidden" name="sleutel" value=(input.sleutel);
                @if input.melding_referentie.is_some() {
                    input type="hidden" name="melding" value=(input.melding);
                }
                (ui::Field::new("voor-wie", ctx.t(msg::CLIENTONDERSTEUNING_VOOR_WIE_LABEL))
                    .value(input.voor_wie.as_str())
                    .errors(errors)
                    .radios(tr, &[
                        ui::Choice::new("zelf", ctx.t(msg::CLIENTONDERSTEUNING_VOOR_WIE_ZELF)),
                        ui::Choice::new("ander", ctx.t(msg::CLIENTONDERSTEUNING_VOOR_WIE_ANDER))
                            .hint(ctx.t(msg::CLIENTONDERSTEUNING_VOOR_WIE_ANDER_HINT)),
                    ]))
                (ui::fieldset("ander", &ctx.t(msg::CLIENTONDERSTEUNING_ANDER_LEGEND),
                    Some(&ctx.t(msg::CLIENTONDERSTEUNING_ANDER_HINT)), html! {
                    (ui::Field::new("ander-naam", ctx.t(msg::CLIENTONDERSTEUNING_ANDER_NAAM_LABEL))
                        .value(input.ander_naam.as_str())
                        .errors(errors)
                        .autocomplete("off")
                        .input(tr, ui::InputKind::Text))
                    (ui::Field::new("ander-relatie", ctx.t(msg::CLIENTONDERSTEUNING_ANDER_RELATIE_LABEL))
                        .hint(ctx.t(msg::CLIENTONDERSTEUNING_ANDER_RELATIE_HINT))
                        .value(input.ander_relatie.as_str())
                        .errors(errors)
                        .width(ui::Width::Chars20)
                        .input(tr, ui::InputKind::Text))
                }))
                (ui::Field::new("organisatie", ctx.t(msg::CLIENTONDERSTEUNING_ORGANISATIE_LABEL))
                    .hint(ctx.t(msg::CLIENTONDERSTEUNING_ORGANISATIE_HINT))
                    .value(input.organisatie.as_str())
                    .errors(errors)
                    .radios(tr, &organisaties))
                (ui::fieldset("contact", &ctx.t(msg::CLIENTONDERSTEUNING_CONTACT_LEGEND),
                    Some(&ctx.t(msg::CLIENTONDERSTEUNING_CONTACT_HINT)), html! {
                    (ui::Field::new("telefoon", ctx.t(msg::CLIENTONDERSTEUNING_TELEFOON_LABEL))
                        .hint(ctx.t(msg::CLIENTONDERSTEUNING_TELEFOON_HINT))
                        .value(input.telefoon.as_str())
                        .errors(errors)
                        .autocomplete("tel")
                        .width(ui::Width::Chars20)
                        .input(tr, ui::InputKind::Tel))
                    (ui::Field::new("email", ctx.t(msg::CLIENTONDERSTEUNING_EMAIL_LABEL))
                        .value(input.email.as_str())
                        .errors(errors)
                        .autocomplete("email")
                        .input(tr, ui::InputKind::Email))
                }))
                (ui::Field::new("toegankelijkheid", ctx.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_LABEL))
                    .value(input.toegankelijkheid.as_str())
                    .errors(errors)
                    .radios(tr, &[
                        ui::Choice::new("geen", ctx.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_GEEN)),
                        ui::Choice::new("tolk", ctx.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_TOLK))
                            .hint(ctx.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_TOLK_HINT)),
                        ui::Choice::new("gebarentaal", ctx.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_GEBARENTAAL)),
                    ]))
                (ui::Field::new("tolk-taal", ctx.t(msg::CLIENTONDERSTEUNING_TOLK_TAAL_LABEL))
                    .hint(ctx.t(msg::CLIENTONDERSTEUNING_TOLK_TAAL_HINT))
                    .value(input.tolk_taal.as_str())
                    .errors(errors)
                    .width(ui::Width::Chars20)
                    .input(tr, ui::InputKind::Text))
                // Only for a request that belongs to a melding: the dossier is that melding's.
                @if input.melding_referentie.is_some() {
                    (ui::Field::new("inzage", ctx.t(msg::CLIENTONDERSTEUNING_INZAGE_LABEL))
                        .hint(ctx.t(msg::CLIENTONDERSTEUNING_INZAGE_HINT))
                        .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::CLIENTONDERSTEUNING_INZAGE_JA))],
                            if input.inzage == "ja" { &["ja"][..] } else { &[][..] }))
                }
                (ui::Field::new("notitie", ctx.t(msg::CLIENTONDERSTEUNING_NOTITIE_LABEL))
                    .hint(ctx.t(msg::CLIENTONDERSTEUNING_NOTITIE_HINT))
                    .value(input.notitie.as_str())
                    .errors(errors)
                    .textarea(tr, 5, Some(super::domain::NOTITIE_MAX as u32)))
                (ui::Button::primary(ctx.t(msg::CLIENTONDERSTEUNING_FORMULIER_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /clientondersteuning/{id}`: the reference, what happens next, and what was sent.
pub fn bevestiging(ctx: &Ctx, verzoek: &Opgeslagen) -> Markup {
    let tr = &ctx.tr;
    let organisatie = verzoek
        .organisatie_naam
        .clone()
        .unwrap_or_else(|| ctx.t(msg::CLIENTONDERSTEUNING_ORGANISATIE_GEMEENTE));
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNING_VOOR_WIE_LABEL),
            voor_wie(tr, &verzoek.voor_wie),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNING_ORGANISATIE_LABEL),
            organisatie,
        ),
    ];
    for (label, waarde) in [
        (msg::CLIENTONDERSTEUNING_TELEFOON_LABEL, &verzoek.telefoon),
        (msg::CLIENTONDERSTEUNING_EMAIL_LABEL, &verzoek.email),
    ] {
        if let Some(waarde) = waarde {
            rijen.push(ui::SummaryRow::new(ctx.t(label), waarde.clone()));
        }
    }
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_LABEL),
        toegankelijkheid(tr, &verzoek.toegankelijkheid),
    ));
    if let Some(notitie) = &verzoek.notitie {
        // The resident's own words, as written.
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_NOTITIE),
            ui::alinea(notitie),
        ));
    }
    let wie_belt = match (&verzoek.ondersteuner, &verzoek.organisatie_naam) {
        (Some(naam), Some(organisatie)) => tr.ta(
            msg::CLIENTONDERSTEUNING_BEVESTIGING_OPGEPAKT,
            &[
                ("naam", naam.as_str().into()),
                ("organisatie", organisatie.as_str().into()),
            ],
        ),
        (_, Some(naam)) if verzoek.door_gemeente => tr.ta(
            msg::CLIENTONDERSTEUNING_STATUS_GEKOZEN,
            &[("organisatie", naam.as_str().into())],
        ),
        (_, Some(naam)) => tr.ta(
            msg::CLIENTONDERSTEUNING_BEVESTIGING_BELT,
            &[("organisatie", naam.as_str().into())],
        ),
        (_, None) => ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_GEMEENTE_KIEST),
    };
    ui::layout::page(
        ctx,
        &ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_TITEL),
        html! {
            (ui::panel(&ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_NUMMER), html! {
                strong.loket-referentie { (verzoek.referentie) }
            }))
            p { (ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_MAIL)) }
            h2 { (ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_NU_TITEL)) }
            p { (wie_belt) }
            p { (ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_GRATIS)) }
            h2 { (ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_GEGEVENS_TITEL)) }
            (ui::summary_list(tr, &rijen))
            p { a href="/mijn-loket" { (ctx.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_MIJN_LOKET)) } }
            (begrippen::uitleg(ctx, &[Begrip::Clientondersteuning]))
        },
    )
}

fn voor_wie(tr: &Tr, voor_wie: &VoorWie) -> String {
    match voor_wie {
        VoorWie::Zelf => tr.t(msg::CLIENTONDERSTEUNING_VOOR_WIE_ZELF),
        VoorWie::Ander { naam, relatie } => tr.ta(
            msg::CLIENTONDERSTEUNING_VOOR_WIE_ANDER_WIE,
            &[
                ("naam", naam.as_str().into()),
                ("relatie", relatie.as_str().into()),
            ],
        ),
    }
}

fn toegankelijkheid(tr: &Tr, t: &Toegankelijkheid) -> String {
    match t {
        Toegankelijkheid::Geen => tr.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_GEEN),
        Toegankelijkheid::Tolk { taal: None } => {
            tr.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_TOLK)
        }
        Toegankelijkheid::Tolk { taal: Some(taal) } => tr.ta(
            msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_TOLK_TAAL,
            &[("taal", taal.as_str().into())],
        ),
        Toegankelijkheid::Gebarentaal => {
            tr.t(msg::CLIENTONDERSTEUNING_TOEGANKELIJKHEID_GEBARENTAAL)
        }
    }
}

/// The confirmation to the resident, in their language: the reference and what happens next. No health
/// details and nothing they wrote: mail can be read by others on a shared device.
pub fn mail_inwoner(
    tr: &Tr,
    to: &str,
    referentie: &str,
    organisatie: Option<&str>,
    url: String,
) -> Email {
    let wie_belt = match organisatie {
        Some(naam) => tr.ta(
            msg::CLIENTONDERSTEUNING_BEVESTIGING_BELT,
            &[("organisatie", naam.into())],
        ),
        None => tr.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_GEMEENTE_KIEST),
    };
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::CLIENTONDERSTEUNING_MAIL_INWONER_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::CLIENTONDERSTEUNING_MAIL_INWONER_TEKST,
                &[("referentie", referentie.into())],
            ),
            wie_belt,
            tr.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_GRATIS),
        ],
        action: Some((tr.t(msg::CLIENTONDERSTEUNING_MAIL_INWONER_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// The mail to a resident who let the municipality choose, once it chose the organisation: who helps them and
/// that the organisation contacts them. No health details and nothing they wrote.
pub fn mail_gekozen(tr: &Tr, to: &str, referentie: &str, organisatie: &str, url: String) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::CLIENTONDERSTEUNING_MAIL_GEKOZEN_ONDERWERP,
            &[("organisatie", organisatie.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::CLIENTONDERSTEUNING_MAIL_GEKOZEN_TEKST,
                &[
                    ("organisatie", organisatie.into()),
                    ("referentie", referentie.into()),
                ],
            ),
            tr.ta(
                msg::CLIENTONDERSTEUNING_BEVESTIGING_BELT,
                &[("organisatie", organisatie.into())],
            ),
            tr.t(msg::CLIENTONDERSTEUNING_BEVESTIGING_GRATIS),
        ],
        action: Some((tr.t(msg::CLIENTONDERSTEUNING_MAIL_INWONER_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// The mail to a cliëntondersteuner the municipality chose by name: that a request waits on their dashboard
/// (`url`). Who it is and how to reach them stay in the portal.
pub fn mail_ondersteuner(tr: &Tr, to: &str, referentie: &str, url: String) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::CLIENTONDERSTEUNING_MAIL_ONDERSTEUNER_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::CLIENTONDERSTEUNING_MAIL_ONDERSTEUNER_TEKST,
                &[("referentie", referentie.into())],
            ),
            tr.t(msg::CLIENTONDERSTEUNING_MAIL_ONDERSTEUNER_LOKET),
        ],
        action: Some((tr.t(msg::CLIENTONDERSTEUNING_MAIL_ONDERSTEUNER_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// The message to the chosen organisation (or to the municipality, which chooses one): everything needed to
/// contact the resident. It holds personal data, so its body is erased from the outbox once delivered.
pub fn mail_organisatie(
    tr: &Tr,
    to: &str,
    referentie: &str,
    gemeente: &str,
    verzoek: &Verzoek,
    melding_referentie: Option<&str>,
) -> Email {
    let mut paragraphs = vec![match verzoek.voorkeur.0 {
        Some(_) => tr.ta(
            msg::CLIENTONDERSTEUNING_MAIL_ORGANISATIE_TEKST,
            &[("gemeente", gemeente.into())],
        ),
        None => tr.ta(
            msg::CLIENTONDERSTEUNING_MAIL_ORGANISATIE_KIES,
            &[("gemeente", gemeente.into())],
        ),
    }];
    let mut regel = |id: &str, waarde: String| {
        paragraphs.push(format!("{}: {waarde}", tr.t(id)));
    };
    regel(msg::CLIENTONDERSTEUNING_MAIL_NUMMER, referentie.to_owned());
    if let Some(melding) = melding_referentie {
        regel(msg::CLIENTONDERSTEUNING_MAIL_MELDING, melding.to_owned());
    }
    regel(
        msg::CLIENTONDERSTEUNING_MAIL_VOOR_WIE,
        voor_wie(tr, &verzoek.voor_wie),
    );
    if let Some(telefoon) = &verzoek.contact.telefoon {
        regel(
            msg::CLIENTONDERSTEUNING_TELEFOON,
            telefoon.as_str().to_owned(),
        );
    }
    if let Some(email) = &verzoek.contact.email {
        regel(msg::CLIENTONDERSTEUNING_EMAIL, email.as_str().to_owned());
    }
    regel(
        msg::CLIENTONDERSTEUNING_MAIL_TOEGANKELIJKHEID,
        toegankelijkheid(tr, &verzoek.toegankelijkheid),
    );
    // What the resident wrote can hold health details: it stays in the portal, and the mail says where.
    if verzoek.notitie.is_some() {
        paragraphs.push(tr.ta(
            msg::CLIENTONDERSTEUNING_MAIL_NOTITIE_IN_LOKET,
            &[("referentie", referentie.into())],
        ));
    }
    Email {
        to: to.to_owned(),
        greeting: Some(tr.t(msg::CLIENTONDERSTEUNING_MAIL_ORGANISATIE_AANHEF)),
        subject: tr.ta(
            msg::CLIENTONDERSTEUNING_MAIL_ORGANISATIE_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs,
        action: None,
        after: vec![tr.t(msg::CLIENTONDERSTEUNING_MAIL_ORGANISATIE_BELLEN)],
        erase_after_sending: true,
        link_geldig_tot: None,
        bijlage: None,
    }
}
