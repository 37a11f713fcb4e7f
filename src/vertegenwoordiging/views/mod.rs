//! The pages and mails of vertegenwoordiging. Mails to a resident hold no health details: only who asks, what
//! they may do and until when.

use maud::{Markup, html};
use time::{Date, OffsetDateTime};

use super::Wacht;
use super::form::{FormulierInvoer, VraagForm, WettelijkInvoer};
use super::repo::Aanvraag;
use crate::auth::machtiging::{Grond, Rechten, Soort, Status};
use crate::begrippen::{self, Begrip};
use crate::clock;
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{Tr, datum, msg, tijdstip};
use crate::meldingen::repo::Melding;
use crate::ui;
use crate::zaken::document::MAX_MB;

mod staf;

pub use staf::*;

const ACCEPT: &str = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

fn pad(melding_id: &str) -> String {
    format!("/melding/{melding_id}/machtiging")
}

fn soort_naam(soort: Soort) -> &'static str {
    match soort {
        Soort::Gemachtigde | Soort::Clientondersteuner => msg::VERTEGENWOORDIGING_SOORT_GEMACHTIGDE,
        Soort::Curator => msg::VERTEGENWOORDIGING_SOORT_CURATOR,
        Soort::Mentor => msg::VERTEGENWOORDIGING_SOORT_MENTOR,
        Soort::Bewindvoerder => msg::VERTEGENWOORDIGING_SOORT_BEWINDVOERDER,
        Soort::Voogd => msg::VERTEGENWOORDIGING_SOORT_VOOGD,
        Soort::Ouder => msg::VERTEGENWOORDIGING_SOORT_OUDER,
    }
}

pub(crate) fn soort_uitleg(soort: Soort) -> &'static str {
    match soort {
        Soort::Gemachtigde | Soort::Clientondersteuner => {
            msg::VERTEGENWOORDIGING_SOORT_GEMACHTIGDE_UITLEG
        }
        Soort::Curator => msg::VERTEGENWOORDIGING_SOORT_CURATOR_UITLEG,
        Soort::Mentor => msg::VERTEGENWOORDIGING_SOORT_MENTOR_UITLEG,
        Soort::Bewindvoerder => msg::VERTEGENWOORDIGING_SOORT_BEWINDVOERDER_UITLEG,
        Soort::Voogd => msg::VERTEGENWOORDIGING_SOORT_VOOGD_UITLEG,
        Soort::Ouder => msg::VERTEGENWOORDIGING_SOORT_OUDER_UITLEG,
    }
}

fn status_naam(status: Status) -> &'static str {
    match status {
        Status::Uitgenodigd | Status::WachtOpInwoner => msg::VERTEGENWOORDIGING_STATUS_WACHT,
        Status::TeControleren => msg::VERTEGENWOORDIGING_STATUS_CONTROLE,
        Status::Actief => msg::VERTEGENWOORDIGING_STATUS_ACTIEF,
        Status::Afgewezen => msg::VERTEGENWOORDIGING_STATUS_AFGEWEZEN,
        Status::Beeindigd => msg::VERTEGENWOORDIGING_STATUS_GESTOPT,
    }
}

fn status_tag(ctx: &Ctx, status: Status) -> Markup {
    let kind = match status {
        Status::Actief => ui::TagKind::Success,
        Status::Afgewezen => ui::TagKind::Error,
        Status::Beeindigd => ui::TagKind::Neutral,
        _ => ui::TagKind::Warning,
    };
    ui::tag(kind, &ctx.t(status_naam(status)))
}

/// The rights in words, one sentence each.
pub(crate) fn rechten_zinnen(tr: &Tr, rechten: Rechten) -> Vec<String> {
    let mut zinnen = vec![tr.t(msg::VERTEGENWOORDIGING_RECHT_BEKIJKEN)];
    if rechten.indienen {
        zinnen.push(tr.t(msg::VERTEGENWOORDIGING_RECHT_INDIENEN));
    }
    if rechten.post {
        zinnen.push(tr.t(msg::VERTEGENWOORDIGING_RECHT_POST));
    }
    zinnen
}

