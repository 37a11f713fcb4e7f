//! The cliëntondersteuner's dashboard, the mail to a resident whose request was taken, and the beheerder's
//! pages. Plain Dutch (B1) for the helper; the beheer pages follow the back office.

use maud::{Markup, html};

use super::domain::Client;
use super::form::AccountForm;
use super::repo::{Account, MijnVerzoek, OpenVerzoek};
use crate::begrippen::{self, Begrip};
use crate::dossier::{fase_naam, volgende_zin_over};
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{Tr, datum, msg};
use crate::mail::Email;
use crate::ui;

/// Where the dashboard's forms to act for a client go ([`crate::auth::namens`] decides whether it holds).
const NAMENS: &str = "/namens";

/// What the helper just did, shown once after the redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Klaar {
    Opgepakt,
    AlOpgepakt,
}

impl Klaar {
    pub fn code(self) -> &'static str {
        match self {
            Klaar::Opgepakt => "opgepakt",
            Klaar::AlOpgepakt => "al-opgepakt",
        }
    }

    pub fn from_code(code: &str) -> Option<Klaar> {
        [Klaar::Opgepakt, Klaar::AlOpgepakt]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

/// A button that switches for whom the helper acts, then opens `terug`.
fn namens_knop(voor: &str, terug: &str, label: String) -> Markup {
    html! {
        form.loket-inline-form method="post" action=(NAMENS) {
            input type="hidden" name="voor" value=(voor);
            input type="hidden" name="terug" value=(terug);
            (ui::Button::secondary(label))
        }
    }
}

/// The three parts of the dashboard, each a page of its own: one short list per page, also for a
/// cliëntondersteuner with hundreds of clients and requests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Onderdeel {
    /// `/clienten`: the clients with their cases, the nearest deadline first.
    Clienten,
    /// `/clienten/verzoeken`: the requests this cliëntondersteuner helps with.
    Mijn,
    /// `/clienten/open`: the open requests of the organisation.
    Open,
}

impl Onderdeel {
    const ALLE: [Onderdeel; 3] = [Onderdeel::Clienten, Onderdeel::Mijn, Onderdeel::Open];

    pub fn pad(self) -> &'static str {
        match self {
            Onderdeel::Clienten => "/clienten",
            Onderdeel::Mijn => "/clienten/verzoeken",
            Onderdeel::Open => "/clienten/open",
        }
    }

    fn naam(self) -> &'static str {
        match self {
            Onderdeel::Clienten => msg::CLIENTONDERSTEUNERS_DASHBOARD_CLIENTEN_TITEL,
            Onderdeel::Mijn => msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_TITEL,
            Onderdeel::Open => msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEKEN_TITEL,
        }
    }
}

/// One list of the dashboard: its rows on this page and the links to the other pages.
pub struct Lijst<'a, T> {
    pub rijen: &'a [T],
    pub paginering: ui::Paginering<'static>,
}

/// A part of the dashboard: what the helper just did, the links to the three parts, the list, and the words
/// explained.
fn onderdeel(
    ctx: &Ctx,
    huidig: Onderdeel,
    titel: String,
    klaar: Option<Klaar>,
    inhoud: Markup,
) -> Markup {
    let tr = &ctx.tr;
    ui::Page::new(ctx, titel).wide().render(html! {
        @match klaar {
            Some(Klaar::Opgepakt) => (ui::notification_banner(tr, ui::Notice::Success,
                html! { p { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_OPGEPAKT)) } })),
            Some(Klaar::AlOpgepakt) => (ui::notification_banner(tr, ui::Notice::Info,
                html! { p { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_AL_OPGEPAKT)) } })),
            None => {}
        }
        nav.loket-onderdelen aria-label=(ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_ONDERDELEN)) {
            ul {
                @for o in Onderdeel::ALLE {
                    li { a href=(o.pad()) aria-current=[(o == huidig).then_some("page")] { (ctx.t(o.naam())) } }
                }
            }
        }
        (inhoud)
        (begrippen::uitleg(ctx, &[Begrip::Machtiging, Begrip::Melding, Begrip::Clientondersteuning]))
    })
}

