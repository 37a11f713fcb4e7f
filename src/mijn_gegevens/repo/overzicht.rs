//! What the page Mijn gegevens shows, read for the page alone: per part how many rows there are (`COUNT(*)`)
//! and only the newest rows the page lists ([`KORT`], `ORDER BY … LIMIT`), in one read transaction. What a
//! listed row needs from other rows (its number of steps, whether its plan was handed in) is read for just those
//! rows. So the page costs about the same for a person with a long history, or a
//! cliëntondersteuner with hundreds of clients, as for someone new; the archive reads everything
//! ([`super::gegevens`]).
//!
//! The person's cases, applications and proposals are looked up once, with their references
//! ([`MijnZaken`]); the parts that hang off them (documents, the access log) are read by those ids, so the
//! page does not look them up again for every part and every row.
//!
//! What was read is kept in the instance's memory ([`Overzichten`]) under the person's version
//! (`personen.gegevens_versie`): triggers raise it with every write to a row the page shows (migration 37), in
//! the transaction of the write, on any instance. A visit reads the version alone and reads the rest again only
//! when it moved, so what is shown is not older than the database. One case escapes the version on
//! PostgreSQL: a row written to a case in the moment its owner changes can raise the old owner only; a kept
//! page is therefore read again after [`HOOGSTENS_OUD`] whatever its version.

use std::sync::Arc;
use std::time::Duration;

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use super::{MIJN_INITIATIEVEN, Met, Wie, lees};
use crate::db::{self, BindAlle};
use crate::kast::{Kast, Versie};
use crate::zaken::correctie::{self, Verzoek};

/// How many rows of a long list the page shows; the download holds them all.
pub const KORT: i64 = 10;

/// A list on the page: how many rows there are, and the newest of them ([`KORT`] at most) that the page shows.
#[derive(Debug)]
pub struct Lijst<T> {
    pub aantal: i64,
    pub rijen: Vec<T>,
}

impl<T> Lijst<T> {
    /// How many rows the page leaves out: they are in the download.
    pub fn meer(&self) -> i64 {
        self.aantal - i64::try_from(self.rijen.len()).unwrap_or(i64::MAX)
    }
}

/// The account as the page shows it.
#[derive(Debug)]
pub struct Account {
    /// `None` for someone known only through their representative: they have no address of their own.
    pub email: Option<String>,
    pub naam: Option<String>,
    pub taal: String,
    pub bsn: Option<String>,
    pub aangemaakt_op: OffsetDateTime,
    /// Their sessions: on how many devices they are signed in.
    pub sessies: i64,
}

/// A case the person owns.
#[derive(Debug)]
pub struct Zaak {
    pub id: String,
    pub regeling: String,
    pub referentie: String,
    pub fase: String,
    pub ingediend_op: OffsetDateTime,
    /// How many steps the case has.
    pub stappen: i64,
    /// Whether they handed in a plan of their own with it (a melding's persoonlijk plan).
    pub plan: bool,
}

/// What a draft or a request that is not a case is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConceptSoort {
    Melding,
    Blijverslening,
    Kindpakket,
    Clientondersteuning,
}

impl ConceptSoort {
    fn from_code(code: &str) -> Option<ConceptSoort> {
        match code {
            "melding" => Some(ConceptSoort::Melding),
            "blijverslening" => Some(ConceptSoort::Blijverslening),
            "kindpakket" => Some(ConceptSoort::Kindpakket),
            "clientondersteuning" => Some(ConceptSoort::Clientondersteuning),
            _ => None,
        }
    }
}

/// A draft not sent yet, or a request for cliëntondersteuning.
#[derive(Debug)]
pub struct Concept {
    pub soort: ConceptSoort,
    pub id: String,
    /// Only a request for cliëntondersteuning has one.
    pub referentie: Option<String>,
    pub aangemaakt_op: OffsetDateTime,
}

#[derive(Debug)]
pub struct Document {
    pub naam: String,
    pub op: OffsetDateTime,
}

/// A machtiging, with who the other person is.
#[derive(Debug)]
pub struct Machtiging {
    /// The names and addresses the portal has for the other person, the best first (absent ones left out).
    pub wie: Vec<String>,
    pub aangemaakt_op: OffsetDateTime,
}

