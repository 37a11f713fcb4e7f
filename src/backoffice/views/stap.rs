//! The form of each step a consulent records on a Wmo case.

use super::*;

/// A date field with its three parts as typed.
pub(super) fn datum_veld(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    naam: &str,
    label: String,
    hint: Option<String>,
) -> Markup {
    let deel = |d: &str| invoer.get(&format!("{naam}-{d}")).to_owned();
    let mut veld = ui::Field::new(naam, label).errors(errors);
    if let Some(hint) = hint {
        veld = veld.hint(hint);
    }
    veld.date(&ctx.tr, &deel("dag"), &deel("maand"), &deel("jaar"))
}

/// A field with its label, optional hint, typed value and errors, ready for its input kind.
pub(super) fn veld<'a>(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &'a FieldErrors,
    naam: &'a str,
    label: &str,
    hint: Option<&str>,
) -> ui::Field<'a> {
    let veld = ui::Field::new(naam, ctx.t(label))
        .value(invoer.get(naam))
        .errors(errors);
    match hint {
        Some(hint) => veld.hint(ctx.t(hint)),
        None => veld,
    }
}

pub(super) fn tekst_veld(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    naam: &str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    veld(ctx, invoer, errors, naam, label, hint).input(&ctx.tr, ui::InputKind::Text)
}

pub(super) fn bedrag_veld(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    naam: &str,
    label: &str,
    hint: &str,
) -> Markup {
    ui::Field::new(naam, ctx.t(label))
        .hint(ctx.t(hint))
        .value(invoer.get(naam))
        .errors(errors)
        .width(ui::Width::Chars10)
        .input(&ctx.tr, ui::InputKind::Decimal)
}

pub(super) fn vak(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    naam: &str,
    label: &str,
    hint: Option<&str>,
) -> Markup {
    veld(ctx, invoer, errors, naam, label, hint).textarea(&ctx.tr, 5, None)
}

pub(super) fn pdf_veld(ctx: &Ctx, errors: &FieldErrors, label: &str) -> Markup {
    ui::Field::new("bestand", ctx.t(label)).errors(errors).file(
        &ctx.tr,
        ".pdf,application/pdf",
        MAX_MB,
    )
}