pub(crate) fn tot_zin(tr: &Tr, tot: Option<Date>) -> String {
    match tot {
        Some(tot) => tr.ta(
            msg::VERTEGENWOORDIGING_TOT,
            &[("datum", datum(tot, tr.lang()).into())],
        ),
        None => tr.t(msg::VERTEGENWOORDIGING_TOT_GEEN),
    }
}

fn dag(moment: OffsetDateTime, tr: &Tr) -> String {
    datum(clock::amsterdam(moment).date(), tr.lang())
}

/// Where the confirmation stands, with what the helper can do next.
fn staat(ctx: &Ctx, melding_id: &str, wacht: &Wacht) -> Markup {
    let tr = &ctx.tr;
    let naam = wacht.naam.as_str();
    let opnieuw = html! {
        p { a href=(pad(melding_id)) { (tr.ta(msg::VERTEGENWOORDIGING_AANBOD_LINK, &[("naam", naam.into())])) } }
    };
    html! {
        @match &wacht.laatste {
            Some(a) if a.status == Status::WachtOpInwoner => {
                p { (tr.ta(msg::VERTEGENWOORDIGING_STAAT_MAIL, &[("naam", naam.into()), ("email", a.email.as_deref().unwrap_or_default().into()), ("datum", dag(a.aangemaakt_op, tr).into())])) }
                @if let Some(verloopt) = a.verloopt_op {
                    p { (tr.ta(msg::VERTEGENWOORDIGING_STAAT_GELDIG, &[("datum", dag(verloopt, tr).into())])) }
                }
                p { a href={ (pad(melding_id)) "/code" } { (tr.ta(msg::VERTEGENWOORDIGING_STAAT_CODE_LINK, &[("naam", naam.into())])) } }
                p { a href=(pad(melding_id)) { (ctx.t(msg::VERTEGENWOORDIGING_STAAT_OPNIEUW)) } }
            }
            Some(a) if a.status == Status::TeControleren => {
                p { (ctx.t(msg::VERTEGENWOORDIGING_STAAT_CONTROLE)) }
            }
            Some(a) if a.status == Status::Afgewezen => {
                p { (ctx.t(msg::VERTEGENWOORDIGING_STAAT_AFGEWEZEN)) }
                @if let Some(reden) = &a.afwijs_reden {
                    p { (ctx.t(msg::VERTEGENWOORDIGING_REDEN)) ": " (ui::nederlands(&ctx.tr, reden)) }
                }
                (opnieuw)
            }
            Some(_) => {
                p { (tr.ta(msg::VERTEGENWOORDIGING_STAAT_GESTOPT, &[("naam", naam.into())])) }
                (opnieuw)
            }
            None => {
                p { (tr.ta(msg::VERTEGENWOORDIGING_STAAT_NOG_NIET, &[("naam", naam.into())])) }
                (opnieuw)
            }
        }
    }
}

/// `GET /melding/{id}` while the person it is for has not confirmed: the state of the confirmation and only
/// the answers as sent.
pub fn alleen_invoer(ctx: &Ctx, melding: &Melding, wacht: &Wacht) -> Markup {
    let naam = wacht.naam.as_str();
    ui::Page::new(
        ctx,
        ctx.tr.ta(msg::VERTEGENWOORDIGING_DOSSIER_TITEL, &[("naam", naam.into())]),
    )
    .render(html! {
        (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
            p { (ctx.tr.ta(msg::VERTEGENWOORDIGING_DOSSIER_ALLEEN, &[("naam", naam.into())])) }
            (staat(ctx, &melding.id, wacht))
        }))
        @if let Some(referentie) = &melding.referentie {
            p { (ctx.t(msg::VERTEGENWOORDIGING_DOSSIER_NUMMER)) " " strong { (referentie) } }
        }
        h2 { (ctx.t(msg::VERTEGENWOORDIGING_DOSSIER_ANTWOORDEN)) }
        (crate::meldingen::samenvatting(ctx, melding))
        p { a href={ "/melding/" (melding.id) "/ontvangstbewijs" } { (ctx.t(msg::VERTEGENWOORDIGING_DOSSIER_BEWIJS)) } }
        p { a href="/mijn-loket" { (ctx.t(msg::VERTEGENWOORDIGING_MIJN_LOKET)) } }
        (begrippen::uitleg(ctx, &[Begrip::Melding]))
    })
}