#[derive(Debug)]
pub struct Initiatief {
    pub id: String,
    pub naam: String,
    /// How many proposals it has, drafts included.
    pub voorstellen: i64,
}

/// Someone who looked at or changed one of the person's cases.
#[derive(Debug)]
pub struct Toegang {
    pub naam: Option<String>,
    pub rol: String,
    pub op: OffsetDateTime,
    /// The reference of the case, application or proposal; `None` for a draft.
    pub referentie: Option<String>,
}

/// A mail to the person's address still in the outbox.
#[derive(Debug)]
pub struct Mail {
    pub op: OffsetDateTime,
    pub onderwerp: String,
}

/// A download of the archive, with its size in bytes.
#[derive(Debug)]
pub struct Download {
    pub op: OffsetDateTime,
    pub grootte: Option<i64>,
}

/// A request to correct a case, with the case's reference.
#[derive(Debug)]
pub struct Correctie {
    pub referentie: String,
    pub verzoek: Verzoek,
}

/// What the page shows: the account, and per part the count and the newest rows, each list in the order the
/// page shows it.
#[derive(Debug)]
pub struct Overzicht {
    pub account: Account,
    /// The cases they own, the oldest (of the newest) first.
    pub zaken: Lijst<Zaak>,
    /// Drafts of meldingen, blijverslening and Kindpakket, and requests for cliëntondersteuning: per kind,
    /// each the oldest first.
    pub concepten: Lijst<Concept>,
    /// The documents of their cases and drafts, the newest first.
    pub documenten: Lijst<Document>,
    /// The names of the proofs they sent with a machtiging.
    pub bewijzen: Lijst<String>,
    /// Machtigingen in which they are the resident helped, the oldest (of the newest) first.
    pub gegeven: Lijst<Machtiging>,
    /// Machtigingen in which they are the helper (or that they made for someone still to confirm).
    pub gekregen: Lijst<Machtiging>,
    pub initiatieven: Lijst<Initiatief>,
    /// How many public proposals they support.
    pub steun: i64,
    /// Who looked at or changed their cases, the newest first.
    pub toegang: Lijst<Toegang>,
    /// Mail to their address still in the outbox, the newest first.
    pub mails: Lijst<Mail>,
    /// Their downloads, the newest first.
    pub downloads: Lijst<Download>,
    /// Their requests to correct a case, the oldest (of the newest) first.
    pub correcties: Lijst<Correctie>,
    /// When they asked to correct their account or something outside a case, the newest first.
    pub buiten_zaak: Lijst<OffsetDateTime>,
}

/// The account, how many sessions it has, and how many rows each part of the page has: one row. `$1` is the
/// person's id, `$2` their address in lower case, and from `$3` on the ids of [`MijnZaken`] (`n` of them).
fn tellingen_sql(n: usize) -> String {
    let mijn = db::plekken(3, n);
    format!(
        "SELECT p.email, p.naam, p.taal, p.bsn, p.aangemaakt_op, \
         (SELECT COUNT(*) FROM sessions WHERE persoon_id = $1) AS sessies, \
         (SELECT COUNT(*) FROM zaken WHERE eigenaar_id = $1) AS zaken, \
         (SELECT COUNT(*) FROM meldingen WHERE persoon_id = $1 AND status = 'concept') \
         + (SELECT COUNT(*) FROM blijverslening_aanvragen WHERE inwoner_id = $1 AND status = 'concept') \
         + (SELECT COUNT(*) FROM kindpakket_aanvragen WHERE persoon_id = $1 AND status = 'concept') \
         + (SELECT COUNT(*) FROM clientondersteuning_verzoeken WHERE persoon_id = $1) AS concepten, \
         (SELECT COUNT(*) FROM documenten WHERE zaak_id IN ({mijn})) AS documenten, \
         (SELECT COUNT(*) FROM machtiging_bewijzen b JOIN machtigingen m ON m.id = b.machtiging_id \
         WHERE m.aangemaakt_door = $1) AS bewijzen, \
         (SELECT COUNT(*) FROM machtigingen WHERE inwoner_id = $1) AS gegeven, \
         (SELECT COUNT(*) FROM machtigingen WHERE (helper_id = $1 OR aangemaakt_door = $1) \
         AND (inwoner_id IS NULL OR inwoner_id <> $1)) AS gekregen, \
         (SELECT COUNT(*) FROM initiatieven WHERE id IN ({initiatieven})) AS initiatieven, \
         (SELECT COUNT(*) FROM uitdaag_steun WHERE persoon_id = $1) AS steun, \
         (SELECT COUNT(*) FROM toegangslog WHERE zaak_id IN ({mijn})) AS toegang, \
         (SELECT COUNT(*) FROM outbox WHERE LOWER(recipient) = $2) AS mails, \
         (SELECT COUNT(*) FROM gegevens_log WHERE persoon_id = $1 AND soort = 'download') AS downloads, \
         (SELECT COUNT(*) FROM gegevens_log WHERE persoon_id = $1 AND soort = 'correctie' \
         AND zaak_id IS NULL) AS buiten_zaak, \
         ({correcties}) AS correcties \
         FROM personen p WHERE p.id = $1",
        initiatieven = MIJN_INITIATIEVEN.replace("$1", "$2"),
        correcties = correctie::TEL_VAN_EIGENAAR,
    )
}

