//! Pages of the melding journey.

use maud::{Markup, html};

use super::domain::{
    Antwoorden, Code, ContactManier, Erbij, GEMEENTE_KIEST, HULPVRAAG_MAX, Huishouden, JaNee,
    Levensgebied, Relatie, Stap, Tolk, VoorWie, Wens, termijnen,
};
use super::form::StapInvoer;
use super::handlers::HervatInvoer;
use super::repo::Melding;
use super::wachttijd::Wachttijd;
use crate::begrippen::{self, Begrip};
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{datum_met_dag, msg};
use crate::pages::spoed as spoed_blok;
use crate::ui;
use crate::zaken::concept;

/// The message of each choice a step offers.
trait Label: Code {
    fn label(self) -> &'static str;
}

macro_rules! labels {
    ($naam:ident { $($variant:ident => $msg:ident),+ $(,)? }) => {
        impl Label for $naam {
            fn label(self) -> &'static str {
                match self { $($naam::$variant => msg::$msg),+ }
            }
        }
    };
}

labels!(VoorWie { Zelf => MELDING_KEUZE_VOOR_WIE_ZELF, Ander => MELDING_KEUZE_VOOR_WIE_ANDER });
labels!(Relatie {
    Partner => MELDING_KEUZE_RELATIE_PARTNER,
    Ouder => MELDING_KEUZE_RELATIE_OUDER,
    Kind => MELDING_KEUZE_RELATIE_KIND,
    Familie => MELDING_KEUZE_RELATIE_FAMILIE,
    VriendBuur => MELDING_KEUZE_RELATIE_VRIEND_BUUR,
    Clientondersteuner => MELDING_KEUZE_RELATIE_CLIENTONDERSTEUNER,
    Anders => MELDING_KEUZE_RELATIE_ANDERS,
});
labels!(JaNee { Ja => MELDING_KEUZE_JA, Nee => MELDING_KEUZE_NEE });
labels!(Levensgebied {
    Verzorging => MELDING_KEUZE_GEBIED_VERZORGING,
    Lichaam => MELDING_KEUZE_GEBIED_LICHAAM,
    Gevoel => MELDING_KEUZE_GEBIED_GEVOEL,
    Wonen => MELDING_KEUZE_GEBIED_WONEN,
    Geld => MELDING_KEUZE_GEBIED_GELD,
    Contact => MELDING_KEUZE_GEBIED_CONTACT,
    Dag => MELDING_KEUZE_GEBIED_DAG,
    Thuis => MELDING_KEUZE_GEBIED_THUIS,
    Kinderen => MELDING_KEUZE_GEBIED_KINDEREN,
    Verslaving => MELDING_KEUZE_GEBIED_VERSLAVING,
    Mantelzorg => MELDING_KEUZE_GEBIED_MANTELZORG,
});
labels!(Huishouden {
    Alleen => MELDING_KEUZE_HUISHOUDEN_ALLEEN,
    Partner => MELDING_KEUZE_HUISHOUDEN_PARTNER,
    PartnerKinderen => MELDING_KEUZE_HUISHOUDEN_PARTNER_KINDEREN,
    Kinderen => MELDING_KEUZE_HUISHOUDEN_KINDEREN,
    Anderen => MELDING_KEUZE_HUISHOUDEN_ANDEREN,
});
labels!(Erbij {
    Mantelzorger => MELDING_KEUZE_ERBIJ_MANTELZORGER,
    Familie => MELDING_KEUZE_ERBIJ_FAMILIE,
    Clientondersteuner => MELDING_KEUZE_ERBIJ_CLIENTONDERSTEUNER,
    Iemand => MELDING_KEUZE_ERBIJ_IEMAND,
    Niemand => MELDING_KEUZE_ERBIJ_NIEMAND,
});
labels!(Wens { Ja => MELDING_KEUZE_WENS_JA, Nee => MELDING_KEUZE_WENS_NEE, WeetNiet => MELDING_KEUZE_WENS_WEET_NIET });
labels!(ContactManier {
    Telefoon => MELDING_KEUZE_CONTACT_TELEFOON,
    Email => MELDING_KEUZE_CONTACT_EMAIL,
    Brief => MELDING_KEUZE_CONTACT_BRIEF,
});
labels!(Tolk { Geen => MELDING_KEUZE_TOLK_GEEN, Tolk => MELDING_KEUZE_TOLK_TOLK, Gebarentaal => MELDING_KEUZE_TOLK_GEBARENTAAL });

/// The same choice about someone else, for the labels that say "ik", "mij" or "mijn" about the person the
/// melding is for.
fn over_iemand(id: &str) -> Option<&'static str> {
    match id {
        msg::MELDING_KEUZE_VOOR_WIE_ZELF => Some(msg::MELDING_KEUZE_VOOR_WIE_NAMENS),
        msg::MELDING_KEUZE_HUISHOUDEN_ALLEEN => Some(msg::MELDING_KEUZE_HUISHOUDEN_ALLEEN_NAMENS),
        msg::MELDING_KEUZE_ERBIJ_MANTELZORGER => Some(msg::MELDING_KEUZE_ERBIJ_MANTELZORGER_NAMENS),
        msg::MELDING_KEUZE_ERBIJ_FAMILIE => Some(msg::MELDING_KEUZE_ERBIJ_FAMILIE_NAMENS),
        msg::MELDING_TOESTEMMING_JA => Some(msg::MELDING_TOESTEMMING_JA_NAMENS),
        _ => None,
    }
}

