//! The parts of a municipality's profile, as read from its TOML file.
//!
//! Money is integer cents ([`crate::geld::Bedrag`]), percentages are [`Basispunten`], dates are [`time::Date`]: no floats for
//! money. Amounts that change over time are lists of entries with a `geldig_vanaf` date, oldest first; the
//! entry valid on a day is the last one that starts on or before it ([`geldig_op`]).

use crate::geld::Bedrag;
use serde::Deserialize;
use time::Date;

use super::datum;
use crate::i18n::Lang;

/// A text residents read: in Dutch and English, and in the portal's other languages where the municipality
/// wrote them. Where it did not, the reader sees the Dutch text, marked as Dutch.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tekst {
    pub nl: String,
    pub en: String,
    #[serde(default)]
    pub tr: Option<String>,
    #[serde(default)]
    pub ar: Option<String>,
    #[serde(default)]
    pub pl: Option<String>,
    #[serde(default)]
    pub uk: Option<String>,
}

/// The municipality's logo for the header: an SVG drawing kept in the profile, with the text that stands for
/// it (its alt text) in every language. Served from the portal itself under a name that changes with it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logo {
    /// The SVG document, `<svg ...>...</svg>`, at most [`Logo::MAX_BYTES`]; no scripts, no outside references.
    pub svg: String,
    /// What the logo says, for those who do not see it: "Gemeente Lansingerland".
    pub alt: Tekst,
    /// Where it is served ([`Logo::pad`]), set when the profile is read.
    #[serde(skip)]
    pub href: String,
}

impl Logo {
    pub const MAX_BYTES: usize = 50 * 1024;

    /// The path it is served at: `/static/logo.<hash>.svg`.
    pub fn pad(&self) -> String {
        let hash = self.svg.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        format!("/static/logo.{:010x}.svg", hash >> 24)
    }
}

impl Tekst {
    /// The text in `lang`, or in Dutch where the municipality did not write it in `lang`.
    pub fn in_taal(&self, lang: Lang) -> &str {
        self.met_taal(lang).0
    }

    /// The text for a reader of `lang` and the language it is in.
    pub fn met_taal(&self, lang: Lang) -> (&str, Lang) {
        let vertaling = match lang {
            Lang::Nl => Some(&self.nl),
            Lang::En => Some(&self.en),
            Lang::Tr => self.tr.as_ref(),
            Lang::Ar => self.ar.as_ref(),
            Lang::Pl => self.pl.as_ref(),
            Lang::Uk => self.uk.as_ref(),
        };
        // Empty or a placeholder still to be filled in: the Dutch text.
        match vertaling.and_then(|t| super::ingevuld(t)) {
            Some(tekst) => (tekst, lang),
            None => (&self.nl, Lang::Nl),
        }
    }

    /// The text for a reader of `lang`, marked with its own language when that is another (WCAG 3.1.2).
    pub fn html(&self, lang: Lang) -> maud::Markup {
        let (tekst, taal) = self.met_taal(lang);
        maud::html! {
            @if taal == lang { (tekst) } @else { span lang=(taal.code()) dir=(taal.dir()) { (tekst) } }
        }
    }
}

/// How residents reach the municipality.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub telefoon: String,
    pub email: String,
    pub adres: Adres,
    pub website: String,
    /// One line per group of days, for example "maandag tot en met vrijdag: 8.30 tot 17.00 uur".
    pub openingstijden: Vec<Tekst>,
    /// The e-mail address of the municipality's data-protection officer (AVG art. 37-39), for the privacy
    /// page; without one (or with a placeholder) the page points to the general address.
    #[serde(default)]
    pub functionaris_gegevensbescherming: Option<String>,
}

/// Address lines, each as printed on an envelope.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Adres {
    /// Where letters go (often a Postbus).
    pub post: Vec<String>,
    /// Where residents can go in person.
    pub bezoek: Vec<String>,
}

/// Veilig Thuis, the advice and reporting centre for domestic violence and child abuse.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VeiligThuis {
    pub telefoon: String,
}

/// An organisation that gives free, independent cliëntondersteuning in this municipality.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisatie {
    /// Stable id, stored with a resident's request for cliëntondersteuning: never change it once in use.
    pub id: String,
    pub naam: String,
    pub omschrijving: Tekst,
    /// `None`: the organisation has none (not: unknown; unknown values are placeholders).
    pub telefoon: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
}

/// Procedure choices that differ per municipality.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    pub meldingsdatum: Meldingsdatum,
}