/// `GET /clienten`: who this cliëntondersteuner is for, then the clients with their cases, the nearest deadline
/// first.
pub fn dashboard(
    ctx: &Ctx,
    organisatie: &str,
    clienten: Lijst<'_, Client>,
    klaar: Option<Klaar>,
) -> Markup {
    let tr = &ctx.tr;
    let inhoud = html! {
        p { (tr.ta(msg::CLIENTONDERSTEUNERS_DASHBOARD_INTRO, &[("organisatie", organisatie.into())])) }
        p { (begrippen::zin(ctx, msg::CLIENTONDERSTEUNERS_DASHBOARD_UITLEG, &[], Begrip::Machtiging)) }
        // A cliëntondersteuner never decides (Beleidsregels Wmo Het Hogeland 2023, §3.7.1).
        p { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_BESLIST)) }
        h2 { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_CLIENTEN_TITEL)) }
        @if clienten.rijen.is_empty() {
            p { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_GEEN_CLIENTEN)) }
        }
        @for client in clienten.rijen {
            div.loket-client {
                h3 { (client.naam) }
                (namens_knop(&client.id, "/mijn-loket",
                    tr.ta(msg::CLIENTONDERSTEUNERS_DASHBOARD_WERK_NAMENS, &[("naam", client.naam.as_str().into())])))
                @if client.zaken.is_empty() {
                    p { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_GEEN_MELDING)) }
                } @else {
                    (zaken(ctx, client))
                }
            }
        }
        (ui::paginering(tr, &clienten.paginering))
    };
    onderdeel(
        ctx,
        Onderdeel::Clienten,
        ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_TITEL),
        klaar,
        inhoud,
    )
}

/// `GET /clienten/verzoeken`: the requests this cliëntondersteuner took or was given, the newest first.
pub fn mijn_verzoeken(ctx: &Ctx, mijn: Lijst<'_, MijnVerzoek>, klaar: Option<Klaar>) -> Markup {
    let inhoud = html! {
        @if mijn.rijen.is_empty() {
            p { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_GEEN)) }
        }
        @for verzoek in mijn.rijen {
            (mijn_verzoek(ctx, verzoek))
        }
        (ui::paginering(&ctx.tr, &mijn.paginering))
    };
    onderdeel(
        ctx,
        Onderdeel::Mijn,
        ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_TITEL),
        klaar,
        inhoud,
    )
}

/// `GET /clienten/open`: the organisation's open requests, the oldest first, each with a button to take it.
pub fn open_verzoeken(
    ctx: &Ctx,
    organisatie: &str,
    verzoeken: Lijst<'_, OpenVerzoek>,
    klaar: Option<Klaar>,
) -> Markup {
    let tr = &ctx.tr;
    let inhoud = html! {
        p { (tr.ta(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEKEN_INTRO, &[("organisatie", organisatie.into())])) }
        @if verzoeken.rijen.is_empty() {
            p { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_GEEN_VERZOEKEN)) }
        }
        @for verzoek in verzoeken.rijen {
            (verzoek_blok(ctx, verzoek))
        }
        (ui::paginering(tr, &verzoeken.paginering))
    };
    onderdeel(
        ctx,
        Onderdeel::Open,
        ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEKEN_TITEL),
        klaar,
        inhoud,
    )
}

fn zaken(ctx: &Ctx, client: &Client) -> Markup {
    let tr = &ctx.tr;
    html! {
        table.loket-table {
            caption { (tr.ta(msg::CLIENTONDERSTEUNERS_DASHBOARD_CAPTION, &[("naam", client.naam.as_str().into())])) }
            thead {
                tr {
                    th scope="col" { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_KOLOM_MELDING)) }
                    th scope="col" { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_KOLOM_FASE)) }
                    th scope="col" { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_KOLOM_VOLGENDE)) }
                    th scope="col" { (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_KOLOM_ACTIE)) }
                }
            }
            tbody {
                @for zaak in &client.zaken {
                    tr {
                        th scope="row" { (zaak.referentie) }
                        td { (ctx.t(fase_naam(zaak.fase))) }
                        td {
                            @match zaak.volgende {
                                // About the client, for the one who reads it.
                                Some(volgende) => (volgende_zin_over(ctx, volgende, Some(&client.naam))),
                                None => (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_NIETS)),
                            }
                        }
                        td {
                            (namens_knop(&client.id, &format!("/melding/{}", zaak.melding_id),
                                tr.ta(msg::CLIENTONDERSTEUNERS_DASHBOARD_DOSSIER, &[("referentie", zaak.referentie.as_str().into())])))
                        }
                    }
                }
            }
        }
    }
}