/// A label as the reader says it: about themselves, or about `over` by name when the melding is for someone
/// else ([`over_wie`]).
fn zeg(ctx: &Ctx, id: &str, over: Option<&str>) -> String {
    match (over, over_iemand(id)) {
        (Some(naam), Some(namens)) => ctx.tr.ta(namens, &[("naam", naam.into())]),
        _ => ctx.t(id),
    }
}

fn keuzes<C: Label>(ctx: &Ctx, over: Option<&str>) -> Vec<ui::Choice<'static>> {
    C::ALL
        .iter()
        .map(|c| ui::Choice::new(c.code(), zeg(ctx, c.label(), over)))
        .collect()
}

fn label_van<C: Label>(ctx: &Ctx, c: Option<C>, over: Option<&str>) -> Option<String> {
    c.map(|c| zeg(ctx, c.label(), over))
}

/// Whom the answers are about, by name, when the one who reads them is someone else: the person named in a
/// melding filed for someone else, or the resident a helper acts for. `None`: the resident reads about
/// themselves.
fn over_wie<'a>(ctx: &'a Ctx, a: &'a Antwoorden) -> Option<&'a str> {
    match a.voor_wie {
        Some(VoorWie::Ander) => a.ander_naam.as_deref(),
        _ => ctx.namens.as_ref().map(|n| n.voor_naam()),
    }
}

/// "These questions are about ...": on every page where "u" means the person the melding is for.
fn namens_zin(ctx: &Ctx, over: Option<&str>) -> Markup {
    html! {
        @if let Some(naam) = over {
            p.loket-namens { strong { (ctx.tr.ta(msg::MELDING_NAMENS, &[("naam", naam.into())])) } }
        }
    }
}

/// The title of each step: its question.
fn titel(stap: Stap) -> &'static str {
    match stap {
        Stap::VoorWie => msg::MELDING_VOOR_WIE_TITEL,
        Stap::DeAnder => msg::MELDING_DE_ANDER_TITEL,
        Stap::Spoed => msg::MELDING_SPOED_TITEL,
        Stap::Hulpvraag => msg::MELDING_HULPVRAAG_TITEL,
        Stap::Levensgebieden => msg::MELDING_GEBIEDEN_TITEL,
        Stap::Huishouden => msg::MELDING_HUISHOUDEN_TITEL,
        Stap::Gesprek => msg::MELDING_GESPREK_TITEL,
        Stap::Clientondersteuning => msg::MELDING_CO_TITEL,
        Stap::Gegevens => msg::MELDING_GEGEVENS_TITEL,
        Stap::Contact => msg::MELDING_CONTACT_TITEL,
        Stap::Toestemming => msg::MELDING_TOESTEMMING_TITEL,
    }
}

/// The short name of each step, for the step indicator and the check page.
fn naam(stap: Stap) -> &'static str {
    match stap {
        Stap::VoorWie => msg::MELDING_NAAM_VOOR_WIE,
        Stap::DeAnder => msg::MELDING_NAAM_DE_ANDER,
        Stap::Spoed => msg::MELDING_NAAM_SPOED,
        Stap::Hulpvraag => msg::MELDING_NAAM_HULPVRAAG,
        Stap::Levensgebieden => msg::MELDING_NAAM_GEBIEDEN,
        Stap::Huishouden => msg::MELDING_NAAM_HUISHOUDEN,
        Stap::Gesprek => msg::MELDING_NAAM_GESPREK,
        Stap::Clientondersteuning => msg::MELDING_NAAM_CO,
        Stap::Gegevens => msg::MELDING_NAAM_GEGEVENS,
        Stap::Contact => msg::MELDING_NAAM_CONTACT,
        Stap::Toestemming => msg::MELDING_NAAM_TOESTEMMING,
    }
}

/// Every page of the journey says, in one sentence, that free cliëntondersteuning exists.
fn gratis_hulp(ctx: &Ctx) -> Markup {
    html! { p.loket-hint { (begrippen::zin(ctx, msg::MELDING_GRATIS_HULP, &[], Begrip::Clientondersteuning)) } }
}

/// `GET /melding`.
/// `wachttijd`: the usual waiting time lately, with the moment it was computed.
pub fn start(ctx: &Ctx, wachttijd: Option<(Wachttijd, time::OffsetDateTime)>) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::MELDING_START_TITEL))
        .quick_exit()
        .render(html! {
            p { (begrippen::zin(ctx, msg::MELDING_START_INTRO, &[], Begrip::Melding)) }
            p { (ctx.t(msg::MELDING_START_VOOR_ANDER)) }
            ul {
                li { (ctx.t(msg::MELDING_START_DUUR)) }
                li { (ctx.t(msg::MELDING_START_BEWAARD)) }
                li { (ctx.t(msg::MELDING_START_NIET_ALLES)) }
            }
            @if let Some((wachttijd, berekend)) = wachttijd {
                p {
                    (wachttijd_zin(ctx, wachttijd)) " "
                    (ctx.tr.ta(msg::MELDING_START_WACHTTIJD_BIJGEWERKT, &[(
                        "moment",
                        crate::i18n::tijdstip(berekend, ctx.tr.lang()).into(),
                    )]))
                }
            }
            (gratis_hulp(ctx))
            @if ctx.person.is_some() {
                form method="post" action="/melding" {
                    (ui::Button::primary(ctx.t(msg::MELDING_START_KNOP)))
                }
                p { a href="/melding/hervatten" { (ctx.t(msg::MELDING_START_HERVATTEN)) } }
            } @else {
                p { (ctx.t(msg::MELDING_START_INLOGGEN_TEKST)) }
                (ui::Button::primary(ctx.t(msg::MELDING_START_INLOGGEN)).link("/inloggen"))
            }
            (spoed_blok(ctx))
        })
}

