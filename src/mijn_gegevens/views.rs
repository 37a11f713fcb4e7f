//! The pages of Mijn gegevens: the person's data in groups, with counts and the key facts, and the request
//! for a correction. Plain Dutch (B1); the jargon explained at the bottom.

use maud::{Markup, html};
use serde_json::Value;
use time::OffsetDateTime;

use super::form::{ACCOUNT, AccountForm, NAAM_MAX, TEKST_MAX};
use super::repo::{Gegevens, Rij};
use crate::auth::{Person, Rol};
use crate::begrippen::{self, Begrip};
use crate::form::{FieldErrors, Invoer};
use crate::http::Ctx;
use crate::i18n::{Lang, datum, msg, tijdstip};
use crate::ui;
use crate::zaken::correctie::Verzoek;
use crate::zaken::domain::Fase;
use crate::zaken::kern::{Kern, Regeling};

/// How many entries of a long list the page shows; the download holds them all.
const KORT: usize = 10;

fn tekst<'a>(r: &'a Rij, kolom: &str) -> &'a str {
    r.get(kolom).and_then(Value::as_str).unwrap_or_default()
}

fn moment(r: &Rij, kolom: &str) -> Option<OffsetDateTime> {
    crate::db::parse_ts(tekst(r, kolom))
}

fn dag(ctx: &Ctx, r: &Rij, kolom: &str) -> String {
    moment(r, kolom)
        .map(|m| datum(crate::zaken::dag(m), ctx.lang()))
        .unwrap_or_default()
}

fn regeling_naam(regeling: Option<Regeling>) -> &'static str {
    match regeling {
        Some(Regeling::Wmo) => msg::MIJN_GEGEVENS_REGELING_WMO,
        Some(Regeling::Blijverslening) => msg::MIJN_GEGEVENS_REGELING_BLIJVERSLENING,
        Some(Regeling::Kindpakket) => msg::MIJN_GEGEVENS_REGELING_KINDPAKKET,
        Some(Regeling::Uitdaagrecht) | None => msg::MIJN_GEGEVENS_REGELING_UITDAAGRECHT,
    }
}

/// Where the resident reads a case of this scheme.
fn zaak_pad(regeling: Option<Regeling>, id: &str) -> String {
    match regeling {
        Some(Regeling::Blijverslening) => format!("/blijverslening/{id}"),
        Some(Regeling::Kindpakket) => format!("/kindpakket/{id}"),
        Some(Regeling::Uitdaagrecht) => format!("/uitdaagrecht/voorstel/{id}"),
        Some(Regeling::Wmo) | None => format!("/melding/{id}"),
    }
}

fn fase_naam(code: &str) -> &'static str {
    match Fase::from_code(code) {
        Some(Fase::GesprekGepland) => msg::MIJN_GEGEVENS_FASE_GESPREK_GEPLAND,
        Some(Fase::Onderzocht) => msg::MIJN_GEGEVENS_FASE_ONDERZOCHT,
        Some(Fase::VerslagVerstuurd) => msg::MIJN_GEGEVENS_FASE_VERSLAG_VERSTUURD,
        Some(Fase::AanvraagOntvangen) => msg::MIJN_GEGEVENS_FASE_AANVRAAG_ONTVANGEN,
        Some(Fase::Besloten) => msg::MIJN_GEGEVENS_FASE_BESLOTEN,
        Some(Fase::Gesloten) => msg::MIJN_GEGEVENS_FASE_GESLOTEN,
        Some(Fase::Ontvangen) | None => msg::MIJN_GEGEVENS_FASE_ONTVANGEN,
    }
}

