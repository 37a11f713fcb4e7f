//! The requests for cliëntondersteuning the municipality must choose for, and the choice.

use maud::{Markup, html};

use crate::backoffice::clientondersteuning::{Kandidaat, KeuzeInvoer, Klaar, PAD};
use crate::clientondersteuning::domain::{Toegankelijkheid, VoorWie};
use crate::clientondersteuning::repo::TeKiezen;
use crate::form::FieldErrors;
use crate::http::Ctx;
use crate::i18n::{msg, tijdstip};
use crate::ui;

fn voor_wie(ctx: &Ctx, verzoek: &TeKiezen) -> String {
    match &verzoek.voor_wie {
        VoorWie::Zelf => ctx.t(msg::BACKOFFICE_CO_VOOR_ZELF),
        VoorWie::Ander { naam, relatie } => ctx.tr.ta(
            msg::BACKOFFICE_CO_VOOR_ANDER,
            &[
                ("naam", naam.as_str().into()),
                ("relatie", relatie.as_str().into()),
            ],
        ),
    }
}

fn praten(ctx: &Ctx, t: &Toegankelijkheid) -> String {
    match t {
        Toegankelijkheid::Geen => ctx.t(msg::BACKOFFICE_CO_PRATEN_GEEN),
        Toegankelijkheid::Tolk { taal: None } => ctx.t(msg::BACKOFFICE_CO_PRATEN_TOLK),
        Toegankelijkheid::Tolk { taal: Some(taal) } => ctx.tr.ta(
            msg::BACKOFFICE_CO_PRATEN_TOLK_TAAL,
            &[("taal", taal.as_str().into())],
        ),
        Toegankelijkheid::Gebarentaal => ctx.t(msg::BACKOFFICE_CO_PRATEN_GEBARENTAAL),
    }
}

/// `GET /medewerker/clientondersteuning`.
pub fn lijst(
    ctx: &Ctx,
    lijst: &[TeKiezen],
    pagina: crate::ui::paginering::Pagina,
    totaal: i64,
    klaar: Option<Klaar>,
) -> Markup {
    let tr = &ctx.tr;
    let paginas = pagina.aantal(totaal);
    let paginering = ui::Paginering {
        pad: PAD,
        param: "pagina",
        behoud: Vec::new(),
        pagina,
        paginas: Some(paginas),
        volgende: pagina.nummer < paginas,
        label: ctx.t(msg::BACKOFFICE_CO_LIJST_PAGINAS),
    };
    let kolommen = [
        ctx.t(msg::BACKOFFICE_CO_KOLOM_VRAAG),
        ctx.t(msg::BACKOFFICE_CO_KOLOM_OP),
        ctx.t(msg::BACKOFFICE_CO_KOLOM_VOOR),
        ctx.t(msg::BACKOFFICE_CO_KOLOM_PRATEN),
    ];
    ui::Page::new(ctx, ctx.t(msg::BACKOFFICE_CO_LIJST_TITEL))
        .back("/medewerker", ctx.t(msg::BACKOFFICE_TERUG_WACHTRIJ))
        .wide()
        .render(html! {
            @match klaar {
                Some(Klaar::Gekozen) => (ui::notification_banner(tr, ui::Notice::Success,
                    html! { p { (ctx.t(msg::BACKOFFICE_CO_KLAAR_GEKOZEN)) } })),
                Some(Klaar::AlGekozen) => (ui::notification_banner(tr, ui::Notice::Info,
                    html! { p { (ctx.t(msg::BACKOFFICE_CO_KLAAR_AL_GEKOZEN)) } })),
                None => {}
            }
            p { (ctx.t(msg::BACKOFFICE_CO_LIJST_INTRO)) }
            @if lijst.is_empty() {
                p { (ctx.t(msg::BACKOFFICE_CO_LIJST_LEEG)) }
            } @else {
                table.loket-table {
                    caption { (tr.ta(msg::BACKOFFICE_CO_LIJST_CAPTION, &[("aantal", totaal.into())])) }
                    thead { tr { @for kolom in &kolommen { th scope="col" { (kolom) } } } }
                    tbody {
                        @for verzoek in lijst {
                            tr {
                                th scope="row" data-label=(kolommen[0]) {
                                    a href={ (PAD) "/" (verzoek.id) } {
                                        (tr.ta(msg::BACKOFFICE_CO_KIES_LINK, &[("referentie", verzoek.referentie.as_str().into())]))
                                    }
                                }
                                td data-label=(kolommen[1]) { (tijdstip(verzoek.aangemaakt_op, ctx.lang())) }
                                td data-label=(kolommen[2]) { (voor_wie(ctx, verzoek)) }
                                td data-label=(kolommen[3]) { (praten(ctx, &verzoek.toegankelijkheid)) }
                            }
                        }
                    }
                }
                (ui::paginering(tr, &paginering))
            }
        })
}