/// How long a besluit usually took lately, in one sentence.
fn wachttijd_zin(ctx: &Ctx, wachttijd: Wachttijd) -> String {
    match wachttijd {
        Wachttijd::MinderDanEenWeek => ctx.t(msg::MELDING_START_WACHTTIJD_KORT),
        Wachttijd::Dagen(dagen) => ctx.tr.ta(
            msg::MELDING_START_WACHTTIJD_DAGEN,
            &[("dagen", dagen.into())],
        ),
        Wachttijd::Weken(weken) => ctx.tr.ta(
            msg::MELDING_START_WACHTTIJD_WEKEN,
            &[("weken", weken.into())],
        ),
    }
}

/// `GET /melding/hervatten`.
pub fn hervatten(ctx: &Ctx, invoer: &HervatInvoer, errors: &FieldErrors) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::MELDING_HERVATTEN_TITEL))
        .back("/melding", ctx.t(msg::UI_BACK_LINK))
        .errors(errors)
        .render(html! {
            p { (ctx.t(msg::MELDING_HERVATTEN_TEKST)) }
            form method="post" action="/melding/hervatten" novalidate {
                (ui::Field::new("code", ctx.t(msg::MELDING_HERVATTEN_LABEL))
                    .hint(ctx.t(msg::MELDING_HERVATTEN_HINT))
                    .value(invoer.code.as_str())
                    .errors(errors)
                    .width(ui::Width::Chars10)
                    .input(&ctx.tr, ui::InputKind::Text))
                (ui::Button::primary(ctx.t(msg::MELDING_HERVATTEN_KNOP)))
            }
        })
}

/// A step of the journey, with the answers so far (or as just typed) and its errors.
pub fn stap(
    ctx: &Ctx,
    melding: &Melding,
    stap: Stap,
    invoer: &StapInvoer,
    errors: &FieldErrors,
    niet_bewaard: bool,
) -> Markup {
    let stappen = Stap::voor(&melding.antwoorden);
    let nummer = stappen.iter().position(|s| *s == stap).unwrap_or(0) + 1;
    let terug = if invoer.terug_naar_controleren() {
        format!("/melding/{}/controleren", melding.id)
    } else {
        stap.vorige(&melding.antwoorden).map_or_else(
            || "/melding".to_owned(),
            |v| format!("/melding/{}/stap/{}", melding.id, v.slug()),
        )
    };
    let actie = format!("/melding/{}/stap/{}", melding.id, stap.slug());
    let mut page = ui::Page::new(ctx, ctx.t(titel(stap)))
        .step(nummer as u32, stappen.len() as u32, ctx.t(naam(stap)))
        .back(terug, ctx.t(msg::UI_BACK_LINK))
        .quick_exit()
        .errors(errors);
    if niet_bewaard {
        page = page.not_saved();
    }
    // The questions before "for whom" are the filer's own; after it, they are about that person.
    let over = if matches!(stap, Stap::VoorWie | Stap::DeAnder) {
        ctx.namens.as_ref().map(|n| n.voor_naam())
    } else {
        over_wie(ctx, &melding.antwoorden)
    };
    page.render(html! {
            // Filing for someone else, or acting for them: every later question is about that person, and says
            // so.
            @if !matches!(stap, Stap::VoorWie | Stap::DeAnder) {
                (namens_zin(ctx, over))
                @if let (Some(naam), Stap::Toestemming) = (over, stap) {
                    p { (ctx.tr.ta(msg::MELDING_NAMENS_TOESTEMMING, &[("naam", naam.into())])) }
                }
            }
            form method="post" action=(actie) novalidate {
                (vragen(ctx, stap, invoer, errors, over))
                @if invoer.terug_naar_controleren() {
                    input type="hidden" name="terug" value="controleren";
                }
                (ui::button_group(html! {
                    (ui::Button::primary(ctx.t(msg::MELDING_VERDER)).name_value("actie", "verder"))
                    (ui::Button::secondary(ctx.t(msg::MELDING_LATER)).name_value("actie", "later"))
                }))
            }
            (gratis_hulp(ctx))
            (begrippen::uitleg(ctx, &[Begrip::Melding, Begrip::Clientondersteuning, Begrip::Mantelzorger]))
        })
}

