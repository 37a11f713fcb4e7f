//! The municipality's profile: its name, contact details, the organisations that give free cliëntondersteuning,
//! and the rules and amounts that differ per municipality.
//!
//! A profile is a TOML file, not code, so that a municipality can be served without a new release. Two are built
//! into the binary (`profielen/*.toml`, each fact with its source in a comment); an operator can instead point
//! the portal at an edited copy ([`Gemeente::from_file`]). A profile is checked on load: a wrong profile
//! stops the start, with every problem named by file and field.
//!
//! Values the operator still has to fill start with [`IN_TE_VULLEN`]. They load, so a demo runs, but they are
//! listed by [`Gemeente::in_te_vullen`] (to warn at start-up) and pages hide them ([`ingevuld`]).

mod controle;
mod datum;
mod profiel;

pub use profiel::{
    Adres, Aflossing, Basispunten, BedragVanaf, BewaarZaak, Bewaren, Bijstandsnormen, BlijfBronnen,
    BlijfRegels, Blijverslening, Contact, EigenBijdrage, Gedateerd, Jaarbudget, Kindpakket,
    KindpakketOnderdeel, Leeftijdsgrens, Leengrenzen, Logo, Meldingsdatum, Organisatie, Procedure,
    Rentetarieven, Tekst, Termijnen, VeiligThuis, bedrag_op, geldig_op,
};

use std::path::Path;

use serde::Deserialize;
use time::Date;

use crate::config::Middel;

/// Marks a value the operator must fill in before going live.
pub const IN_TE_VULLEN: &str = "IN TE VULLEN";

/// Whether `waarde` is a placeholder the operator must fill in.
pub fn is_in_te_vullen(waarde: &str) -> bool {
    waarde.trim_start().starts_with(IN_TE_VULLEN)
}

/// `waarde`, unless it is a placeholder: what a page may show.
pub fn ingevuld(waarde: &str) -> Option<&str> {
    (!is_in_te_vullen(waarde) && !waarde.trim().is_empty()).then_some(waarde)
}

/// The built-in profiles: slug and TOML source. The first is the default.
const BUILTIN: [(&str, &str); 2] = [
    (
        "lansingerland",
        include_str!("profielen/lansingerland.toml"),
    ),
    ("het-hogeland", include_str!("profielen/het-hogeland.toml")),
];

const SLUGS: [&str; 2] = [BUILTIN[0].0, BUILTIN[1].0];

/// Which ways of signing in each part of the portal accepts, in the order the sign-in page offers them. A
/// way whose provider is not configured drops out; when none is left, the e-mail link works
/// ([`crate::config::Config::middelen`]). The defaults follow what municipalities ask: DigiD for health and
/// money matters and for acting for someone else, eHerkenning or DigiD for organisations, the municipality's
/// own provider for staff.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Inloggen {
    /// Meldingen, plans, cliëntondersteuning, the dossier and Mijn loket.
    pub wmo: Vec<Middel>,
    pub blijverslening: Vec<Middel>,
    pub kindpakket: Vec<Middel>,
    /// Acting for someone else with a machtiging.
    pub namens: Vec<Middel>,
    /// A cliëntondersteuner's pages.
    pub clientondersteuner: Vec<Middel>,
    /// An initiative's pages (right to challenge).
    pub initiatief: Vec<Middel>,
    /// Supporting a public proposal: one support per person (per BSN with DigiD).
    pub steun: Vec<Middel>,
    /// The back office.
    pub medewerker: Vec<Middel>,
}

impl Default for Inloggen {
    fn default() -> Inloggen {
        use Middel::{Digid, Eherkenning, Medewerker};
        Inloggen {
            wmo: vec![Digid],
            blijverslening: vec![Digid],
            kindpakket: vec![Digid],
            namens: vec![Digid],
            clientondersteuner: vec![Eherkenning, Digid],
            initiatief: vec![Eherkenning, Digid],
            steun: vec![Digid],
            medewerker: vec![Medewerker],
        }
    }
}

/// A municipality's profile. See `profielen/lansingerland.toml` for every field with its source.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gemeente {
    /// Short stable name, lowercase with dashes: `lansingerland`.
    pub slug: String,
    /// The name residents know: "Lansingerland".
    pub naam: String,
    pub contact: Contact,
    pub veilig_thuis: VeiligThuis,
    /// Organisations that give free cliëntondersteuning; residents choose one.
    pub clientondersteuning: Vec<Organisatie>,
    pub procedure: Procedure,
    pub termijnen: Termijnen,
    /// Days equated with holidays by royal decree (Algemene termijnenwet art. 3 lid 3), oldest first. The fixed
    /// holidays of art. 3 lid 1 and 2 follow from the calendar and are not listed.
    #[serde(deserialize_with = "datum::lijst")]
    pub feestdagen_gelijkgesteld: Vec<Date>,
    /// The last year for which the equated days are known (the last decree's last year); by default the year
    /// of the last listed day.
    #[serde(default)]
    pub feestdagen_bekend_tot: Option<i32>,
    pub eigen_bijdrage: EigenBijdrage,
    /// Social-assistance norms, oldest first.
    pub bijstandsnormen: Vec<Bijstandsnormen>,
    /// Only for municipalities that offer it.
    #[serde(default)]
    pub blijverslening: Option<Blijverslening>,
    /// Only for municipalities that offer it.
    #[serde(default)]
    pub kindpakket: Option<Kindpakket>,
    /// Which ways of signing in each part of the portal accepts.
    #[serde(default)]
    pub inloggen: Inloggen,
    /// The logo in the header; without one the header shows the name.
    #[serde(default)]
    pub logo: Option<Logo>,
    /// How long what is kept. Without it only expired sign-in links and sessions are removed: no record is
    /// destroyed on a period without a source.
    #[serde(default)]
    pub bewaren: Option<Bewaren>,
    /// Paths of fields that still hold a placeholder; filled on load.
    #[serde(skip)]
    in_te_vullen: Vec<String>,
}