/// Which day counts as the date of the melding, the day the legal terms start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Meldingsdatum {
    /// The day the municipality receives the melding (Wmo 2015 art. 2.3.2 lid 1).
    Ontvangst,
    /// The day of the first gesprek with the toegangspartij (Verordening Sociaal Domein Lansingerland 2018,
    /// art. 2:1 sub b).
    EersteGesprek,
}

/// The terms of the procedure. Counting them (Algemene termijnenwet) is not the profile's job.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Termijnen {
    /// Hand in a persoonlijk plan within this many days after the melding.
    pub persoonlijk_plan_dagen: u32,
    /// Finish the onderzoek within this many weeks after the melding.
    pub onderzoek_weken: u32,
    /// Decide within this many weeks after the aanvraag.
    pub besluit_weken: u32,
    /// Object within this many weeks after the besluit was sent.
    pub bezwaar_weken: u32,
    /// Send the verslag within this many days after the gesprek.
    pub verslag_dagen: u32,
    /// Arrange temporary support within this many hours in a spoed case.
    pub spoed_uren: u32,
    /// Whether an advisory committee (Awb art. 7:13) hears the bezwaren: then the decision on a bezwaar takes
    /// 12 weeks instead of 6 (art. 7:10 lid 1).
    #[serde(default)]
    pub bezwaar_adviescommissie: bool,
}

/// Something valid from a date on, until the next entry of its list starts.
pub trait Gedateerd {
    fn geldig_vanaf(&self) -> Date;
}

/// The entry of `lijst` (oldest first) valid on `op`: the last that starts on or before it.
pub fn geldig_op<T: Gedateerd>(lijst: &[T], op: Date) -> Option<&T> {
    lijst.iter().rev().find(|x| x.geldig_vanaf() <= op)
}

/// An amount in cents, valid from a date on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BedragVanaf {
    #[serde(deserialize_with = "datum::een")]
    pub geldig_vanaf: Date,
    pub centen: Bedrag,
}

impl Gedateerd for BedragVanaf {
    fn geldig_vanaf(&self) -> Date {
        self.geldig_vanaf
    }
}

/// The amount in cents of `lijst` valid on `op`; `None` before the first entry.
pub fn bedrag_op(lijst: &[BedragVanaf], op: Date) -> Option<Bedrag> {
    geldig_op(lijst, op).map(|b| b.centen)
}

/// A percentage in hundredths of a percent: 2,80 % is 280, 110 % is 11000.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(transparent)]
pub struct Basispunten(pub i64);

impl Basispunten {
    /// `bedrag` times this percentage, rounded down to whole cents.
    pub fn van(self, bedrag: Bedrag) -> Bedrag {
        Bedrag::cent(bedrag.in_cent().saturating_mul(self.0) / 10_000)
    }
}

/// The resident's cost contribution for a maatwerkvoorziening.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EigenBijdrage {
    /// The abonnementstarief per month per household, collected by the CAK.
    pub abonnementstarief_per_maand: Vec<BedragVanaf>,
    /// No contribution for a home adaptation for a minor, until 18.
    pub woningaanpassing_minderjarige_vrij: bool,
}

/// Monthly social-assistance norms including holiday pay (Participatiewet), for income limits. They change
/// every 1 January and 1 July.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bijstandsnormen {
    #[serde(deserialize_with = "datum::een")]
    pub geldig_vanaf: Date,
    /// Single person or single parent, 21 to pension age.
    pub alleenstaande_21_tot_aow: Bedrag,
    /// Married or cohabiting couple, both 21 to pension age.
    pub gehuwden_21_tot_aow: Bedrag,
    /// Single person at pension age.
    pub alleenstaande_aow: Bedrag,
    /// Couple at pension age.
    pub gehuwden_aow: Bedrag,
    /// Where these norms come from, shown to residents beside a limit computed from them. Required in a
    /// profile with a Kindpakket ([`super::controle`]).
    #[serde(default)]
    pub bron: String,
}

impl Gedateerd for Bijstandsnormen {
    fn geldig_vanaf(&self) -> Date {
        self.geldig_vanaf
    }
}

/// The blijverslening: a loan via SVn for home owners to adapt their home. Every value carries the day from
/// which it applies and its source (`bron`), shown to residents beside the rule.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Blijverslening {
    /// The sources of the rules that hold without a date.
    pub bronnen: BlijfBronnen,
    /// Age and amount limits, oldest first.
    pub regels: Vec<BlijfRegels>,
    /// The yearly budget; applications are refused when it is spent.
    pub jaarbudget: Vec<Jaarbudget>,
    /// SVn's interest rates, oldest first.
    pub rente: Vec<Rentetarieven>,
    /// The time to pay back that the monthly estimate assumes.
    pub aflossing: Aflossing,
}

