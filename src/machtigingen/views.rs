//! Pages and mails of machtigingen. Plain Dutch (B1): who may help, with what, until when, and how to stop.

use maud::{Markup, html};

use super::form::{NAAM_MAX, Uitnodiging, UitnodigingForm};
use super::repo::{Actie, Regel};
use crate::auth::Person;
use crate::auth::machtiging::{Rechten, Soort, Status};
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{Tr, datum, msg, tijdstip};
use crate::mail::Email;
use crate::ui;
use crate::ui::paginering::Pagina;

/// The words these pages use, explained at their foot.
const WOORDEN: [Begrip; 3] = [Begrip::Machtiging, Begrip::Melding, Begrip::Mantelzorger];

pub fn soort_naam(tr: &Tr, soort: Soort) -> String {
    tr.t(match soort {
        Soort::Gemachtigde => msg::MACHTIGINGEN_SOORT_GEMACHTIGDE,
        Soort::Clientondersteuner => msg::MACHTIGINGEN_SOORT_CLIENTONDERSTEUNER,
        Soort::Curator => msg::MACHTIGINGEN_SOORT_CURATOR,
        Soort::Mentor => msg::MACHTIGINGEN_SOORT_MENTOR,
        Soort::Bewindvoerder => msg::MACHTIGINGEN_SOORT_BEWINDVOERDER,
        Soort::Voogd => msg::MACHTIGINGEN_SOORT_VOOGD,
        Soort::Ouder => msg::MACHTIGINGEN_SOORT_OUDER,
    })
}

fn status_tag(tr: &Tr, status: Status) -> Markup {
    let (kind, id) = match status {
        Status::Uitgenodigd => (ui::TagKind::Warning, msg::MACHTIGINGEN_STATUS_UITGENODIGD),
        Status::WachtOpInwoner => (ui::TagKind::Warning, msg::MACHTIGINGEN_STATUS_WACHT),
        Status::TeControleren => (ui::TagKind::Warning, msg::MACHTIGINGEN_STATUS_CONTROLE),
        Status::Actief => (ui::TagKind::Success, msg::MACHTIGINGEN_STATUS_ACTIEF),
        Status::Afgewezen => (ui::TagKind::Neutral, msg::MACHTIGINGEN_STATUS_AFGEWEZEN),
        Status::Beeindigd => (ui::TagKind::Neutral, msg::MACHTIGINGEN_STATUS_BEEINDIGD),
    };
    ui::tag(kind, &tr.t(id))
}

/// What the rights allow, one line each.
pub fn rechten_lijst(tr: &Tr, rechten: Rechten) -> Markup {
    html! {
        ul {
            li { (tr.t(msg::MACHTIGINGEN_RECHT_BEKIJKEN)) }
            @if rechten.indienen { li { (tr.t(msg::MACHTIGINGEN_RECHT_INDIENEN)) } }
            @if rechten.post { li { (tr.t(msg::MACHTIGINGEN_RECHT_POST)) } }
        }
    }
}

fn tot_zin(tr: &Tr, m: &Regel) -> String {
    match m.geldig_tot {
        Some(tot) => tr.ta(
            msg::MACHTIGINGEN_TOT,
            &[("datum", datum(tot, tr.lang()).into())],
        ),
        None => tr.t(msg::MACHTIGINGEN_TOT_GEEN),
    }
}

/// One page of the people a helper may act for, as `GET /namens` shows it.
#[derive(Clone, Copy, Debug)]
pub struct Keuze<'a> {
    /// The people on this page: id and name, by name.
    pub mensen: &'a [(String, String)],
    pub pagina: Pagina,
    /// How many people there are, or how many match the search.
    pub aantal: i64,
    /// The search as typed, trimmed; empty for none.
    pub zoek: &'a str,
}

impl Keuze<'_> {
    /// The search is offered for a list longer than a page, and kept while one searches.
    fn zoekbaar(&self) -> bool {
        !self.zoek.is_empty() || self.pagina.aantal(self.aantal) > 1
    }

    /// The page links, which keep the search.
    fn paginering(&self, label: String) -> ui::Paginering<'static> {
        let behoud = vec![("zoek", self.zoek.to_owned())];
        ui::Paginering::geteld("/namens", "pagina", behoud, self.pagina, self.aantal, label)
    }
}