fn verzoek_blok(ctx: &Ctx, verzoek: &OpenVerzoek) -> Markup {
    let tr = &ctx.tr;
    let op = crate::clock::amsterdam(verzoek.aangemaakt_op).date();
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_DATUM),
            datum(op, ctx.lang()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_VOOR),
            verzoek
                .ander_naam
                .clone()
                .unwrap_or_else(|| ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_ZELF)),
        ),
    ];
    if let Some(telefoon) = &verzoek.telefoon {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_TELEFOON),
            telefoon.clone(),
        ));
    }
    if let Some(email) = &verzoek.email {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_EMAIL),
            email.clone(),
        ));
    }
    if let Some(notitie) = &verzoek.notitie {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_NOTITIE),
            notitie.clone(),
        ));
    }
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_DOSSIER),
        ctx.t(if verzoek.dossier_inzien {
            msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_DOSSIER_JA
        } else {
            msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_DOSSIER_NEE
        }),
    ));
    let welke = tr.ta(
        msg::CLIENTONDERSTEUNERS_DASHBOARD_OPPAKKEN_WELKE,
        &[("referentie", verzoek.referentie.as_str().into())],
    );
    html! {
        div.loket-verzoek {
            h2 { (tr.ta(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_TITEL, &[("referentie", verzoek.referentie.as_str().into())])) }
            (ui::summary_list(tr, &rijen))
            form method="post" action={ "/clienten/verzoek/" (verzoek.id) "/oppakken" } {
                // The visible word first, the request after it for screen readers (WCAG 2.5.3).
                button.loket-button type="submit" {
                    (ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_OPPAKKEN))
                    span.visually-hidden { " " (welke) }
                }
            }
        }
    }
}

/// A request this cliëntondersteuner helps with: for whom, how to reach them, what they wrote, since when, and
/// whether they may see the dossier.
fn mijn_verzoek(ctx: &Ctx, verzoek: &MijnVerzoek) -> Markup {
    let tr = &ctx.tr;
    let status = match verzoek.sinds {
        Some((op, gekozen)) => tr.ta(
            if gekozen {
                msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_GEKOZEN
            } else {
                msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_OPGEPAKT
            },
            &[(
                "datum",
                datum(crate::clock::amsterdam(op).date(), ctx.lang()).into(),
            )],
        ),
        None => ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_HELPT),
    };
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_VOOR),
            verzoek.naam.clone().unwrap_or_else(|| "-".to_owned()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_STATUS),
            status,
        ),
    ];
    if let Some(telefoon) = &verzoek.telefoon {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_TELEFOON),
            html! { a href={ "tel:" (telefoon.replace([' ', '-', '(', ')'], "")) } { (telefoon) } },
        ));
    }
    if let Some(email) = &verzoek.email {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_EMAIL),
            html! { a href={ "mailto:" (email) } { (email) } },
        ));
    }
    if let Some(notitie) = &verzoek.notitie {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_NOTITIE),
            notitie.clone(),
        ));
    }
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_DOSSIER),
        ctx.t(if verzoek.dossier_inzien {
            msg::CLIENTONDERSTEUNERS_DASHBOARD_MIJN_DOSSIER_JA
        } else {
            msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_DOSSIER_NEE
        }),
    ));
    html! {
        div.loket-mijn-verzoek {
            h2 { (tr.ta(msg::CLIENTONDERSTEUNERS_DASHBOARD_VERZOEK_TITEL, &[("referentie", verzoek.referentie.as_str().into())])) }
            (ui::summary_list(tr, &rijen))
        }
    }
}

