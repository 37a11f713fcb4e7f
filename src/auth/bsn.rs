//! The burgerservicenummer (BSN): nine digits that pass the elfproef. It identifies a resident who signed in
//! with DigiD. It is stored once, for the person; a page shows only its last four digits; it never goes into a
//! log, a mail, an address or the access log. `Debug` prints it masked, so that a log line cannot leak it.

/// A BSN that passed the elfproef.
#[derive(Clone, PartialEq, Eq)]
pub struct Bsn(String);

impl Bsn {
    /// Nine digits whose weighted sum (9, 8, ..., 2, and -1 for the last) is a multiple of 11 and not 0
    /// (the elfproef, as the Wet algemene bepalingen burgerservicenummer describes the number). Eight digits
    /// are read with a leading zero, as some systems drop it.
    pub fn parse(text: &str) -> Option<Bsn> {
        let text = text.trim();
        if !(8..=9).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let digits = format!("{text:0>9}");
        let sum: i64 = digits
            .bytes()
            .zip([9, 8, 7, 6, 5, 4, 3, 2, -1])
            .map(|(b, w)| i64::from(b - b'0') * w)
            .sum();
        (sum != 0 && sum % 11 == 0).then_some(Bsn(digits))
    }

    /// For the database only.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What a page may show: `*****1234`.
    pub fn gemaskeerd(&self) -> String {
        format!("*****{}", &self.0[5..])
    }
}

impl std::fmt::Debug for Bsn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Bsn({})", self.gemaskeerd())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_elfproef() {
        assert_eq!(
            Bsn::parse("999993653").map(|b| b.0),
            Some("999993653".into())
        );
        assert_eq!(
            Bsn::parse(" 111222333 ").map(|b| b.0),
            Some("111222333".into())
        );
        // Eight digits: a dropped leading zero.
        assert_eq!(
            Bsn::parse("12345672").map(|b| b.0),
            Some("012345672".into())
        );
        for bad in [
            "123456789",
            "999993654",
            "000000000",
            "99999366",
            "9999936533",
            "99999365a",
            "",
        ] {
            assert_eq!(Bsn::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn shown_and_logged_only_masked() {
        let bsn = Bsn::parse("999993653").unwrap_or_else(|| panic!("valid"));
        assert_eq!(bsn.gemaskeerd(), "*****3653");
        assert_eq!(format!("{bsn:?}"), "Bsn(*****3653)");
    }
}