/// The ids of the person's cases, applications (drafts too) and the proposals of their initiatives, each once,
/// with its reference: the first one found among the cases, the meldingen, the blijverslening and Kindpakket
/// applications and the proposals, in that order (a draft has none).
struct MijnZaken {
    /// Padded to a power of two with the last id (an empty list holds one id no row has), so that the
    /// statements with an `IN` list of them come in a few lengths only.
    ids: Vec<String>,
    referenties: std::collections::HashMap<String, String>,
}

impl MijnZaken {
    async fn zoek(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<MijnZaken, sqlx::Error> {
        const SQL: &str = "SELECT id, referentie, 0 AS bron FROM zaken WHERE eigenaar_id = $1 \
            UNION ALL SELECT id, referentie, 1 FROM meldingen WHERE persoon_id = $1 \
            UNION ALL SELECT id, referentie, 2 FROM blijverslening_aanvragen WHERE inwoner_id = $1 \
            UNION ALL SELECT id, referentie, 3 FROM kindpakket_aanvragen WHERE persoon_id = $1 \
            UNION ALL SELECT v.id, v.referentie, 4 FROM uitdaag_voorstellen v \
            JOIN initiatief_leden l ON l.initiatief_id = v.initiatief_id WHERE l.email = $2 \
            ORDER BY 3";
        let mut ids: Vec<String> = Vec::new();
        let mut referenties = std::collections::HashMap::new();
        for rij in lees(conn, SQL, wie, Met::IdEnAdres).await? {
            let id: String = rij.try_get("id")?;
            if !ids.contains(&id) {
                ids.push(id.clone());
            }
            if let Some(referentie) = rij.try_get::<Option<String>, _>("referentie")? {
                referenties.entry(id).or_insert(referentie);
            }
        }
        let n = ids.len().max(1).next_power_of_two();
        let laatste = ids.last().cloned().unwrap_or_default();
        ids.resize(n, laatste);
        Ok(MijnZaken { ids, referenties })
    }

    fn referentie(&self, id: &str) -> Option<&str> {
        self.referenties.get(id).map(String::as_str)
    }

    /// The rows of `sql`, with the person's id as `$1`, their address as `$2`, and the ids from `$3` on.
    async fn rijen(
        &self,
        conn: &mut AnyConnection,
        sql: &str,
        wie: &Wie<'_>,
    ) -> Result<Vec<AnyRow>, sqlx::Error> {
        sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()))
            .bind(wie.id.as_str())
            .bind(wie.adres.as_str())
            .bind_alle(&self.ids)
            .fetch_all(conn)
            .await
    }
}

/// A kept page is read again after this long, whatever its version (see the module's documentation).
pub const HOOGSTENS_OUD: Duration = Duration::from_secs(600);

const VERSIE_SQL: &str = "SELECT gegevens_versie FROM personen WHERE id = $1";

/// The pages this instance read, per person, with the version they were read at.
pub struct Overzichten(Kast<Overzicht>);

impl Default for Overzichten {
    fn default() -> Self {
        Overzichten(Kast::new(Some(HOOGSTENS_OUD)))
    }
}