/// The reference of a case, an application or a proposal of the person's by its id; empty for a draft.
fn referentie(g: &Gegevens, id: &str) -> String {
    let voorstellen = g
        .initiatieven
        .iter()
        .filter_map(|i| i.get("voorstellen").and_then(Value::as_array))
        .flatten()
        .filter_map(Value::as_object);
    g.zaken
        .iter()
        .chain(&g.meldingen)
        .chain(&g.blijverslening)
        .chain(&g.kindpakket)
        .chain(voorstellen)
        .find(|r| tekst(r, "id") == id)
        .map(|r| tekst(r, "referentie").to_owned())
        .unwrap_or_default()
}

/// A heading with a count, and an id to link to.
fn kop(ctx: &Ctx, id: &str, titel: &str, aantal: usize) -> Markup {
    html! {
        h2 id=(id) { (ctx.tr.ta(titel, &[("aantal", aantal.into())])) }
    }
}

/// `GET /mijn-gegevens`.
pub fn pagina(
    ctx: &Ctx,
    person: &Person,
    g: &Gegevens,
    correcties: &[(String, Verzoek)],
    account: &AccountForm,
    errors: &FieldErrors,
    klaar: &str,
) -> Markup {
    let lang = ctx.lang();
    let laatste_download = g
        .log
        .iter()
        .rev()
        .find(|r| tekst(r, "soort") == "download")
        .and_then(|r| moment(r, "op"));
    ui::Page::new(ctx, ctx.t(msg::MIJN_GEGEVENS_TITEL))
        .back("/mijn-loket", ctx.t(msg::MIJN_GEGEVENS_TERUG))
        .errors(errors)
        .render(html! {
            @match klaar {
                "account" => (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! { p { (ctx.t(msg::MIJN_GEGEVENS_KLAAR_ACCOUNT)) } })),
                "correctie" => (ui::notification_banner(&ctx.tr, ui::Notice::Success, html! { p { (ctx.t(msg::MIJN_GEGEVENS_KLAAR_CORRECTIE)) } })),
                _ => {}
            }
            p { (ctx.t(msg::MIJN_GEGEVENS_INTRO)) }
            p { (begrippen::zin(ctx, msg::MIJN_GEGEVENS_INTRO_RECHT, &[], Begrip::Avg)) }

            h2 id="download" { (ctx.t(msg::MIJN_GEGEVENS_DOWNLOAD_TITEL)) }
            p { (ctx.t(msg::MIJN_GEGEVENS_DOWNLOAD_UITLEG)) }
            p { (ctx.t(msg::MIJN_GEGEVENS_DOWNLOAD_BEWAREN)) }
            p { a.loket-button href="/mijn-gegevens/download" download { (ctx.t(msg::MIJN_GEGEVENS_DOWNLOAD_KNOP)) } }
            @if let Some(op) = laatste_download {
                p { (ctx.tr.ta(msg::MIJN_GEGEVENS_DOWNLOAD_LAATST, &[("datum", tijdstip(op, lang).into())])) }
            }

            (account_blok(ctx, person, g, account, errors))
            (zaken_blok(ctx, g))
            (concepten_blok(ctx, g))
            (documenten_blok(ctx, g))
            (machtigingen_blok(ctx, g))
            (initiatieven_blok(ctx, g))
            (toegang_blok(ctx, g))
            (mails_blok(ctx, g))
            (verzoeken_blok(ctx, g, correcties))

            h2 { (ctx.t(msg::MIJN_GEGEVENS_KLOPT_NIET_TITEL)) }
            p { (ctx.t(msg::MIJN_GEGEVENS_KLOPT_NIET_UITLEG)) }
            p { a href="/mijn-gegevens/correctie" { (ctx.t(msg::MIJN_GEGEVENS_KLOPT_NIET_LINK)) } }
            (begrippen::uitleg(ctx, &[
                Begrip::Avg,
                Begrip::Melding,
                Begrip::PersoonlijkPlan,
                Begrip::Clientondersteuning,
                Begrip::Blijverslening,
                Begrip::Machtiging,
                Begrip::Bezwaar,
                Begrip::Uitdaagrecht,
            ]))
        })
}