/// `GET /medewerker/zaak/{id}/{stap}`: the form of one step.
pub fn stap(
    ctx: &Ctx,
    melding: &Melding,
    zaak: &Zaak,
    stap: Stap,
    invoer: &Invoer,
    errors: &FieldErrors,
) -> Markup {
    let tr = &ctx.tr;
    let pad = zaak_pad(melding);
    let multipart = matches!(stap, Stap::Verslag | Stap::Besluit);
    let velden = match stap {
        Stap::Gesprek => {
            let plaatsen: Vec<ui::Choice<'_>> = Plaats::ALL
                .iter()
                .map(|p| ui::Choice::new(p.code(), ctx.t(plaats_label(*p))))
                .collect();
            html! {
                (datum_veld(ctx, invoer, errors, "datum", ctx.t(msg::BACKOFFICE_VELD_DATUM_GESPREK), None))
                (ui::Field::new("tijd", ctx.t(msg::BACKOFFICE_VELD_TIJD))
                    .hint(ctx.t(msg::BACKOFFICE_VELD_TIJD_HINT))
                    .value(invoer.get("tijd"))
                    .errors(errors)
                    .width(ui::Width::Chars4)
                    .input(tr, ui::InputKind::Text))
                (ui::Field::new("plaats", ctx.t(msg::BACKOFFICE_VELD_PLAATS))
                    .value(invoer.get("plaats"))
                    .errors(errors)
                    .radios(tr, &plaatsen))
                (vak(ctx, invoer, errors, "toelichting", msg::BACKOFFICE_VELD_TOELICHTING, Some(msg::BACKOFFICE_VELD_TOELICHTING_HINT)))
            }
        }
        Stap::Geinformeerd => html! {
            (ui::Field::new("geinformeerd", ctx.t(msg::BACKOFFICE_VELD_GEINFORMEERD))
                .errors(errors)
                .checkboxes(tr, &[
                    ui::Choice::new("clientondersteuning", ctx.t(msg::BACKOFFICE_GEINFORMEERD_CO)),
                    ui::Choice::new("persoonlijk_plan", ctx.t(msg::BACKOFFICE_GEINFORMEERD_PLAN)),
                ], &invoer.alle("geinformeerd")))
        },
        Stap::Tijdelijk => html! {
            (vak(ctx, invoer, errors, "omschrijving", msg::BACKOFFICE_VELD_TIJDELIJK_OMSCHRIJVING, None))
            (datum_veld(ctx, invoer, errors, "vanaf", ctx.t(msg::BACKOFFICE_VELD_VANAF), None))
        },
        Stap::Onderzoek => {
            let onderwerpen: Vec<ui::Choice<'_>> = Onderwerp::ALL
                .iter()
                .map(|o| ui::Choice::new(o.code(), ctx.t(onderwerp_label(*o))))
                .collect();
            let gebieden: Vec<ui::Choice<'_>> = <Levensgebied as Code>::ALL
                .iter()
                .map(|g| ui::Choice::new(g.code(), ctx.t(crate::meldingen::levensgebied_label(*g))))
                .collect();
            let gepland = zaak.gesprek.as_ref().map(|(d, _, _)| *d);
            html! {
                (datum_veld(ctx, invoer, errors, "gesprek_op", ctx.t(msg::BACKOFFICE_VELD_GESPREK_OP),
                    gepland.map(|d| ctx.tr.ta(msg::BACKOFFICE_VELD_GESPREK_OP_GEPLAND, &[("datum", crate::i18n::datum_met_dag(d, ctx.lang()).into())]))))
                @if gepland.is_some() {
                    (ui::Field::new("gesprek_anders", ctx.t(msg::BACKOFFICE_VELD_GESPREK_ANDERS))
                        .errors(errors)
                        .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::BACKOFFICE_VELD_GESPREK_ANDERS_JA))], &invoer.alle("gesprek_anders")))
                }
                (ui::Field::new("onderwerpen", ctx.t(msg::BACKOFFICE_VELD_ONDERWERPEN))
                    .hint(ctx.t(msg::BACKOFFICE_VELD_ONDERWERPEN_HINT))
                    .errors(errors)
                    .checkboxes(tr, &onderwerpen, &invoer.alle("onderwerpen")))
                (ui::Field::new("levensgebieden", ctx.t(msg::BACKOFFICE_VELD_LEVENSGEBIEDEN))
                    .hint(ctx.t(msg::BACKOFFICE_VELD_LEVENSGEBIEDEN_HINT))
                    .errors(errors)
                    .checkboxes(tr, &gebieden, &invoer.alle("levensgebieden")))
                (vak(ctx, invoer, errors, "uitkomst", msg::BACKOFFICE_VELD_UITKOMST, None))
            }
        }
        Stap::Verslag => html! {
            (ui::Field::new("tekst", ctx.t(msg::BACKOFFICE_VELD_VERSLAG_TEKST))
                .hint(ctx.t(msg::BACKOFFICE_VELD_VERSLAG_HINT))
                .value(invoer.get("tekst"))
                .errors(errors)
                .textarea(tr, 12, Some(super::super::form::LANG_MAX as u32)))
            (pdf_veld(ctx, errors, msg::BACKOFFICE_VELD_BESTAND))
        },
        Stap::Vraag => html! {
            (vak(ctx, invoer, errors, "tekst", msg::BACKOFFICE_VELD_VRAAG, Some(msg::BACKOFFICE_VELD_VRAAG_HINT)))
            (datum_veld(ctx, invoer, errors, "voor", ctx.t(msg::BACKOFFICE_VELD_VOOR), None))
            (ui::Field::new("schort_op", ctx.t(msg::BACKOFFICE_VELD_SCHORT))
                .errors(errors)
                .checkboxes(tr, &[ui::Choice::new("ja", ctx.t(msg::BACKOFFICE_SCHORT_JA))], &invoer.alle("schort_op")))
        },
        Stap::Aanvraag => {
            let voorzieningen: Vec<ui::Choice<'_>> = Voorziening::ALL
                .iter()
                .map(|v| ui::Choice::new(v.code(), ctx.t(voorziening_label(*v))))
                .collect();
            html! {
                (datum_veld(ctx, invoer, errors, "ontvangen_op", ctx.t(msg::BACKOFFICE_VELD_ONTVANGEN_OP), Some(ctx.t(msg::BACKOFFICE_VELD_ONTVANGEN_HINT))))
                (ui::Field::new("voorzieningen", ctx.t(msg::BACKOFFICE_VELD_VOORZIENINGEN))
                    .errors(errors)
                    .checkboxes(tr, &voorzieningen, &invoer.alle("voorzieningen")))
            }
        }
        Stap::Verdagen => {
            let hint = zaak
                .besluit_termijn(&ctx.app.gemeente, ctx.app.clock.today())
                .map(|d| {
                    tr.ta(
                        msg::BACKOFFICE_VELD_NIEUWE_DATUM_HINT,
                        &[("datum", datum_met_dag(d, ctx.lang()).into())],
                    )
                });
            html! {
                (datum_veld(ctx, invoer, errors, "nieuwe_datum", ctx.t(msg::BACKOFFICE_VELD_NIEUWE_DATUM), hint))
                (vak(ctx, invoer, errors, "reden", msg::BACKOFFICE_VELD_REDEN, None))
            }
        }
        Stap::Besluit => {
            let voorzieningen = zaak
                .aanvraag
                .as_ref()
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            html! {
                (datum_veld(ctx, invoer, errors, "verzonden_op", ctx.t(msg::BACKOFFICE_VELD_VERZONDEN_OP), None))
                @for (i, voorziening) in voorzieningen.iter().enumerate() {
                    (besluit_regel(ctx, invoer, errors, i + 1, *voorziening))
                }
                (vak(ctx, invoer, errors, "motivering", msg::BACKOFFICE_VELD_MOTIVERING, None))
                (pdf_veld(ctx, errors, msg::BACKOFFICE_VELD_BRIEF))
            }
        }
        Stap::Ingebrekestelling => html! {
            p { (ctx.t(msg::BACKOFFICE_INGEBREKE_UITLEG)) }
            (datum_veld(ctx, invoer, errors, "ontvangen_op", ctx.t(msg::BACKOFFICE_VELD_INGEBREKE_ONTVANGEN), Some(ctx.t(msg::BACKOFFICE_VELD_INGEBREKE_HINT))))
        },
        Stap::Sluiten => html! {
            (vak(ctx, invoer, errors, "reden", msg::BACKOFFICE_VELD_SLUITEN_REDEN, None))
        },
    };
    let knop = match stap {
        Stap::Besluit | Stap::Sluiten | Stap::Verslag => ctx.t(stap_titel(stap)),
        _ => ctx.t(msg::BACKOFFICE_STAP_KNOP),
    };
    ui::Page::new(ctx, ctx.t(stap_titel(stap)))
        .back(pad.clone(), ctx.t(msg::BACKOFFICE_TERUG_ZAAK))
        .errors(errors)
        .render(html! {
            p { (ctx.tr.ta(msg::BACKOFFICE_STAP_ZAAK, &[("referentie", referentie(melding).into())])) }
            form method="post" action={ (pad) "/" (stap.slug()) }
                enctype=[multipart.then_some("multipart/form-data")] novalidate {
                // The step of the case this form was drawn on; kept when the form comes back with errors.
                input type="hidden" name="stand" value=(match invoer.get("stand") {
                    "" => zaak.stand().to_string(),
                    stand => stand.to_owned(),
                });
                (velden)
                (ui::Button::primary(knop))
            }
        })
}

