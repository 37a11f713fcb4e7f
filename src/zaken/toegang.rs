//! The access log of every scheme: every view, download and change of a case by staff or helpers (NEN 7513
//! style), with the name and role they had at that moment and the reason when one was asked. Entries are only
//! added. The resident reads those of their own cases; each scheme says in words what an entry's `omschrijving`
//! (a page, an event kind, a document) means. A draft's entries carry the draft's id, which its case keeps.

use sqlx::{Any, AnyConnection, Executor, Row};
use time::OffsetDateTime;

use maud::{Markup, html};

use crate::auth::Person;
use crate::db;
use crate::http::Ctx;
use crate::i18n::msg;
use crate::ids::ZaakId;
use crate::token;

/// What someone did with a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handeling {
    /// Looked at the case or one of its pages.
    Bekeken,
    /// Recorded a step or changed something.
    Gewijzigd,
    /// Opened or downloaded a document.
    Gedownload,
}

impl Handeling {
    pub fn code(self) -> &'static str {
        match self {
            Handeling::Bekeken => "bekeken",
            Handeling::Gewijzigd => "gewijzigd",
            Handeling::Gedownload => "gedownload",
        }
    }

    pub fn from_code(code: &str) -> Option<Handeling> {
        [
            Handeling::Bekeken,
            Handeling::Gewijzigd,
            Handeling::Gedownload,
        ]
        .into_iter()
        .find(|h| h.code() == code)
    }
}

/// A scheme's own words for the entries of the one log: every kind of entry, how the log holds it, and how an
/// entry reads back. Every view and download (also one with a reason) reads as the scheme's view or download;
/// a change reads as the kind whose [`Woorden::in_log`] it matches, and any other is an error.
pub trait Woorden: Copy + Sized + 'static {
    const ALLE: &'static [Self];
    const BEKEKEN: Self;
    const GEDOWNLOAD: Self;

    /// What was done, and to what.
    fn in_log(self) -> (Handeling, &'static str);

    /// What a step the kernel records on a case of this scheme reads as (a step on its bezwaar, a written
    /// ingebrekestelling): `None` for a scheme whose cases take none.
    fn kern() -> Option<Self> {
        None
    }

    fn uit_log(regel: &Regel) -> Result<Self, sqlx::Error> {
        match regel.handeling {
            Handeling::Bekeken => Ok(Self::BEKEKEN),
            Handeling::Gedownload => Ok(Self::GEDOWNLOAD),
            Handeling::Gewijzigd => Self::ALLE
                .iter()
                .copied()
                .find(|h| h.in_log() == (Handeling::Gewijzigd, regel.omschrijving.as_str()))
                .or_else(|| Self::kern().filter(|_| is_kern(&regel.omschrijving)))
                .ok_or_else(|| db::unreadable("omschrijving", &regel.omschrijving)),
        }
    }
}

/// Whether an entry is of a step the kernel records on a case of any scheme: a bezwaar's draft (`bezwaar`)
/// and steps (`bezwaar:<soort>`), a written ingebrekestelling, and the answer to a request for a correction.
pub fn is_kern(omschrijving: &str) -> bool {
    omschrijving == "bezwaar"
        || omschrijving.starts_with("bezwaar:")
        || omschrijving == KERN_INGEBREKESTELLING
        || omschrijving == super::correctie::IN_LOG
        || omschrijving == super::bewaarstop::IN_LOG_AAN
        || omschrijving == super::bewaarstop::IN_LOG_UIT
}

/// The entry of a written ingebrekestelling recorded by staff.
pub const KERN_INGEBREKESTELLING: &str = "ingebrekestelling";

/// An entry as a scheme shows it to the resident: who, whether staff, what in the scheme's words, when.
#[derive(Clone, Debug)]
pub struct Gelezen<H> {
    /// The name they were shown by at the time ("" for staff without one).
    pub naam: String,
    pub medewerker: bool,
    pub handeling: H,
    pub op: OffsetDateTime,
}