/// `GET /melding/{id}/machtiging`: by e-mail (a link and a code), or with a signed form.
pub fn vragen(
    ctx: &Ctx,
    melding: &Melding,
    wacht: &Wacht,
    vraag: &VraagForm,
    formulier: &FormulierInvoer,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let naam = wacht.naam.as_str();
    let rechten = [
        ui::Choice::new(
            "indienen",
            ctx.t(msg::VERTEGENWOORDIGING_RECHT_INDIENEN_KEUZE),
        ),
        ui::Choice::new("post", ctx.t(msg::VERTEGENWOORDIGING_RECHT_POST_KEUZE)),
    ];
    ui::Page::new(
        ctx,
        tr.ta(msg::VERTEGENWOORDIGING_VRAGEN_TITEL, &[("naam", naam.into())]),
    )
    .back(format!("/melding/{}", melding.id), ctx.t(msg::UI_BACK_LINK))
    .errors(errors)
    .render(html! {
        p { (tr.ta(msg::VERTEGENWOORDIGING_VRAGEN_INTRO, &[("naam", naam.into())])) }
        p { (ctx.t(msg::VERTEGENWOORDIGING_VRAGEN_TWEE)) }
        h2 { (ctx.t(msg::VERTEGENWOORDIGING_VRAGEN_MAIL_TITEL)) }
        p { (tr.ta(msg::VERTEGENWOORDIGING_VRAGEN_MAIL_TEKST, &[("naam", naam.into())])) }
        form method="post" action=(pad(&melding.id)) novalidate {
            (ui::Field::new("email", tr.ta(msg::VERTEGENWOORDIGING_EMAIL_LABEL, &[("naam", naam.into())]))
                .value(vraag.email.as_str())
                .errors(errors)
                .autocomplete("off")
                .input(tr, ui::InputKind::Email))
            (ui::Field::new("rechten", ctx.t(msg::VERTEGENWOORDIGING_RECHTEN_LABEL))
                .hint(ctx.t(msg::VERTEGENWOORDIGING_RECHTEN_HINT))
                .errors(errors)
                .checkboxes(tr, &rechten, &vraag.rechten))
            (ui::Field::new("einde", ctx.t(msg::VERTEGENWOORDIGING_EINDE_LABEL))
                .hint(ctx.t(msg::VERTEGENWOORDIGING_EINDE_HINT))
                .errors(errors)
                .date(tr, &vraag.einde_dag, &vraag.einde_maand, &vraag.einde_jaar))
            (ui::Button::primary(ctx.t(msg::VERTEGENWOORDIGING_VRAGEN_MAIL_KNOP)))
        }
        h2 { (ctx.t(msg::VERTEGENWOORDIGING_VRAGEN_FORMULIER_TITEL)) }
        p { (tr.ta(msg::VERTEGENWOORDIGING_VRAGEN_FORMULIER_TEKST, &[("naam", naam.into())])) }
        p { a href={ (pad(&melding.id)) "/afdrukken" } { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_LINK)) } }
        p { (ctx.t(msg::VERTEGENWOORDIGING_VRAGEN_FORMULIER_CONTROLE)) }
        form method="post" action={ (pad(&melding.id)) "/formulier" } enctype="multipart/form-data" novalidate {
            (ui::Field::new("bestand", ctx.t(msg::VERTEGENWOORDIGING_FORMULIER_BESTAND_LABEL))
                .hint(ctx.t(msg::VERTEGENWOORDIGING_BESTAND_HINT))
                .errors(errors)
                .file(tr, ACCEPT, MAX_MB))
            (ui::Field::new("formulier-email", tr.ta(msg::VERTEGENWOORDIGING_FORMULIER_EMAIL_LABEL, &[("naam", naam.into())]))
                .hint(tr.ta(msg::VERTEGENWOORDIGING_OPTIONEEL, &[("naam", naam.into())]))
                .value(formulier.email.as_str())
                .errors(errors)
                .autocomplete("off")
                .input(tr, ui::InputKind::Email))
            (ui::Button::secondary(ctx.t(msg::VERTEGENWOORDIGING_VRAGEN_FORMULIER_KNOP)))
        }
        (begrippen::uitleg(ctx, &[Begrip::Melding]))
    })
}

