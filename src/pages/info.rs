//! Information pages: the accessibility statement, the privacy statement and the contact page; and the box for
//! urgent or unsafe situations, which the start page shows too.
//!
//! Contact details come from the municipality's profile ([`crate::gemeente`]); a value the operator has not
//! filled in yet is left out rather than shown.

use maud::{Markup, html};

use crate::begrippen::{self, Begrip};
use crate::gemeente::{Organisatie, ingevuld};
use crate::http::Ctx;
use crate::i18n::msg;
use crate::ui;

/// `GET /toegankelijkheid`: the accessibility statement. Dutch government sites must publish one
/// (Besluit digitale toegankelijkheid overheid); the portal aims higher than the WCAG 2.1 AA the law asks.
pub async fn toegankelijkheid(ctx: Ctx) -> Markup {
    let contact = &ctx.app.gemeente.contact;
    ui::layout::page(
        &ctx,
        &ctx.t(msg::INFO_TOEGANKELIJKHEID_TITEL),
        html! {
            p { (ctx.t(msg::INFO_TOEGANKELIJKHEID_INTRO)) }
            h2 { (ctx.t(msg::INFO_TOEGANKELIJKHEID_DOEL_TITEL)) }
            p { (ctx.t(msg::INFO_TOEGANKELIJKHEID_DOEL_REGELS)) }
            p { (ctx.t(msg::INFO_TOEGANKELIJKHEID_DOEL_NIVEAU)) }
            p { (ctx.t(msg::INFO_TOEGANKELIJKHEID_DOEL_TAAL)) }
            h2 { (ctx.t(msg::INFO_TOEGANKELIJKHEID_TEST_TITEL)) }
            ul {
                li { (ctx.t(msg::INFO_TOEGANKELIJKHEID_TEST_AUTOMATISCH)) }
                li { (ctx.t(msg::INFO_TOEGANKELIJKHEID_TEST_TOETSENBORD)) }
                li { (ctx.t(msg::INFO_TOEGANKELIJKHEID_TEST_SCRIPTS)) }
            }
            p { (ctx.t(msg::INFO_TOEGANKELIJKHEID_TEST_GRENZEN)) }
            h2 { (ctx.t(msg::INFO_TOEGANKELIJKHEID_MELDEN_TITEL)) }
            p { (ctx.t(msg::INFO_TOEGANKELIJKHEID_MELDEN_TEKST)) }
            p { (ctx.t(msg::INFO_TOEGANKELIJKHEID_MELDEN_WAT)) }
            (bereikbaar(&ctx, Some(&contact.telefoon), Some(&contact.email), None))
            p { (ctx.t(msg::INFO_TOEGANKELIJKHEID_MELDEN_HULP)) }
        },
    )
}