/// Adds an entry in a scheme's words, inside the caller's write transaction.
pub async fn schrijf_als<H: Woorden>(
    conn: &mut AnyConnection,
    zaak_id: &ZaakId,
    wie: &Person,
    handeling: H,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let (h, wat) = handeling.in_log();
    schrijf(conn, zaak_id, wie, h, wat, None, now).await
}

/// Adds an entry in a scheme's words in a group transaction of its own (see [`log`]): a view or download.
pub async fn log_als<H: Woorden>(
    database: &db::Db,
    zaak_id: &ZaakId,
    wie: &Person,
    handeling: H,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let (h, wat) = handeling.in_log();
    log(database, zaak_id, wie, h, wat, None, now).await
}

/// The most entries a case page shows of its log, newest first: every view by staff adds one, so a case that
/// is looked at often would otherwise make its page longer and slower for good. Every entry is in the
/// resident's archive (Mijn gegevens).
pub const OP_PAGINA: usize = 50;

/// The newest [`OP_PAGINA`] entries of a case in a scheme's words, newest first.
pub async fn lees_als<'e, H: Woorden>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &ZaakId,
) -> Result<Vec<Gelezen<H>>, sqlx::Error> {
    lees_regels(db, zaak_id, OP_PAGINA as i64, 0)
        .await?
        .iter()
        .map(|r| {
            Ok(Gelezen {
                naam: r.naam.clone().unwrap_or_default(),
                medewerker: r.rol != "helper",
                handeling: H::uit_log(r)?,
                op: r.op,
            })
        })
        .collect()
}

/// One entry of the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Regel {
    pub persoon_id: String,
    /// The name staff and helpers were shown by at that moment (a helper without one by their address, which
    /// the resident knows); `None` for staff without one.
    pub naam: Option<String>,
    /// The role they acted in (`medewerker`, `beheerder`, `helper`).
    pub rol: String,
    pub handeling: Handeling,
    /// What was seen or done, as a stable code (a page, an event kind, a document).
    pub omschrijving: String,
    /// Why, when they were not assigned to the case.
    pub reden: Option<String>,
    pub op: OffsetDateTime,
}

const INSERT: &str = "INSERT INTO toegangslog (id, zaak_id, persoon_id, naam, rol, handeling, omschrijving, reden, op) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";

/// The name an entry shows (a helper without one by their address, which the resident knows; staff without
/// one by none) and the role it gives: only staff and helpers are logged, and a helper's own role says nothing
/// about this case.
fn naam_en_rol(wie: &Person) -> (Option<&str>, &'static str) {
    let staf = wie.rol.is_staf();
    let naam = match &wie.naam {
        Some(naam) => Some(naam.as_str()),
        None if staf => None,
        None => Some(wie.email.as_str()),
    };
    (naam, if staf { wie.rol.code() } else { "helper" })
}

/// Adds an entry, inside the caller's write transaction (or with the write turn held on SQLite).
pub async fn schrijf(
    conn: &mut AnyConnection,
    zaak_id: &ZaakId,
    wie: &Person,
    handeling: Handeling,
    omschrijving: &str,
    reden: Option<&str>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let (naam, rol) = naam_en_rol(wie);
    sqlx::query(INSERT)
        .bind(token::new_id())
        .bind(zaak_id)
        .bind(&wie.id)
        .bind(naam)
        .bind(rol)
        .bind(handeling.code())
        .bind(omschrijving)
        .bind(reden)
        .bind(db::ts(now))
        .execute(conn)
        .await
        .map(|_| ())
}

