//! The besluit as a printable letter, for every scheme that ends in a decision: built from what staff recorded,
//! with every part a decision needs (Awb art. 3:46, 3:47, 6:7, 6:8): the municipality, the date, to whom, the
//! reference, what was decided (per part: granted, partly or refused, from when, until when, an amount), the
//! reasons as staff wrote them (in Dutch, also on an English page), who decided on behalf of the college of
//! burgemeester en wethouders, and how and until when to object. The stylesheet's print rules leave out the
//! header's links, the footer and the buttons, so the browser prints it, or saves it as a PDF.
//!
//! Each scheme reads its own decision and fills a [`Beschikking`]; the resident's and the staff's page are the
//! same page.

use maud::{Markup, html};
use sqlx::{Any, Executor};
use time::Date;

use crate::begrippen::{self, Begrip};
use crate::geld::Bedrag;
use crate::http::Ctx;
use crate::i18n::{Lang, bedrag, datum, datum_met_dag, msg};
use crate::ui;

/// What was decided on one part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Uitkomst {
    Toegekend,
    Gedeeltelijk,
    Afgewezen,
}

/// One part of the decision: what (as staff or the profile named it), the outcome, and where the scheme has
/// them, its first and last day and its amount; `reden` as staff wrote it.
#[derive(Clone, Debug)]
pub struct Onderdeel {
    pub wat: String,
    pub uitkomst: Uitkomst,
    pub vanaf: Option<Date>,
    pub tot: Option<Date>,
    pub bedrag: Option<Bedrag>,
    pub reden: String,
}

/// A decision as the letter shows it.
#[derive(Clone, Debug)]
pub struct Beschikking {
    /// The case's reference.
    pub referentie: String,
    /// To whom: the name on the request.
    pub aan: String,
    /// The day the decision was sent: its date, and the day after it the term to object starts.
    pub verzonden_op: Date,
    pub onderdelen: Vec<Onderdeel>,
    /// The reasons for the whole decision, as staff wrote them.
    pub motivering: String,
    /// The rule the decision rests on, where the scheme names one (the profile's source).
    pub grondslag: Option<String>,
    /// The member of staff who recorded it; `None` when no name is known.
    pub door: Option<String>,
    /// Where the resident objects in the portal; `None` on the staff page.
    pub bezwaar_pad: Option<String>,
    /// The case page this letter belongs to.
    pub terug: String,
    /// The word of the scheme the letter names, explained at the end with the besluit and the bezwaar.
    pub begrip: Option<Begrip>,
}

/// The name of the person who recorded the last step of kind `soort` on case `zaak_id` (the decision), as
/// their account has it now; `None` when none, or without a name.
pub async fn besloten_door<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &str,
    soort: &str,
) -> Result<Option<String>, sqlx::Error> {
    let naam: Option<Option<String>> = sqlx::query_scalar(
        "SELECT p.naam FROM zaak_gebeurtenissen g JOIN personen p ON p.id = g.door_persoon_id \
         WHERE g.zaak_id = $1 AND g.soort = $2 ORDER BY g.volgnummer DESC LIMIT 1",
    )
    .bind(zaak_id)
    .bind(soort)
    .fetch_optional(db)
    .await?;
    Ok(naam.flatten().filter(|n| !n.trim().is_empty()))
}

/// The link on a case page to its letter.
pub fn link(ctx: &Ctx, href: &str) -> Markup {
    html! {
        p { a href=(href) { (ctx.t(msg::ZAAK_BESCHIKKING_LINK)) } }
    }
}

fn uitkomst(ctx: &Ctx, u: Uitkomst) -> String {
    ctx.t(match u {
        Uitkomst::Toegekend => msg::ZAAK_BESCHIKKING_TOEGEKEND,
        Uitkomst::Gedeeltelijk => msg::ZAAK_BESCHIKKING_GEDEELTELIJK,
        Uitkomst::Afgewezen => msg::ZAAK_BESCHIKKING_AFGEWEZEN,
    })
}

