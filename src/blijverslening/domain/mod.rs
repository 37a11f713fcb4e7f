//! The rules of the blijverslening (Verordening Sociaal Domein Lansingerland 2018, art. 4:15a-4:15e), as pure
//! functions over the profile's data. Every reason a check gives carries the message that explains it and the
//! source of its rule, as the profile states it.

use crate::geld::Bedrag;
use time::Date;

use crate::gemeente::{Basispunten, Blijverslening, Leengrenzen};
use crate::i18n::msg;

/// The kind of loan SVn gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// A personal loan: 10 years fixed, EUR 2,500 to 10,000, at least one applicant younger than 76.
    Consumptief,
    /// A loan with the home as security: 10 or 20 years fixed, EUR 2,500 to 30,000.
    Hypothecair,
}

impl Soort {
    pub fn code(self) -> &'static str {
        match self {
            Soort::Consumptief => "consumptief",
            Soort::Hypothecair => "hypothecair",
        }
    }

    pub fn from_code(code: &str) -> Option<Soort> {
        match code {
            "consumptief" => Some(Soort::Consumptief),
            "hypothecair" => Some(Soort::Hypothecair),
            _ => None,
        }
    }

    /// The message id of its name.
    pub fn naam(self) -> &'static str {
        match self {
            Soort::Consumptief => msg::BLIJVERSLENING_SOORT_CONSUMPTIEF,
            Soort::Hypothecair => msg::BLIJVERSLENING_SOORT_HYPOTHECAIR,
        }
    }

    /// The periods in years for which SVn fixes the rate of this kind ("10 jaar vast", "20 jaar vast"): a
    /// consumptive loan only 10. A fixed-rate period, not the time to pay back: see
    /// [`crate::gemeente::Aflossing`].
    pub fn looptijden(self) -> &'static [u8] {
        match self {
            Soort::Consumptief => &[10],
            Soort::Hypothecair => &[10, 20],
        }
    }
}

/// Why the home is adapted (art. 4:15b lid 1 sub a): a care need now or expected, or a home for all stages of
/// life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reden {
    ZorgNu,
    ZorgLater,
    Levensloop,
}

impl Reden {
    pub const ALL: [Reden; 3] = [Reden::ZorgNu, Reden::ZorgLater, Reden::Levensloop];

    pub fn code(self) -> &'static str {
        match self {
            Reden::ZorgNu => "zorg-nu",
            Reden::ZorgLater => "zorg-later",
            Reden::Levensloop => "levensloop",
        }
    }

    pub fn from_code(code: &str) -> Option<Reden> {
        Reden::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The message id of how residents say it.
    pub fn naam(self) -> &'static str {
        match self {
            Reden::ZorgNu => msg::BLIJVERSLENING_REDEN_ZORG_NU,
            Reden::ZorgLater => msg::BLIJVERSLENING_REDEN_ZORG_LATER,
            Reden::Levensloop => msg::BLIJVERSLENING_REDEN_LEVENSLOOP,
        }
    }
}

/// The grounds to refuse of art. 4:15e lid 1, a to f.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weigergrond {
    /// a. The rules of the verordening are not met.
    Voorschriften,
    /// b. The budget is not enough.
    Budget,
    /// c. SVn's own rules are not met.
    SvnVoorschriften,
    /// d. SVn's credit check is negative.
    Krediettoets,
    /// e. The information was wrong.
    OnjuisteGegevens,
    /// f. The application came after the work was done.
    WerkGedaan,
}

impl Weigergrond {
    pub const ALL: [Weigergrond; 6] = [
        Weigergrond::Voorschriften,
        Weigergrond::Budget,
        Weigergrond::SvnVoorschriften,
        Weigergrond::Krediettoets,
        Weigergrond::OnjuisteGegevens,
        Weigergrond::WerkGedaan,
    ];