/// Adds an entry in a group transaction of its own ([`db::groep`]): for views, which change nothing else.
/// Returns once it is on disk.
pub async fn log(
    database: &db::Db,
    zaak_id: &ZaakId,
    wie: &Person,
    handeling: Handeling,
    omschrijving: &str,
    reden: Option<&str>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let (naam, rol) = naam_en_rol(wie);
    database
        .voeg_toe_in_groep(db::groep::Rij {
            sql: INSERT,
            waarden: vec![
                Some(token::new_id()),
                Some(zaak_id.to_string()),
                Some(wie.id.to_string()),
                naam.map(str::to_owned),
                Some(rol.to_owned()),
                Some(handeling.code().to_owned()),
                Some(omschrijving.to_owned()),
                reden.map(str::to_owned),
                Some(db::ts(now)),
            ],
        })
        .await
}

/// Every entry of a case, newest first.
pub async fn van_zaak<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &ZaakId,
) -> Result<Vec<Regel>, sqlx::Error> {
    lees_regels(db, zaak_id, i64::MAX, 0).await
}

/// One page of a case's entries, newest first, and how many there are; the index `toegangslog_zaak_recent`
/// (migration 36) has this order.
pub async fn van_zaak_pagina(
    conn: &mut AnyConnection,
    zaak_id: &ZaakId,
    limit: i64,
    offset: i64,
) -> Result<(Vec<Regel>, i64), sqlx::Error> {
    let totaal: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM toegangslog WHERE zaak_id = $1")
        .bind(zaak_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok((lees_regels(conn, zaak_id, limit, offset).await?, totaal))
}

async fn lees_regels<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &ZaakId,
    limit: i64,
    offset: i64,
) -> Result<Vec<Regel>, sqlx::Error> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT persoon_id, naam, rol, handeling, omschrijving, reden, op FROM toegangslog \
         WHERE zaak_id = $1 ORDER BY op DESC, id DESC LIMIT {} OFFSET {}",
        limit.max(0),
        offset.max(0)
    )))
    .bind(zaak_id)
    .fetch_all(db)
    .await?
    .iter()
    .map(|row| {
        let handeling: String = row.try_get("handeling")?;
        Ok(Regel {
            persoon_id: row.try_get("persoon_id")?,
            naam: row.try_get("naam")?,
            rol: row.try_get("rol")?,
            handeling: Handeling::from_code(&handeling)
                .ok_or_else(|| db::unreadable("handeling", &handeling))?,
            omschrijving: row.try_get("omschrijving")?,
            reden: row.try_get("reden")?,
            op: db::moment(row, "op")?,
        })
    })
    .collect()
}

/// True when this person gave a reason to open this case since `sinds` (staff who are not assigned to it
/// give one once per working day).
pub async fn reden_gegeven<'e>(
    db: impl Executor<'e, Database = Any>,
    persoon_id: &str,
    zaak_id: &ZaakId,
    sinds: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM toegangslog WHERE persoon_id = $1 AND zaak_id = $2 AND reden IS NOT NULL \
         AND op >= $3",
    )
    .bind(persoon_id)
    .bind(zaak_id)
    .bind(db::ts(sinds))
    .fetch_one(db)
    .await?;
    Ok(n > 0)
}

/// Below a case page's log of `getoond` entries: when it may hold only the newest ([`OP_PAGINA`]), says so,
/// and to the resident themselves where everything is.
pub fn alleen_de_laatste(ctx: &Ctx, getoond: usize) -> Markup {
    if getoond < OP_PAGINA {
        return html! {};
    }
    html! {
        p {
            (ctx.tr.ta(msg::ZAAK_LOG_LAATSTE, &[("aantal", (getoond as i64).into())]))
            @if ctx.person.is_some() && ctx.namens.is_none() {
                " " a href="/mijn-gegevens" { (ctx.t(msg::ZAAK_LOG_ALLES)) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kernel_steps_are_known_by_their_entries() {
        assert!(is_kern("bezwaar:beslist"));
        assert!(is_kern("bezwaar"), "a helper's draft of a bezwaar");
        assert!(is_kern("ingebrekestelling"));
        assert!(is_kern("correctie"));
        assert!(!is_kern("besluit"));
        assert!(!is_kern("aanvraag"));
    }
}