/// How long the portal keeps what, each with its source: personal data no longer than needed (AVG art. 5 lid 1
/// sub e), case files as long as the municipality's selection list says and then destroyed (Archiefwet 1995 art. 3
/// and 5). Periods of the portal's own records (drafts, sign-in links, mail) in days or years; cases per scheme
/// in years from the end of the case.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bewaren {
    /// A draft untouched this long is thrown away...
    pub concept_dagen: u32,
    /// ...after a mail this many days before.
    pub concept_waarschuwing_dagen: u32,
    /// A sign-in link this long after it expired.
    pub inloglink_dagen: u32,
    /// A delivered (or finally failed) mail this long after.
    pub mail_dagen: u32,
    /// An entry of the access log this long after it was made.
    pub toegangslog_jaren: u32,
    /// The source of the periods above.
    pub bron: String,
    /// Closed cases, per scheme.
    pub zaken: Vec<BewaarZaak>,
}

/// How long a closed case of one scheme is kept.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BewaarZaak {
    /// The scheme's code: `wmo-melding`, `blijverslening`, `kindpakket` or `uitdaagrecht`.
    pub regeling: String,
    /// Years from the end of the case (the last event).
    pub jaren: u32,
    pub bron: String,
}

/// The years over which the monthly estimate pays a loan back, per kind, with their source. SVn's rates are
/// fixed for 10 or 20 years ("10 jaar vast"); that period is not the time to pay back, which SVn sets.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aflossing {
    pub consumptief_jaren: u8,
    pub hypothecair_jaren: u8,
    pub bron: String,
}

impl Aflossing {
    /// The years for a kind by its code (`consumptief`, `hypothecair`).
    pub fn jaren(&self, soort: &str) -> u8 {
        match soort {
            "consumptief" => self.consumptief_jaren,
            _ => self.hypothecair_jaren,
        }
    }
}

impl Blijverslening {
    /// The limits valid on `op`.
    pub fn regels_op(&self, op: Date) -> Option<&BlijfRegels> {
        geldig_op(&self.regels, op)
    }

    /// The yearly budget valid on `op`, with its source.
    pub fn budget_op(&self, op: Date) -> Option<&Jaarbudget> {
        geldig_op(&self.jaarbudget, op)
    }

    /// The yearly budget in cents valid on `op`.
    pub fn jaarbudget_op(&self, op: Date) -> Option<Bedrag> {
        self.budget_op(op).map(|b| b.centen)
    }

    /// The interest rates valid on `op`.
    pub fn rente_op(&self, op: Date) -> Option<&Rentetarieven> {
        geldig_op(&self.rente, op)
    }
}

/// Where the undated rules of the blijverslening come from, as residents read it.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlijfBronnen {
    /// Owners who apply together, with a care need or for a home fit for all stages of life.
    pub eigenaar: String,
    /// The applicant lives in the home.
    pub bewoner: String,
    /// No loan for work done before applying.
    pub werk_gedaan: String,
    /// No loan when the yearly budget is spent.
    pub budget_op: String,
    /// What counts as real costs; the loan is never more.
    pub kosten: String,
    /// The grounds to refuse (a to f follow it on the page).
    pub afwijzen: String,
}

/// The limits of the blijverslening from a date on.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlijfRegels {
    #[serde(deserialize_with = "datum::een")]
    pub geldig_vanaf: Date,
    /// For a consumptive loan at least one applicant is younger than this on the day of applying.
    pub consumptief_jonger_dan: Leeftijd,
    pub consumptief: Leengrenzen,
    pub hypothecair: Leengrenzen,
}

impl Gedateerd for BlijfRegels {
    fn geldig_vanaf(&self) -> Date {
        self.geldig_vanaf
    }
}

/// An age in whole years, with its source, inside rules that carry their own date.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leeftijd {
    pub jaren: u8,
    pub bron: String,
}

/// Lowest and highest loan, in cents, with their source.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leengrenzen {
    pub minimum: Bedrag,
    pub maximum: Bedrag,
    pub bron: String,
}

/// The yearly budget in cents from a date on, with its source.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jaarbudget {
    #[serde(deserialize_with = "datum::een")]
    pub geldig_vanaf: Date,
    pub centen: Bedrag,
    pub bron: String,
}

impl Gedateerd for Jaarbudget {
    fn geldig_vanaf(&self) -> Date {
        self.geldig_vanaf
    }
}

/// SVn's rates for the blijverslening on a date, with their source.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rentetarieven {
    #[serde(deserialize_with = "datum::een")]
    pub geldig_vanaf: Date,
    pub consumptief_10_jaar: Basispunten,
    pub hypothecair_10_jaar: Basispunten,
    pub hypothecair_20_jaar: Basispunten,
    pub bron: String,
}