/// The account: what the portal knows, what the person can change here, and how to change the rest.
fn account_blok(
    ctx: &Ctx,
    person: &Person,
    g: &Gegevens,
    account: &AccountForm,
    errors: &FieldErrors,
) -> Markup {
    let a = &g.account;
    let email = tekst(a, "email");
    let naam = tekst(a, "naam");
    let bsn = crate::auth::bsn::Bsn::parse(tekst(a, "bsn"));
    let taal = match Lang::from_code(tekst(a, "taal")) {
        Some(Lang::En) => msg::MIJN_GEGEVENS_TAAL_EN,
        _ => msg::MIJN_GEGEVENS_TAAL_NL,
    };
    let niet_bekend = ctx.t(msg::MIJN_GEGEVENS_NIET_BEKEND);
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::MIJN_GEGEVENS_ACCOUNT_EMAIL),
            if email.is_empty() {
                niet_bekend.clone()
            } else {
                email.to_owned()
            },
        ),
        ui::SummaryRow::new(
            ctx.t(msg::MIJN_GEGEVENS_ACCOUNT_NAAM),
            if naam.is_empty() {
                niet_bekend.clone()
            } else {
                naam.to_owned()
            },
        ),
        ui::SummaryRow::new(ctx.t(msg::MIJN_GEGEVENS_ACCOUNT_TAAL), ctx.t(taal)),
        ui::SummaryRow::new(
            ctx.t(msg::MIJN_GEGEVENS_ACCOUNT_SINDS),
            dag(ctx, a, "aangemaakt_op"),
        ),
    ];
    // The BSN is never shown in full on a page.
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::MIJN_GEGEVENS_ACCOUNT_BSN),
        match &bsn {
            Some(bsn) => ctx.tr.ta(
                msg::MIJN_GEGEVENS_BSN_BEKEND,
                &[("bsn", bsn.gemaskeerd().into())],
            ),
            None => niet_bekend.clone(),
        },
    ));
    let sessies = a
        .get("sessies")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::MIJN_GEGEVENS_ACCOUNT_SESSIES),
        ctx.tr.ta(
            msg::MIJN_GEGEVENS_SESSIES_AANTAL,
            &[("aantal", sessies.into())],
        ),
    ));
    let inwoner = person.rol == Rol::Inwoner;
    html! {
        h2 id="account" { (ctx.t(msg::MIJN_GEGEVENS_ACCOUNT_TITEL)) }
        (ui::summary_list(&ctx.tr, &rijen))
        h3 { (ctx.t(msg::MIJN_GEGEVENS_ZELF_TITEL)) }
        form method="post" action="/mijn-gegevens" novalidate {
            @if inwoner {
                (ui::Field::new("naam", ctx.t(msg::MIJN_GEGEVENS_ZELF_NAAM))
                    .hint(ctx.tr.ta(msg::MIJN_GEGEVENS_ZELF_NAAM_HINT, &[("aantal", NAAM_MAX.into())]))
                    .value(account.naam.as_str())
                    .autocomplete("name")
                    .errors(errors)
                    .input(&ctx.tr, ui::InputKind::Text))
            }
            (ui::Field::new("taal", ctx.t(msg::MIJN_GEGEVENS_ZELF_TAAL))
                .value(account.taal.as_str())
                .errors(errors)
                .radios(&ctx.tr, &[
                    ui::Choice::new("nl", ctx.t(msg::MIJN_GEGEVENS_TAAL_NL)),
                    ui::Choice::new("en", ctx.t(msg::MIJN_GEGEVENS_TAAL_EN)),
                ]))
            (ui::Button::primary(ctx.t(msg::MIJN_GEGEVENS_ZELF_KNOP)))
        }
        @if email.is_empty() {
            p { a href="/inloggen/adres" { (ctx.t(msg::MIJN_GEGEVENS_ADRES_OPGEVEN)) } }
        } @else {
            p { (ctx.tr.ta(msg::MIJN_GEGEVENS_ADRES_WIJZIGEN, &[
                ("telefoon", ctx.app.gemeente.contact.telefoon.as_str().into()),
                ("email", ctx.app.gemeente.contact.email.as_str().into()),
            ])) }
        }
    }
}