/// The fieldset of one requested voorziening in the besluit.
pub(super) fn besluit_regel(
    ctx: &Ctx,
    invoer: &Invoer,
    errors: &FieldErrors,
    n: usize,
    voorziening: Voorziening,
) -> Markup {
    let tr = &ctx.tr;
    let naam = |veld: &str| regel_veld(n, veld);
    let (omschrijving, uitkomst, vorm, ingang, einde) = (
        naam("omschrijving"),
        naam("uitkomst"),
        naam("vorm"),
        naam("ingang"),
        naam("einde"),
    );
    let (omvang, aanbieder, kostprijs, bijdrage) = (
        naam("omvang"),
        naam("aanbieder"),
        naam("kostprijs"),
        naam("bijdrage"),
    );
    let (pgb_bedrag, pgb_berekening, reden) =
        (naam("pgb_bedrag"), naam("pgb_berekening"), naam("reden"));
    let uitkomsten: Vec<ui::Choice<'_>> = Uitkomst::ALL
        .iter()
        .map(|u| ui::Choice::new(u.code(), ctx.t(uitkomst_label(*u))))
        .collect();
    let vormen: Vec<ui::Choice<'_>> = Vorm::ALL
        .iter()
        .map(|v| ui::Choice::new(v.code(), ctx.t(vorm_label(*v))))
        .collect();
    let legend = tr.ta(
        msg::BACKOFFICE_REGEL_LEGEND,
        &[
            ("nummer", n.into()),
            ("voorziening", ctx.t(voorziening_label(voorziening)).into()),
        ],
    );
    ui::fieldset(
        &format!("r{n}"),
        &legend,
        None,
        html! {
            (tekst_veld(ctx, invoer, errors, &omschrijving, msg::BACKOFFICE_VELD_OMSCHRIJVING, Some(msg::BACKOFFICE_VELD_OMSCHRIJVING_HINT)))
            (ui::Field::new(&uitkomst, ctx.t(msg::BACKOFFICE_VELD_UITKOMST_REGEL))
                .value(invoer.get(&uitkomst))
                .errors(errors)
                .radios(tr, &uitkomsten))
            (ui::Field::new(&vorm, ctx.t(msg::BACKOFFICE_VELD_VORM))
                .hint(ctx.t(msg::BACKOFFICE_VELD_VORM_HINT))
                .value(invoer.get(&vorm))
                .errors(errors)
                .radios(tr, &vormen))
            (datum_veld(ctx, invoer, errors, &ingang, ctx.t(msg::BACKOFFICE_VELD_INGANG), None))
            (datum_veld(ctx, invoer, errors, &einde, ctx.t(msg::BACKOFFICE_VELD_EINDE), Some(ctx.t(msg::BACKOFFICE_VELD_EINDE_HINT))))
            (tekst_veld(ctx, invoer, errors, &omvang, msg::BACKOFFICE_VELD_OMVANG, Some(msg::BACKOFFICE_VELD_OMVANG_HINT)))
            (tekst_veld(ctx, invoer, errors, &aanbieder, msg::BACKOFFICE_VELD_AANBIEDER, Some(msg::BACKOFFICE_VELD_AANBIEDER_HINT)))
            (bedrag_veld(ctx, invoer, errors, &kostprijs, msg::BACKOFFICE_VELD_KOSTPRIJS, msg::BACKOFFICE_VELD_KOSTPRIJS_HINT))
            (bedrag_veld(ctx, invoer, errors, &bijdrage, msg::BACKOFFICE_VELD_BIJDRAGE, msg::BACKOFFICE_VELD_BIJDRAGE_HINT))
            (bedrag_veld(ctx, invoer, errors, &pgb_bedrag, msg::BACKOFFICE_VELD_PGB_BEDRAG, msg::BACKOFFICE_VELD_PGB_BEDRAG_HINT))
            (vak(ctx, invoer, errors, &pgb_berekening, msg::BACKOFFICE_VELD_PGB_BEREKENING, Some(msg::BACKOFFICE_VELD_PGB_BEREKENING_HINT)))
            (vak(ctx, invoer, errors, &reden, msg::BACKOFFICE_VELD_REDEN_REGEL, None))
        },
    )
}