/// `GET /namens`: acting for oneself, the person acted for now (also when on another page), and a page of the
/// others, with a search by name when they do not fit on one page.
pub fn kies(ctx: &Ctx, person: &Person, keuze: &Keuze<'_>) -> Markup {
    let nu = ctx.namens.as_ref().map(|n| n.voor.id.as_str());
    let knop = |voor: &str, label: String, huidig: bool| {
        html! {
            @if huidig {
                p { strong { (ctx.tr.ta(msg::MACHTIGINGEN_NAMENS_NU, &[("naam", label.into())])) } }
            } @else {
                form method="post" action="/namens" {
                    input type="hidden" name="voor" value=(voor);
                    input type="hidden" name="terug" value="/mijn-loket";
                    (ui::Button::secondary(label))
                }
            }
        }
    };
    let namens = |naam: &str| {
        ctx.tr
            .ta(msg::MACHTIGINGEN_NAMENS_VOOR, &[("naam", naam.into())])
    };
    let elders = ctx.namens.as_ref().filter(|n| {
        !keuze
            .mensen
            .iter()
            .any(|(id, _)| id.as_str() == n.voor.id.as_str())
    });
    ui::layout::page(
        ctx,
        &ctx.t(msg::MACHTIGINGEN_NAMENS_TITEL),
        html! {
            p { (ctx.t(msg::MACHTIGINGEN_NAMENS_INTRO)) }
            (knop("", ctx.t(msg::MACHTIGINGEN_NAMENS_ZELF), nu.is_none()))
            @if let Some(n) = elders {
                (knop(n.voor.id.as_str(), namens(n.voor_naam()), true))
            }
            @if keuze.zoekbaar() {
                (zoeken(ctx, keuze.zoek))
            }
            @if keuze.mensen.is_empty() && !keuze.zoek.is_empty() {
                p { (ctx.tr.ta(msg::MACHTIGINGEN_NAMENS_ZOEK_GEEN, &[("zoek", keuze.zoek.into())])) }
            } @else if keuze.mensen.is_empty() {
                p { (ctx.t(msg::MACHTIGINGEN_NAMENS_GEEN)) }
            }
            @for (id, naam) in keuze.mensen {
                (knop(id, namens(naam), nu == Some(id.as_str())))
            }
            (ui::paginering(&ctx.tr, &keuze.paginering(ctx.t(msg::MACHTIGINGEN_NAMENS_PAGINAS))))
            @if person.rol == crate::auth::Rol::Clientondersteuner {
                p { a href="/clienten" { (ctx.t(msg::MACHTIGINGEN_NAMENS_CLIENTEN)) } }
            }
            p { a href="/machtigingen" { (ctx.t(msg::MACHTIGINGEN_NAMENS_BEHEER)) } }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

/// The search by name of `/namens`: a GET form, so that the result has its own address and pages on.
fn zoeken(ctx: &Ctx, zoek: &str) -> Markup {
    html! {
        form method="get" action="/namens" novalidate {
            (ui::Field::new("zoek", ctx.t(msg::MACHTIGINGEN_NAMENS_ZOEK))
                .hint(ctx.t(msg::MACHTIGINGEN_NAMENS_ZOEK_HINT))
                .value(zoek)
                .autocomplete("off")
                .input(&ctx.tr, ui::InputKind::Text))
            (ui::Button::secondary(ctx.t(msg::MACHTIGINGEN_NAMENS_ZOEK_KNOP)))
        }
        @if !zoek.is_empty() {
            p { a href="/namens" { (ctx.t(msg::MACHTIGINGEN_NAMENS_ZOEK_ALLES)) } }
        }
    }
}

fn regel(ctx: &Ctx, m: &Regel, naam: &str) -> Markup {
    html! {
        h3 { a href={ "/machtigingen/" (m.id) } { (naam) } " " (status_tag(&ctx.tr, m.status)) }
        p { (soort_naam(&ctx.tr, m.soort)) ". " (tot_zin(&ctx.tr, m)) }
    }
}

/// One page of the machtigingen a person holds as a helper, newest first, and how many there are.
#[derive(Clone, Copy, Debug)]
pub struct Gekregen<'a> {
    pub regels: &'a [Regel],
    pub pagina: Pagina,
    pub aantal: i64,
}

impl Gekregen<'_> {
    /// The page links: the page has no other parameters to keep.
    fn paginering(&self, label: String) -> ui::Paginering<'static> {
        ui::Paginering::geteld(
            "/machtigingen",
            "pagina",
            Vec::new(),
            self.pagina,
            self.aantal,
            label,
        )
    }
}