/// A line to write on by hand, with its label.
fn invullen(label: &str) -> Markup {
    html! {
        div.loket-invullen {
            span.loket-invullen__label { (label) }
            span.loket-invullen__lijn {}
        }
    }
}

/// `GET /melding/{id}/machtiging/afdrukken`: the form to print, for `naam` to sign. What is known is filled in
/// (the names, the reference, the rights to choose from); the rest is written by hand.
pub fn afdrukken(
    ctx: &Ctx,
    melding: &Melding,
    wacht: &Wacht,
    helper: &crate::auth::Person,
) -> Markup {
    let tr = &ctx.tr;
    let naam = wacht.naam.as_str();
    let helper_naam = helper.naam.clone().unwrap_or_default();
    let referentie = melding.referentie.as_deref().unwrap_or_default();
    let gemeente = ctx.app.gemeente.naam.as_str();
    ui::Page::new(ctx, ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_TITEL))
        .back(pad(&melding.id), ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            p.loket-no-print { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_PRINT)) }
            p { (tr.ta(msg::VERTEGENWOORDIGING_AFDRUKKEN_INTRO, &[("gemeente", gemeente.into())])) }
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_IK)) }
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_NAAM)))
            p.loket-hint { (naam) }
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_GEBOREN)))
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_ADRES)))
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_POSTCODE)))
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_HELPER)) }
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_NAAM)))
            @if !helper_naam.is_empty() {
                p.loket-hint { (helper_naam) }
            }
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_GEBOREN)))
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_ADRES)))
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_POSTCODE)))
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_EMAIL)))
            p.loket-hint { (helper.email) }
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_WAARVOOR)) }
            p { (begrippen::zin(ctx, msg::VERTEGENWOORDIGING_AFDRUKKEN_MELDING, &[("referentie", referentie.into())], Begrip::Melding)) }
            p { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_KRUIS)) }
            ul.loket-afvinken {
                li { "☐ " (ctx.t(msg::VERTEGENWOORDIGING_RECHT_BEKIJKEN)) }
                li { "☐ " (ctx.t(msg::VERTEGENWOORDIGING_RECHT_INDIENEN)) }
                li { "☐ " (ctx.t(msg::VERTEGENWOORDIGING_RECHT_POST)) }
            }
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_WANNEER)) }
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_VANAF)))
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_TOT)))
            p.loket-hint { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_TOT_UITLEG)) }
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_TEKENEN)) }
            p { (tr.ta(msg::VERTEGENWOORDIGING_AFDRUKKEN_VERKLARING, &[("naam", naam.into())])) }
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_PLAATS_DATUM)))
            (invullen(&tr.ta(msg::VERTEGENWOORDIGING_AFDRUKKEN_HANDTEKENING, &[("naam", naam.into())])))
            (invullen(&ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_HANDTEKENING_HELPER)))
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_DAARNA)) }
            ol {
                li { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_STAP_FOTO)) }
                li { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_STAP_STUREN)) }
                li { (ctx.t(msg::VERTEGENWOORDIGING_VRAGEN_FORMULIER_CONTROLE)) }
            }
            p.loket-no-print { a href=(pad(&melding.id)) { (ctx.t(msg::VERTEGENWOORDIGING_AFDRUKKEN_TERUG)) } }
            (begrippen::uitleg(ctx, &[Begrip::Melding, Begrip::Machtiging]))
        })
}