    /// The letter of the article: `a` to `f`, also the stored code.
    pub fn code(self) -> &'static str {
        match self {
            Weigergrond::Voorschriften => "a",
            Weigergrond::Budget => "b",
            Weigergrond::SvnVoorschriften => "c",
            Weigergrond::Krediettoets => "d",
            Weigergrond::OnjuisteGegevens => "e",
            Weigergrond::WerkGedaan => "f",
        }
    }

    pub fn from_code(code: &str) -> Option<Weigergrond> {
        Weigergrond::ALL.into_iter().find(|g| g.code() == code)
    }

    /// The message id that says it in plain words.
    pub fn naam(self) -> &'static str {
        match self {
            Weigergrond::Voorschriften => msg::BLIJVERSLENING_GROND_A,
            Weigergrond::Budget => msg::BLIJVERSLENING_GROND_B,
            Weigergrond::SvnVoorschriften => msg::BLIJVERSLENING_GROND_C,
            Weigergrond::Krediettoets => msg::BLIJVERSLENING_GROND_D,
            Weigergrond::OnjuisteGegevens => msg::BLIJVERSLENING_GROND_E,
            Weigergrond::WerkGedaan => msg::BLIJVERSLENING_GROND_F,
        }
    }
}

/// The age in whole years on `op` of someone born on `geboren` (0 for a date after `op`, which the form
/// refuses before any rule reads it).
pub fn leeftijd(geboren: Date, op: Date) -> i32 {
    crate::clock::leeftijd(geboren, op).unwrap_or(0)
}

pub use crate::form::postcode;

/// The cost breakdown of the measures (art. 4:15a sub e).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kosten {
    pub materiaal: Bedrag,
    pub arbeid: Bedrag,
    /// What a contractor charges for their hours.
    pub uren: Bedrag,
    /// The costs of getting the loan.
    pub leenkosten: Bedrag,
    /// Subsidies received or still to come.
    pub subsidies: Bedrag,
}

impl Kosten {
    /// The real costs: everything minus the subsidies, never below 0.
    pub fn werkelijk(&self) -> Bedrag {
        (self.materiaal + self.arbeid + self.uren + self.leenkosten - self.subsidies)
            .max(Bedrag::NUL)
    }
}

/// The estimated monthly payment of an annuity loan of `bedrag` over `jaren` years at a yearly rate,
/// interest per month. Only an estimate: SVn sets the real amount.
pub fn maandlast(bedrag: Bedrag, rente: Basispunten, jaren: u8) -> Bedrag {
    let maanden = i128::from(jaren) * 12;
    if bedrag <= Bedrag::NUL || maanden == 0 {
        return Bedrag::NUL;
    }
    let p = i128::from(bedrag.in_cent());
    let cent = |c: i128| Bedrag::cent(i64::try_from(c).unwrap_or(i64::MAX));
    if rente.0 <= 0 {
        return cent((p + maanden - 1) / maanden);
    }
    // Per month the rate is a / q, with the yearly rate in hundredths of a percent.
    const Q: i128 = 120_000;
    const S: i128 = 1_000_000_000_000_000_000;
    let a = i128::from(rente.0);
    // f = (1 + a/q)^n in fixed point.
    let mut f = S;
    for _ in 0..maanden {
        f = (f * (Q + a) + Q / 2) / Q;
    }
    let teller = p * a * f;
    let noemer = Q * (f - S);
    if noemer <= 0 {
        return Bedrag::NUL;
    }
    cent((teller + noemer / 2) / noemer)
}

/// The interest rate for this kind and fixed-rate period on `op`, when the profile has one.
pub fn rente(b: &Blijverslening, soort: Soort, jaren: u8, op: Date) -> Option<Basispunten> {
    let r = b.rente_op(op)?;
    match (soort, jaren) {
        (Soort::Consumptief, 10) => Some(r.consumptief_10_jaar),
        (Soort::Hypothecair, 10) => Some(r.hypothecair_10_jaar),
        (Soort::Hypothecair, 20) => Some(r.hypothecair_20_jaar),
        _ => None,
    }
}

/// What is left of the year's budget on `op`, given what was allocated in that calendar year.
pub fn budget_over(b: &Blijverslening, op: Date, toegekend_dit_jaar: Bedrag) -> Option<Bedrag> {
    b.jaarbudget_op(op)
        .map(|budget| (budget - toegekend_dit_jaar).max(Bedrag::NUL))
}