impl Overzichten {
    /// How many people's pages are kept.
    pub fn aantal(&self) -> usize {
        self.0.aantal()
    }
}

/// What the page shows: the kept read while the person's version has not moved, else [`lees_overzicht`]
/// (kept). The version is read before the rows, in the same read transaction: a write that commits after it
/// raises it, so a page is never kept under a version newer than its rows.
pub async fn overzicht(
    db: &db::Db,
    kast: &Overzichten,
    wie: &Wie<'_>,
) -> Result<Arc<Overzicht>, sqlx::Error> {
    let id = wie.id.as_str();
    let versie: Option<Versie> = sqlx::query_scalar(VERSIE_SQL)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    if let Some(bewaard) = versie.and_then(|v| kast.0.bij(id, v)) {
        return Ok(bewaard);
    }
    let mut tx = db.begin_read().await?;
    let versie: Versie = sqlx::query_scalar(VERSIE_SQL)
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    let overzicht = Arc::new(lees_overzicht(&mut tx, wie).await?);
    tx.commit().await?;
    kast.0.bewaar(id, versie, &overzicht);
    Ok(overzicht)
}

/// Reads what the page shows, inside the caller's read transaction so that the counts and the rows agree: the
/// person's cases, the counts, and the lists (each only when it has rows) in three statements.
async fn lees_overzicht(c: &mut AnyConnection, wie: &Wie<'_>) -> Result<Overzicht, sqlx::Error> {
    let mijn = MijnZaken::zoek(c, wie).await?;
    let t = mijn
        .rijen(c, &tellingen_sql(mijn.ids.len()), wie)
        .await?
        .into_iter()
        .next()
        .ok_or(sqlx::Error::RowNotFound)?;
    let tel = |kolom: &str| t.try_get::<i64, _>(kolom);
    let account = Account {
        email: t
            .try_get::<Option<String>, _>("email")?
            .filter(|a| crate::auth::namens::echt_adres(a)),
        naam: t.try_get("naam")?,
        taal: t.try_get("taal")?,
        bsn: t.try_get("bsn")?,
        aangemaakt_op: db::moment(&t, "aangemaakt_op")?,
        sessies: tel("sessies")?,
    };
    let mut aantallen = Vec::new();
    for lijst in Deel::ALLE {
        aantallen.push((lijst, tel(lijst.code())?));
    }
    let mut rijen = Rijen::lees(c, wie, &mijn, &aantallen).await?;
    let overzicht = Overzicht {
        account,
        zaken: rijen.deel(Deel::Zaken, tel("zaken")?, zaak)?,
        concepten: rijen.deel(Deel::Concepten, tel("concepten")?, concept)?,
        documenten: rijen.deel(Deel::Documenten, tel("documenten")?, document)?,
        bewijzen: rijen.deel(Deel::Bewijzen, tel("bewijzen")?, |r| tekst(r, "a"))?,
        gegeven: rijen.deel(Deel::Gegeven, tel("gegeven")?, machtiging)?,
        gekregen: rijen.deel(Deel::Gekregen, tel("gekregen")?, machtiging)?,
        initiatieven: rijen.deel(Deel::Initiatieven, tel("initiatieven")?, initiatief)?,
        steun: tel("steun")?,
        toegang: rijen.deel(Deel::Toegang, tel("toegang")?, |r| toegang(r, &mijn))?,
        mails: rijen.deel(Deel::Mails, tel("mails")?, mail)?,
        downloads: rijen.deel(Deel::Downloads, tel("downloads")?, download)?,
        correcties: match tel("correcties")? {
            0 => Lijst {
                aantal: 0,
                rijen: Vec::new(),
            },
            aantal => Lijst {
                aantal,
                rijen: correcties(c, wie).await?,
            },
        },
        buiten_zaak: rijen.deel(Deel::BuitenZaak, tel("buiten_zaak")?, |r| {
            db::moment(r, "e")
        })?,
    };
    Ok(overzicht)
}

/// A list of the page that [`Rijen`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Deel {
    Zaken,
    Concepten,
    Documenten,
    Bewijzen,
    Gegeven,
    Gekregen,
    Initiatieven,
    Toegang,
    Mails,
    Downloads,
    BuitenZaak,
}

