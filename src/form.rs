//! What every form shares: field errors, kept in the order of the fields on the page.
//!
//! Validation failures are not errors: a handler parses the raw form (all strings) into domain types, and on
//! failure re-renders the same page with status 422, the input echoed, an error summary that links to the
//! fields, and each message beside its field.

use crate::geld::Bedrag;

/// One field's error: the field's name (also the id of its first input) and the translated message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

/// The errors of one submitted form, in page order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors {
    list: Vec<FieldError>,
}

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an error; a field keeps only its first error, the one the resident should fix first.
    pub fn add(&mut self, field: &str, message: String) {
        if self.get(field).is_none() {
            self.list.push(FieldError {
                field: field.to_owned(),
                message,
            });
        }
    }

    pub fn get(&self, field: &str) -> Option<&str> {
        self.list
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.list.iter()
    }
}

/// Why a date typed as day, month and year (three fields) could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatumFout {
    /// One or two of the three fields are empty.
    Onvolledig,
    /// Not numbers, or a day that does not exist (31 February), or a year outside 1900-2200.
    BestaatNiet,
}

/// Reads a date from its three fields. All three empty is no date (`Ok(None)`): the question was optional.
pub fn datum(dag: &str, maand: &str, jaar: &str) -> Result<Option<time::Date>, DatumFout> {
    let delen = [dag.trim(), maand.trim(), jaar.trim()];
    if delen.iter().all(|d| d.is_empty()) {
        return Ok(None);
    }
    if delen.iter().any(|d| d.is_empty()) {
        return Err(DatumFout::Onvolledig);
    }
    let getal = |d: &str| d.parse::<u16>().map_err(|_| DatumFout::BestaatNiet);
    let (dag, maand, jaar) = (getal(delen[0])?, getal(delen[1])?, getal(delen[2])?);
    if !(1900..=2200).contains(&jaar) {
        return Err(DatumFout::BestaatNiet);
    }
    let maand = u8::try_from(maand)
        .ok()
        .and_then(|m| time::Month::try_from(m).ok())
        .ok_or(DatumFout::BestaatNiet)?;
    let dag = u8::try_from(dag).map_err(|_| DatumFout::BestaatNiet)?;
    time::Date::from_calendar_date(i32::from(jaar), maand, dag)
        .map(Some)
        .map_err(|_| DatumFout::BestaatNiet)
}

/// Whether a phone number is written as people write them: digits, spaces, `-` and brackets, a `+` only in
/// A Dutch postcode as people type it (`2611ab`, `2611 AB`), written the one way: four digits, the first not 0,
/// a space and two capitals. `None` for anything else, and for the letter pairs PostNL never gives (SA, SD,
/// SS).
pub fn postcode(invoer: &str) -> Option<String> {
    let tekens: Vec<char> = invoer
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let [a, b, c, d, e, f] = tekens.as_slice() else {
        return None;
    };
    let cijfers = [*a, *b, *c, *d];
    let letters = format!("{e}{f}");
    let goed = ('1'..='9').contains(a)
        && cijfers.iter().all(char::is_ascii_digit)
        && letters.chars().all(|l| l.is_ascii_uppercase())
        && !["SA", "SD", "SS"].contains(&letters.as_str());
    goed.then(|| format!("{a}{b}{c}{d} {letters}"))
}

/// A posted form: every field as sent, in order.
#[derive(Clone, Debug, Default)]
pub struct Invoer(pub Vec<(String, String)>);

impl Invoer {
    /// The first value of a field, or "".
    pub fn get(&self, naam: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == naam)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every value of a field (checkboxes).
    pub fn alle(&self, naam: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == naam)
            .map(|(_, v)| v.clone())
            .collect()
    }

    pub fn zet(&mut self, naam: &str, waarde: impl Into<String>) {
        self.0.push((naam.to_owned(), waarde.into()));
    }

    /// Sets a date field's three parts.
    pub fn zet_datum(&mut self, naam: &str, dag: time::Date) {
        self.zet(&format!("{naam}-dag"), dag.day().to_string());
        self.zet(&format!("{naam}-maand"), u8::from(dag.month()).to_string());
        self.zet(&format!("{naam}-jaar"), dag.year().to_string());
    }
}

/// A time of day as "14:30" (also "9:05" and "9.05"), normalised to "HH:MM".
pub fn tijd(invoer: &str) -> Option<String> {
    let (uur, minuut) = invoer.trim().split_once([':', '.'])?;
    let uur: u8 = uur.parse().ok().filter(|u| *u < 24)?;
    let minuut: u8 = (minuut.len() == 2)
        .then(|| minuut.parse().ok())
        .flatten()
        .filter(|m| *m < 60)?;
    Some(format!("{uur:02}:{minuut:02}"))
}

/// front, and 10 to 15 digits ("06 1234 5678", "+31 6 12345678", "(010) 123 45 67").
pub fn telefoon_geldig(nummer: &str) -> bool {
    let cijfers = nummer.chars().filter(char::is_ascii_digit).count();
    (10..=15).contains(&cijfers)
        && nummer
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || " -()".contains(c) || (c == '+' && i == 0))
}