/// The cases the person owns, of every scheme: where each stands, and the ways to it and to a correction.
fn zaken_blok(ctx: &Ctx, g: &Gegevens) -> Markup {
    let plan = |id: &str| {
        g.plannen
            .iter()
            .any(|p| tekst(p, "melding_id") == id && tekst(p, "status") == "ingeleverd")
    };
    html! {
        (kop(ctx, "zaken", msg::MIJN_GEGEVENS_ZAKEN_TITEL, g.zaken.len()))
        @if g.zaken.is_empty() {
            p { (ctx.t(msg::MIJN_GEGEVENS_ZAKEN_GEEN)) }
        } @else {
            ul.loket-list-plain {
                @for z in &g.zaken {
                    @let id = tekst(z, "id");
                    @let regeling = Regeling::from_code(tekst(z, "regeling"));
                    @let stappen = z.get("stappen").and_then(Value::as_array).map_or(0, Vec::len);
                    li {
                        h3 { (ctx.t(regeling_naam(regeling))) " " (tekst(z, "referentie")) }
                        p { (ctx.tr.ta(msg::MIJN_GEGEVENS_ZAAK_STAND, &[
                            ("datum", dag(ctx, z, "ingediend_op").into()),
                            ("fase", ctx.t(fase_naam(tekst(z, "fase"))).into()),
                            ("aantal", stappen.into()),
                        ])) }
                        @if plan(id) {
                            p { (ctx.t(msg::MIJN_GEGEVENS_ZAAK_PLAN)) }
                        }
                        ul {
                            li { a href=(zaak_pad(regeling, id)) { (ctx.t(msg::MIJN_GEGEVENS_ZAAK_BEKIJKEN)) } }
                            li { a href={ "/mijn-gegevens/correctie?zaak=" (id) } { (ctx.t(msg::MIJN_GEGEVENS_ZAAK_CORRECTIE)) } }
                        }
                    }
                }
            }
        }
    }
}

/// What was not sent yet, and what is not a case: drafts, requests for cliëntondersteuning.
fn concepten_blok(ctx: &Ctx, g: &Gegevens) -> Markup {
    let meldingen: Vec<&Rij> = g
        .meldingen
        .iter()
        .filter(|m| tekst(m, "status") == "concept")
        .collect();
    let leningen: Vec<&Rij> = g
        .blijverslening
        .iter()
        .filter(|a| tekst(a, "status") == "concept")
        .collect();
    let pakketten: Vec<&Rij> = g
        .kindpakket
        .iter()
        .filter(|a| tekst(a, "status") == "concept")
        .collect();
    let aantal = meldingen.len() + leningen.len() + pakketten.len() + g.clientondersteuning.len();
    html! {
        (kop(ctx, "concepten", msg::MIJN_GEGEVENS_CONCEPTEN_TITEL, aantal))
        @if aantal == 0 {
            p { (ctx.t(msg::MIJN_GEGEVENS_CONCEPTEN_GEEN)) }
        } @else {
            ul {
                @for m in &meldingen {
                    li { a href={ "/melding/" (tekst(m, "id")) } { (ctx.tr.ta(msg::MIJN_GEGEVENS_CONCEPT_MELDING, &[("datum", dag(ctx, m, "aangemaakt_op").into())])) } }
                }
                @for a in &leningen {
                    li { a href={ "/blijverslening/" (tekst(a, "id")) } { (ctx.tr.ta(msg::MIJN_GEGEVENS_CONCEPT_BLIJVERSLENING, &[("datum", dag(ctx, a, "aangemaakt_op").into())])) } }
                }
                @for a in &pakketten {
                    li { a href={ "/kindpakket/" (tekst(a, "id")) } { (ctx.tr.ta(msg::MIJN_GEGEVENS_CONCEPT_KINDPAKKET, &[("datum", dag(ctx, a, "aangemaakt_op").into())])) } }
                }
                @for v in &g.clientondersteuning {
                    li { a href={ "/clientondersteuning/" (tekst(v, "id")) } { (ctx.tr.ta(msg::MIJN_GEGEVENS_CLIENTONDERSTEUNING, &[
                        ("referentie", tekst(v, "referentie").into()),
                        ("datum", dag(ctx, v, "aangemaakt_op").into()),
                    ])) } }
                }
            }
        }
    }
}