impl Deel {
    const ALLE: [Deel; 11] = [
        Deel::Zaken,
        Deel::Concepten,
        Deel::Documenten,
        Deel::Bewijzen,
        Deel::Gegeven,
        Deel::Gekregen,
        Deel::Initiatieven,
        Deel::Toegang,
        Deel::Mails,
        Deel::Downloads,
        Deel::BuitenZaak,
    ];

    /// Its name in the statements: the column of its count in [`tellingen_sql`], and its rows' `deel`.
    fn code(self) -> &'static str {
        match self {
            Deel::Zaken => "zaken",
            Deel::Concepten => "concepten",
            Deel::Documenten => "documenten",
            Deel::Bewijzen => "bewijzen",
            Deel::Gegeven => "gegeven",
            Deel::Gekregen => "gekregen",
            Deel::Initiatieven => "initiatieven",
            Deel::Toegang => "toegang",
            Deel::Mails => "mails",
            Deel::Downloads => "downloads",
            Deel::BuitenZaak => "buiten_zaak",
        }
    }

    /// Its newest rows ([`KORT`]), as the columns `a` to `e` (text), `n1` and `n2` (numbers), and the keys the
    /// page orders them by, `k1` and `k2`. `$1` is the person's id, `$2` their address, from `$3` on the `n`
    /// ids of [`MijnZaken`].
    fn sql(self, n: usize) -> String {
        const LEEG: &str = "CAST(NULL AS TEXT)";
        const GEEN: &str = "CAST(NULL AS BIGINT)";
        let mijn = db::plekken(3, n);
        let (kolommen, van): ([&str; 9], String) = match self {
            Deel::Zaken => (
                [
                    "z.id",
                    "z.regeling",
                    "z.referentie",
                    "z.fase",
                    "z.ingediend_op",
                    "CAST((SELECT COUNT(*) FROM zaak_gebeurtenissen g WHERE g.zaak_id = z.id) AS BIGINT)",
                    "CAST((SELECT COUNT(*) FROM persoonlijke_plannen p JOIN meldingen m ON m.id = p.melding_id \
                     WHERE p.melding_id = z.id AND m.persoon_id = $1 AND p.status = 'ingeleverd') AS BIGINT)",
                    "z.ingediend_op",
                    "z.id",
                ],
                format!(
                    "(SELECT id, regeling, referentie, fase, ingediend_op FROM zaken WHERE eigenaar_id = $1 \
                     ORDER BY ingediend_op DESC, id DESC LIMIT {KORT}) z"
                ),
            ),
            Deel::Concepten => (
                [
                    "c.soort",
                    "c.id",
                    "c.referentie",
                    LEEG,
                    "c.aangemaakt_op",
                    GEEN,
                    GEEN,
                    "c.volgorde || c.aangemaakt_op",
                    "c.id",
                ],
                format!(
                    "(SELECT 'melding' AS soort, '0' AS volgorde, id, {LEEG} AS referentie, aangemaakt_op \
                     FROM meldingen WHERE persoon_id = $1 AND status = 'concept' \
                     UNION ALL SELECT 'blijverslening', '1', id, NULL, aangemaakt_op \
                     FROM blijverslening_aanvragen WHERE inwoner_id = $1 AND status = 'concept' \
                     UNION ALL SELECT 'kindpakket', '2', id, NULL, aangemaakt_op FROM kindpakket_aanvragen \
                     WHERE persoon_id = $1 AND status = 'concept' \
                     UNION ALL SELECT 'clientondersteuning', '3', id, referentie, aangemaakt_op \
                     FROM clientondersteuning_verzoeken WHERE persoon_id = $1 \
                     ORDER BY aangemaakt_op DESC, id DESC LIMIT {KORT}) c"
                ),
            ),
            Deel::Documenten => (
                [
                    "d.naam", LEEG, LEEG, LEEG, "d.op", GEEN, GEEN, "d.op", "d.id",
                ],
                format!(
                    "(SELECT id, naam, op FROM documenten WHERE zaak_id IN ({mijn}) \
                     ORDER BY op DESC, id DESC LIMIT {KORT}) d"
                ),
            ),
            // In the order of their machtiging's id (as before there were this many).
            Deel::Bewijzen => (
                [
                    "n.naam",
                    LEEG,
                    LEEG,
                    LEEG,
                    LEEG,
                    GEEN,
                    GEEN,
                    "n.machtiging_id",
                    LEEG,
                ],
                format!(
                    "(SELECT b.machtiging_id, b.naam FROM machtiging_bewijzen b \
                     JOIN machtigingen m ON m.id = b.machtiging_id WHERE m.aangemaakt_door = $1 \
                     ORDER BY m.aangemaakt_op DESC, m.id DESC LIMIT {KORT}) n"
                ),
            ),
            // The helper's name and address, the best first.
            Deel::Gegeven => (
                [
                    "h.naam",
                    "m.naam",
                    "h.email",
                    "m.email",
                    "m.aangemaakt_op",
                    GEEN,
                    GEEN,
                    "m.aangemaakt_op",
                    "m.id",
                ],
                format!(
                    "(SELECT id, helper_id, naam, email, aangemaakt_op FROM machtigingen WHERE inwoner_id = $1 \
                     ORDER BY aangemaakt_op DESC, id DESC LIMIT {KORT}) m \
                     LEFT JOIN personen h ON h.id = m.helper_id"
                ),
            ),
            // The resident's name.
            Deel::Gekregen => (
                [
                    "i.naam",
                    "m.naam",
                    "m.email",
                    LEEG,
                    "m.aangemaakt_op",
                    GEEN,
                    GEEN,
                    "m.aangemaakt_op",
                    "m.id",
                ],
                format!(
                    "(SELECT id, inwoner_id, naam, email, aangemaakt_op FROM machtigingen \
                     WHERE (helper_id = $1 OR aangemaakt_door = $1) AND (inwoner_id IS NULL OR inwoner_id <> $1) \
                     ORDER BY aangemaakt_op DESC, id DESC LIMIT {KORT}) m \
                     LEFT JOIN personen i ON i.id = m.inwoner_id"
                ),
            ),
            Deel::Initiatieven => (
                [
                    "i.id",
                    "i.naam",
                    LEEG,
                    LEEG,
                    LEEG,
                    "CAST((SELECT COUNT(*) FROM uitdaag_voorstellen v WHERE v.initiatief_id = i.id) AS BIGINT)",
                    GEEN,
                    "i.aangemaakt_op",
                    "i.id",
                ],
                format!(
                    "(SELECT id, naam, aangemaakt_op FROM initiatieven WHERE id IN ({}) \
                     ORDER BY aangemaakt_op DESC, id DESC LIMIT {KORT}) i",
                    MIJN_INITIATIEVEN.replace("$1", "$2")
                ),
            ),
            Deel::Toegang => (
                [
                    "t.zaak_id",
                    "t.naam",
                    "t.rol",
                    LEEG,
                    "t.op",
                    GEEN,
                    GEEN,
                    "t.op",
                    "t.id",
                ],
                format!(
                    "(SELECT id, zaak_id, naam, rol, op FROM toegangslog WHERE zaak_id IN ({mijn}) \
                     ORDER BY op DESC, id LIMIT {KORT}) t"
                ),
            ),
            Deel::Mails => (
                [
                    "o.subject",
                    LEEG,
                    LEEG,
                    LEEG,
                    "o.created_at",
                    GEEN,
                    GEEN,
                    "o.created_at",
                    "o.id",
                ],
                format!(
                    "(SELECT id, subject, created_at FROM outbox WHERE LOWER(recipient) = $2 \
                     ORDER BY created_at DESC, id DESC LIMIT {KORT}) o"
                ),
            ),
            Deel::Downloads => (
                [
                    LEEG,
                    LEEG,
                    LEEG,
                    LEEG,
                    "l.op",
                    "CAST(l.grootte AS BIGINT)",
                    GEEN,
                    "l.op",
                    "l.id",
                ],
                format!(
                    "(SELECT id, op, grootte FROM gegevens_log WHERE persoon_id = $1 AND soort = 'download' \
                     ORDER BY op DESC, id DESC LIMIT {KORT}) l"
                ),
            ),
            Deel::BuitenZaak => (
                [LEEG, LEEG, LEEG, LEEG, "l.op", GEEN, GEEN, "l.op", "l.id"],
                format!(
                    "(SELECT id, op FROM gegevens_log WHERE persoon_id = $1 AND soort = 'correctie' \
                     AND zaak_id IS NULL ORDER BY op DESC, id DESC LIMIT {KORT}) l"
                ),
            ),
        };
        let namen = ["a", "b", "c", "d", "e", "n1", "n2", "k1", "k2"];
        let kolommen: Vec<String> = kolommen
            .iter()
            .zip(namen)
            .map(|(kolom, naam)| format!("{kolom} AS {naam}"))
            .collect();
        format!(
            "SELECT '{}' AS deel, {} FROM {van}",
            self.code(),
            kolommen.join(", ")
        )
    }

    /// Whether the page shows it newest first (by `k1`, then `k2`); the others the oldest of the newest first.
    /// The access log goes from the newest moment to the oldest, and within one moment by id.
    fn orde(self, a: &(String, String), b: &(String, String)) -> std::cmp::Ordering {
        match self {
            Deel::Zaken
            | Deel::Concepten
            | Deel::Bewijzen
            | Deel::Gegeven
            | Deel::Gekregen
            | Deel::Initiatieven => a.cmp(b),
            Deel::Toegang => b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)),
            Deel::Documenten | Deel::Mails | Deel::Downloads | Deel::BuitenZaak => b.cmp(a),
        }
    }
}