/// The questions of one step; `over`: whom they are about, when the reader is someone else ([`over_wie`]).
fn vragen(ctx: &Ctx, stap: Stap, i: &StapInvoer, e: &FieldErrors, over: Option<&str>) -> Markup {
    let tr = &ctx.tr;
    match stap {
        Stap::VoorWie => {
            // A helper acting for someone files for that person: "for myself" would be wrong.
            let keuzes = keuzes::<VoorWie>(ctx, over);
            html! {
                (ui::Field::new("voor_wie", ctx.t(msg::MELDING_VOOR_WIE_VRAAG)).value(i.voor_wie.as_str()).errors(e)
                    .radios(tr, &keuzes))
            }
        }
        Stap::DeAnder => html! {
            p { (ctx.t(msg::MELDING_DE_ANDER_UITLEG)) }
            (ui::Field::new("ander_naam", ctx.t(msg::MELDING_DE_ANDER_NAAM)).value(i.ander_naam.as_str()).errors(e)
                .input(tr, ui::InputKind::Text))
            (ui::Field::new("ander_relatie", ctx.t(msg::MELDING_DE_ANDER_RELATIE)).value(i.ander_relatie.as_str())
                .errors(e).radios(tr, &keuzes::<Relatie>(ctx, None)))
            (ui::Field::new("ander_toestemming", ctx.t(msg::MELDING_DE_ANDER_TOESTEMMING))
                .hint(ctx.t(msg::MELDING_DE_ANDER_TOESTEMMING_HINT)).errors(e)
                .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::MELDING_DE_ANDER_TOESTEMMING_JA))], &[i.ander_toestemming.as_str()]))
        },
        Stap::Spoed => html! {
            @if i.spoed_gevaar == "ja" || i.spoed_zorg == "ja" {
                p { a href="../spoed" { (ctx.t(msg::MELDING_SPOED_ROUTE_LINK)) } }
            }
            (ui::notification_banner(tr, ui::Notice::Info, html! { p { strong { (ctx.t(msg::MELDING_SPOED_112)) } } }))
            (ui::Field::new("spoed_gevaar", ctx.t(msg::MELDING_SPOED_GEVAAR)).hint(ctx.t(msg::MELDING_SPOED_GEVAAR_HINT))
                .value(i.spoed_gevaar.as_str()).errors(e).radios(tr, &keuzes::<JaNee>(ctx, over)))
            (ui::Field::new("spoed_zorg", ctx.t(msg::MELDING_SPOED_ZORG)).hint(ctx.t(msg::MELDING_SPOED_ZORG_HINT))
                .value(i.spoed_zorg.as_str()).errors(e).radios(tr, &keuzes::<JaNee>(ctx, over)))
        },
        Stap::Hulpvraag => html! {
            (ui::Field::new("hulpvraag", ctx.t(msg::MELDING_HULPVRAAG_VRAAG)).hint(ctx.t(msg::MELDING_HULPVRAAG_HINT))
                .value(i.hulpvraag.as_str()).errors(e).textarea(tr, 8, Some(HULPVRAAG_MAX as u32)))
        },
        Stap::Levensgebieden => html! {
            (ui::Field::new("levensgebieden", ctx.t(msg::MELDING_GEBIEDEN_VRAAG)).hint(ctx.t(msg::MELDING_GEBIEDEN_HINT))
                .errors(e).checkboxes(tr, &keuzes::<Levensgebied>(ctx, over), &i.levensgebieden))
        },
        Stap::Huishouden => html! {
            p { (ctx.t(msg::MELDING_HUISHOUDEN_WAAROM)) }
            (ui::Field::new("huishouden", ctx.t(msg::MELDING_HUISHOUDEN_VRAAG)).value(i.huishouden.as_str()).errors(e)
                .radios(tr, &keuzes::<Huishouden>(ctx, over)))
            (ui::Field::new("huisgenoten", ctx.t(msg::MELDING_HUISGENOTEN)).hint(ctx.t(msg::MELDING_HUISGENOTEN_HINT))
                .value(i.huisgenoten.as_str()).errors(e).textarea(tr, 3, Some(super::domain::HUISGENOTEN_MAX as u32)))
        },
        Stap::Gesprek => html! {
            p { (begrippen::zin(ctx, msg::MELDING_GESPREK_UITLEG, &[], Begrip::Onderzoek)) }
            (ui::Field::new("gesprek_erbij", ctx.t(msg::MELDING_GESPREK_VRAAG)).hint(ctx.t(msg::MELDING_GESPREK_HINT))
                .errors(e).checkboxes(tr, &keuzes::<Erbij>(ctx, over), &i.gesprek_erbij))
            (ui::Field::new("gesprek_erbij_naam", ctx.t(msg::MELDING_GESPREK_NAAM)).hint(ctx.t(msg::MELDING_GESPREK_NAAM_HINT))
                .value(i.gesprek_erbij_naam.as_str()).errors(e).input(tr, ui::InputKind::Text))
        },
        Stap::Clientondersteuning => html! {
            p { (ctx.t(msg::MELDING_CO_WAT)) }
            p { (ctx.t(msg::MELDING_CO_GRATIS)) }
            p { (ctx.t(msg::MELDING_CO_BESLIST_NIET)) }
            (ui::Field::new("clientondersteuning", ctx.t(msg::MELDING_CO_VRAAG)).value(i.clientondersteuning.as_str())
                .errors(e).radios(tr, &keuzes::<Wens>(ctx, over)))
            // Asked on the same page (no JavaScript to reveal it); its hint says it is only for "Ja, graag".
            (ui::Field::new("co_organisatie", ctx.t(msg::MELDING_CO_ORGANISATIE)).hint(ctx.t(msg::MELDING_CO_ORGANISATIE_HINT))
                .value(i.co_organisatie.as_str()).errors(e).radios(tr, &organisaties(ctx)))
        },
        Stap::Gegevens => html! {
            p { (ctx.t(msg::MELDING_GEGEVENS_WAAROM)) }
            (ui::Field::new("naam", ctx.t(msg::MELDING_GEGEVENS_NAAM)).value(i.naam.as_str()).errors(e)
                .autocomplete("name").input(tr, ui::InputKind::Text))
            (ui::Field::new("geboren", ctx.t(msg::MELDING_GEGEVENS_GEBOREN)).hint(ctx.t(msg::UI_DATE_BIRTH_HINT))
                .errors(e).autocomplete("bday").date(tr, &i.geboren_dag, &i.geboren_maand, &i.geboren_jaar))
            (adres_velden(ctx, e, "", [&i.straat, &i.postcode, &i.plaats], msg::MELDING_GEGEVENS_ADRES, None))
        },
        Stap::Contact => {
            // The municipality contacts the person the melding is for: their number and address, not the
            // helper's own (the browser must not fill those in either).
            let (telefoon_hint, email_hint) = match over {
                Some(naam) => (
                    tr.ta(
                        msg::MELDING_CONTACT_TELEFOON_HINT_NAMENS,
                        &[("naam", naam.into())],
                    ),
                    tr.ta(
                        msg::MELDING_CONTACT_EMAIL_HINT_NAMENS,
                        &[("naam", naam.into())],
                    ),
                ),
                None => (
                    ctx.t(msg::MELDING_CONTACT_TELEFOON_HINT),
                    ctx.t(msg::MELDING_CONTACT_EMAIL_HINT),
                ),
            };
            let eigen = |soort: &'static str| if over.is_some() { "off" } else { soort };
            html! {
            @if let Some(naam) = over {
                p { (tr.ta(msg::MELDING_CONTACT_NAMENS, &[("naam", naam.into())])) }
            }
            (ui::Field::new("contact_manier", ctx.t(msg::MELDING_CONTACT_VRAAG)).value(i.contact_manier.as_str())
                .errors(e).radios(tr, &keuzes::<ContactManier>(ctx, over)))
            (ui::Field::new("telefoon", ctx.t(msg::MELDING_CONTACT_TELEFOON)).hint(telefoon_hint)
                .value(i.telefoon.as_str()).errors(e).autocomplete(eigen("tel"))
                .width(ui::Width::Chars20).input(tr, ui::InputKind::Tel))
            (ui::Field::new("contact_email", ctx.t(msg::MELDING_CONTACT_EMAIL)).hint(email_hint)
                .value(i.contact_email.as_str()).errors(e).autocomplete(eigen("email"))
                .input(tr, ui::InputKind::Email))
            (ui::Field::new("contact_tijden", ctx.t(msg::MELDING_CONTACT_TIJDEN)).hint(ctx.t(msg::MELDING_CONTACT_TIJDEN_HINT))
                .value(i.contact_tijden.as_str()).errors(e).input(tr, ui::InputKind::Text))
            (ui::Field::new("tolk", ctx.t(msg::MELDING_CONTACT_TOLK)).value(i.tolk.as_str()).errors(e)
                .radios(tr, &keuzes::<Tolk>(ctx, over)))
            (ui::Field::new("tolk_taal", ctx.t(msg::MELDING_CONTACT_TOLK_TAAL)).hint(ctx.t(msg::MELDING_CONTACT_TOLK_TAAL_HINT))
                .value(i.tolk_taal.as_str()).errors(e).width(ui::Width::Chars20).input(tr, ui::InputKind::Text))
            (adres_velden(ctx, e, "post_", [&i.post_straat, &i.post_postcode, &i.post_plaats],
                msg::MELDING_CONTACT_POSTADRES, Some(msg::MELDING_CONTACT_POSTADRES_HINT)))
            }
        }
        Stap::Toestemming => html! {
            p { (ctx.t(msg::MELDING_TOESTEMMING_NODIG)) }
            p { (ctx.t(msg::MELDING_TOESTEMMING_GEZONDHEID)) }
            p { (ctx.t(msg::MELDING_TOESTEMMING_ALLEEN)) }
            p { (ctx.t(msg::MELDING_TOESTEMMING_WIE)) }
            p { a href="/privacy" { (ctx.t(msg::MELDING_TOESTEMMING_PRIVACY)) } }
            (ui::Field::new("toestemming", ctx.t(msg::MELDING_TOESTEMMING_VRAAG)).errors(e)
                .checkboxes(tr, &[ui::Choice::new("ja", zeg(ctx, msg::MELDING_TOESTEMMING_JA, over))], &[i.toestemming.as_str()]))
        },
    }
}