/// The letter.
pub fn pagina(ctx: &Ctx, b: &Beschikking) -> Markup {
    let lang = ctx.lang();
    let gemeente = &ctx.app.gemeente;
    let kop = [
        ui::SummaryRow::new(
            ctx.t(msg::ZAAK_BESCHIKKING_DATUM),
            datum(b.verzonden_op, lang),
        ),
        ui::SummaryRow::new(ctx.t(msg::ZAAK_BESCHIKKING_AAN), b.aan.as_str()),
        ui::SummaryRow::new(ctx.t(msg::ZAAK_BESCHIKKING_KENMERK), b.referentie.as_str()),
    ];
    ui::Page::new(ctx, ctx.t(msg::ZAAK_BESCHIKKING_TITEL))
        .back(b.terug.as_str(), ctx.t(msg::UI_BACK_LINK))
        .render(html! {
            p.loket-no-print { (ctx.t(msg::ZAAK_BESCHIKKING_AFDRUKKEN)) }
            (ui::in_het_nederlands(&ctx.tr))
            div.loket-besluit {
                p.loket-besluit__afzender {
                    strong { (ctx.tr.ta(msg::ZAAK_BESCHIKKING_GEMEENTE, &[("gemeente", gemeente.naam.as_str().into())])) }
                    @for regel in gemeente.contact.adres.post.iter().filter_map(|r| crate::gemeente::ingevuld(r)) {
                        br; span lang="nl" dir="ltr" { (regel) }
                    }
                }
                (ui::summary_list(&ctx.tr, &kop))
                h2 { (ctx.t(msg::ZAAK_BESCHIKKING_BESLOTEN)) }
                @for o in &b.onderdelen {
                    (onderdeel(ctx, o))
                }
                @if let Some(grond) = &b.grondslag {
                    p { (ctx.tr.ta(msg::ZAAK_BESCHIKKING_GRONDSLAG, &[("bron", grond.as_str().into())])) }
                }
                @if !b.motivering.trim().is_empty() {
                    h2 { (ctx.t(msg::ZAAK_BESCHIKKING_REDENEN)) }
                    (ui::van_gemeente(&ctx.tr, &b.motivering))
                }
                h2 { (ctx.t(msg::ZAAK_BESCHIKKING_DOOR_TITEL)) }
                p.loket-besluit__ondertekening {
                    (ctx.tr.ta(msg::ZAAK_BESCHIKKING_DOOR, &[
                        ("naam", b.door.clone().unwrap_or_else(|| ctx.t(msg::ZAAK_BESCHIKKING_MEDEWERKER)).into()),
                        ("gemeente", gemeente.naam.as_str().into()),
                    ]))
                }
                h2 { (ctx.t(msg::ZAAK_BESCHIKKING_BEZWAAR_TITEL)) }
                (bezwaar(ctx, b))
                @if ctx.lang() != Lang::Nl {
                    // The clause is explained in the reader's language; the Dutch text is the one that counts.
                    // Not folded away: the letter is printed, and the Dutch text must be on the paper too.
                    h3 { (ctx.t(msg::ZAAK_BESCHIKKING_BEZWAAR_NEDERLANDS)) }
                    div lang="nl" dir="ltr" { (bezwaar(&ctx.in_taal(Lang::Nl), b)) }
                }
            }
            @let woorden: Vec<Begrip> = b.begrip.into_iter().chain([Begrip::Besluit, Begrip::Bezwaar]).collect();
            (begrippen::uitleg(ctx, &woorden))
        })
}