/// How one rule turns out for the answers given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Oordeel {
    Ja,
    Nee,
    /// Not answered yet.
    Onbekend,
}

/// A value in a reason's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Waarde {
    Geld(Bedrag),
    Getal(i64),
}

/// One rule and how it turns out: the message that explains it, its values, and its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grond {
    pub oordeel: Oordeel,
    pub bericht: &'static str,
    pub waarden: Vec<(&'static str, Waarde)>,
    pub bron: String,
}

/// The overall outcome of a check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Uitkomst {
    /// Every rule is met: the resident is likely to get a provisional allocation.
    Waarschijnlijk,
    /// At least one rule is not met.
    Niet,
    /// Nothing is against it, but some answers are missing.
    NogNiet,
}

/// The answers a check looks at. `None`: not answered.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Vragen {
    pub eigenaar: Option<bool>,
    pub bewoner: Option<bool>,
    pub alle_eigenaren: Option<bool>,
    pub reden: Option<Reden>,
    /// The birth dates of every applicant.
    pub geboortedata: Vec<Date>,
    pub soort: Option<Soort>,
    pub bedrag: Option<Bedrag>,
    /// The resident says the work is done already.
    pub werk_klaar: Option<bool>,
    /// When the work starts (or started).
    pub geplande_datum: Option<Date>,
    /// The real costs, when the breakdown is known.
    pub werkelijke_kosten: Option<Bedrag>,
}

/// The result of a check: every rule with its outcome, and the whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Beoordeling {
    pub uitkomst: Uitkomst,
    pub gronden: Vec<Grond>,
    /// What is left of this year's budget.
    pub budget_over: Option<Bedrag>,
}

impl Beoordeling {
    /// The rules not met.
    pub fn bezwaren(&self) -> impl Iterator<Item = &Grond> {
        self.gronden.iter().filter(|g| g.oordeel == Oordeel::Nee)
    }
}

fn grond(oordeel: Oordeel, bericht: &'static str, bron: &str) -> Grond {
    Grond {
        oordeel,
        bericht,
        waarden: Vec::new(),
        bron: bron.to_owned(),
    }
}

fn ja_nee(
    antwoord: Option<bool>,
    ja: &'static str,
    nee: &'static str,
    open: &'static str,
) -> (Oordeel, &'static str) {
    match antwoord {
        Some(true) => (Oordeel::Ja, ja),
        Some(false) => (Oordeel::Nee, nee),
        None => (Oordeel::Onbekend, open),
    }
}