/// `GET/POST /medewerker/clientondersteuning/{id}`: the request, and who helps.
pub fn kiezen(
    ctx: &Ctx,
    verzoek: &TeKiezen,
    kandidaten: &[Kandidaat],
    invoer: &KeuzeInvoer,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let leeg = || "-".to_owned();
    let mut rijen = vec![
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_CO_KOLOM_OP),
            tijdstip(verzoek.aangemaakt_op, ctx.lang()),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_CO_AANVRAGER),
            verzoek.aanvrager.clone().unwrap_or_else(leeg),
        ),
        ui::SummaryRow::new(ctx.t(msg::BACKOFFICE_CO_KOLOM_VOOR), voor_wie(ctx, verzoek)),
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_CO_TELEFOON),
            verzoek.telefoon.clone().unwrap_or_else(leeg),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_CO_EMAIL),
            verzoek.email.clone().unwrap_or_else(leeg),
        ),
        ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_CO_KOLOM_PRATEN),
            praten(ctx, &verzoek.toegankelijkheid),
        ),
    ];
    if let Some(notitie) = &verzoek.notitie {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::BACKOFFICE_CO_NOTITIE),
            ui::alinea(notitie),
        ));
    }
    rijen.push(ui::SummaryRow::new(
        ctx.t(msg::BACKOFFICE_CO_DOSSIER),
        ctx.t(if verzoek.dossier_inzien {
            msg::BACKOFFICE_CO_DOSSIER_JA
        } else {
            msg::BACKOFFICE_CO_DOSSIER_NEE
        }),
    ));
    let keuzes: Vec<ui::Choice<'_>> = kandidaten
        .iter()
        .map(|k| match &k.ondersteuner {
            None => ui::Choice::new(&k.waarde, k.organisatie_naam.as_str())
                .hint(ctx.t(msg::BACKOFFICE_CO_WIE_ORGANISATIE_HINT)),
            Some((_, naam)) => ui::Choice::new(
                &k.waarde,
                tr.ta(
                    msg::BACKOFFICE_CO_WIE_ONDERSTEUNER,
                    &[
                        ("naam", naam.as_str().into()),
                        ("organisatie", k.organisatie_naam.as_str().into()),
                    ],
                ),
            ),
        })
        .collect();
    ui::Page::new(
        ctx,
        tr.ta(
            msg::BACKOFFICE_CO_KIEZEN_TITEL,
            &[("referentie", verzoek.referentie.as_str().into())],
        ),
    )
    .back(PAD, ctx.t(msg::UI_BACK_LINK))
    .errors(errors)
    .render(html! {
        p { (ctx.t(msg::BACKOFFICE_CO_KIEZEN_INTRO)) }
        (ui::summary_list(tr, &rijen))
        @if keuzes.is_empty() {
            p { (ctx.t(msg::BACKOFFICE_CO_GEEN_ORGANISATIES)) }
        } @else {
            form method="post" action={ (PAD) "/" (verzoek.id) } novalidate {
                (ui::Field::new("wie", ctx.t(msg::BACKOFFICE_CO_WIE_LABEL))
                    .hint(ctx.t(msg::BACKOFFICE_CO_WIE_HINT))
                    .value(invoer.wie.as_str())
                    .errors(errors)
                    .radios(tr, &keuzes))
                (ui::Button::primary(ctx.t(msg::BACKOFFICE_CO_KNOP)))
            }
        }
    })
}