/// `GET /privacy`: the privacy statement. Wmo data is health data, a special category (AVG art. 9).
pub async fn privacy(ctx: Ctx) -> Markup {
    let gemeente = &ctx.app.gemeente;
    let eigen_account = match (&ctx.person, &ctx.namens) {
        (None, _) => true,
        (Some(p), namens) => {
            p.rol == crate::auth::Rol::Inwoner && namens.as_ref().is_none_or(|n| n.is_zelf())
        }
    };
    ui::layout::page(
        &ctx,
        &ctx.t(msg::INFO_PRIVACY_TITEL),
        html! {
            p { (ctx.t(msg::INFO_PRIVACY_INTRO)) }
            p { (ctx.tr.ta(msg::INFO_PRIVACY_VERANTWOORDELIJK, &[("gemeente", gemeente.naam.as_str().into())])) }
            h2 { (ctx.t(msg::INFO_PRIVACY_WAT_TITEL)) }
            p { (ctx.t(msg::INFO_PRIVACY_WAT_NODIG)) }
            p { (ctx.t(msg::INFO_PRIVACY_WAT_DOEL)) }
            p { (begrippen::zin(&ctx, msg::INFO_PRIVACY_WAT_GEZONDHEID, &[], Begrip::Avg)) }
            p { (ctx.t(msg::INFO_PRIVACY_WAT_TOESTEMMING)) }
            p { (ctx.t(msg::INFO_PRIVACY_WAT_CIJFERS)) }
            h2 { (ctx.t(msg::INFO_PRIVACY_WIE_TITEL)) }
            ul {
                li { (ctx.t(msg::INFO_PRIVACY_WIE_UZELF)) }
                li { (ctx.t(msg::INFO_PRIVACY_WIE_GEMACHTIGD)) }
                li { (ctx.t(msg::INFO_PRIVACY_WIE_MEDEWERKER)) }
            }
            p { (ctx.t(msg::INFO_PRIVACY_WIE_LOGBOEK)) }
            (ontvangers(&ctx))
            (grondslagen(&ctx))
            h2 { (ctx.t(msg::INFO_PRIVACY_BEWAREN_TITEL)) }
            p { (ctx.t(msg::INFO_PRIVACY_BEWAREN_TEKST)) }
            (bewaartermijnen(&ctx))
            h2 { (ctx.t(msg::INFO_PRIVACY_RECHTEN_TITEL)) }
            ul {
                li { (ctx.t(msg::INFO_PRIVACY_RECHT_INZAGE)) " " a href="/mijn-gegevens" { (ctx.t(msg::INFO_PRIVACY_RECHT_INZAGE_LINK)) } }
                li { (ctx.t(msg::INFO_PRIVACY_RECHT_CORRECTIE)) " " a href="/mijn-gegevens/correctie" { (ctx.t(msg::INFO_PRIVACY_RECHT_CORRECTIE_LINK)) } }
                li {
                    (ctx.t(msg::INFO_PRIVACY_RECHT_VERWIJDERING))
                    // Only a resident closes an account, their own: staff, cliëntondersteuners and a helper acting
                    // for someone would find no such page.
                    @if eigen_account {
                        " " a href="/mijn-loket/account" { (ctx.t(msg::INFO_PRIVACY_RECHT_VERWIJDERING_LINK)) }
                    }
                }
                li { (ctx.t(msg::INFO_PRIVACY_RECHT_BEZWAAR)) }
            }
            p { (ctx.t(msg::INFO_PRIVACY_MIJN_GEGEVENS)) }
            p { a href="/mijn-gegevens" { (ctx.t(msg::INFO_PRIVACY_MIJN_GEGEVENS_LINK)) } }
            p { (ctx.t(msg::INFO_PRIVACY_RECHTEN_HOE)) }
            (bereikbaar(&ctx, Some(&gemeente.contact.telefoon), Some(&gemeente.contact.email), None))
            @match gemeente.contact.functionaris_gegevensbescherming.as_deref().and_then(ingevuld) {
                Some(fg) => p { (ctx.t(msg::INFO_PRIVACY_FG)) " " a href={ "mailto:" (fg) } { (fg) } }
                None => p { (ctx.t(msg::INFO_PRIVACY_FG_ALGEMEEN)) }
            }
            p { (ctx.t(msg::INFO_PRIVACY_RECHTEN_KLACHT)) }
            h2 { (ctx.t(msg::INFO_PRIVACY_COOKIES_TITEL)) }
            p { (ctx.t(msg::INFO_PRIVACY_COOKIES_UITLEG)) }
            p { (ctx.t(msg::INFO_PRIVACY_COOKIES_TWEE)) }
            ul {
                li { (ctx.t(msg::INFO_PRIVACY_COOKIE_SESSIE)) }
                li { (ctx.t(msg::INFO_PRIVACY_COOKIE_TAAL)) }
            }
            p { (ctx.t(msg::INFO_PRIVACY_COOKIES_NIET)) }
        },
    )
}

/// Who else receives data, from the profile: the organisations for cliëntondersteuning a resident chooses,
/// and SVn for the blijverslening.
fn ontvangers(ctx: &Ctx) -> Markup {
    let gemeente = &ctx.app.gemeente;
    html! {
        h2 { (ctx.t(msg::INFO_PRIVACY_ONTVANGERS_TITEL)) }
        p { (begrippen::zin(ctx, msg::INFO_PRIVACY_ONTVANGERS_CO, &[], Begrip::Clientondersteuning)) }
        ul {
            @for o in &gemeente.clientondersteuning { li { (o.naam) } }
        }
        @if gemeente.blijverslening.is_some() {
            p { (begrippen::zin(ctx, msg::INFO_PRIVACY_ONTVANGERS_SVN, &[], Begrip::Blijverslening)) }
        }
        p { (ctx.t(msg::INFO_PRIVACY_ONTVANGERS_NIET)) }
    }
}

/// Why the municipality may process the data, per scheme it offers.
fn grondslagen(ctx: &Ctx) -> Markup {
    let gemeente = &ctx.app.gemeente;
    html! {
        h2 { (ctx.t(msg::INFO_PRIVACY_GRONDSLAG_TITEL)) }
        ul {
            li { (begrippen::zin(ctx, msg::INFO_PRIVACY_GRONDSLAG_WMO, &[], Begrip::Wmo)) }
            @if gemeente.blijverslening.is_some() {
                li { (begrippen::zin(ctx, msg::INFO_PRIVACY_GRONDSLAG_BLIJVERSLENING, &[], Begrip::Blijverslening)) }
            }
            @if gemeente.kindpakket.is_some() {
                li { (begrippen::zin(ctx, msg::INFO_PRIVACY_GRONDSLAG_KINDPAKKET, &[], Begrip::Kindpakket)) }
            }
            li { (begrippen::zin(ctx, msg::INFO_PRIVACY_GRONDSLAG_UITDAAGRECHT, &[], Begrip::Uitdaagrecht)) }
        }
    }
}