/// The newest rows of `lijsten` in one statement, a `UNION ALL` of each list's ([`Deel::sql`]) for `n` ids.
/// Every parameter is referenced, whichever lists are read, so that both databases take the same values (in an
/// `IN` list, which has no limit on its length as SQLite's functions have on their arguments).
fn lijsten_sql(lijsten: &[Deel], n: usize) -> String {
    let takken: Vec<String> = lijsten.iter().map(|lijst| lijst.sql(n)).collect();
    format!(
        "SELECT * FROM ({}) r WHERE $1 IN ({})",
        takken.join(" UNION ALL "),
        db::plekken(1, n + 2)
    )
}

/// The rows of the lists that have any, read in one statement ([`lijsten_sql`]), each list in its order.
struct Rijen(Vec<(Deel, Vec<Regel>)>);

/// A row of a list with the keys it is ordered by (`k1`, `k2`).
type Regel = ((String, String), AnyRow);

impl Rijen {
    async fn lees(
        conn: &mut AnyConnection,
        wie: &Wie<'_>,
        mijn: &MijnZaken,
        aantallen: &[(Deel, i64)],
    ) -> Result<Rijen, sqlx::Error> {
        let mut rijen: Vec<(Deel, Vec<Regel>)> =
            Deel::ALLE.iter().map(|d| (*d, Vec::new())).collect();
        let lijsten: Vec<Deel> = aantallen
            .iter()
            .filter(|(_, aantal)| *aantal > 0)
            .map(|(lijst, _)| *lijst)
            .collect();
        if lijsten.is_empty() {
            return Ok(Rijen(rijen));
        }
        for rij in mijn
            .rijen(conn, &lijsten_sql(&lijsten, mijn.ids.len()), wie)
            .await?
        {
            let code: String = rij.try_get("deel")?;
            let sleutel = (
                rij.try_get::<Option<String>, _>("k1")?.unwrap_or_default(),
                rij.try_get::<Option<String>, _>("k2")?.unwrap_or_default(),
            );
            if let Some((_, lijst)) = rijen.iter_mut().find(|(d, _)| d.code() == code) {
                lijst.push((sleutel, rij));
            }
        }
        for (lijst, regels) in &mut rijen {
            regels.sort_by(|(a, _), (b, _)| lijst.orde(a, b));
        }
        Ok(Rijen(rijen))
    }

