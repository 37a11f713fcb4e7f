//! The pages of Mijn gegevens: the person's data in groups, with counts and the key facts, and the request
//! for a correction. Plain Dutch (B1); the jargon explained at the bottom.

use maud::{Markup, html};
use time::OffsetDateTime;

use super::form::{ACCOUNT, AccountForm, NAAM_MAX, TEKST_MAX};
use super::repo::{ConceptSoort, Lijst, Machtiging, Overzicht, Toegang};
use crate::auth::{Person, Rol};
use crate::begrippen::{self, Begrip};
use crate::form::{FieldErrors, Invoer};
use crate::http::Ctx;
use crate::i18n::{Lang, datum, msg, tijdstip};
use crate::ui;
use crate::zaken::domain::Fase;
use crate::zaken::kern::{Kern, Regeling};

fn dag(ctx: &Ctx, moment: OffsetDateTime) -> String {
    datum(crate::zaken::dag(moment), ctx.lang())
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

/// A heading with a count, and an id to link to.
fn kop(ctx: &Ctx, id: &str, titel: &str, aantal: i64) -> Markup {
    html! {
        h2 id=(id) { (ctx.tr.ta(titel, &[("aantal", aantal.into())])) }
    }
}

/// Under a list that shows only the newest: how many more there are, and that the download holds them.
fn meer(ctx: &Ctx, aantal: i64) -> Markup {
    html! {
        @if aantal > 0 {
            p { (ctx.tr.ta(msg::MIJN_GEGEVENS_MEER, &[("aantal", aantal.into())])) }
        }
    }
}

/// `GET /mijn-gegevens`.
pub fn pagina(
    ctx: &Ctx,
    person: &Person,
    o: &Overzicht,
    account: &AccountForm,
    errors: &FieldErrors,
    klaar: &str,
) -> Markup {
    let lang = ctx.lang();
    let laatste_download = o.downloads.rijen.first().map(|d| d.op);
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

            (account_blok(ctx, person, o, account, errors))
            (zaken_blok(ctx, o))
            (concepten_blok(ctx, o))
            (documenten_blok(ctx, o))
            (machtigingen_blok(ctx, o))
            (initiatieven_blok(ctx, o))
            (toegang_blok(ctx, &o.toegang))
            (mails_blok(ctx, o))
            (verzoeken_blok(ctx, o))

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
    o: &Overzicht,
    account: &AccountForm,
    errors: &FieldErrors,
) -> Markup {
    let a = &o.account;
    let email = a.email.as_deref().unwrap_or_default();
    let naam = a.naam.as_deref().unwrap_or_default();
    let bsn = crate::auth::bsn::Bsn::parse(a.bsn.as_deref().unwrap_or_default());
    let taal = taal_naam(Lang::from_code(&a.taal).unwrap_or(Lang::Nl));
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
            dag(ctx, a.aangemaakt_op),
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
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::MIJN_GEGEVENS_ACCOUNT_SESSIES),
        ctx.tr.ta(
            msg::MIJN_GEGEVENS_SESSIES_AANTAL,
            &[("aantal", a.sessies.into())],
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
                .radios(&ctx.tr, &Lang::ALL.map(|l| ui::Choice::new(l.code(), ctx.t(taal_naam(l))))))
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

/// The newest cases the person owns, of every scheme: where each stands, and the ways to it and to a
/// correction.
fn zaken_blok(ctx: &Ctx, o: &Overzicht) -> Markup {
    html! {
        (kop(ctx, "zaken", msg::MIJN_GEGEVENS_ZAKEN_TITEL, o.zaken.aantal))
        @if o.zaken.aantal == 0 {
            p { (ctx.t(msg::MIJN_GEGEVENS_ZAKEN_GEEN)) }
        } @else {
            ul.loket-list-plain {
                @for z in &o.zaken.rijen {
                    @let regeling = Regeling::from_code(&z.regeling);
                    li {
                        h3 { (ctx.t(regeling_naam(regeling))) " " (z.referentie) }
                        p { (ctx.tr.ta(msg::MIJN_GEGEVENS_ZAAK_STAND, &[
                            ("datum", dag(ctx, z.ingediend_op).into()),
                            ("fase", ctx.t(fase_naam(&z.fase)).into()),
                            ("aantal", z.stappen.into()),
                        ])) }
                        @if z.plan {
                            p { (ctx.t(msg::MIJN_GEGEVENS_ZAAK_PLAN)) }
                        }
                        ul {
                            li { a href=(zaak_pad(regeling, &z.id)) { (ctx.t(msg::MIJN_GEGEVENS_ZAAK_BEKIJKEN)) } }
                            li { a href={ "/mijn-gegevens/correctie?zaak=" (z.id) } { (ctx.t(msg::MIJN_GEGEVENS_ZAAK_CORRECTIE)) } }
                        }
                    }
                }
            }
            (meer(ctx, o.zaken.meer()))
        }
    }
}

/// What was not sent yet, and what is not a case: drafts, requests for cliëntondersteuning.
fn concepten_blok(ctx: &Ctx, o: &Overzicht) -> Markup {
    html! {
        (kop(ctx, "concepten", msg::MIJN_GEGEVENS_CONCEPTEN_TITEL, o.concepten.aantal))
        @if o.concepten.aantal == 0 {
            p { (ctx.t(msg::MIJN_GEGEVENS_CONCEPTEN_GEEN)) }
        } @else {
            ul {
                @for c in &o.concepten.rijen {
                    @let datum = dag(ctx, c.aangemaakt_op);
                    li { @match c.soort {
                        ConceptSoort::Melding => a href={ "/melding/" (c.id) } { (ctx.tr.ta(msg::MIJN_GEGEVENS_CONCEPT_MELDING, &[("datum", datum.into())])) },
                        ConceptSoort::Blijverslening => a href={ "/blijverslening/" (c.id) } { (ctx.tr.ta(msg::MIJN_GEGEVENS_CONCEPT_BLIJVERSLENING, &[("datum", datum.into())])) },
                        ConceptSoort::Kindpakket => a href={ "/kindpakket/" (c.id) } { (ctx.tr.ta(msg::MIJN_GEGEVENS_CONCEPT_KINDPAKKET, &[("datum", datum.into())])) },
                        ConceptSoort::Clientondersteuning => a href={ "/clientondersteuning/" (c.id) } { (ctx.tr.ta(msg::MIJN_GEGEVENS_CLIENTONDERSTEUNING, &[
                            ("referentie", c.referentie.as_deref().unwrap_or_default().into()),
                            ("datum", datum.into()),
                        ])) },
                    } }
                }
            }
            (meer(ctx, o.concepten.meer()))
        }
    }
}

fn documenten_blok(ctx: &Ctx, o: &Overzicht) -> Markup {
    let (documenten, bewijzen) = (&o.documenten, &o.bewijzen);
    html! {
        (kop(ctx, "documenten", msg::MIJN_GEGEVENS_DOCUMENTEN_TITEL, documenten.aantal + bewijzen.aantal))
        @if documenten.aantal == 0 && bewijzen.aantal == 0 {
            p { (ctx.t(msg::MIJN_GEGEVENS_DOCUMENTEN_GEEN)) }
        } @else {
            p { (ctx.t(msg::MIJN_GEGEVENS_DOCUMENTEN_UITLEG)) }
            ul {
                @for d in &documenten.rijen {
                    li { (d.naam) ", " (dag(ctx, d.op)) }
                }
                @for naam in &bewijzen.rijen {
                    li { (ctx.tr.ta(msg::MIJN_GEGEVENS_BEWIJS, &[("naam", naam.as_str().into())])) }
                }
            }
            (meer(ctx, documenten.meer() + bewijzen.meer()))
        }
    }
}

/// The newest machtigingen of one side, with who the other person is, and how many more there are.
fn machtigingen(ctx: &Ctx, lijst: &Lijst<Machtiging>, regel: &str) -> Markup {
    // The first name or address the portal has that is a real one.
    let wie = |m: &Machtiging| -> String {
        m.wie
            .iter()
            .find(|t| !t.is_empty() && crate::auth::namens::echt_adres(t))
            .cloned()
            .unwrap_or_default()
    };
    html! {
        @if !lijst.rijen.is_empty() {
            ul {
                @for m in &lijst.rijen {
                    li { (ctx.tr.ta(regel, &[
                        ("naam", wie(m).into()),
                        ("datum", dag(ctx, m.aangemaakt_op).into()),
                    ])) }
                }
            }
        }
        (meer(ctx, lijst.meer()))
    }
}

fn machtigingen_blok(ctx: &Ctx, o: &Overzicht) -> Markup {
    html! {
        (kop(ctx, "machtigingen", msg::MIJN_GEGEVENS_MACHTIGINGEN_TITEL, o.gegeven.aantal + o.gekregen.aantal))
        p { (ctx.tr.ta(msg::MIJN_GEGEVENS_MACHTIGINGEN_GEGEVEN, &[("aantal", o.gegeven.aantal.into())])) }
        (machtigingen(ctx, &o.gegeven, msg::MIJN_GEGEVENS_MACHTIGING_AAN))
        p { (ctx.tr.ta(msg::MIJN_GEGEVENS_MACHTIGINGEN_GEKREGEN, &[("aantal", o.gekregen.aantal.into())])) }
        (machtigingen(ctx, &o.gekregen, msg::MIJN_GEGEVENS_MACHTIGING_VAN))
        p { a href="/machtigingen" { (ctx.t(msg::MIJN_GEGEVENS_MACHTIGINGEN_LINK)) } }
    }
}

fn initiatieven_blok(ctx: &Ctx, o: &Overzicht) -> Markup {
    if o.initiatieven.aantal == 0 && o.steun == 0 {
        return html! {};
    }
    html! {
        (kop(ctx, "initiatieven", msg::MIJN_GEGEVENS_INITIATIEVEN_TITEL, o.initiatieven.aantal))
        ul {
            @for i in &o.initiatieven.rijen {
                li { a href={ "/uitdaagrecht/initiatief/" (i.id) } { (i.naam) }
                    ": " (ctx.tr.ta(msg::MIJN_GEGEVENS_VOORSTELLEN, &[("aantal", i.voorstellen.into())])) }
            }
        }
        (meer(ctx, o.initiatieven.meer()))
        p { (ctx.tr.ta(msg::MIJN_GEGEVENS_STEUN, &[("aantal", o.steun.into())])) }
    }
}

/// Who looked at or changed the person's cases, the newest first.
fn toegang_blok(ctx: &Ctx, toegang: &Lijst<Toegang>) -> Markup {
    html! {
        (kop(ctx, "toegang", msg::MIJN_GEGEVENS_TOEGANG_TITEL, toegang.aantal))
        @if toegang.aantal == 0 {
            p { (ctx.t(msg::MIJN_GEGEVENS_TOEGANG_NIEMAND)) }
        } @else {
            ul {
                @for t in &toegang.rijen {
                    @let rol = match t.rol.as_str() {
                        "helper" => msg::MIJN_GEGEVENS_ROL_HELPER,
                        _ => msg::MIJN_GEGEVENS_ROL_MEDEWERKER,
                    };
                    @let naam = t.naam.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| ctx.t(rol));
                    @let referentie = t.referentie.as_deref().unwrap_or_default();
                    @let wanneer = tijdstip(t.op, ctx.lang());
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
            (meer(ctx, toegang.meer()))
        }
    }
}

fn mails_blok(ctx: &Ctx, o: &Overzicht) -> Markup {
    html! {
        (kop(ctx, "mails", msg::MIJN_GEGEVENS_MAILS_TITEL, o.mails.aantal))
        p { (ctx.t(msg::MIJN_GEGEVENS_MAILS_UITLEG)) }
        @if !o.mails.rijen.is_empty() {
            ul {
                @for m in &o.mails.rijen {
                    li { (dag(ctx, m.op)) ": " (m.onderwerp) }
                }
            }
        }
        (meer(ctx, o.mails.meer()))
    }
}

/// What the person did here: downloads, and requests for a correction with where each stands; the newest
/// first.
fn verzoeken_blok(ctx: &Ctx, o: &Overzicht) -> Markup {
    let lang = ctx.lang();
    let (downloads, correcties, buiten_zaak) = (&o.downloads, &o.correcties, &o.buiten_zaak);
    let aantal = downloads.aantal + buiten_zaak.aantal + correcties.aantal;
    html! {
        (kop(ctx, "verzoeken", msg::MIJN_GEGEVENS_VERZOEKEN_TITEL, aantal))
        @if aantal == 0 {
            p { (ctx.t(msg::MIJN_GEGEVENS_VERZOEKEN_GEEN)) }
        } @else {
            ul {
                @for d in &downloads.rijen {
                    li { (ctx.tr.ta(msg::MIJN_GEGEVENS_GEDOWNLOAD, &[
                        ("moment", tijdstip(d.op, lang).into()),
                        ("kb", d.grootte.map_or(0, |b| (b + 1023) / 1024).into()),
                    ])) }
                }
                @for c in correcties.rijen.iter().rev() {
                    li {
                        (ctx.tr.ta(msg::MIJN_GEGEVENS_CORRECTIE_ZAAK, &[
                            ("datum", datum(crate::zaken::dag(c.verzoek.op), lang).into()),
                            ("referentie", c.referentie.as_str().into()),
                        ]))
                        " "
                        (ctx.t(match &c.verzoek.antwoord {
                            Some(a) if a.gecorrigeerd => msg::ZAAK_CORRECTIE_GECORRIGEERD,
                            Some(_) => msg::ZAAK_CORRECTIE_NIET_GECORRIGEERD,
                            None => msg::ZAAK_CORRECTIE_WACHT,
                        }))
                    }
                }
                @for op in &buiten_zaak.rijen {
                    li { (ctx.tr.ta(msg::MIJN_GEGEVENS_CORRECTIE_ACCOUNT, &[("datum", dag(ctx, *op).into())])) }
                }
            }
            (meer(ctx, downloads.meer() + correcties.meer() + buiten_zaak.meer()))
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

/// The name of a language for the choice of the language of one's mail.
fn taal_naam(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => msg::MIJN_GEGEVENS_TAAL_NL,
        Lang::En => msg::MIJN_GEGEVENS_TAAL_EN,
        Lang::Tr => msg::MIJN_GEGEVENS_TAAL_TR,
        Lang::Ar => msg::MIJN_GEGEVENS_TAAL_AR,
        Lang::Pl => msg::MIJN_GEGEVENS_TAAL_PL,
        Lang::Uk => msg::MIJN_GEGEVENS_TAAL_UK,
    }
}