/// Checks the answers against the rules valid on `vandaag`, the day of applying. `toegekend_dit_jaar` is the
/// sum of the provisional allocations made in this calendar year.
pub fn beoordeel(
    b: &Blijverslening,
    vandaag: Date,
    toegekend_dit_jaar: Bedrag,
    v: &Vragen,
) -> Beoordeling {
    let mut gronden = Vec::new();
    let bronnen = &b.bronnen;

    let (o, m) = ja_nee(
        v.eigenaar,
        msg::BLIJVERSLENING_GROND_EIGENAAR_JA,
        msg::BLIJVERSLENING_GROND_EIGENAAR_NEE,
        msg::BLIJVERSLENING_GROND_EIGENAAR_OPEN,
    );
    gronden.push(grond(o, m, &bronnen.eigenaar));
    let (o, m) = ja_nee(
        v.bewoner,
        msg::BLIJVERSLENING_GROND_BEWONER_JA,
        msg::BLIJVERSLENING_GROND_BEWONER_NEE,
        msg::BLIJVERSLENING_GROND_BEWONER_OPEN,
    );
    gronden.push(grond(o, m, &bronnen.bewoner));
    let (o, m) = ja_nee(
        v.alle_eigenaren,
        msg::BLIJVERSLENING_GROND_ALLE_JA,
        msg::BLIJVERSLENING_GROND_ALLE_NEE,
        msg::BLIJVERSLENING_GROND_ALLE_OPEN,
    );
    gronden.push(grond(o, m, &bronnen.eigenaar));
    gronden.push(match v.reden {
        Some(_) => grond(
            Oordeel::Ja,
            msg::BLIJVERSLENING_GROND_REDEN_JA,
            &bronnen.eigenaar,
        ),
        None => grond(
            Oordeel::Onbekend,
            msg::BLIJVERSLENING_GROND_REDEN_OPEN,
            &bronnen.eigenaar,
        ),
    });

    // The work must not be done before the day of applying.
    let klaar = match (v.werk_klaar, v.geplande_datum) {
        (Some(true), _) => Some(true),
        (_, Some(d)) if d < vandaag => Some(true),
        (Some(false), _) => Some(false),
        (None, Some(_)) => Some(false),
        (None, None) => None,
    };
    let (o, m) = match klaar {
        Some(true) => (Oordeel::Nee, msg::BLIJVERSLENING_GROND_WERK_NEE),
        Some(false) => (Oordeel::Ja, msg::BLIJVERSLENING_GROND_WERK_JA),
        None => (Oordeel::Onbekend, msg::BLIJVERSLENING_GROND_WERK_OPEN),
    };
    gronden.push(grond(o, m, &bronnen.werk_gedaan));

    if let Some(regels) = b.regels_op(vandaag) {
        // Age: only for a consumptive loan, on the day of applying.
        if v.soort == Some(Soort::Consumptief) {
            let grens = &regels.consumptief_jonger_dan;
            let jaren = i32::from(grens.jaren);
            let mut g = if v.geboortedata.is_empty() {
                grond(
                    Oordeel::Onbekend,
                    msg::BLIJVERSLENING_GROND_LEEFTIJD_OPEN,
                    &grens.bron,
                )
            } else if v.geboortedata.iter().any(|d| leeftijd(*d, vandaag) < jaren) {
                grond(
                    Oordeel::Ja,
                    msg::BLIJVERSLENING_GROND_LEEFTIJD_JA,
                    &grens.bron,
                )
            } else {
                grond(
                    Oordeel::Nee,
                    msg::BLIJVERSLENING_GROND_LEEFTIJD_NEE,
                    &grens.bron,
                )
            };
            g.waarden.push(("jaren", Waarde::Getal(jaren.into())));
            gronden.push(g);
        }
        // Amount: within the limits of the kind.
        match v.soort {
            Some(soort) => {
                let grenzen = match soort {
                    Soort::Consumptief => &regels.consumptief,
                    Soort::Hypothecair => &regels.hypothecair,
                };
                let (o, m) = match v.bedrag {
                    None => (Oordeel::Onbekend, msg::BLIJVERSLENING_GROND_BEDRAG_OPEN),
                    Some(x) if x < grenzen.minimum => {
                        (Oordeel::Nee, msg::BLIJVERSLENING_GROND_BEDRAG_LAAG)
                    }
                    // Above a consumptive loan's maximum, a loan with the home as security may still be
                    // possible (art. 4:15d lid 2).
                    Some(x)
                        if x > grenzen.maximum
                            && soort == Soort::Consumptief
                            && x <= regels.hypothecair.maximum =>
                    {
                        (
                            Oordeel::Nee,
                            msg::BLIJVERSLENING_GROND_BEDRAG_HOOG_CONSUMPTIEF,
                        )
                    }
                    Some(x) if x > grenzen.maximum => {
                        (Oordeel::Nee, msg::BLIJVERSLENING_GROND_BEDRAG_HOOG)
                    }
                    Some(_) => (Oordeel::Ja, msg::BLIJVERSLENING_GROND_BEDRAG_JA),
                };
                let mut g = grond(o, m, &grenzen.bron);
                g.waarden.push(("minimum", Waarde::Geld(grenzen.minimum)));
                g.waarden.push(("maximum", Waarde::Geld(grenzen.maximum)));
                g.waarden.push((
                    "maximum_hypothecair",
                    Waarde::Geld(regels.hypothecair.maximum),
                ));
                gronden.push(g);
            }
            None => gronden.push(grond(
                Oordeel::Onbekend,
                msg::BLIJVERSLENING_GROND_SOORT_OPEN,
                &regels.consumptief.bron,
            )),
        }
    }

    // The loan pays for the real costs, never more.
    if let (Some(kosten), Some(bedrag)) = (v.werkelijke_kosten, v.bedrag) {
        let mut g = if bedrag > kosten {
            grond(
                Oordeel::Nee,
                msg::BLIJVERSLENING_GROND_KOSTEN_NEE,
                &bronnen.kosten,
            )
        } else {
            grond(
                Oordeel::Ja,
                msg::BLIJVERSLENING_GROND_KOSTEN_JA,
                &bronnen.kosten,
            )
        };
        g.waarden.push(("kosten", Waarde::Geld(kosten)));
        gronden.push(g);
    }

    // The budget left this year must be enough for the amount.
    let over = budget_over(b, vandaag, toegekend_dit_jaar);
    let budget_bron = bronnen.budget_op.clone();
    let (o, m) = match (over, v.bedrag) {
        (None, _) | (Some(Bedrag::NUL), _) => (Oordeel::Nee, msg::BLIJVERSLENING_GROND_BUDGET_OP),
        (Some(over), Some(bedrag)) if over < bedrag => {
            (Oordeel::Nee, msg::BLIJVERSLENING_GROND_BUDGET_NEE)
        }
        (Some(_), Some(_)) => (Oordeel::Ja, msg::BLIJVERSLENING_GROND_BUDGET_JA),
        (Some(_), None) => (Oordeel::Onbekend, msg::BLIJVERSLENING_GROND_BUDGET_OPEN),
    };
    let mut g = grond(o, m, &budget_bron);
    g.waarden
        .push(("over", Waarde::Geld(over.unwrap_or_default())));
    gronden.push(g);

    let uitkomst = if gronden.iter().any(|g| g.oordeel == Oordeel::Nee) {
        Uitkomst::Niet
    } else if gronden.iter().any(|g| g.oordeel == Oordeel::Onbekend) {
        Uitkomst::NogNiet
    } else {
        Uitkomst::Waarschijnlijk
    };
    Beoordeling {
        uitkomst,
        gronden,
        budget_over: over,
    }
}

