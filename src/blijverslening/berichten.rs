//! The mails of this scheme: only that there is news, and a link to the portal; never the news itself
//! where it is personal.

use crate::begrippen::{self, Begrip};
use crate::i18n::{Tr, msg};
use crate::mail::Email;

/// News on an application, to the resident or a helper: only that there is news, with the link.
pub fn mail_nieuws(tr: &Tr, to: &str, referentie: &str, nieuws: &str, url: String) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::BLIJVERSLENING_MAIL_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![begrippen::tekst(
            tr,
            nieuws,
            &[("referentie", referentie.into())],
            Begrip::Blijverslening,
        )],
        action: Some((tr.t(msg::BLIJVERSLENING_MAIL_KNOP), url)),
        after: vec![],
        erase_after_sending: false,
        link_geldig_tot: None,
        bijlage: None,
    }
}

/// The co-owner's mail, with the link that holds their secret.
pub fn mail_eigenaar(tr: &Tr, to: &str, aanvrager: &str, referentie: &str, url: String) -> Email {
    Email {
        to: to.to_owned(),
        greeting: None,
        subject: tr.ta(
            msg::BLIJVERSLENING_MAIL_EIGENAAR_ONDERWERP,
            &[("referentie", referentie.into())],
        ),
        paragraphs: vec![
            begrippen::tekst(
                tr,
                msg::BLIJVERSLENING_MAIL_EIGENAAR_TEKST,
                &[("aanvrager", aanvrager.into())],
                Begrip::Blijverslening,
            ),
            tr.t(msg::BLIJVERSLENING_MAIL_EIGENAAR_VRAAG),
        ],
        action: Some((tr.t(msg::BLIJVERSLENING_MAIL_EIGENAAR_KNOP), url)),
        after: vec![
            tr.t(msg::BLIJVERSLENING_MAIL_EIGENAAR_NIET),
            crate::mail::limiet::door_iemand(tr),
        ],
        erase_after_sending: true,
        link_geldig_tot: None,
        bijlage: None,
    }
}
