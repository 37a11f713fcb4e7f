//! The mails of this scheme: only that there is news, and a link to the portal; never the news itself
//! where it is personal.

use crate::i18n::{Tr, msg};
use crate::mail::Email;

/// The confirmation mail: the reference number and that the municipality will decide.
pub fn mail_ontvangen(tr: &Tr, to: String, referentie: &str, url: String) -> Email {
    Email {
        to,
        greeting: None,
        subject: tr.ta(
            msg::KINDPAKKET_MAIL_ONTVANGEN_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::KINDPAKKET_MAIL_ONTVANGEN_TEKST,
                &[("referentie", referentie.into())],
            ),
            tr.t(msg::KINDPAKKET_ZAAK_WACHT),
        ],
        action: Some((tr.t(msg::KINDPAKKET_MAIL_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// The decision mail: that there is news, with a link; nothing about income or children.
pub fn mail_besluit(tr: &Tr, to: String, referentie: &str, url: String) -> Email {
    Email {
        to,
        greeting: None,
        subject: tr.ta(
            msg::KINDPAKKET_MAIL_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![
            tr.ta(
                msg::KINDPAKKET_MAIL_TEKST,
                &[("referentie", referentie.into())],
            ),
            tr.t(msg::KINDPAKKET_MAIL_INLOGGEN),
        ],
        action: Some((tr.t(msg::KINDPAKKET_MAIL_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}