    /// List `lijst` of `aantal` rows, each read by `lees_rij`.
    fn deel<T>(
        &mut self,
        lijst: Deel,
        aantal: i64,
        lees_rij: impl Fn(&AnyRow) -> Result<T, sqlx::Error>,
    ) -> Result<Lijst<T>, sqlx::Error> {
        let regels = self
            .0
            .iter_mut()
            .find(|(d, _)| *d == lijst)
            .map(|(_, regels)| std::mem::take(regels))
            .unwrap_or_default();
        let rijen = regels
            .iter()
            .map(|(_, rij)| lees_rij(rij))
            .collect::<Result<_, _>>()?;
        Ok(Lijst { aantal, rijen })
    }
}

fn tekst(r: &AnyRow, kolom: &str) -> Result<String, sqlx::Error> {
    r.try_get(kolom)
}

fn zaak(r: &AnyRow) -> Result<Zaak, sqlx::Error> {
    Ok(Zaak {
        id: tekst(r, "a")?,
        regeling: tekst(r, "b")?,
        referentie: tekst(r, "c")?,
        fase: tekst(r, "d")?,
        ingediend_op: db::moment(r, "e")?,
        stappen: r.try_get("n1")?,
        plan: r.try_get::<i64, _>("n2")? > 0,
    })
}