/// The organisations of the profile, and the choice to let the municipality choose.
fn organisaties(ctx: &Ctx) -> Vec<ui::Choice<'_>> {
    let mut keuzes: Vec<ui::Choice<'_>> = ctx
        .app
        .gemeente
        .clientondersteuning
        .iter()
        .map(|o| ui::Choice::new(&o.id, o.naam.as_str()))
        .collect();
    keuzes.push(ui::Choice::new(
        GEMEENTE_KIEST,
        ctx.t(msg::MELDING_CO_ORGANISATIE_GEMEENTE),
    ));
    keuzes
}

/// An address as three fields in a group: street and number, postcode, place. `voor` prefixes the field names.
fn adres_velden(
    ctx: &Ctx,
    e: &FieldErrors,
    voor: &str,
    waarden: [&str; 3],
    legend: &str,
    hint: Option<&str>,
) -> Markup {
    let tr = &ctx.tr;
    let [straat, postcode, plaats] = waarden;
    let naam = |deel: &str| format!("{voor}{deel}");
    let (straat_naam, postcode_naam, plaats_naam) =
        (naam("straat"), naam("postcode"), naam("plaats"));
    let auto = |deel: &'static str| if voor.is_empty() { deel } else { "off" };
    let legend_tekst = ctx.t(legend);
    let hint_tekst = hint.map(|h| ctx.t(h));
    ui::fieldset(
        &format!("{voor}adres"),
        &legend_tekst,
        hint_tekst.as_deref(),
        html! {
            (ui::Field::new(&straat_naam, ctx.t(msg::MELDING_ADRES_STRAAT)).value(straat).errors(e)
                .autocomplete(auto("address-line1")).input(tr, ui::InputKind::Text))
            (ui::Field::new(&postcode_naam, ctx.t(msg::MELDING_ADRES_POSTCODE)).hint(ctx.t(msg::MELDING_ADRES_POSTCODE_HINT))
                .value(postcode).errors(e).autocomplete(auto("postal-code")).width(ui::Width::Chars10).input(tr, ui::InputKind::Text))
            (ui::Field::new(&plaats_naam, ctx.t(msg::MELDING_ADRES_PLAATS)).value(plaats).errors(e)
                .autocomplete(auto("address-level2")).width(ui::Width::Chars20).input(tr, ui::InputKind::Text))
        },
    )
}

