//! Domain types of sign-in.

use time::Duration;

/// A sign-in link works this long after it was sent.
pub const LINK_VALIDITY: Duration = Duration::minutes(20);

/// At most this many links per address from one client (network address), per address from anyone, and per
/// client, within [`RATE_WINDOW`]. The first limit is the one people meet; the second is high enough that a
/// stranger asking links for someone else's address does not lock its owner out (the owner's own client has its
/// own count), and low enough that nobody floods an address.
pub const MAX_LINKS_PER_ADDRESS: i64 = 5;
pub const MAX_LINKS_PER_ADDRESS_ANYONE: i64 = 20;
pub const MAX_LINKS_PER_CLIENT: i64 = 30;
pub const RATE_WINDOW: Duration = Duration::minutes(15);

/// An e-mail address that is plausible enough to send a link to. Stored in lower case, so that one person
/// has one account whatever the capitals.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailAddress(String);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmailError {
    Empty,
    Invalid,
}

impl EmailAddress {
    pub fn parse(input: &str) -> Result<EmailAddress, EmailError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(EmailError::Empty);
        }
        let Some((local, domain)) = text.rsplit_once('@') else {
            return Err(EmailError::Invalid);
        };
        let valid = text.len() <= 254
            && !local.is_empty()
            && local.len() <= 64
            && !local.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && text
                .chars()
                .all(|c| !c.is_whitespace() && !c.is_control() && c != '<' && c != '>' && c != ',')
            // ASCII only: a mail server without SMTPUTF8 refuses anything else, so such an address would be
            // tried again and again and never delivered. And what the mail library accepts as an address.
            && text.is_ascii()
            && text.parse::<lettre::Address>().is_ok();
        if valid {
            Ok(EmailAddress(text.to_lowercase()))
        } else {
            Err(EmailError::Invalid)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(
            EmailAddress::parse(" Jan.de.Vries@Example.NL ").map(|e| e.0),
            Ok("jan.de.vries@example.nl".into())
        );
        assert_eq!(EmailAddress::parse(""), Err(EmailError::Empty));
        assert_eq!(EmailAddress::parse("   "), Err(EmailError::Empty));
        for bad in [
            "jan",
            "jan@",
            "@example.nl",
            "jan@example",
            "jan@@example.nl",
            "jan de@example.nl",
            "jan@.nl",
            "a@b..nl",
            "%FF@b.nl\u{ff}",
            "\u{fffd}@b.nl",
            "jan@exa mple.nl",
            "jan@example.nl\u{0}",
        ] {
            assert_eq!(EmailAddress::parse(bad), Err(EmailError::Invalid), "{bad}");
        }
    }
}
