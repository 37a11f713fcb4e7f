//! The glossary (`/begrippen`): every word of the Wmo and the municipality's letters that residents must learn,
//! explained in plain Dutch, and the inline links that explain such a word where a page uses it.
//!
//! Residents do not know these words today (Kwartaalbrief VWS aan gemeenten 2015, §1). A page may use one only
//! where it explains it, so pages link the word to its entry here ([`zin`], [`link`]); the plain-language gate
//! checks that.

mod views;

use axum::Router;
use axum::routing::get;
use maud::{Markup, html};

use crate::AppState;
use crate::http::Ctx;
use crate::i18n::{FluentValue, Tr, msg};
use crate::ui;

pub fn router() -> Router<AppState> {
    Router::new().route("/begrippen", get(views::show))
}

/// One word of the glossary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Begrip {
    Wmo,
    Melding,
    PersoonlijkPlan,
    Clientondersteuning,
    Mantelzorger,
    Onderzoek,
    Verslag,
    Aanvraag,
    Maatwerkvoorziening,
    AlgemeneVoorziening,
    ZorgInNatura,
    Pgb,
    EigenBijdrage,
    Besluit,
    Bezwaar,
    Ingebrekestelling,
    Dwangsom,
    Machtiging,
    Blijverslening,
    Kindpakket,
    Uitdaagrecht,
    Avg,
}

impl Begrip {
    /// In the order of the procedure: the law, the melding, the steps, the money, the schemes, privacy.
    pub const ALL: [Begrip; 22] = [
        Begrip::Wmo,
        Begrip::Melding,
        Begrip::PersoonlijkPlan,
        Begrip::Clientondersteuning,
        Begrip::Mantelzorger,
        Begrip::Onderzoek,
        Begrip::Verslag,
        Begrip::Aanvraag,
        Begrip::Maatwerkvoorziening,
        Begrip::AlgemeneVoorziening,
        Begrip::ZorgInNatura,
        Begrip::Pgb,
        Begrip::EigenBijdrage,
        Begrip::Besluit,
        Begrip::Bezwaar,
        Begrip::Ingebrekestelling,
        Begrip::Dwangsom,
        Begrip::Machtiging,
        Begrip::Blijverslening,
        Begrip::Kindpakket,
        Begrip::Uitdaagrecht,
        Begrip::Avg,
    ];

    /// The id of its entry on `/begrippen`, stable because other pages and letters link to it.
    pub fn anker(self) -> &'static str {
        self.messages().0
    }

    /// The word as a page uses it in a sentence (lower case where Dutch writes it so).
    pub(super) fn woord(self) -> &'static str {
        self.messages().1
    }

    /// The glossary's plain explanation.
    pub(super) fn uitleg(self) -> &'static str {
        self.messages().2
    }

    fn messages(self) -> (&'static str, &'static str, &'static str) {
        use Begrip::*;
        match self {
            Wmo => ("wmo", msg::BEGRIP_WMO, msg::BEGRIP_WMO_UITLEG),
            Melding => ("melding", msg::BEGRIP_MELDING, msg::BEGRIP_MELDING_UITLEG),
            PersoonlijkPlan => (
                "persoonlijk-plan",
                msg::BEGRIP_PLAN,
                msg::BEGRIP_PLAN_UITLEG,
            ),
            Clientondersteuning => (
                "clientondersteuning",
                msg::BEGRIP_CLIENTONDERSTEUNING,
                msg::BEGRIP_CLIENTONDERSTEUNING_UITLEG,
            ),
            Mantelzorger => (
                "mantelzorger",
                msg::BEGRIP_MANTELZORGER,
                msg::BEGRIP_MANTELZORGER_UITLEG,
            ),
            Onderzoek => (
                "onderzoek",
                msg::BEGRIP_ONDERZOEK,
                msg::BEGRIP_ONDERZOEK_UITLEG,
            ),
            Verslag => ("verslag", msg::BEGRIP_VERSLAG, msg::BEGRIP_VERSLAG_UITLEG),
            Aanvraag => (
                "aanvraag",
                msg::BEGRIP_AANVRAAG,
                msg::BEGRIP_AANVRAAG_UITLEG,
            ),
            Maatwerkvoorziening => (
                "maatwerkvoorziening",
                msg::BEGRIP_MAATWERK,
                msg::BEGRIP_MAATWERK_UITLEG,
            ),
            AlgemeneVoorziening => (
                "algemene-voorziening",
                msg::BEGRIP_ALGEMEEN,
                msg::BEGRIP_ALGEMEEN_UITLEG,
            ),
            ZorgInNatura => ("zorg-in-natura", msg::BEGRIP_ZIN, msg::BEGRIP_ZIN_UITLEG),
            Pgb => ("pgb", msg::BEGRIP_PGB, msg::BEGRIP_PGB_UITLEG),
            EigenBijdrage => (
                "eigen-bijdrage",
                msg::BEGRIP_EIGEN_BIJDRAGE,
                msg::BEGRIP_EIGEN_BIJDRAGE_UITLEG,
            ),
            Besluit => ("besluit", msg::BEGRIP_BESLUIT, msg::BEGRIP_BESLUIT_UITLEG),
            Bezwaar => ("bezwaar", msg::BEGRIP_BEZWAAR, msg::BEGRIP_BEZWAAR_UITLEG),
            Ingebrekestelling => (
                "ingebrekestelling",
                msg::BEGRIP_INGEBREKESTELLING,
                msg::BEGRIP_INGEBREKESTELLING_UITLEG,
            ),
            Dwangsom => (
                "dwangsom",
                msg::BEGRIP_DWANGSOM,
                msg::BEGRIP_DWANGSOM_UITLEG,
            ),
            Machtiging => (
                "machtiging",
                msg::BEGRIP_MACHTIGING,
                msg::BEGRIP_MACHTIGING_UITLEG,
            ),
            Blijverslening => (
                "blijverslening",
                msg::BEGRIP_BLIJVERSLENING,
                msg::BEGRIP_BLIJVERSLENING_UITLEG,
            ),
            Kindpakket => (
                "kindpakket",
                msg::BEGRIP_KINDPAKKET,
                msg::BEGRIP_KINDPAKKET_UITLEG,
            ),
            Uitdaagrecht => (
                "uitdaagrecht",
                msg::BEGRIP_UITDAAGRECHT,
                msg::BEGRIP_UITDAAGRECHT_UITLEG,
            ),
            Avg => ("avg", msg::BEGRIP_AVG, msg::BEGRIP_AVG_UITLEG),
        }
    }

    /// Another word for the same thing, that residents meet in letters.
    pub(super) fn ook(self) -> Option<&'static str> {
        match self {
            Begrip::Onderzoek => Some(msg::BEGRIP_ONDERZOEK_OOK),
            Begrip::Besluit => Some(msg::BEGRIP_BESLUIT_OOK),
            _ => None,
        }
    }

    fn href(self) -> String {
        format!("/begrippen#{}", self.anker())
    }
}