/// How to object to the besluit: the term, what the letter holds, where it goes (Awb art. 3:45, 6:7).
fn bezwaar(ctx: &Ctx, b: &Beschikking) -> Markup {
    let lang = ctx.lang();
    let gemeente = &ctx.app.gemeente;
    let termijn = super::domain::bezwaar_termijn(b.verzonden_op, gemeente);
    let weken = gemeente.termijnen.bezwaar_weken;
    html! {
        p { strong { (begrippen::zin(ctx, msg::ZAAK_BESCHIKKING_BEZWAAR_TOT, &[("datum", datum_met_dag(termijn.einde, lang).into())], Begrip::Bezwaar)) } }
        p { (ctx.tr.ta(msg::ZAAK_BESCHIKKING_BEZWAAR_TERMIJN, &[("weken", weken.into()), ("verzonden", datum(b.verzonden_op, lang).into())])) }
        p { (ctx.t(msg::ZAAK_BESCHIKKING_BEZWAAR_BRIEF)) }
        @let adres: Vec<&str> = gemeente.contact.adres.post.iter().filter_map(|r| crate::gemeente::ingevuld(r)).collect();
        @if !adres.is_empty() {
            p {
                (ctx.tr.ta(msg::ZAAK_BESCHIKKING_BEZWAAR_ADRES, &[("gemeente", gemeente.naam.as_str().into())]))
                @for regel in adres { br; span lang="nl" dir="ltr" { (regel) } }
            }
        }
        @if let Some(pad) = &b.bezwaar_pad {
            p { (ctx.t(msg::ZAAK_BESCHIKKING_BEZWAAR_PORTAAL)) " " a href=(pad) { (ctx.t(msg::ZAAK_BESCHIKKING_BEZWAAR_LINK)) } }
        } @else {
            p { (ctx.t(msg::ZAAK_BESCHIKKING_BEZWAAR_PORTAAL)) }
        }
    }
}

fn onderdeel(ctx: &Ctx, o: &Onderdeel) -> Markup {
    let lang = ctx.lang();
    let mut rijen = vec![ui::SummaryRow::new(
        ctx.t(msg::ZAAK_BESCHIKKING_UITKOMST),
        uitkomst(ctx, o.uitkomst),
    )];
    if o.uitkomst != Uitkomst::Afgewezen {
        if let Some(dag) = o.vanaf {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::ZAAK_BESCHIKKING_VANAF),
                datum(dag, lang),
            ));
        }
        if o.vanaf.is_some() || o.tot.is_some() {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::ZAAK_BESCHIKKING_TOT),
                match o.tot {
                    Some(dag) => datum(dag, lang),
                    None => ctx.t(msg::ZAAK_BESCHIKKING_GEEN_EINDE),
                },
            ));
        }
        if let Some(b) = o.bedrag {
            rijen.push(ui::SummaryRow::new(
                ctx.t(msg::ZAAK_BESCHIKKING_BEDRAG),
                bedrag(b, lang),
            ));
        }
    }
    if !o.reden.trim().is_empty() {
        rijen.push(ui::SummaryRow::new(
            ctx.t(msg::ZAAK_BESCHIKKING_WAAROM),
            ui::van_gemeente(&ctx.tr, &o.reden),
        ));
    }
    html! {
        h3 { (ui::nederlands(&ctx.tr, &o.wat)) }
        (ui::summary_list(&ctx.tr, &rijen))
    }
}

/// The Wmo besluit of a case, where it has one: each voorziening as a part.
pub fn wmo(
    zaak: &super::domain::Zaak,
    referentie: &str,
    aan: &str,
    door: Option<String>,
    terug: String,
    bezwaar_pad: Option<String>,
) -> Option<Beschikking> {
    use super::domain::{Gebeurtenis, Uitkomst as Wmo};
    let Gebeurtenis::Besluit {
        verzonden_op,
        regels,
        motivering,
        ..
    } = &zaak.besluit.as_ref()?.gebeurtenis
    else {
        return None;
    };
    let onderdelen = regels
        .iter()
        .map(|r| Onderdeel {
            wat: if r.omvang.trim().is_empty() || r.uitkomst == Wmo::Afgewezen {
                r.omschrijving.clone()
            } else {
                format!("{}: {}", r.omschrijving, r.omvang)
            },
            uitkomst: match r.uitkomst {
                Wmo::Toegekend => Uitkomst::Toegekend,
                Wmo::Gedeeltelijk => Uitkomst::Gedeeltelijk,
                Wmo::Afgewezen => Uitkomst::Afgewezen,
            },
            vanaf: r.ingangsdatum,
            tot: r.einddatum,
            bedrag: r.pgb_bedrag,
            reden: r.reden.clone(),
        })
        .collect();
    Some(Beschikking {
        referentie: referentie.to_owned(),
        aan: aan.to_owned(),
        verzonden_op: *verzonden_op,
        onderdelen,
        motivering: motivering.clone(),
        grondslag: None,
        door,
        bezwaar_pad,
        terug,
        begrip: None,
    })
}