/// `GET /melding/{id}/spoed`.
pub fn spoed(ctx: &Ctx, verder: &str) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::MELDING_SPOEDROUTE_TITEL))
        .quick_exit()
        .render(html! {
            p { (ctx.t(msg::MELDING_SPOEDROUTE_TEKST)) }
            (spoed_blok(ctx))
            h2 { (ctx.t(msg::MELDING_SPOEDROUTE_DAARNA_TITEL)) }
            p { (ctx.t(msg::MELDING_SPOEDROUTE_DAARNA)) }
            (ui::Button::primary(ctx.t(msg::MELDING_SPOEDROUTE_VERDER)).link(verder))
        })
}

/// `GET /melding/{id}/later`.
pub fn later(ctx: &Ctx, melding: &Melding, verder: &str) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::MELDING_LATER_TITEL)).quick_exit().render(html! {
        // Mijn loket is the way back, on any device; the code is only for a call to the municipality.
        p { strong { (ctx.t(msg::MELDING_LATER_MIJN_LOKET)) } }
        p { (ctx.t(msg::MELDING_LATER_HOE)) }
        p { (ctx.t(msg::MELDING_LATER_SCHRIJF_OP)) }
        p { (ctx.t(msg::MELDING_LATER_BELLEN)) }
        (ui::panel(&ctx.t(msg::MELDING_LATER_CODE), html! { strong.loket-code { (melding.hervatcode) } }))
        (ui::button_group(html! {
            (ui::Button::primary(ctx.t(msg::MELDING_LATER_NU_VERDER)).link(verder))
            (ui::Button::secondary(ctx.t(msg::MELDING_LATER_NAAR_MIJN_LOKET)).link("/mijn-loket"))
        }))
    })
}

/// The answers as rows of a summary list; with change links while it is a draft.
fn rijen(ctx: &Ctx, melding: &Melding, wijzigen: bool) -> Vec<ui::SummaryRow> {
    let a: &Antwoorden = &melding.antwoorden;
    let leeg = || ctx.t(msg::MELDING_CONTROLEREN_LEEG);
    let lijst = |labels: Vec<String>| {
        if labels.is_empty() {
            leeg()
        } else {
            labels.join(", ")
        }
    };
    // Read by someone else than the person it is for (a helper, staff): their name instead of "ik" and "mijn".
    let over = over_wie(ctx, a);
    let mut rijen = Vec::new();
    for stap in Stap::voor(a) {
        let waarde: Markup = match stap {
            Stap::VoorWie => html! {
                (label_van(ctx, a.voor_wie, ctx.namens.as_ref().map(|n| n.voor_naam())).unwrap_or_else(leeg))
            },
            Stap::DeAnder => html! {
                (a.ander_naam.clone().unwrap_or_else(leeg))
                @if let Some(relatie) = label_van(ctx, a.ander_relatie, None) { br; (relatie) }
                @if a.ander_toestemming { br; (ctx.t(msg::MELDING_DE_ANDER_TOESTEMMING_JA)) }
            },
            Stap::Spoed => html! {
                (ctx.t(msg::MELDING_SPOED_GEVAAR)) " " (label_van(ctx, a.spoed_gevaar, over).unwrap_or_else(leeg)) br;
                (ctx.t(msg::MELDING_SPOED_ZORG)) " " (label_van(ctx, a.spoed_zorg, over).unwrap_or_else(leeg))
            },
            Stap::Hulpvraag => html! { (a.hulpvraag.clone().unwrap_or_else(leeg)) },
            Stap::Levensgebieden => html! {
                (lijst(a.levensgebieden.iter().map(|g| ctx.t(g.label())).collect()))
            },
            Stap::Huishouden => html! {
                (label_van(ctx, a.huishouden, over).unwrap_or_else(leeg))
                @if let Some(huisgenoten) = &a.huisgenoten { br; (huisgenoten) }
            },
            Stap::Gesprek => html! {
                (lijst(a.gesprek_erbij.iter().map(|g| zeg(ctx, g.label(), over)).collect()))
                @if let Some(naam) = &a.gesprek_erbij_naam { br; (naam) }
            },
            Stap::Clientondersteuning => html! {
                (label_van(ctx, a.clientondersteuning, over).unwrap_or_else(leeg))
                @if let Some(o) = a.co_organisatie.as_deref() {
                    br;
                    (ctx.app.gemeente.organisatie(o).map_or_else(|| ctx.t(msg::MELDING_CO_ORGANISATIE_GEMEENTE), |o| o.naam.clone()))
                }
            },
            Stap::Gegevens => html! {
                (a.persoon.naam.clone().unwrap_or_else(leeg))
                @if let Some(d) = a.persoon.geboortedatum { br; (ctx.tr.ta(msg::MELDING_GEGEVENS_GEBOREN_OP, &[("datum", crate::i18n::datum(d, ctx.lang()).into())])) }
                @if let Some(adres) = &a.persoon.adres { br; (adres.regel()) }
            },
            Stap::Contact => html! {
                (label_van(ctx, a.contact_manier, over).unwrap_or_else(leeg))
                @if let (Some(ContactManier::Brief), Some(adres)) = (a.contact_manier, a.postadres.as_ref().or(a.persoon.adres.as_ref())) {
                    br; (adres.regel())
                }
                @if let Some(t) = &a.telefoon { br; (t) }
                @if let Some(m) = &a.contact_email { br; (m) }
                @if let Some(t) = &a.contact_tijden { br; (t) }
                @if let Some(tolk) = a.tolk.filter(|t| *t != Tolk::Geen) {
                    br; (zeg(ctx, tolk.label(), over))
                    @if let Some(taal) = &a.tolk_taal { ": " (taal) }
                }
            },
            Stap::Toestemming => html! {
                (if a.toestemming { zeg(ctx, msg::MELDING_TOESTEMMING_JA, over) } else { leeg() })
            },
        };
        let waarde = if wijzigen && !a.compleet(stap) {
            // The error summary of the check page links here.
            html! { a id=(stap.slug()) href={ "/melding/" (melding.id) "/stap/" (stap.slug()) } { (waarde) } }
        } else {
            waarde
        };
        let mut rij = ui::SummaryRow::new(ctx.t(naam(stap)), waarde);
        if wijzigen {
            rij = rij.change(format!(
                "/melding/{}/stap/{}?terug=controleren",
                melding.id,
                stap.slug()
            ));
        }
        rijen.push(rij);
    }
    rijen
}