/// After the resident confirmed: the melding is theirs now, and the helper helps through the permission.
pub fn bevestigd(ctx: &Ctx, aanvraag: &Aanvraag) -> Markup {
    let naam = aanvraag.naam.as_deref().unwrap_or_default();
    ui::layout::page(
        ctx,
        &ctx.tr.ta(
            msg::VERTEGENWOORDIGING_BEVESTIGD_TITEL,
            &[("naam", naam.into())],
        ),
        html! {
            (ui::panel(&ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGD_PANEEL), html! {
                (ctx.tr.ta(msg::VERTEGENWOORDIGING_BEVESTIGD_TEKST, &[("naam", naam.into())]))
            }))
            ul { @for zin in rechten_zinnen(&ctx.tr, aanvraag.rechten) { li { (zin) } } }
            p { (tot_zin(&ctx.tr, aanvraag.geldig_tot)) }
            p { (ctx.tr.ta(msg::VERTEGENWOORDIGING_BEVESTIGD_VERDER, &[("naam", naam.into())])) }
            p { a href="/mijn-loket" { (ctx.t(msg::VERTEGENWOORDIGING_MIJN_LOKET)) } }
        },
    )
}

/// The message beside the code after a wrong one.
pub fn code_fout(tr: &Tr, over: i64) -> String {
    if over > 0 {
        tr.ta(
            msg::VERTEGENWOORDIGING_FOUT_CODE,
            &[("aantal", over.into())],
        )
    } else {
        tr.t(msg::VERTEGENWOORDIGING_FOUT_CODE_OP)
    }
}

/// `GET /melding/{id}/machtiging/code`. With `op`, the tries are used up: no form, only the way to ask again.
pub fn code(
    ctx: &Ctx,
    melding: &Melding,
    wacht: &Wacht,
    invoer: &str,
    errors: &FieldErrors,
    op: bool,
) -> Markup {
    let tr = &ctx.tr;
    let naam = wacht.naam.as_str();
    ui::Page::new(
        ctx,
        tr.ta(msg::VERTEGENWOORDIGING_CODE_TITEL, &[("naam", naam.into())]),
    )
    .back(format!("/melding/{}", melding.id), ctx.t(msg::UI_BACK_LINK))
    .errors(errors)
    .render(html! {
        p { (tr.ta(msg::VERTEGENWOORDIGING_CODE_INTRO, &[("naam", naam.into())])) }
        p { (tr.ta(msg::VERTEGENWOORDIGING_CODE_ZEKER, &[("naam", naam.into())])) }
        @if op {
            p { a href=(pad(&melding.id)) { (ctx.t(msg::VERTEGENWOORDIGING_STAAT_OPNIEUW)) } }
        } @else {
            form method="post" action={ (pad(&melding.id)) "/code" } novalidate {
                (ui::Field::new("code", ctx.t(msg::VERTEGENWOORDIGING_CODE_LABEL))
                    .hint(ctx.t(msg::VERTEGENWOORDIGING_CODE_HINT))
                    .value(invoer)
                    .errors(errors)
                    .autocomplete("off")
                    .width(ui::Width::Chars10)
                    .input(tr, ui::InputKind::Text))
                (ui::Button::primary(ctx.t(msg::VERTEGENWOORDIGING_CODE_KNOP)))
            }
        }
    })
}

/// `GET /machtiging/bevestigen/{token}`: who asks, for what, until when, and the two answers.
pub fn bevestigen(ctx: &Ctx, geheim: &str, aanvraag: &Aanvraag) -> Markup {
    let tr = &ctx.tr;
    let helper = aanvraag.aanvrager();
    let rijen = [
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_WIE),
            html! {
                (helper)
                @if helper != aanvraag.aanvrager_email { br; (aanvraag.aanvrager_email) }
            },
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_WAT),
            html! { @for zin in rechten_zinnen(tr, aanvraag.rechten) { (zin) br; } },
        ),
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_TOT),
            tot_zin(tr, aanvraag.geldig_tot),
        ),
    ];
    ui::layout::page(
        ctx,
        &tr.ta(
            msg::VERTEGENWOORDIGING_BEVESTIGEN_TITEL,
            &[("helper", helper.into())],
        ),
        html! {
            p { (begrippen::zin(ctx, msg::VERTEGENWOORDIGING_BEVESTIGEN_INTRO, &[("helper", helper.into())], Begrip::Melding)) }
            p { (tr.ta(msg::VERTEGENWOORDIGING_BEVESTIGEN_VRAAG, &[("helper", helper.into())])) }
            (ui::summary_list(tr, &rijen))
            p { (ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_STOPPEN)) }
            p { (ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_ONBEKEND)) }
            form method="post" action={ "/machtiging/bevestigen/" (geheim) } novalidate {
                (ui::button_group(html! {
                    (ui::Button::primary(ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_JA)).name_value("antwoord", "ja"))
                    (ui::Button::secondary(ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_NEE)).name_value("antwoord", "nee"))
                }))
            }
        },
    )
}

