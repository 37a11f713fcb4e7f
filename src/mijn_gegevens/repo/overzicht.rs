//! What the page Mijn gegevens shows, read for the page alone: per part how many rows there are (`COUNT(*)`)
//! and only the newest rows the page lists ([`KORT`], `ORDER BY … LIMIT`), in one read transaction. What a
//! listed row needs from other rows (a case's reference, its number of steps, whether its plan was handed in)
//! is read for just those rows. So the page costs about the same for a person with a long history, or a
//! cliëntondersteuner with hundreds of clients, as for someone new; the archive reads everything
//! ([`super::gegevens`]).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::OffsetDateTime;

use super::{MIJN_IDS, MIJN_INITIATIEVEN, Met, Wie, lees};
use crate::db::{self, BindAlle};
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
/// person's id, `$2` their address in lower case.
fn tellingen_sql() -> String {
    format!(
        "SELECT p.email, p.naam, p.taal, p.bsn, p.aangemaakt_op, \
         (SELECT COUNT(*) FROM sessions WHERE persoon_id = $1) AS sessies, \
         (SELECT COUNT(*) FROM zaken WHERE eigenaar_id = $1) AS zaken, \
         (SELECT COUNT(*) FROM meldingen WHERE persoon_id = $1 AND status = 'concept') \
         + (SELECT COUNT(*) FROM blijverslening_aanvragen WHERE inwoner_id = $1 AND status = 'concept') \
         + (SELECT COUNT(*) FROM kindpakket_aanvragen WHERE persoon_id = $1 AND status = 'concept') \
         + (SELECT COUNT(*) FROM clientondersteuning_verzoeken WHERE persoon_id = $1) AS concepten, \
         (SELECT COUNT(*) FROM documenten WHERE zaak_id IN ({MIJN_IDS})) AS documenten, \
         (SELECT COUNT(*) FROM machtiging_bewijzen b JOIN machtigingen m ON m.id = b.machtiging_id \
         WHERE m.aangemaakt_door = $1) AS bewijzen, \
         (SELECT COUNT(*) FROM machtigingen WHERE inwoner_id = $1) AS gegeven, \
         (SELECT COUNT(*) FROM machtigingen WHERE (helper_id = $1 OR aangemaakt_door = $1) \
         AND (inwoner_id IS NULL OR inwoner_id <> $1)) AS gekregen, \
         (SELECT COUNT(*) FROM initiatieven WHERE id IN ({initiatieven})) AS initiatieven, \
         (SELECT COUNT(*) FROM uitdaag_steun WHERE persoon_id = $1) AS steun, \
         (SELECT COUNT(*) FROM toegangslog WHERE zaak_id IN ({MIJN_IDS})) AS toegang, \
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

/// Reads what the page shows, in one read transaction so that the counts and the rows agree.
pub async fn overzicht(db: &db::Db, wie: &Wie<'_>) -> Result<Overzicht, sqlx::Error> {
    let mut tx = db.begin_read().await?;
    let c = &mut *tx;
    let t = lees(c, &tellingen_sql(), wie, Met::IdEnAdres)
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
    let overzicht = Overzicht {
        account,
        zaken: deel(tel("zaken")?, zaken(c, wie)).await?,
        concepten: deel(tel("concepten")?, concepten(c, wie)).await?,
        documenten: deel(tel("documenten")?, documenten(c, wie)).await?,
        bewijzen: deel(tel("bewijzen")?, bewijzen(c, wie)).await?,
        gegeven: deel(tel("gegeven")?, gegeven(c, wie)).await?,
        gekregen: deel(tel("gekregen")?, gekregen(c, wie)).await?,
        initiatieven: deel(tel("initiatieven")?, initiatieven(c, wie)).await?,
        steun: tel("steun")?,
        toegang: deel(tel("toegang")?, toegang(c, wie)).await?,
        mails: deel(tel("mails")?, mails(c, wie)).await?,
        downloads: deel(tel("downloads")?, downloads(c, wie)).await?,
        correcties: deel(tel("correcties")?, correcties(c, wie)).await?,
        buiten_zaak: deel(tel("buiten_zaak")?, buiten_zaak(c, wie)).await?,
    };
    tx.commit().await?;
    Ok(overzicht)
}

/// A list of `aantal` rows with the rows `rijen` reads, read only when there are any: most people have
/// nothing in most parts.
async fn deel<T>(
    aantal: i64,
    rijen: impl Future<Output = Result<Vec<T>, sqlx::Error>>,
) -> Result<Lijst<T>, sqlx::Error> {
    let rijen = if aantal > 0 { rijen.await? } else { Vec::new() };
    Ok(Lijst { aantal, rijen })
}

/// The rows of `sql` (given what `met` says), each read by `lees_rij`.
async fn lijst<T>(
    conn: &mut AnyConnection,
    sql: &str,
    wie: &Wie<'_>,
    met: Met,
    lees_rij: impl Fn(&AnyRow) -> Result<T, sqlx::Error>,
) -> Result<Vec<T>, sqlx::Error> {
    lees(conn, sql, wie, met)
        .await?
        .iter()
        .map(lees_rij)
        .collect()
}

/// The newest cases, with the number of steps of each and whether its melding's plan was handed in.
async fn zaken(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<Zaak>, sqlx::Error> {
    let sql = format!(
        "SELECT z.id, z.regeling, z.referentie, z.fase, z.ingediend_op, \
         (SELECT COUNT(*) FROM zaak_gebeurtenissen g WHERE g.zaak_id = z.id) AS stappen, \
         (SELECT COUNT(*) FROM persoonlijke_plannen p JOIN meldingen m ON m.id = p.melding_id \
         WHERE p.melding_id = z.id AND m.persoon_id = $1 AND p.status = 'ingeleverd') AS plannen \
         FROM (SELECT id, regeling, referentie, fase, ingediend_op FROM zaken WHERE eigenaar_id = $1 \
         ORDER BY ingediend_op DESC, id DESC LIMIT {KORT}) z ORDER BY z.ingediend_op, z.id"
    );
    lijst(conn, &sql, wie, Met::Id, |r| {
        Ok(Zaak {
            id: r.try_get("id")?,
            regeling: r.try_get("regeling")?,
            referentie: r.try_get("referentie")?,
            fase: r.try_get("fase")?,
            ingediend_op: db::moment(r, "ingediend_op")?,
            stappen: r.try_get("stappen")?,
            plan: r.try_get::<i64, _>("plannen")? > 0,
        })
    })
    .await
}

/// The newest drafts and requests for cliëntondersteuning of all kinds together, shown per kind.
async fn concepten(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<Concept>, sqlx::Error> {
    let sql = format!(
        "SELECT soort, id, referentie, aangemaakt_op FROM (\
         SELECT 'melding' AS soort, 0 AS volgorde, id, CAST(NULL AS TEXT) AS referentie, aangemaakt_op \
         FROM meldingen WHERE persoon_id = $1 AND status = 'concept' \
         UNION ALL SELECT 'blijverslening', 1, id, NULL, aangemaakt_op FROM blijverslening_aanvragen \
         WHERE inwoner_id = $1 AND status = 'concept' \
         UNION ALL SELECT 'kindpakket', 2, id, NULL, aangemaakt_op FROM kindpakket_aanvragen \
         WHERE persoon_id = $1 AND status = 'concept' \
         UNION ALL SELECT 'clientondersteuning', 3, id, referentie, aangemaakt_op \
         FROM clientondersteuning_verzoeken WHERE persoon_id = $1 \
         ORDER BY aangemaakt_op DESC, id DESC LIMIT {KORT}) c ORDER BY volgorde, aangemaakt_op, id"
    );
    lijst(conn, &sql, wie, Met::Id, |r| {
        let soort: String = r.try_get("soort")?;
        Ok(Concept {
            soort: ConceptSoort::from_code(&soort)
                .ok_or_else(|| db::unreadable("soort", &soort))?,
            id: r.try_get("id")?,
            referentie: r.try_get("referentie")?,
            aangemaakt_op: db::moment(r, "aangemaakt_op")?,
        })
    })
    .await
}

async fn documenten(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<Document>, sqlx::Error> {
    let sql = format!(
        "SELECT naam, op FROM documenten WHERE zaak_id IN ({MIJN_IDS}) ORDER BY op DESC, id DESC LIMIT {KORT}"
    );
    lijst(conn, &sql, wie, Met::IdEnAdres, |r| {
        Ok(Document {
            naam: r.try_get("naam")?,
            op: db::moment(r, "op")?,
        })
    })
    .await
}

/// The proofs of the newest machtigingen the person made, in the order of their machtiging's id (as before
/// there were this many).
async fn bewijzen(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<String>, sqlx::Error> {
    let sql = format!(
        "SELECT n.naam FROM (SELECT b.machtiging_id, b.naam FROM machtiging_bewijzen b \
         JOIN machtigingen m ON m.id = b.machtiging_id WHERE m.aangemaakt_door = $1 \
         ORDER BY m.aangemaakt_op DESC, m.id DESC LIMIT {KORT}) n ORDER BY n.machtiging_id"
    );
    lijst(conn, &sql, wie, Met::Id, |r| r.try_get("naam")).await
}

/// A machtiging with the columns named in `wie`, the best first.
fn machtiging(r: &AnyRow, wie: &[&str]) -> Result<Machtiging, sqlx::Error> {
    let mut namen = Vec::new();
    for kolom in wie {
        if let Some(naam) = r.try_get::<Option<String>, _>(*kolom)? {
            namen.push(naam);
        }
    }
    Ok(Machtiging {
        wie: namen,
        aangemaakt_op: db::moment(r, "aangemaakt_op")?,
    })
}

/// The newest machtigingen in which the person is helped, with the helper's name and address.
async fn gegeven(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<Machtiging>, sqlx::Error> {
    let sql = format!(
        "SELECT h.naam AS helper_naam, m.naam, h.email AS helper_email, m.email, m.aangemaakt_op \
         FROM (SELECT id, helper_id, naam, email, aangemaakt_op FROM machtigingen WHERE inwoner_id = $1 \
         ORDER BY aangemaakt_op DESC, id DESC LIMIT {KORT}) m LEFT JOIN personen h ON h.id = m.helper_id \
         ORDER BY m.aangemaakt_op, m.id"
    );
    lijst(conn, &sql, wie, Met::Id, |r| {
        machtiging(r, &["helper_naam", "naam", "helper_email", "email"])
    })
    .await
}

/// The newest machtigingen in which the person helps someone else, with that resident's name.
async fn gekregen(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<Machtiging>, sqlx::Error> {
    let sql = format!(
        "SELECT i.naam AS inwoner_naam, m.naam, m.email, m.aangemaakt_op \
         FROM (SELECT id, inwoner_id, naam, email, aangemaakt_op FROM machtigingen \
         WHERE (helper_id = $1 OR aangemaakt_door = $1) AND (inwoner_id IS NULL OR inwoner_id <> $1) \
         ORDER BY aangemaakt_op DESC, id DESC LIMIT {KORT}) m LEFT JOIN personen i ON i.id = m.inwoner_id \
         ORDER BY m.aangemaakt_op, m.id"
    );
    lijst(conn, &sql, wie, Met::Id, |r| {
        machtiging(r, &["inwoner_naam", "naam", "email"])
    })
    .await
}

/// The newest initiatives the person is a member of, with their number of proposals.
async fn initiatieven(
    conn: &mut AnyConnection,
    wie: &Wie<'_>,
) -> Result<Vec<Initiatief>, sqlx::Error> {
    let sql = format!(
        "SELECT i.id, i.naam, (SELECT COUNT(*) FROM uitdaag_voorstellen v WHERE v.initiatief_id = i.id) \
         AS voorstellen FROM (SELECT id, naam, aangemaakt_op FROM initiatieven \
         WHERE id IN ({MIJN_INITIATIEVEN}) ORDER BY aangemaakt_op DESC, id DESC LIMIT {KORT}) i \
         ORDER BY i.aangemaakt_op, i.id"
    );
    lijst(conn, &sql, wie, Met::Adres, |r| {
        Ok(Initiatief {
            id: r.try_get("id")?,
            naam: r.try_get("naam")?,
            voorstellen: r.try_get("voorstellen")?,
        })
    })
    .await
}

/// The reference of the case, application or proposal of this person whose id is in `kolom`, looked up in
/// the same order as [`MIJN_IDS`] finds them (`$1` the person's id, `$2` their address).
fn referentie_van(kolom: &str) -> String {
    format!(
        "COALESCE(\
         (SELECT z.referentie FROM zaken z WHERE z.id = {kolom} AND z.eigenaar_id = $1), \
         (SELECT m.referentie FROM meldingen m WHERE m.id = {kolom} AND m.persoon_id = $1), \
         (SELECT a.referentie FROM blijverslening_aanvragen a WHERE a.id = {kolom} AND a.inwoner_id = $1), \
         (SELECT k.referentie FROM kindpakket_aanvragen k WHERE k.id = {kolom} AND k.persoon_id = $1), \
         (SELECT v.referentie FROM uitdaag_voorstellen v JOIN initiatief_leden l \
         ON l.initiatief_id = v.initiatief_id WHERE v.id = {kolom} AND l.email = $2))"
    )
}

/// The newest entries of the access log of the person's cases, each with its case's reference.
async fn toegang(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<Toegang>, sqlx::Error> {
    let sql = format!(
        "SELECT t.naam, t.rol, t.op, {} AS referentie FROM (SELECT id, zaak_id, naam, rol, op \
         FROM toegangslog WHERE zaak_id IN ({MIJN_IDS}) ORDER BY op DESC, id LIMIT {KORT}) t \
         ORDER BY t.op DESC, t.id",
        referentie_van("t.zaak_id")
    );
    lijst(conn, &sql, wie, Met::IdEnAdres, |r| {
        Ok(Toegang {
            naam: r.try_get("naam")?,
            rol: r.try_get("rol")?,
            op: db::moment(r, "op")?,
            referentie: r.try_get("referentie")?,
        })
    })
    .await
}

async fn mails(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<Mail>, sqlx::Error> {
    let sql = format!(
        "SELECT created_at, subject FROM outbox WHERE LOWER(recipient) = $1 \
         ORDER BY created_at DESC, id DESC LIMIT {KORT}"
    );
    lijst(conn, &sql, wie, Met::Adres, |r| {
        Ok(Mail {
            op: db::moment(r, "created_at")?,
            onderwerp: r.try_get("subject")?,
        })
    })
    .await
}

async fn downloads(conn: &mut AnyConnection, wie: &Wie<'_>) -> Result<Vec<Download>, sqlx::Error> {
    let sql = format!(
        "SELECT op, grootte FROM gegevens_log WHERE persoon_id = $1 AND soort = 'download' \
         ORDER BY op DESC, id DESC LIMIT {KORT}"
    );
    lijst(conn, &sql, wie, Met::Id, |r| {
        Ok(Download {
            op: db::moment(r, "op")?,
            grootte: r.try_get("grootte")?,
        })
    })
    .await
}

async fn buiten_zaak(
    conn: &mut AnyConnection,
    wie: &Wie<'_>,
) -> Result<Vec<OffsetDateTime>, sqlx::Error> {
    let sql = format!(
        "SELECT op FROM gegevens_log WHERE persoon_id = $1 AND soort = 'correctie' AND zaak_id IS NULL \
         ORDER BY op DESC, id DESC LIMIT {KORT}"
    );
    lijst(conn, &sql, wie, Met::Id, |r| db::moment(r, "op")).await
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
