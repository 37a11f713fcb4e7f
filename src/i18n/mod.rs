//! Translations with fluent, language negotiation, and Dutch-style formatting of dates and amounts.
//!
//! Every resident-facing text lives in `locales/<lang>/<capability>.ftl`. Dutch (`nl`, taalniveau B1) is the
//! reference and the fallback; the build generates one constant per Dutch message id in [`msg`], so a handler
//! that names a message that does not exist does not compile. A test checks that every language has exactly the
//! same ids and variables.

mod format;
mod negotiate;

pub use format::{
    bedrag, datum, datum_kort, datum_met_dag, getal, getal_met_decimaal, maand, tijdstip,
};
pub use negotiate::{LANG_COOKIE, negotiate};

use std::sync::Arc;

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

include!(concat!(env!("OUT_DIR"), "/msg_ids.rs"));

/// The languages the portal speaks. Dutch first: it is the fallback. Staff pages speak only Dutch and English
/// ([`Lang::voor_medewerkers`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Nl,
    En,
    Tr,
    Ar,
    Pl,
    Uk,
}

impl Lang {
    /// In the order of the language switch: Dutch and English, then the others.
    pub const ALL: [Lang; 6] = [Lang::Nl, Lang::En, Lang::Tr, Lang::Ar, Lang::Pl, Lang::Uk];

    /// The languages of the staff pages.
    pub const MEDEWERKERS: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, as used in `<html lang>` and in the language cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
            Lang::Tr => "tr",
            Lang::Ar => "ar",
            Lang::Pl => "pl",
            Lang::Uk => "uk",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Written from right to left: `dir="rtl"` on the page and in mail.
    pub fn rtl(self) -> bool {
        self == Lang::Ar
    }

    /// `"rtl"` or `"ltr"`, for a `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.rtl() { "rtl" } else { "ltr" }
    }

    /// The language of a staff page for someone who chose this one: English stays English, every other
    /// language becomes Dutch, the language the municipality works in.
    pub fn voor_medewerkers(self) -> Lang {
        if self == Lang::En { Lang::En } else { Lang::Nl }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// All bundles, loaded once at start-up from the files embedded in the binary.
pub struct I18n {
    bundles: [FluentBundle<FluentResource>; 6],
}

impl I18n {
    /// Parses every embedded `.ftl` file. Fails on a syntax error or a message defined twice.
    pub fn load() -> Result<Arc<I18n>, String> {
        let bundles = Lang::ALL.map(|lang| {
            let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // In right-to-left text a value (a date, an amount, a reference, an address) is isolated, so that
            // it keeps its own direction and does not reorder the sentence around it (Unicode FSI ... PDI).
            // Left-to-right languages need no marks; they would only end up in HTML and mail.
            bundle.set_use_isolating(lang.rtl());
            bundle
        });
        let mut i18n = I18n { bundles };
        for (code, file, source) in FILES {
            let lang = Lang::from_code(code)
                .ok_or_else(|| format!("unknown language folder locales/{code}"))?;
            let resource = FluentResource::try_new((*source).to_owned())
                .map_err(|(_, errors)| format!("locales/{code}/{file}.ftl: {errors:?}"))?;
            i18n.bundles[lang.index()]
                .add_resource(resource)
                .map_err(|errors| format!("locales/{code}/{file}.ftl: {errors:?}"))?;
        }
        Ok(Arc::new(i18n))
    }

    /// Formats a message, falling back to Dutch when the language lacks it.
    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
        for bundle in [&self.bundles[lang.index()], &self.bundles[Lang::Nl.index()]] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::error!(message_id = id, ?errors, "translation error");
                }
                return text.into_owned();
            }
        }
        tracing::error!(message_id = id, "missing translation");
        id.to_owned()
    }
}

/// A translator for one request: the negotiated language and the bundles. Handlers and views take it.
#[derive(Clone)]
pub struct Tr {
    lang: Lang,
    i18n: Arc<I18n>,
}

impl Tr {
    pub fn new(i18n: Arc<I18n>, lang: Lang) -> Self {
        Tr { lang, i18n }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The same translator in another language (for the language switch, or mail in the recipient's language).
    pub fn with_lang(&self, lang: Lang) -> Tr {
        Tr {
            lang,
            i18n: self.i18n.clone(),
        }
    }

    /// A message without variables: `tr.t(msg::START_TITEL)`.
    pub fn t(&self, id: &str) -> String {
        self.i18n.format(self.lang, id, None)
    }

    /// A message with variables: `tr.ta(msg::X, &[("datum", datum(d, lang).into())])`.
    pub fn ta(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.i18n.format(self.lang, id, Some(&fluent_args))
    }
}