/// Why a staff allocation cannot be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToekenFout {
    /// Not more than 0.
    Leeg,
    /// Less than the legal minimum of the loan type.
    OnderMinimum(Bedrag),
    /// More than the legal maximum of the loan type.
    BovenMaximum(Bedrag),
    /// More than the budget left this year.
    BovenBudget,
    /// More than was asked for.
    BovenAanvraag,
}

/// Checks an allocation of `bedrag` for an application that asked for `gevraagd`, with `over` left of
/// this year's budget (art. 4:15c lid 2), within the limits of the loan type on the day of deciding
/// (art. 4:15d); without limits for that day nothing can be given.
pub fn toekennen(
    bedrag: Bedrag,
    gevraagd: Bedrag,
    over: Bedrag,
    grenzen: Option<&Leengrenzen>,
) -> Result<Bedrag, ToekenFout> {
    let (minimum, maximum) = grenzen.map_or((Bedrag::cent(i64::MAX), Bedrag::NUL), |g| {
        (g.minimum, g.maximum)
    });
    if bedrag <= Bedrag::NUL {
        Err(ToekenFout::Leeg)
    } else if bedrag < minimum {
        Err(ToekenFout::OnderMinimum(minimum))
    } else if bedrag > maximum {
        Err(ToekenFout::BovenMaximum(maximum))
    } else if bedrag > gevraagd {
        Err(ToekenFout::BovenAanvraag)
    } else if bedrag > over {
        Err(ToekenFout::BovenBudget)
    } else {
        Ok(bedrag)
    }
}

/// A new reference number as residents quote it: `BL-2026-K7P2QX9M`.
pub fn nieuwe_referentie(jaar: i32) -> String {
    crate::code::referentie(crate::code::Soort::Blijverslening, jaar)
}

#[cfg(test)]
mod tests;