/// The mail to the resident whose request was taken, in their language: who helps them and, when they let the
/// helper see their dossier, that they see and end that machtiging under Machtigingen (`url`); otherwise `url`
/// is their request. No health details and nothing they wrote.
pub fn mail_inwoner(
    tr: &Tr,
    to: &str,
    naam: &str,
    organisatie: &str,
    referentie: &str,
    dossier: bool,
    url: String,
) -> Email {
    let mut paragraphs = vec![
        tr.ta(
            msg::CLIENTONDERSTEUNERS_MAIL_HELPT,
            &[
                ("naam", naam.into()),
                ("organisatie", organisatie.into()),
                ("referentie", referentie.into()),
            ],
        ),
        tr.ta(
            msg::CLIENTONDERSTEUNERS_MAIL_CONTACT,
            &[("naam", naam.into())],
        ),
    ];
    let knop = if dossier {
        paragraphs.push(tr.ta(
            msg::CLIENTONDERSTEUNERS_MAIL_DOSSIER,
            &[("naam", naam.into())],
        ));
        paragraphs.push(tr.t(msg::CLIENTONDERSTEUNERS_MAIL_MACHTIGINGEN));
        msg::CLIENTONDERSTEUNERS_MAIL_KNOP
    } else {
        msg::CLIENTONDERSTEUNING_MAIL_INWONER_KNOP
    };
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::CLIENTONDERSTEUNERS_MAIL_ONDERWERP,
            &[("naam", naam.into())],
        ),
        paragraphs,
        action: Some((tr.t(knop), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// What the beheerder just did, shown once after the redirect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gedaan {
    Toegevoegd,
    Beeindigd,
}

impl Gedaan {
    pub fn code(self) -> &'static str {
        match self {
            Gedaan::Toegevoegd => "toegevoegd",
            Gedaan::Beeindigd => "beeindigd",
        }
    }

    pub fn from_code(code: &str) -> Option<Gedaan> {
        [Gedaan::Toegevoegd, Gedaan::Beeindigd]
            .into_iter()
            .find(|k| k.code() == code)
    }
}

pub const BEHEER: &str = "/medewerker/beheer/clientondersteuners";

/// `GET/POST /medewerker/beheer/clientondersteuners`: the accounts per organisation of the profile, and the
/// form to add one.
pub fn accounts(
    ctx: &Ctx,
    accounts: &[Account],
    input: &AccountForm,
    errors: &FieldErrors,
    gedaan: Option<Gedaan>,
) -> Markup {
    let tr = &ctx.tr;
    let gemeente = &ctx.app.gemeente;
    let organisaties: Vec<ui::Choice<'_>> = gemeente
        .clientondersteuning
        .iter()
        .map(|o| ui::Choice::new(&o.id, o.naam.as_str()))
        .collect();
    // Accounts of an organisation that the profile no longer names, grouped by that id.
    let mut andere: Vec<&str> = accounts
        .iter()
        .filter_map(|a| a.organisatie.as_deref())
        .filter(|o| gemeente.organisatie(o).is_none())
        .collect();
    andere.sort_unstable();
    andere.dedup();
    ui::Page::new(ctx, ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_TITEL))
        .back("/medewerker", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .wide()
        .render(html! {
            @match gedaan {
                Some(Gedaan::Toegevoegd) => (ui::notification_banner(tr, ui::Notice::Success,
                    html! { p { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_TOEGEVOEGD)) } })),
                Some(Gedaan::Beeindigd) => (ui::notification_banner(tr, ui::Notice::Success,
                    html! { p { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_BEEINDIGD)) } })),
                None => {}
            }
            p { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_INTRO)) }
            @for organisatie in &gemeente.clientondersteuning {
                h2 { (organisatie.naam) }
                (groep(ctx, &organisatie.naam, accounts, &organisatie.id))
            }
            @for id in &andere {
                h2 { (tr.ta(msg::CLIENTONDERSTEUNERS_BEHEER_ANDERE, &[("organisatie", (*id).into())])) }
                (groep(ctx, id, accounts, id))
            }
            h2 { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_TOEVOEGEN_TITEL)) }
            @if organisaties.is_empty() {
                p { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_GEEN_ORGANISATIES)) }
            } @else {
                form method="post" action=(BEHEER) novalidate {
                    (ui::Field::new("email", ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_EMAIL_LABEL))
                        .hint(ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_EMAIL_HINT))
                        .value(input.email.as_str())
                        .errors(errors)
                        .autocomplete("off")
                        .input(tr, ui::InputKind::Email))
                    (ui::Field::new("naam", ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_NAAM_LABEL))
                        .hint(ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_NAAM_HINT))
                        .value(input.naam.as_str())
                        .errors(errors)
                        .autocomplete("off")
                        .input(tr, ui::InputKind::Text))
                    (ui::Field::new("organisatie", ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_ORGANISATIE_LABEL))
                        .value(input.organisatie.as_str())
                        .errors(errors)
                        .select(tr, &organisaties))
                    (ui::Button::primary(ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_KNOP)))
                }
            }
        })
}