fn concept(r: &AnyRow) -> Result<Concept, sqlx::Error> {
    let soort = tekst(r, "a")?;
    Ok(Concept {
        soort: ConceptSoort::from_code(&soort).ok_or_else(|| db::unreadable("soort", &soort))?,
        id: tekst(r, "b")?,
        referentie: r.try_get("c")?,
        aangemaakt_op: db::moment(r, "e")?,
    })
}

fn document(r: &AnyRow) -> Result<Document, sqlx::Error> {
    Ok(Document {
        naam: tekst(r, "a")?,
        op: db::moment(r, "e")?,
    })
}

/// A machtiging with the names and addresses in `a` to `d`, the best first.
fn machtiging(r: &AnyRow) -> Result<Machtiging, sqlx::Error> {
    let mut namen = Vec::new();
    for kolom in ["a", "b", "c", "d"] {
        if let Some(naam) = r.try_get::<Option<String>, _>(kolom)? {
            namen.push(naam);
        }
    }
    Ok(Machtiging {
        wie: namen,
        aangemaakt_op: db::moment(r, "e")?,
    })
}

fn initiatief(r: &AnyRow) -> Result<Initiatief, sqlx::Error> {
    Ok(Initiatief {
        id: tekst(r, "a")?,
        naam: tekst(r, "b")?,
        voorstellen: r.try_get("n1")?,
    })
}

/// An entry of the access log, with its case's reference.
fn toegang(r: &AnyRow, mijn: &MijnZaken) -> Result<Toegang, sqlx::Error> {
    let zaak = tekst(r, "a")?;
    Ok(Toegang {
        naam: r.try_get("b")?,
        rol: tekst(r, "c")?,
        op: db::moment(r, "e")?,
        referentie: mijn.referentie(&zaak).map(str::to_owned),
    })
}

fn mail(r: &AnyRow) -> Result<Mail, sqlx::Error> {
    Ok(Mail {
        op: db::moment(r, "e")?,
        onderwerp: tekst(r, "a")?,
    })
}

fn download(r: &AnyRow) -> Result<Download, sqlx::Error> {
    Ok(Download {
        op: db::moment(r, "e")?,
        grootte: r.try_get("n1")?,
    })
}

/// The newest requests to correct a case, each with its case's reference.
async fn correcties(
    conn: &mut AnyConnection,
    wie: &Wie<'_>,
) -> Result<Vec<Correctie>, sqlx::Error> {
    let verzoeken = correctie::nieuwste_van_eigenaar(conn, wie.id.as_str(), KORT).await?;
    let mut zaken: Vec<&str> = verzoeken.iter().map(|(z, _)| z.as_str()).collect();
    zaken.sort_unstable();
    zaken.dedup();
    let mut referenties: Vec<(String, String)> = Vec::new();
    if !zaken.is_empty() {
        let sql = format!(
            "SELECT id, referentie FROM zaken WHERE eigenaar_id = $1 AND id IN ({})",
            db::plekken(2, zaken.len())
        );
        referenties = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(wie.id.as_str())
            .bind_alle(zaken.iter().copied())
            .fetch_all(&mut *conn)
            .await?;
    }
    let rijen = verzoeken
        .into_iter()
        .map(|(zaak, verzoek)| Correctie {
            referentie: referenties
                .iter()
                .find(|(id, _)| *id == zaak)
                .map(|(_, r)| r.clone())
                .unwrap_or_default(),
            verzoek,
        })
        .collect();
    Ok(rijen)
}