/// A link that was used, ended or expired.
pub fn link_werkt_niet(ctx: &Ctx) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::VERTEGENWOORDIGING_LINK_TITEL),
        html! {
            p { (ctx.t(msg::VERTEGENWOORDIGING_LINK_TEKST)) }
            p { (ctx.t(msg::VERTEGENWOORDIGING_LINK_NIETS)) }
            p { a href="/" { (ctx.t(msg::VERTEGENWOORDIGING_LINK_START)) } }
        },
    )
}

/// `GET /machtiging/beantwoord`.
pub fn beantwoord(ctx: &Ctx, ja: bool) -> Markup {
    let (titel, tekst) = if ja {
        (
            msg::VERTEGENWOORDIGING_BEANTWOORD_JA_TITEL,
            msg::VERTEGENWOORDIGING_BEANTWOORD_JA_TEKST,
        )
    } else {
        (
            msg::VERTEGENWOORDIGING_BEANTWOORD_NEE_TITEL,
            msg::VERTEGENWOORDIGING_BEANTWOORD_NEE_TEKST,
        )
    };
    ui::layout::page(
        ctx,
        &ctx.t(titel),
        html! {
            p { (ctx.t(tekst)) }
            @if ja {
                p { (ctx.t(msg::VERTEGENWOORDIGING_BEANTWOORD_JA_STOPPEN)) }
                p { a href="/inloggen" { (ctx.t(msg::VERTEGENWOORDIGING_BEANTWOORD_INLOGGEN)) } }
            }
        },
    )
}

/// `GET /vertegenwoordiger`: the kind, the person, the proof; and the earlier requests.
pub fn wettelijk(
    ctx: &Ctx,
    invoer: &WettelijkInvoer,
    errors: &FieldErrors,
    eerder: &[Aanvraag],
) -> Markup {
    let tr = &ctx.tr;
    let soorten: Vec<ui::Choice<'_>> = Soort::WETTELIJK
        .iter()
        .map(|s| ui::Choice::new(s.code(), ctx.t(soort_naam(*s))).hint(ctx.t(soort_uitleg(*s))))
        .collect();
    ui::Page::new(ctx, ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_TITEL))
        .back("/mijn-loket", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_INTRO)) }
            p { (ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_CONTROLE)) }
            @if !eerder.is_empty() {
                h2 { (ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_EERDER)) }
                ul.loket-list-plain {
                    @for a in eerder {
                        li {
                            a href={ "/vertegenwoordiger/" (a.id) } { (a.naam.as_deref().unwrap_or_default()) }
                            " (" (ctx.t(soort_naam(a.soort))) ") " (status_tag(ctx, a.status))
                        }
                    }
                }
                h2 { (ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_NIEUW)) }
            }
            form method="post" action="/vertegenwoordiger" enctype="multipart/form-data" novalidate {
                (ui::Field::new("soort", ctx.t(msg::VERTEGENWOORDIGING_SOORT_LABEL))
                    .value(invoer.soort.as_str())
                    .errors(errors)
                    .radios(tr, &soorten))
                (ui::Field::new("naam", ctx.t(msg::VERTEGENWOORDIGING_NAAM_LABEL))
                    .value(invoer.naam.as_str())
                    .errors(errors)
                    .autocomplete("off")
                    .input(tr, ui::InputKind::Text))
                (ui::Field::new("geboren", ctx.t(msg::VERTEGENWOORDIGING_GEBOREN_LABEL))
                    .hint(ctx.t(msg::UI_DATE_BIRTH_HINT))
                    .errors(errors)
                    .date(tr, &invoer.geboren_dag, &invoer.geboren_maand, &invoer.geboren_jaar))
                (ui::Field::new("email", ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_EMAIL_LABEL))
                    .hint(ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_EMAIL_HINT))
                    .value(invoer.email.as_str())
                    .errors(errors)
                    .autocomplete("off")
                    .input(tr, ui::InputKind::Email))
                (ui::Field::new("einde", ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_EINDE_LABEL))
                    .hint(ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_EINDE_HINT))
                    .errors(errors)
                    .date(tr, &invoer.einde_dag, &invoer.einde_maand, &invoer.einde_jaar))
                (ui::Field::new("bestand", ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_BESTAND_LABEL))
                    .hint(ctx.t(msg::VERTEGENWOORDIGING_BESTAND_HINT))
                    .errors(errors)
                    .file(tr, ACCEPT, MAX_MB))
                (ui::Button::primary(ctx.t(msg::VERTEGENWOORDIGING_WETTELIJK_KNOP)))
            }
        })
}