/// The accounts of one organisation as a table.
fn groep(ctx: &Ctx, naam: &str, accounts: &[Account], organisatie: &str) -> Markup {
    let tr = &ctx.tr;
    let leden: Vec<&Account> = accounts
        .iter()
        .filter(|a| a.organisatie.as_deref() == Some(organisatie))
        .collect();
    html! {
        @if leden.is_empty() {
            p { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_GEEN)) }
        } @else {
            table.loket-table {
                caption { (tr.ta(msg::CLIENTONDERSTEUNERS_BEHEER_CAPTION, &[("organisatie", naam.into())])) }
                thead {
                    tr {
                        th scope="col" { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_KOLOM_NAAM)) }
                        th scope="col" { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_KOLOM_EMAIL)) }
                        th scope="col" { (ctx.t(msg::CLIENTONDERSTEUNERS_BEHEER_KOLOM_ACTIE)) }
                    }
                }
                tbody {
                    @for account in &leden {
                        @let naam = account.naam.as_deref().unwrap_or(&account.email);
                        tr {
                            th scope="row" { (naam) }
                            td { (account.email) }
                            td {
                                a href={ (BEHEER) "/" (account.id) "/beeindigen" } {
                                    (tr.ta(msg::CLIENTONDERSTEUNERS_BEHEER_BEEINDIGEN, &[("naam", naam.into())]))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `GET/POST /medewerker/beheer/clientondersteuners/{id}/beeindigen`: what ending means, and "are you sure?".
pub fn beeindigen(ctx: &Ctx, account: &Account, errors: &FieldErrors) -> Markup {
    let tr = &ctx.tr;
    let naam = account.naam.as_deref().unwrap_or(&account.email);
    ui::Page::new(
        ctx,
        tr.ta(
            msg::CLIENTONDERSTEUNERS_BEEINDIGEN_TITEL,
            &[("naam", naam.into())],
        ),
    )
    .back(BEHEER, ctx.t(msg::UI_BACK_LINK))
    .errors(errors)
    .render(html! {
        p { (tr.ta(msg::CLIENTONDERSTEUNERS_BEEINDIGEN_GEVOLG, &[("naam", naam.into())])) }
        p { (tr.ta(msg::CLIENTONDERSTEUNERS_BEEINDIGEN_MACHTIGINGEN, &[("naam", naam.into())])) }
        form method="post" action={ (BEHEER) "/" (account.id) "/beeindigen" } novalidate {
            (ui::Field::new("zeker", ctx.t(msg::CLIENTONDERSTEUNERS_BEEINDIGEN_VRAAG))
                .errors(errors)
                .radios(tr, &[
                    ui::Choice::new("ja", ctx.t(msg::CLIENTONDERSTEUNERS_BEEINDIGEN_JA)),
                    ui::Choice::new("nee", ctx.t(msg::CLIENTONDERSTEUNERS_BEEINDIGEN_NEE)),
                ]))
            (ui::Button::primary(ctx.t(msg::CLIENTONDERSTEUNERS_BEEINDIGEN_KNOP)))
        }
    })
}