impl Gedateerd for Rentetarieven {
    fn geldig_vanaf(&self) -> Date {
        self.geldig_vanaf
    }
}

/// The Kindpakket: provisions for children in low-income families. Every rule value is dated and carries
/// its source (`bron`), which the pages show beside the outcome.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kindpakket {
    /// Children count while they are younger than this many years on the day, oldest first.
    pub leeftijd_kind_onder: Vec<Leeftijdsgrens>,
    pub onderdelen: Vec<KindpakketOnderdeel>,
}

impl Kindpakket {
    /// The part with this id.
    pub fn onderdeel(&self, id: &str) -> Option<&KindpakketOnderdeel> {
        self.onderdelen.iter().find(|o| o.id == id)
    }

    /// The highest usual income limit of any part valid on `op`: up to it a household gets at least one
    /// part. A part whose limit starts later does not count yet; `None` when no part has one that day.
    pub fn inkomensgrens_op(&self, op: Date) -> Option<&Percentage> {
        self.onderdelen
            .iter()
            .filter_map(|o| o.inkomensgrens_op(op))
            .max_by_key(|p| p.basispunten)
    }

    /// The highest hardship limit of any part valid on `op`; `None` when no part has one that day.
    pub fn inkomensgrens_schrijnend_op(&self, op: Date) -> Option<&Percentage> {
        self.onderdelen
            .iter()
            .filter_map(|o| o.inkomensgrens_schrijnend_op(op))
            .max_by_key(|p| p.basispunten)
    }

    /// The age limit for children valid on `op`.
    pub fn leeftijd_kind_onder_op(&self, op: Date) -> Option<&Leeftijdsgrens> {
        geldig_op(&self.leeftijd_kind_onder, op)
    }
}

/// A percentage valid from a date on, with its source.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Percentage {
    #[serde(deserialize_with = "datum::een")]
    pub geldig_vanaf: Date,
    pub basispunten: Basispunten,
    pub bron: String,
}

impl Gedateerd for Percentage {
    fn geldig_vanaf(&self) -> Date {
        self.geldig_vanaf
    }
}

/// An age in whole years valid from a date on, with its source.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leeftijdsgrens {
    #[serde(deserialize_with = "datum::een")]
    pub geldig_vanaf: Date,
    pub jaren: u8,
    pub bron: String,
}

impl Gedateerd for Leeftijdsgrens {
    fn geldig_vanaf(&self) -> Date {
        self.geldig_vanaf
    }
}

/// An amount in cents valid from a date on, with its source.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BedragMetBron {
    #[serde(deserialize_with = "datum::een")]
    pub geldig_vanaf: Date,
    pub centen: Bedrag,
    pub bron: String,
}

impl Gedateerd for BedragMetBron {
    fn geldig_vanaf(&self) -> Date {
        self.geldig_vanaf
    }
}

/// One part of the Kindpakket.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindpakketOnderdeel {
    /// Stable id, stored with decisions: never change it once in use.
    pub id: String,
    pub naam: String,
    pub omschrijving: Tekst,
    /// The description addressed to the child ("je"), for the page for children; the parent's otherwise.
    #[serde(default)]
    pub voor_kinderen: Option<Tekst>,
    /// Highest yearly amount per child in cents; empty when the part is goods or a pass, not an amount.
    #[serde(default)]
    pub maximum_per_jaar: Vec<BedragMetBron>,
    /// This part's household income limit, as a share of the applicable social-assistance norm, oldest
    /// first. Each part has its own: the organisations that give them set their own limits.
    pub inkomensgrens: Vec<Percentage>,
    /// This part's higher limit in individual hardship cases (with a reason), oldest first; empty when the
    /// part has none.
    #[serde(default)]
    pub inkomensgrens_schrijnend: Vec<Percentage>,
}

impl KindpakketOnderdeel {
    /// This part's income limit valid on `op`.
    pub fn inkomensgrens_op(&self, op: Date) -> Option<&Percentage> {
        geldig_op(&self.inkomensgrens, op)
    }

    /// This part's hardship limit valid on `op`, if it has one.
    pub fn inkomensgrens_schrijnend_op(&self, op: Date) -> Option<&Percentage> {
        geldig_op(&self.inkomensgrens_schrijnend, op)
    }

    /// The highest yearly amount valid on `op`, with its source.
    pub fn maximum_op(&self, op: Date) -> Option<&BedragMetBron> {
        geldig_op(&self.maximum_per_jaar, op)
    }
}