/// The answers of a submitted melding, read-only, as the receipt shows them: for the back office.
pub fn samenvatting(ctx: &Ctx, melding: &Melding) -> Markup {
    ui::summary_list(&ctx.tr, &rijen(ctx, melding, false))
}

/// The message of a relation, for the request for cliëntondersteuning sent with the melding.
pub fn relatie_label(relatie: Relatie) -> &'static str {
    relatie.label()
}

/// The message of a life area, for forms outside the melding that ask about the same areas.
pub fn levensgebied_label(gebied: Levensgebied) -> &'static str {
    gebied.label()
}

/// `GET /melding/{id}/controleren`.
pub fn controleren(ctx: &Ctx, melding: &Melding, errors: &FieldErrors) -> Markup {
    ui::Page::new(ctx, ctx.t(msg::MELDING_CONTROLEREN_TITEL))
        .back(format!("/melding/{}/stap/{}", melding.id, Stap::Toestemming.slug()), ctx.t(msg::UI_BACK_LINK))
        .quick_exit()
        .errors(errors)
        .render(html! {
            (namens_zin(ctx, over_wie(ctx, &melding.antwoorden)))
            p { (ctx.t(msg::MELDING_CONTROLEREN_TEKST)) }
            (ui::summary_list(&ctx.tr, &rijen(ctx, melding, true)))
            h2 { (ctx.t(msg::MELDING_CONTROLEREN_VERSTUREN_TITEL)) }
            p { (begrippen::zin(ctx, msg::MELDING_CONTROLEREN_VERSTUREN_TEKST, &[], Begrip::Melding)) }
            form method="post" action={ "/melding/" (melding.id) "/indienen" } {
                (ui::Button::primary(ctx.t(msg::MELDING_CONTROLEREN_KNOP)))
            }
            (gratis_hulp(ctx))
            (concept::link(ctx, &format!("/melding/{}/verwijderen", melding.id)))
        })
}

/// `GET /melding/{id}/verwijderen`: whether to throw this draft away.
pub fn verwijderen(
    ctx: &Ctx,
    melding: &Melding,
    invoer: &concept::Invoer,
    errors: &FieldErrors,
) -> Markup {
    concept::pagina(
        ctx,
        Begrip::Melding,
        Some(crate::clock::amsterdam(melding.aangemaakt_op).date()),
        &format!("/melding/{}/verwijderen", melding.id),
        &format!("/melding/{}/controleren", melding.id),
        invoer,
        errors,
    )
}

/// The dates that follow from the melding, each with one plain sentence.
fn datums(ctx: &Ctx, melding: &Melding) -> Markup {
    let gemeente = &ctx.app.gemeente;
    let lang = ctx.lang();
    match termijnen(gemeente, melding.ontvangen_op, melding.eerste_gesprek_op) {
        Some([plan, onderzoek]) => {
            html! {
                ul.loket-datums {
                    li { (begrippen::zin(ctx, msg::MELDING_DATUM_PLAN, &[("datum", datum_met_dag(plan.einde, lang).into())], Begrip::PersoonlijkPlan)) }
                    li { (begrippen::zin(ctx, msg::MELDING_DATUM_ONDERZOEK, &[("datum", datum_met_dag(onderzoek.einde, lang).into())], Begrip::Onderzoek)) }
                }
            }
        }
        None => html! { p { (ctx.t(msg::MELDING_DATUM_NA_GESPREK)) } },
    }
}