/// How long what is kept, from the profile's periods; without them, that the municipality can say.
fn bewaartermijnen(ctx: &Ctx) -> Markup {
    let Some(b) = &ctx.app.gemeente.bewaren else {
        return html! { p { (ctx.t(msg::INFO_PRIVACY_BEWAREN_VRAGEN)) } };
    };
    let tr = &ctx.tr;
    let zaak = |regeling: &str, bericht: &str| {
        b.zaken
            .iter()
            .find(|z| z.regeling == regeling)
            .map(|z| tr.ta(bericht, &[("jaren", z.jaren.into())]))
    };
    let wmo = b
        .zaken
        .iter()
        .find(|z| z.regeling == "wmo-melding")
        .map(|z| {
            begrippen::zin(
                ctx,
                msg::INFO_PRIVACY_BEWAREN_WMO,
                &[("jaren", z.jaren.into())],
                Begrip::Melding,
            )
        });
    let gemeente = &ctx.app.gemeente;
    html! {
        ul {
            li { (tr.ta(msg::INFO_PRIVACY_BEWAREN_CONCEPT, &[("dagen", b.concept_dagen.into()), ("vooraf", b.concept_waarschuwing_dagen.into())])) }
            @if let Some(t) = wmo { li { (t) } }
            @if gemeente.blijverslening.is_some() {
                @if let Some(t) = zaak("blijverslening", msg::INFO_PRIVACY_BEWAREN_BLIJVERSLENING) { li { (t) } }
            }
            @if gemeente.kindpakket.is_some() {
                @if let Some(t) = zaak("kindpakket", msg::INFO_PRIVACY_BEWAREN_KINDPAKKET) { li { (t) } }
            }
            @if let Some(t) = zaak("uitdaagrecht", msg::INFO_PRIVACY_BEWAREN_UITDAAGRECHT) { li { (t) } }
            li { (tr.ta(msg::INFO_PRIVACY_BEWAREN_MAIL, &[("dagen", b.mail_dagen.into())])) }
            li { (tr.ta(msg::INFO_PRIVACY_BEWAREN_LOGBOEK, &[("jaren", b.toegangslog_jaren.into())])) }
        }
        p { (begrippen::zin(ctx, msg::INFO_PRIVACY_BEWAREN_BEZWAAR, &[], Begrip::Bezwaar)) }
        (ui::details(&ctx.t(msg::INFO_PRIVACY_BEWAREN_BRONNEN), html! {
            (ui::van_gemeente(tr, &b.bron))
            @for z in &b.zaken { (ui::van_gemeente(tr, &z.bron)) }
        }))
    }
}

/// `GET /contact`: the municipality's contact details, the cliëntondersteuning organisations, Veilig Thuis.
pub async fn contact(ctx: Ctx) -> Markup {
    let gemeente = &ctx.app.gemeente;
    let contact = &gemeente.contact;
    let post = ingevulde(contact.adres.post.iter().map(String::as_str));
    let bezoek = ingevulde(contact.adres.bezoek.iter().map(String::as_str));
    let openingstijden: Vec<Markup> = contact
        .openingstijden
        .iter()
        .filter(|regel| ingevuld(regel.in_taal(ctx.lang())).is_some())
        .map(|regel| regel.html(ctx.lang()))
        .collect();
    ui::layout::page(
        &ctx,
        &ctx.t(msg::INFO_CONTACT_TITEL),
        html! {
            p { (ctx.t(msg::INFO_CONTACT_HULP)) }
            h2 { (ctx.tr.ta(msg::INFO_CONTACT_GEMEENTE, &[("gemeente", gemeente.naam.as_str().into())])) }
            (bereikbaar(&ctx, Some(&contact.telefoon), Some(&contact.email), Some(&contact.website)))
            @if !(post.is_empty() && bezoek.is_empty() && openingstijden.is_empty()) {
                dl {
                    (adres(&ctx, msg::INFO_POSTADRES, &post))
                    (adres(&ctx, msg::INFO_BEZOEKADRES, &bezoek))
                    @if !openingstijden.is_empty() {
                        dt { (ctx.t(msg::INFO_OPENINGSTIJDEN)) }
                        @for regel in &openingstijden { dd { (regel) } }
                    }
                }
            }
            h2 { (ctx.t(msg::INFO_CONTACT_CLIENTONDERSTEUNING_TITEL)) }
            p { (begrippen::zin(&ctx, msg::INFO_CONTACT_CLIENTONDERSTEUNING_UITLEG, &[], Begrip::Clientondersteuning)) }
            @for organisatie in &gemeente.clientondersteuning {
                (organisatie_blok(&ctx, organisatie))
            }
            p { a href="/clientondersteuning" { (ctx.t(msg::INFO_CONTACT_CLIENTONDERSTEUNING_LINK)) } }
            (spoed(&ctx))
        },
    )
}