fn documenten_blok(ctx: &Ctx, g: &Gegevens) -> Markup {
    html! {
        (kop(ctx, "documenten", msg::MIJN_GEGEVENS_DOCUMENTEN_TITEL, g.documenten.len() + g.bewijzen.len()))
        @if g.documenten.is_empty() && g.bewijzen.is_empty() {
            p { (ctx.t(msg::MIJN_GEGEVENS_DOCUMENTEN_GEEN)) }
        } @else {
            p { (ctx.t(msg::MIJN_GEGEVENS_DOCUMENTEN_UITLEG)) }
            ul {
                @for d in g.documenten.iter().rev().take(KORT) {
                    li { (tekst(d, "naam")) ", " (dag(ctx, d, "op")) }
                }
                @for b in &g.bewijzen {
                    li { (ctx.tr.ta(msg::MIJN_GEGEVENS_BEWIJS, &[("naam", tekst(b, "naam").into())])) }
                }
            }
            @if g.documenten.len() > KORT {
                p { (ctx.tr.ta(msg::MIJN_GEGEVENS_MEER, &[("aantal", (g.documenten.len() - KORT).into())])) }
            }
        }
    }
}

fn machtigingen_blok(ctx: &Ctx, g: &Gegevens) -> Markup {
    let wie = |m: &Rij, kolommen: &[&str]| -> String {
        kolommen
            .iter()
            .map(|k| tekst(m, k))
            .find(|t| !t.is_empty() && crate::auth::namens::echt_adres(t))
            .unwrap_or_default()
            .to_owned()
    };
    html! {
        (kop(ctx, "machtigingen", msg::MIJN_GEGEVENS_MACHTIGINGEN_TITEL, g.gegeven.len() + g.gekregen.len()))
        p { (ctx.tr.ta(msg::MIJN_GEGEVENS_MACHTIGINGEN_GEGEVEN, &[("aantal", g.gegeven.len().into())])) }
        @if !g.gegeven.is_empty() {
            ul {
                @for m in &g.gegeven {
                    li { (ctx.tr.ta(msg::MIJN_GEGEVENS_MACHTIGING_AAN, &[
                        ("naam", wie(m, &["helper_naam", "naam", "helper_email", "email"]).into()),
                        ("datum", dag(ctx, m, "aangemaakt_op").into()),
                    ])) }
                }
            }
        }
        p { (ctx.tr.ta(msg::MIJN_GEGEVENS_MACHTIGINGEN_GEKREGEN, &[("aantal", g.gekregen.len().into())])) }
        @if !g.gekregen.is_empty() {
            ul {
                @for m in &g.gekregen {
                    li { (ctx.tr.ta(msg::MIJN_GEGEVENS_MACHTIGING_VAN, &[
                        ("naam", wie(m, &["inwoner_naam", "naam", "email"]).into()),
                        ("datum", dag(ctx, m, "aangemaakt_op").into()),
                    ])) }
                }
            }
        }
        p { a href="/machtigingen" { (ctx.t(msg::MIJN_GEGEVENS_MACHTIGINGEN_LINK)) } }
    }
}