/// `GET /machtigingen`: the machtigingen the person gave (whole: a resident gives few), those of the resident
/// they represent, and a page of those they hold.
pub fn overzicht(
    ctx: &Ctx,
    gegeven: &[Regel],
    gekregen: &Gekregen<'_>,
    vertegenwoordigd: &[Regel],
) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::MACHTIGINGEN_OVERZICHT_TITEL),
        html! {
            @if let (Some(namens), true) = (&ctx.namens, vertegenwoordigd.is_empty()) {
                (ui::notification_banner(&ctx.tr, ui::Notice::Info, html! {
                    p { (ctx.tr.ta(msg::MACHTIGINGEN_OVERZICHT_EIGEN, &[("naam", namens.voor_naam().into())])) }
                }))
            }
            p { (ctx.t(msg::MACHTIGINGEN_OVERZICHT_INTRO)) }
            p { (ctx.t(msg::MACHTIGINGEN_OVERZICHT_BESLIST)) }
            p { (ui::Button::primary(ctx.t(msg::MACHTIGINGEN_OVERZICHT_NIEUW)).link("/machtigingen/nieuw")) }
            h2 { (ctx.t(msg::MACHTIGINGEN_OVERZICHT_GEGEVEN)) }
            @if gegeven.is_empty() {
                p { (ctx.t(msg::MACHTIGINGEN_OVERZICHT_GEGEVEN_GEEN)) }
            } @else {
                ul.loket-list-plain { @for m in gegeven { li { (regel(ctx, m, &m.helper)) } } }
            }
            @if let (Some(namens), false) = (&ctx.namens, vertegenwoordigd.is_empty()) {
                h2 { (ctx.tr.ta(msg::MACHTIGINGEN_OVERZICHT_VERTEGENWOORDIGD, &[("naam", namens.voor_naam().into())])) }
                ul.loket-list-plain { @for m in vertegenwoordigd { li { (regel(ctx, m, &m.helper)) } } }
            }
            h2 { (ctx.t(msg::MACHTIGINGEN_OVERZICHT_GEKREGEN)) }
            @if gekregen.regels.is_empty() {
                p { (ctx.t(msg::MACHTIGINGEN_OVERZICHT_GEKREGEN_GEEN)) }
            } @else {
                ul.loket-list-plain { @for m in gekregen.regels { li { (regel(ctx, m, &m.inwoner)) } } }
                (ui::paginering(&ctx.tr, &gekregen.paginering(ctx.t(msg::MACHTIGINGEN_OVERZICHT_GEKREGEN_PAGINAS))))
                p { a href="/namens" { (ctx.t(msg::MACHTIGINGEN_OVERZICHT_WISSELEN)) } }
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

/// `GET /machtigingen/nieuw`, and the form again with its errors.
pub fn nieuw(ctx: &Ctx, input: &UitnodigingForm, errors: &FieldErrors) -> Markup {
    let tr = &ctx.tr;
    let gekozen: Vec<&str> = input.rechten.iter().map(String::as_str).collect();
    ui::layout::Page::new(ctx, ctx.t(msg::MACHTIGINGEN_NIEUW_TITEL))
        .back("/machtigingen", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::MACHTIGINGEN_NIEUW_INTRO)) }
            form method="post" action="/machtigingen/nieuw" novalidate {
                (ui::Field::new("email", ctx.t(msg::MACHTIGINGEN_NIEUW_EMAIL))
                    .hint(ctx.t(msg::MACHTIGINGEN_NIEUW_EMAIL_HINT))
                    .value(&input.email).errors(errors).autocomplete("off")
                    .input(tr, ui::InputKind::Email))
                (ui::Field::new("naam", ctx.t(msg::MACHTIGINGEN_NIEUW_NAAM))
                    .value(&input.naam).errors(errors).autocomplete("off")
                    .input(tr, ui::InputKind::Text))
                (ui::Field::new("rechten", ctx.t(msg::MACHTIGINGEN_NIEUW_RECHTEN))
                    .hint(ctx.t(msg::MACHTIGINGEN_NIEUW_RECHTEN_HINT))
                    .errors(errors)
                    .checkboxes(tr, &[
                        ui::Choice::new("indienen", ctx.t(msg::MACHTIGINGEN_RECHT_INDIENEN)),
                        ui::Choice::new("post", ctx.t(msg::MACHTIGINGEN_RECHT_POST)),
                    ], &gekozen))
                (ui::Field::new("tot", ctx.t(msg::MACHTIGINGEN_NIEUW_TOT))
                    .hint(ctx.t(msg::MACHTIGINGEN_NIEUW_TOT_HINT))
                    .errors(errors)
                    .date(tr, &input.tot_dag, &input.tot_maand, &input.tot_jaar))
                (ui::Field::new("eigen_naam", ctx.t(msg::MACHTIGINGEN_NIEUW_EIGEN_NAAM))
                    .hint(ctx.tr.ta(msg::MACHTIGINGEN_NIEUW_EIGEN_NAAM_HINT, &[("max", (NAAM_MAX as i64).into())]))
                    .value(&input.eigen_naam).errors(errors).autocomplete("name")
                    .input(tr, ui::InputKind::Text))
                p { (ctx.t(msg::MACHTIGINGEN_NIEUW_BESLIST)) }
                (ui::Button::primary(ctx.t(msg::MACHTIGINGEN_NIEUW_KNOP)))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /machtigingen/{id}`.
pub fn detail(
    ctx: &Ctx,
    m: &Regel,
    is_inwoner: bool,
    acties: &[Actie],
    verstuurd: bool,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let lang = ctx.lang();
    let titel = if is_inwoner {
        tr.ta(
            msg::MACHTIGINGEN_DETAIL_TITEL_HELPER,
            &[("naam", m.helper.as_str().into())],
        )
    } else {
        tr.ta(
            msg::MACHTIGINGEN_DETAIL_TITEL_INWONER,
            &[("naam", m.inwoner.as_str().into())],
        )
    };
    let loopt = m.status.is_open() || m.status == Status::Actief;
    ui::layout::Page::new(ctx, titel)
        .back("/machtigingen", ctx.t(msg::MACHTIGINGEN_OVERZICHT_TITEL))
        .errors(errors)
        .render(html! {
            @if verstuurd {
                (ui::notification_banner(tr, ui::Notice::Success, html! {
                    p { (tr.ta(msg::MACHTIGINGEN_DETAIL_VERSTUURD, &[("naam", m.helper.as_str().into())])) }
                }))
            }
            (ui::summary_list(tr, &[
                ui::SummaryRow::new(ctx.t(msg::MACHTIGINGEN_DETAIL_STATUS), status_tag(tr, m.status)),
                ui::SummaryRow::new(ctx.t(msg::MACHTIGINGEN_DETAIL_SOORT), soort_naam(tr, m.soort)),
                ui::SummaryRow::new(ctx.t(msg::MACHTIGINGEN_DETAIL_MAG), rechten_lijst(tr, m.rechten)),
                ui::SummaryRow::new(ctx.t(msg::MACHTIGINGEN_DETAIL_TOT), tot_zin(tr, m)),
                ui::SummaryRow::new(ctx.t(msg::MACHTIGINGEN_DETAIL_SINDS), match m.actief_op {
                    Some(op) => tijdstip(op, lang),
                    None => ctx.t(msg::MACHTIGINGEN_DETAIL_NOG_NIET),
                }),
            ]))
            @if let Some(op) = m.beeindigd_op {
                p { (tr.ta(msg::MACHTIGINGEN_DETAIL_GESTOPT, &[("moment", tijdstip(op, lang).into())])) }
            }
            @if let Some(reden) = &m.afwijs_reden {
                p { (tr.ta(msg::MACHTIGINGEN_DETAIL_AFGEWEZEN, &[("reden", reden.as_str().into())])) }
            }
            p { (ctx.t(msg::MACHTIGINGEN_DETAIL_BESLIST)) }
            @if loopt {
                form method="post" action={ "/machtigingen/" (m.id) "/beeindigen" } novalidate {
                    p { (ctx.t(if is_inwoner { msg::MACHTIGINGEN_DETAIL_STOP_UITLEG } else { msg::MACHTIGINGEN_DETAIL_STOP_UITLEG_HELPER })) }
                    // Asked once more: a stop cannot be undone, only replaced by a new invitation.
                    (ui::Field::new("zeker", ctx.t(msg::MACHTIGINGEN_STOP_ZEKER)).errors(errors).radios(tr, &[
                        ui::Choice::new("ja", ctx.t(msg::MACHTIGINGEN_STOP_JA)),
                        ui::Choice::new("nee", ctx.t(msg::MACHTIGINGEN_STOP_NEE)),
                    ]))
                    (ui::Button::warning(ctx.t(msg::MACHTIGINGEN_DETAIL_STOP)))
                }
            }
            @if is_inwoner && m.helper_id.is_some() {
                h2 { (ctx.t(msg::MACHTIGINGEN_DETAIL_ACTIES)) }
                @if acties.is_empty() {
                    p { (ctx.t(msg::MACHTIGINGEN_DETAIL_ACTIES_GEEN)) }
                } @else {
                    ul.loket-acties {
                        @for a in acties {
                            li {
                                (tijdstip(a.op, lang)) ": "
                                (tr.ta(match a.handeling.as_str() {
                                    "ingediend" => msg::MACHTIGINGEN_ACTIE_INGEDIEND,
                                    "gewijzigd" => msg::MACHTIGINGEN_ACTIE_GEWIJZIGD,
                                    "gedownload" => msg::MACHTIGINGEN_ACTIE_GEDOWNLOAD,
                                    _ => msg::MACHTIGINGEN_ACTIE_BEKEKEN,
                                }, &[
                                    ("referentie", a.referentie.as_deref().unwrap_or_default().into()),
                                    ("wat", a.omschrijving.as_str().into()),
                                ]))
                                " " a href={ "/melding/" (a.melding_id) } { (ctx.t(msg::MACHTIGINGEN_DETAIL_NAAR_MELDING)) }
                            }
                        }
                    }
                }
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        })
}

/// `GET /uitnodiging/{token}`.
pub fn uitnodiging(ctx: &Ctx, m: &Regel, juiste_adres: bool) -> Markup {
    let tr = &ctx.tr;
    ui::layout::page(
        ctx,
        &tr.ta(
            msg::MACHTIGINGEN_UITNODIGING_TITEL,
            &[("naam", m.inwoner.as_str().into())],
        ),
        html! {
            p { (tr.ta(msg::MACHTIGINGEN_UITNODIGING_INTRO, &[("naam", m.inwoner.as_str().into())])) }
            p { (ctx.t(msg::MACHTIGINGEN_UITNODIGING_MAG)) }
            (rechten_lijst(tr, m.rechten))
            p { (tot_zin(tr, m)) }
            p { (ctx.t(msg::MACHTIGINGEN_DETAIL_BESLIST)) }
            @if juiste_adres {
                form method="post" {
                    input type="hidden" name="keuze" value="ja";
                    (ui::Button::primary(ctx.t(msg::MACHTIGINGEN_UITNODIGING_JA)))
                }
                form method="post" {
                    input type="hidden" name="keuze" value="nee";
                    (ui::Button::secondary(ctx.t(msg::MACHTIGINGEN_UITNODIGING_NEE)))
                }
            } @else {
                (ui::notification_banner(tr, ui::Notice::Info, html! {
                    p { (ctx.t(msg::MACHTIGINGEN_UITNODIGING_ANDER_ADRES)) }
                }))
            }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

/// An invitation link that was used, withdrawn or has expired.
pub fn uitnodiging_weg(ctx: &Ctx) -> Markup {
    ui::layout::page(
        ctx,
        &ctx.t(msg::MACHTIGINGEN_UITNODIGING_WEG_TITEL),
        html! {
            p { (ctx.t(msg::MACHTIGINGEN_UITNODIGING_WEG_TEKST)) }
            p { a href="/machtigingen" { (ctx.t(msg::MACHTIGINGEN_OVERZICHT_TITEL)) } }
            (begrippen::uitleg(ctx, &WOORDEN))
        },
    )
}

/// To the invited helper: who asks, what for, until when. The link is a secret.
pub fn mail_uitnodiging(tr: &Tr, to: &str, van: &str, u: &Uitnodiging, link: String) -> Email {
    let mut paragraphs = vec![
        tr.ta(
            msg::MACHTIGINGEN_MAIL_UITNODIGING_INTRO,
            &[("naam", van.into())],
        ),
        tr.t(msg::MACHTIGINGEN_RECHT_BEKIJKEN),
    ];
    if u.rechten.indienen {
        paragraphs.push(tr.t(msg::MACHTIGINGEN_RECHT_INDIENEN));
    }
    if u.rechten.post {
        paragraphs.push(tr.t(msg::MACHTIGINGEN_RECHT_POST));
    }
    paragraphs.push(tr.ta(
        msg::MACHTIGINGEN_TOT,
        &[("datum", datum(u.tot, tr.lang()).into())],
    ));
    Email {
        to: to.to_owned(),
        greeting: Some(tr.t(msg::MACHTIGINGEN_MAIL_AANHEF)),
        subject: tr.ta(
            msg::MACHTIGINGEN_MAIL_UITNODIGING_ONDERWERP,
            &[("naam", van.into())],
        ),
        paragraphs,
        action: Some((tr.t(msg::MACHTIGINGEN_MAIL_UITNODIGING_KNOP), link)),
        after: vec![
            tr.t(msg::MACHTIGINGEN_MAIL_UITNODIGING_ONBEKEND),
            crate::mail::limiet::door_iemand(tr),
        ],
        erase_after_sending: true,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// To the other side when a machtiging ends.
pub fn mail_beeindigd(tr: &Tr, to: &str, door: &str) -> Email {
    Email {
        to: to.to_owned(),
        greeting: Some(tr.t(msg::MACHTIGINGEN_MAIL_AANHEF)),
        subject: tr.t(msg::MACHTIGINGEN_MAIL_BEEINDIGD_ONDERWERP),
        paragraphs: vec![tr.ta(
            msg::MACHTIGINGEN_MAIL_BEEINDIGD_TEKST,
            &[("naam", door.into())],
        )],
        action: None,
        after: Vec::new(),
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// To the resident when the helper answered the invitation.
pub fn mail_antwoord(tr: &Tr, to: &str, helper: &str, ja: bool, base_url: &str) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.t(msg::MACHTIGINGEN_MAIL_ANTWOORD_ONDERWERP),
        paragraphs: vec![tr.ta(
            if ja {
                msg::MACHTIGINGEN_MAIL_ANTWOORD_JA
            } else {
                msg::MACHTIGINGEN_MAIL_ANTWOORD_NEE
            },
            &[("naam", helper.into())],
        )],
        action: Some((
            tr.t(msg::MACHTIGINGEN_MAIL_ANTWOORD_KNOP),
            format!("{base_url}/machtigingen"),
        )),
        after: Vec::new(),
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// A case of someone the person may act for, opened while acting for someone else: the explicit switch.
pub fn wissel_voorstel(ctx: &Ctx, voor: &crate::auth::namens::Inwoner, terug: &str) -> Markup {
    let naam = voor
        .naam
        .as_deref()
        .or(voor.email.as_deref())
        .unwrap_or_default();
    ui::layout::page(
        ctx,
        &ctx.tr
            .ta(msg::MACHTIGINGEN_VOORSTEL_TITEL, &[("naam", naam.into())]),
        html! {
            p { (ctx.tr.ta(msg::MACHTIGINGEN_VOORSTEL_TEKST, &[("naam", naam.into())])) }
            form method="post" action="/namens" {
                input type="hidden" name="voor" value=(voor.id);
                input type="hidden" name="terug" value=(terug);
                (ui::Button::primary(ctx.tr.ta(msg::MACHTIGINGEN_NAMENS_VOOR, &[("naam", naam.into())])))
            }
        },
    )
}