fn organisatie_blok(ctx: &Ctx, organisatie: &Organisatie) -> Markup {
    html! {
        h3 { (organisatie.naam) }
        @if ingevuld(organisatie.omschrijving.in_taal(ctx.lang())).is_some() {
            p { (organisatie.omschrijving.html(ctx.lang())) }
        }
        (bereikbaar(
            ctx,
            organisatie.telefoon.as_deref(),
            organisatie.email.as_deref(),
            organisatie.website.as_deref(),
        ))
    }
}

/// Phone, e-mail and website as a list of links; values that are absent or not filled in are left out.
fn bereikbaar(
    ctx: &Ctx,
    telefoon: Option<&str>,
    email: Option<&str>,
    website: Option<&str>,
) -> Markup {
    let telefoon = telefoon.and_then(ingevuld);
    let email = email.and_then(ingevuld);
    let website = website.and_then(ingevuld);
    html! {
        @if telefoon.is_some() || email.is_some() || website.is_some() {
            address {
                dl {
                    @if let Some(nummer) = telefoon {
                        dt { (ctx.t(msg::INFO_TELEFOON)) }
                        dd { (telefoon_link(nummer)) }
                    }
                    @if let Some(email) = email {
                        dt { (ctx.t(msg::INFO_EMAIL)) }
                        dd { a href={ "mailto:" (email) } { (email) } }
                    }
                    @if let Some(website) = website {
                        dt { (ctx.t(msg::INFO_WEBSITE)) }
                        dd { a href=(website) { (website.trim_start_matches("https://").trim_start_matches("http://")) } }
                    }
                }
            }
        }
    }
}

/// The lines that are filled in; placeholders and empty lines are left out.
fn ingevulde<'a>(regels: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    regels.filter_map(ingevuld).collect()
}

/// An address as one `dt` and a `dd` with the lines; nothing when no line is filled in.
fn adres(ctx: &Ctx, label: &str, regels: &[&str]) -> Markup {
    html! {
        @if !regels.is_empty() {
            dt { (ctx.t(label)) }
            dd {
                // A Dutch address keeps its own order on a right-to-left page ("2650 AA Berkel").
                address lang="nl" dir="ltr" {
                    @for (i, regel) in regels.iter().enumerate() {
                        @if i > 0 { br; }
                        (regel)
                    }
                }
            }
        }
    }
}

/// A phone number as a link that a phone can call: `14 010` becomes `tel:14010`.
pub fn telefoon_link(nummer: &str) -> Markup {
    let cijfers: String = nummer
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    html! { a href={ "tel:" (cijfers) } { (nummer) } }
}

/// The box for urgent or unsafe situations: the municipality, Veilig Thuis (day and night) and 112. In a spoed
/// case the municipality arranges temporary support at once (Wmo 2015 art. 2.3.3; within 48 hours per
/// CLB-Handreiking De Wmo (2022), §4.3, the profile's `termijnen.spoed_uren`).
pub fn spoed(ctx: &Ctx) -> Markup {
    let gemeente = &ctx.app.gemeente;
    html! {
        section aria-labelledby="spoed-titel" {
            h2 id="spoed-titel" { (ctx.t(msg::INFO_SPOED_TITEL)) }
            @if let Some(nummer) = ingevuld(&gemeente.contact.telefoon) {
                p { (ctx.t(msg::INFO_SPOED_GEMEENTE)) " " (telefoon_link(nummer)) }
            }
            p { (ctx.tr.ta(msg::INFO_SPOED_TIJDELIJK, &[("uren", gemeente.termijnen.spoed_uren.into())])) }
            p { (ctx.t(msg::INFO_SPOED_VEILIG_THUIS)) " " (telefoon_link(&gemeente.veilig_thuis.telefoon)) }
            p { (ctx.t(msg::INFO_SPOED_VEILIG_THUIS_UITLEG)) }
            p { strong { (ctx.t(msg::INFO_SPOED_112)) } }
        }
    }
}