fn initiatieven_blok(ctx: &Ctx, g: &Gegevens) -> Markup {
    if g.initiatieven.is_empty() && g.steun.is_empty() {
        return html! {};
    }
    html! {
        (kop(ctx, "initiatieven", msg::MIJN_GEGEVENS_INITIATIEVEN_TITEL, g.initiatieven.len()))
        ul {
            @for i in &g.initiatieven {
                @let voorstellen = i.get("voorstellen").and_then(Value::as_array).map_or(0, Vec::len);
                li { a href={ "/uitdaagrecht/initiatief/" (tekst(i, "id")) } { (tekst(i, "naam")) }
                    ": " (ctx.tr.ta(msg::MIJN_GEGEVENS_VOORSTELLEN, &[("aantal", voorstellen.into())])) }
            }
        }
        p { (ctx.tr.ta(msg::MIJN_GEGEVENS_STEUN, &[("aantal", g.steun.len().into())])) }
    }
}

/// Who looked at or changed the person's cases, the newest first.
fn toegang_blok(ctx: &Ctx, g: &Gegevens) -> Markup {
    html! {
        (kop(ctx, "toegang", msg::MIJN_GEGEVENS_TOEGANG_TITEL, g.toegangslog.len()))
        @if g.toegangslog.is_empty() {
            p { (ctx.t(msg::MIJN_GEGEVENS_TOEGANG_NIEMAND)) }
        } @else {
            ul {
                @for t in g.toegangslog.iter().take(KORT) {
                    @let rol = match tekst(t, "rol") {
                        "helper" => msg::MIJN_GEGEVENS_ROL_HELPER,
                        _ => msg::MIJN_GEGEVENS_ROL_MEDEWERKER,
                    };
                    @let naam = Some(tekst(t, "naam")).filter(|n| !n.is_empty()).map_or_else(|| ctx.t(rol), str::to_owned);
                    @let referentie = referentie(g, tekst(t, "zaak_id"));
                    @let wanneer = moment(t, "op").map(|m| tijdstip(m, ctx.lang())).unwrap_or_default();
                    li { @if referentie.is_empty() {
                        (ctx.tr.ta(msg::MIJN_GEGEVENS_TOEGANG_REGEL_KORT, &[("moment", wanneer.into()), ("naam", naam.into())]))
                    } @else {
                        (ctx.tr.ta(msg::MIJN_GEGEVENS_TOEGANG_REGEL, &[
                            ("moment", wanneer.into()),
                            ("naam", naam.into()),
                            ("referentie", referentie.into()),
                        ]))
                    } }
                }
            }
            @if g.toegangslog.len() > KORT {
                p { (ctx.tr.ta(msg::MIJN_GEGEVENS_MEER, &[("aantal", (g.toegangslog.len() - KORT).into())])) }
            }
        }
    }
}

fn mails_blok(ctx: &Ctx, g: &Gegevens) -> Markup {
    html! {
        (kop(ctx, "mails", msg::MIJN_GEGEVENS_MAILS_TITEL, g.mails.len()))
        p { (ctx.t(msg::MIJN_GEGEVENS_MAILS_UITLEG)) }
        @if !g.mails.is_empty() {
            ul {
                @for m in g.mails.iter().rev().take(KORT) {
                    li { (dag(ctx, m, "created_at")) ": " (tekst(m, "subject")) }
                }
            }
        }
    }
}