/// `GET /melding/{id}/bevestiging`.
pub fn bevestiging(
    ctx: &Ctx,
    melding: &Melding,
    wacht: Option<&str>,
    co: Option<&(String, String)>,
) -> Markup {
    let referentie = melding.referentie.as_deref().unwrap_or_default();
    ui::Page::new(ctx, ctx.t(msg::MELDING_BEVESTIGING_TITEL)).render(html! {
        (ui::panel(&ctx.t(msg::MELDING_BEVESTIGING_PANEEL), html! {
            (ctx.t(msg::MELDING_BEVESTIGING_NUMMER)) br; strong { (referentie) }
        }))
        @if let Some(ontvangen) = melding.ontvangen_op {
            p { (ctx.tr.ta(msg::MELDING_BEVESTIGING_ONTVANGEN, &[("datum", datum_met_dag(ontvangen, ctx.lang()).into())])) }
        }
        p { (ctx.t(msg::MELDING_BEVESTIGING_MAIL)) }
        @if let Some(naam) = wacht {
            // Filed for someone else who has not confirmed: the way to let them confirm.
            h2 { (ctx.t(msg::VERTEGENWOORDIGING_AANBOD_TITEL)) }
            p { (ctx.tr.ta(msg::VERTEGENWOORDIGING_AANBOD_TEKST, &[("naam", naam.into())])) }
            p { a href={ "/melding/" (melding.id) "/machtiging" } { (ctx.tr.ta(msg::VERTEGENWOORDIGING_AANBOD_LINK, &[("naam", naam.into())])) } }
        }
        h2 { (ctx.t(msg::MELDING_BEVESTIGING_NU_TITEL)) }
        p { (ctx.t(msg::MELDING_MAIL_CONTACT)) }
        (datums(ctx, melding))
        @if melding.antwoorden.is_spoed() {
            (spoed_blok(ctx))
        }
        @if let Some((co_id, co_referentie)) = co {
            p { (ctx.tr.ta(msg::MELDING_BEVESTIGING_CO_GEVRAAGD, &[("referentie", co_referentie.as_str().into())])) }
            p { a href={ "/clientondersteuning/" (co_id) } { (ctx.t(msg::MELDING_BEVESTIGING_CO_BEKIJK)) } }
        } @else if melding.antwoorden.clientondersteuning == Some(Wens::Ja) {
            // Sent before the melding asked who helps: the request is still to be made.
            p { (ctx.t(msg::MELDING_BEVESTIGING_CO)) " " a href={ "/clientondersteuning/aanvragen?melding=" (melding.id) } { (ctx.t(msg::MELDING_BEVESTIGING_CO_LINK)) } }
        } @else {
            (gratis_hulp(ctx))
        }
        ul {
            li { a href={ "/melding/" (melding.id) } { @match &ctx.namens {
                Some(namens) => (ctx.tr.ta(msg::DOSSIER_MIJN_LOKET_LINK_NAMENS, &[("naam", namens.voor_naam().into())])),
                None => (ctx.t(msg::DOSSIER_MIJN_LOKET_LINK)),
            } } }
            // Until the person it was filed for confirms, its filer has no plan to see (vertegenwoordiging).
            @if wacht.is_none() {
                li { a href={ "/melding/" (melding.id) "/plan" } { (ctx.t(msg::MELDING_BEVESTIGING_PLAN)) } }
            }
            li { a href={ "/melding/" (melding.id) "/ontvangstbewijs" } { (ctx.t(msg::MELDING_BEVESTIGING_BEWIJS)) } }
            li { a href="/mijn-loket" { (ctx.t(msg::MELDING_BEVESTIGING_MIJN_LOKET)) } }
        }
    })
}

/// `GET /melding/{id}/ontvangstbewijs`: the answers as sent, laid out to print.
pub fn ontvangstbewijs(ctx: &Ctx, melding: &Melding) -> Markup {
    let referentie = melding.referentie.as_deref().unwrap_or_default();
    ui::Page::new(ctx, ctx.t(msg::MELDING_BEWIJS_TITEL))
        .back(format!("/melding/{}/bevestiging", melding.id), ctx.t(msg::UI_BACK_LINK))
        .quick_exit()
        .render(html! {
            dl.loket-summary-list {
                div.loket-summary-list__row {
                    dt.loket-summary-list__key { (ctx.t(msg::MELDING_BEVESTIGING_NUMMER)) }
                    dd.loket-summary-list__value { (referentie) }
                }
                @if let Some(ontvangen) = melding.ontvangen_op {
                    div.loket-summary-list__row {
                        dt.loket-summary-list__key { (ctx.t(msg::MELDING_BEWIJS_ONTVANGEN)) }
                        dd.loket-summary-list__value { (datum_met_dag(ontvangen, ctx.lang())) }
                    }
                }
            }
            (ui::summary_list(&ctx.tr, &rijen(ctx, melding, false)))
            (datums(ctx, melding))
            p.loket-no-print { (ctx.t(msg::MELDING_BEWIJS_PRINTEN)) }
            (begrippen::uitleg(ctx, &[Begrip::Melding, Begrip::PersoonlijkPlan, Begrip::Onderzoek, Begrip::Clientondersteuning, Begrip::Mantelzorger]))
        })
}
