//! Limits on mail that a person causes to be sent to someone else: invitations to help, requests to confirm,
//! a co-owner's link, a request to a cliëntondersteuning organisation. Without them, anyone with an e-mail
//! address could make the municipality's address send their text to strangers.
//!
//! Per day: [`PER_AFZENDER`] such mails per sender account, [`PER_PAAR`] from one sender to one address, and
//! [`PER_ONTVANGER`] to one address from anyone. The numbers leave room for what people do (a resident invites
//! a few helpers; a helper files for a few residents; a cliëntondersteuner gets invitations from many
//! residents) and stop a series. A refused mail refuses the whole action: nothing half-done stays behind.

use sqlx::AnyConnection;
use time::{Duration, OffsetDateTime};

use crate::db;
use crate::token;

pub const PER_AFZENDER: i64 = 10;
pub const PER_PAAR: i64 = 5;
pub const PER_ONTVANGER: i64 = 20;

/// The window the limits count in.
pub const VENSTER: Duration = Duration::days(1);

async fn aantal(
    conn: &mut AnyConnection,
    sleutel: &str,
    sinds: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM mail_tellingen WHERE sleutel = $1 AND op > $2")
        .bind(sleutel)
        .bind(db::ts(sinds))
        .fetch_one(conn)
        .await
}

/// Counts one mail from `afzender` (a person's id) to `ontvanger` (an address; `None` for an address that is
/// no person's choice, such as an organisation's, which is counted per sender only), in the caller's
/// transaction. False, and nothing counted, when a limit is reached.
pub async fn tel(
    conn: &mut AnyConnection,
    afzender: &str,
    ontvanger: Option<&str>,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let sinds = now - VENSTER;
    let mut sleutels = vec![(token::hash(&format!("afzender:{afzender}")), PER_AFZENDER)];
    if let Some(adres) = ontvanger {
        let adres = adres.trim().to_lowercase();
        sleutels.push((token::hash(&format!("paar:{afzender}:{adres}")), PER_PAAR));
        sleutels.push((token::hash(&format!("ontvanger:{adres}")), PER_ONTVANGER));
    }
    for (sleutel, max) in &sleutels {
        if aantal(&mut *conn, sleutel, sinds).await? >= *max {
            return Ok(false);
        }
    }
    for (sleutel, _) in &sleutels {
        sqlx::query("INSERT INTO mail_tellingen (sleutel, op) VALUES ($1, $2)")
            .bind(sleutel)
            .bind(db::ts(now))
            .execute(&mut *conn)
            .await?;
    }
    Ok(true)
}

/// What may be printed of a name someone typed, in a mail to someone else: one line, at most
/// [`NAAM_MAX`] characters. A name cannot carry a message ("Uw uitkering is geblokkeerd. Bel ...") over lines.
pub fn naam(tekst: &str) -> String {
    let een_regel: String = tekst
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if een_regel.chars().count() > NAAM_MAX {
        let kort: String = een_regel.chars().take(NAAM_MAX - 1).collect();
        format!("{}…", kort.trim_end())
    } else {
        een_regel
    }
}

/// The sentence every such mail ends with: who caused it, in the portal's own words, and that the name in it
/// is not checked.
pub fn door_iemand(tr: &crate::i18n::Tr) -> String {
    tr.t(crate::i18n::msg::MAIL_DOOR_IEMAND)
}

/// The longest name printed in a mail to someone else.
pub const NAAM_MAX: usize = 60;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_one_short_line() {
        assert_eq!(naam("  Petra\r\nde   Vries "), "Petra de Vries");
        let lang = "Uw uitkering is geblokkeerd. Bel direct 0900-1234 of kijk op een nepsite, nu meteen graag";
        let kort = naam(lang);
        assert_eq!(kort.chars().count(), NAAM_MAX);
        assert!(kort.ends_with('…'));
        assert!(!naam("a\u{0}b\u{2028}c").contains(['\u{0}', '\u{2028}']));
    }
}