/// What the person did here: downloads, and requests for a correction with where each stands.
fn verzoeken_blok(ctx: &Ctx, g: &Gegevens, correcties: &[(String, Verzoek)]) -> Markup {
    let lang = ctx.lang();
    let downloads: Vec<&Rij> = g
        .log
        .iter()
        .filter(|r| tekst(r, "soort") == "download")
        .collect();
    let buiten_zaak: Vec<&Rij> = g
        .log
        .iter()
        .filter(|r| tekst(r, "soort") == "correctie" && r.get("zaak_id").is_none_or(Value::is_null))
        .collect();
    html! {
        (kop(ctx, "verzoeken", msg::MIJN_GEGEVENS_VERZOEKEN_TITEL, downloads.len() + buiten_zaak.len() + correcties.len()))
        @if downloads.is_empty() && buiten_zaak.is_empty() && correcties.is_empty() {
            p { (ctx.t(msg::MIJN_GEGEVENS_VERZOEKEN_GEEN)) }
        } @else {
            ul {
                @for d in downloads.iter().rev().take(KORT) {
                    li { (ctx.tr.ta(msg::MIJN_GEGEVENS_GEDOWNLOAD, &[
                        ("moment", moment(d, "op").map(|m| tijdstip(m, lang)).unwrap_or_default().into()),
                        ("kb", d.get("grootte").and_then(Value::as_i64).map_or(0, |b| (b + 1023) / 1024).into()),
                    ])) }
                }
                @for (zaak, v) in correcties.iter().rev() {
                    li {
                        (ctx.tr.ta(msg::MIJN_GEGEVENS_CORRECTIE_ZAAK, &[
                            ("datum", datum(crate::zaken::dag(v.op), lang).into()),
                            ("referentie", referentie(g, zaak).into()),
                        ]))
                        " "
                        (ctx.t(match &v.antwoord {
                            Some(a) if a.gecorrigeerd => msg::ZAAK_CORRECTIE_GECORRIGEERD,
                            Some(_) => msg::ZAAK_CORRECTIE_NIET_GECORRIGEERD,
                            None => msg::ZAAK_CORRECTIE_WACHT,
                        }))
                    }
                }
                @for c in buiten_zaak.iter().rev() {
                    li { (ctx.tr.ta(msg::MIJN_GEGEVENS_CORRECTIE_ACCOUNT, &[("datum", dag(ctx, c, "op").into())])) }
                }
            }
        }
    }
}

/// `GET /mijn-gegevens/correctie`: which data, what is wrong, what it should be.
pub fn correctie(ctx: &Ctx, zaken: &[Kern], invoer: &Invoer, errors: &FieldErrors) -> Markup {
    let namen: Vec<String> = zaken
        .iter()
        .map(|z| {
            format!(
                "{} {}",
                ctx.t(regeling_naam(Some(z.regeling))),
                z.referentie
            )
        })
        .collect();
    let mut keuzes: Vec<ui::Choice<'_>> = zaken
        .iter()
        .zip(&namen)
        .map(|(z, naam)| ui::Choice::new(z.id.as_str(), naam.clone()))
        .collect();
    keuzes.push(
        ui::Choice::new(ACCOUNT, ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_OVER_ACCOUNT))
            .hint(ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_OVER_ACCOUNT_HINT)),
    );
    ui::Page::new(ctx, ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_TITEL))
        .back("/mijn-gegevens", ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_TERUG))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_INTRO)) }
            p { (ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_ZELF)) }
            form method="post" action="/mijn-gegevens/correctie" novalidate {
                input type="hidden" name="sleutel" value=(invoer.get("sleutel"));
                (ui::Field::new("over", ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_OVER))
                    .value(invoer.get("over"))
                    .errors(errors)
                    .radios(&ctx.tr, &keuzes))
                (ui::Field::new("wat", ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_WAT))
                    .hint(ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_WAT_HINT))
                    .value(invoer.get("wat"))
                    .errors(errors)
                    .textarea(&ctx.tr, 4, Some(TEKST_MAX as u32)))
                (ui::Field::new("moet_zijn", ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_MOET_ZIJN))
                    .hint(ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_MOET_ZIJN_HINT))
                    .value(invoer.get("moet_zijn"))
                    .errors(errors)
                    .textarea(&ctx.tr, 3, Some(TEKST_MAX as u32)))
                (ui::Button::primary(ctx.t(msg::MIJN_GEGEVENS_CORRECTIE_KNOP)))
            }
            (begrippen::uitleg(ctx, &[Begrip::Avg, Begrip::Melding, Begrip::Blijverslening]))
        })
}