impl Gemeente {
    /// A built-in profile by slug: `"lansingerland"` (the default) or `"het-hogeland"`.
    pub fn builtin(slug: &str) -> Result<Gemeente, String> {
        let Some((_, bron)) = BUILTIN.iter().find(|(s, _)| *s == slug) else {
            return Err(format!(
                "no built-in municipality profile \"{slug}\"; built in: {}; or give the path of a profile file",
                SLUGS.join(", ")
            ));
        };
        let gemeente = Self::from_toml(bron, &format!("src/gemeente/profielen/{slug}.toml"))?;
        if gemeente.slug != slug {
            return Err(format!(
                "src/gemeente/profielen/{slug}.toml: field `slug`: is \"{}\"",
                gemeente.slug
            ));
        }
        Ok(gemeente)
    }

    /// A profile from a TOML file, for example an edited copy of a built-in one.
    pub fn from_file(path: &Path) -> Result<Gemeente, String> {
        let bron = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        Self::from_toml(&bron, &path.display().to_string())
    }

    /// The slugs of the built-in profiles, the default first.
    pub fn builtin_slugs() -> &'static [&'static str] {
        &SLUGS
    }

    /// Parses and checks a profile; `herkomst` names the file in error messages.
    pub fn from_toml(bron: &str, herkomst: &str) -> Result<Gemeente, String> {
        let mut gemeente: Gemeente =
            toml::from_str(bron).map_err(|e| format!("{herkomst}: {e}"))?;
        controle::controleer(&gemeente).map_err(|fouten| {
            let regels: Vec<String> = fouten.iter().map(|f| format!("{herkomst}: {f}")).collect();
            regels.join("\n")
        })?;
        // Parsed a second time as a plain table: the walk finds placeholders in every field, including fields
        // added later, without a list to keep up to date.
        let tabel: toml::Table = toml::from_str(bron).map_err(|e| format!("{herkomst}: {e}"))?;
        for (sleutel, waarde) in &tabel {
            zoek_in_te_vullen(waarde, sleutel.clone(), &mut gemeente.in_te_vullen);
        }
        if let Some(logo) = &mut gemeente.logo {
            logo.href = logo.pad();
        }
        Ok(gemeente)
    }

    /// Paths of the fields that still hold a placeholder (for a warning at start-up), e.g. `contact.telefoon`.
    pub fn in_te_vullen(&self) -> &[String] {
        &self.in_te_vullen
    }

    /// The cliëntondersteuning organisation with this id.
    pub fn organisatie(&self, id: &str) -> Option<&Organisatie> {
        self.clientondersteuning.iter().find(|o| o.id == id)
    }

    /// The abonnementstarief per month in cents valid on `op`.
    pub fn abonnementstarief_op(&self, op: Date) -> Option<crate::geld::Bedrag> {
        bedrag_op(&self.eigen_bijdrage.abonnementstarief_per_maand, op)
    }

    /// The social-assistance norms valid on `op`.
    pub fn bijstandsnormen_op(&self, op: Date) -> Option<&Bijstandsnormen> {
        geldig_op(&self.bijstandsnormen, op)
    }

    /// The day of the newest social-assistance norms when they are more than seven months old on `op`:
    /// norms change every 1 January and 1 July, so a month after the next change was due the profile is
    /// behind and a limit computed from it may be too low. `None` while they are current, and for a
    /// profile without norms (which the profile check refuses).
    pub fn bijstandsnormen_verouderd(&self, op: Date) -> Option<Date> {
        let nieuwste = self.bijstandsnormen.last()?.geldig_vanaf;
        (op > crate::clock::plus_maanden(nieuwste, 7)).then_some(nieuwste)
    }

    /// Whether `dag` is a day equated with a holiday in this profile.
    pub fn is_gelijkgestelde_feestdag(&self, dag: Date) -> bool {
        self.kalender().feestdag(dag) == Some(crate::kalender::Feestdag::Gelijkgesteld)
    }

    /// The last year whose days equated with a holiday are known.
    pub fn feestdagen_bekend_tot(&self) -> i32 {
        self.feestdagen_bekend_tot
            .or_else(|| self.feestdagen_gelijkgesteld.last().map(|d| d.year()))
            .unwrap_or(i32::MIN)
    }

    /// True when a term ending on `einde` may still move: it ends in a year for which no decree has yet
    /// equated days with a holiday (Algemene termijnenwet art. 3 lid 3), so a day that will be free may not
    /// be counted yet.
    pub fn datum_kan_veranderen(&self, einde: Date) -> bool {
        einde.year() > self.feestdagen_bekend_tot()
    }

    /// The calendar this municipality's terms are counted on: the Atw's holidays and its equated days.
    pub fn kalender(&self) -> crate::kalender::Kalender<'_> {
        crate::kalender::Kalender::new(&self.feestdagen_gelijkgesteld)
    }
}

fn zoek_in_te_vullen(waarde: &toml::Value, pad: String, uit: &mut Vec<String>) {
    match waarde {
        toml::Value::String(s) if is_in_te_vullen(s) => uit.push(pad),
        toml::Value::Array(lijst) => {
            for (i, w) in lijst.iter().enumerate() {
                zoek_in_te_vullen(w, format!("{pad}[{i}]"), uit);
            }
        }
        toml::Value::Table(tabel) => {
            for (sleutel, w) in tabel {
                zoek_in_te_vullen(w, format!("{pad}.{sleutel}"), uit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;