/// The word as a link to its explanation.
pub fn link(ctx: &Ctx, begrip: Begrip) -> Markup {
    html! { a href=(begrip.href()) { (ctx.t(begrip.woord())) } }
}

/// On a page in another language, the Dutch word beside the translated one: the word the municipality's
/// letters and the law use.
pub fn nederlands_woord(ctx: &Ctx, woord: &str) -> Markup {
    let nl = ctx.tr.with_lang(crate::i18n::Lang::Nl).t(woord);
    html! {
        @if ctx.lang() != crate::i18n::Lang::Nl && !ctx.t(woord).contains(nl.as_str()) {
            " " span lang="nl" dir="ltr" { "(" (nl) ")" }
        }
    }
}

/// A sentence whose `$begrip` variable is the word, linked to its explanation. The message and the word stay
/// separate texts, composed here, so that no translated text is ever spliced in as HTML.
pub fn zin(ctx: &Ctx, id: &str, args: &[(&str, FluentValue<'_>)], begrip: Begrip) -> Markup {
    // A private-use character stands in for the word; messages never contain it.
    const PLEK: &str = "\u{E000}";
    let mut all = args.to_vec();
    all.push(("begrip", PLEK.into()));
    let text = ctx.tr.ta(id, &all);
    match text.split_once(PLEK) {
        Some((voor, na)) => html! { (voor) (link(ctx, begrip)) (na) },
        None => html! { (text) },
    }
}

/// The same sentence as plain text, for e-mail: the word without a link.
pub fn tekst(tr: &Tr, id: &str, args: &[(&str, FluentValue<'_>)], begrip: Begrip) -> String {
    let woord = tr.t(begrip.woord());
    let mut all = args.to_vec();
    all.push(("begrip", woord.into()));
    tr.ta(id, &all)
}

/// A short list of words with their explanations, for a page that uses them, ending with a link to them all.
pub fn uitleg(ctx: &Ctx, begrippen: &[Begrip]) -> Markup {
    ui::details(
        &ctx.t(msg::BEGRIPPEN_WOORDEN_TITEL),
        html! {
            dl.loket-begrippen {
                @for begrip in begrippen {
                    dt { (ctx.t(begrip.woord())) (nederlands_woord(ctx, begrip.woord())) }
                    dd { (ctx.t(begrip.uitleg())) }
                }
            }
            p { a href="/begrippen" { (ctx.t(msg::BEGRIPPEN_ALLE)) } }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_has_its_own_anchor() {
        let mut ankers: Vec<&str> = Begrip::ALL.iter().map(|b| b.anker()).collect();
        ankers.sort_unstable();
        ankers.dedup();
        assert_eq!(ankers.len(), Begrip::ALL.len());
        assert!(
            ankers
                .iter()
                .all(|a| a.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        );
    }
}