/// Why a typed amount could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BedragFout {
    /// Not an amount in euros with at most two decimals.
    Onleesbaar,
    /// More than [`MAX_BEDRAG`].
    TeGroot,
}

/// The largest amount the forms take: one million euros.
pub const MAX_BEDRAG: Bedrag = Bedrag::euro(1_000_000);

/// Reads an amount in euros as people type it: "21,60", "21", "€ 1.283,83", "21.60". Empty is no amount.
pub fn lees_bedrag(invoer: &str) -> Result<Option<Bedrag>, BedragFout> {
    let tekst: String = invoer
        .trim()
        .trim_start_matches('€')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if tekst.is_empty() {
        return Ok(None);
    }
    // A comma is the decimal sign, and dots group thousands; without a comma, a dot followed by one or two
    // digits is the decimal sign.
    let (heel, decimalen) = match tekst.rsplit_once(',') {
        Some((heel, dec)) => (heel.replace('.', ""), dec.to_owned()),
        None => match tekst.rsplit_once('.') {
            Some((heel, dec)) if (1..=2).contains(&dec.len()) && !heel.contains('.') => {
                (heel.to_owned(), dec.to_owned())
            }
            _ => (tekst.replace('.', ""), String::new()),
        },
    };
    let cijfers = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (heel.is_empty() && decimalen.is_empty())
        || !cijfers(&heel)
        || !cijfers(&decimalen)
        || decimalen.len() > 2
        || heel.len() > 12
    {
        return Err(BedragFout::Onleesbaar);
    }
    let euro: i64 = if heel.is_empty() {
        0
    } else {
        heel.parse().map_err(|_| BedragFout::Onleesbaar)?
    };
    let cent: i64 = match decimalen.len() {
        0 => 0,
        1 => {
            decimalen
                .parse::<i64>()
                .map_err(|_| BedragFout::Onleesbaar)?
                * 10
        }
        _ => decimalen.parse().map_err(|_| BedragFout::Onleesbaar)?,
    };
    let totaal = Bedrag::euro(euro) + Bedrag::cent(cent);
    if totaal > MAX_BEDRAG {
        return Err(BedragFout::TeGroot);
    }
    Ok(Some(totaal))
}

/// An amount as it goes back into a form field: "21,60".
pub fn bedrag_invoer(bedrag: Bedrag) -> String {
    let cent = bedrag.in_cent();
    format!("{},{:02}", cent / 100, cent % 100)
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;

    #[test]
    fn a_date_is_read_from_three_fields() {
        assert_eq!(datum("7", "12", "2026"), Ok(Some(date!(2026 - 12 - 07))));
        assert_eq!(
            datum(" 07 ", "012", "2026"),
            Ok(Some(date!(2026 - 12 - 07)))
        );
        assert_eq!(datum("", " ", ""), Ok(None));
        assert_eq!(datum("7", "", "2026"), Err(DatumFout::Onvolledig));
        assert_eq!(datum("31", "2", "2026"), Err(DatumFout::BestaatNiet));
        assert_eq!(datum("29", "2", "2028"), Ok(Some(date!(2028 - 02 - 29))));
        assert_eq!(datum("1", "13", "2026"), Err(DatumFout::BestaatNiet));
        assert_eq!(datum("x", "1", "2026"), Err(DatumFout::BestaatNiet));
        assert_eq!(
            datum("1", "1", "26"),
            Err(DatumFout::BestaatNiet),
            "a year has four digits"
        );
    }

    #[test]
    fn amounts_are_read_kindly() {
        assert_eq!(lees_bedrag("21,60"), Ok(Some(Bedrag::cent(2160))));
        assert_eq!(lees_bedrag(" € 21,6 "), Ok(Some(Bedrag::cent(2160))));
        assert_eq!(lees_bedrag("21"), Ok(Some(Bedrag::cent(2100))));
        assert_eq!(lees_bedrag("21.60"), Ok(Some(Bedrag::cent(2160))));
        assert_eq!(lees_bedrag("1.283,83"), Ok(Some(Bedrag::cent(128_383))));
        assert_eq!(lees_bedrag("1.283"), Ok(Some(Bedrag::cent(128_300))));
        assert_eq!(lees_bedrag(",50"), Ok(Some(Bedrag::cent(50))));
        assert_eq!(lees_bedrag(""), Ok(None));
        assert_eq!(lees_bedrag("twintig"), Err(BedragFout::Onleesbaar));
        assert_eq!(lees_bedrag("21,605"), Err(BedragFout::Onleesbaar));
        assert_eq!(lees_bedrag("-5"), Err(BedragFout::Onleesbaar));
        assert_eq!(lees_bedrag("2000000"), Err(BedragFout::TeGroot));
        assert_eq!(bedrag_invoer(Bedrag::cent(2160)), "21,60");
    }
}