/// `GET /vertegenwoordiger/{id}`: sent; staff check it; what happens next.
pub fn wettelijk_klaar(ctx: &Ctx, a: &Aanvraag) -> Markup {
    let tr = &ctx.tr;
    let naam = a.naam.as_deref().unwrap_or_default();
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_SOORT_LABEL),
            ctx.t(soort_naam(a.soort)),
        ),
        ui::SummaryRow::new(ctx.t(msg::VERTEGENWOORDIGING_NAAM_LABEL), naam.to_owned()),
    ];
    if let Some(geboren) = a.geboortedatum {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::VERTEGENWOORDIGING_GEBOREN_LABEL),
            datum(geboren, ctx.lang()),
        ));
    }
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::VERTEGENWOORDIGING_BEVESTIGEN_TOT),
        tot_zin(tr, a.geldig_tot),
    ));
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::VERTEGENWOORDIGING_STATUS_LABEL),
        status_tag(ctx, a.status),
    ));
    ui::layout::page(
        ctx,
        &ctx.t(msg::VERTEGENWOORDIGING_KLAAR_TITEL),
        html! {
            @match a.status {
                Status::TeControleren => {
                    (ui::panel(&ctx.t(msg::VERTEGENWOORDIGING_KLAAR_PANEEL), html! {
                        (tr.ta(msg::VERTEGENWOORDIGING_KLAAR_ONTVANGEN, &[("naam", naam.into())]))
                    }))
                    h2 { (ctx.t(msg::VERTEGENWOORDIGING_KLAAR_NU_TITEL)) }
                    p { (ctx.t(msg::VERTEGENWOORDIGING_KLAAR_CONTROLE)) }
                    p { (ctx.t(msg::VERTEGENWOORDIGING_KLAAR_MAIL)) }
                    p { (tr.ta(msg::VERTEGENWOORDIGING_KLAAR_DAN, &[("naam", naam.into())])) }
                }
                Status::Afgewezen => {
                    p { (ctx.t(msg::VERTEGENWOORDIGING_STAAT_AFGEWEZEN)) }
                    @if let Some(reden) = &a.afwijs_reden {
                        p { (ctx.t(msg::VERTEGENWOORDIGING_REDEN)) ": " (ui::nederlands(&ctx.tr, reden)) }
                    }
                }
                _ => {}
            }
            p { (ctx.t(msg::VERTEGENWOORDIGING_KLAAR_MAG)) " " (ctx.t(soort_uitleg(a.soort))) }
            (ui::summary_list(tr, &rijen))
            p { a href="/mijn-loket" { (ctx.t(msg::VERTEGENWOORDIGING_MIJN_LOKET)) } }
        },
    )
}
