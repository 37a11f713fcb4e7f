//! The SQL of Mijn gegevens: everything the portal holds about one person, part by part, read by one generic
//! reader into JSON rows ([`rijen`]) for the archive; what the page shows, per part a count and the newest few
//! rows ([`overzicht`]); and the log of their downloads and requests (`gegevens_log`).
//!
//! Every part's SQL selects only rows of this person: what they own (their account, their meldingen and
//! applications, the cases of which they are the owner and everything recorded on those), the initiatives
//! whose member list holds their address, and the machtigingen in which they are the resident or the helper.
//! Secrets are never read ([`GEHEIM`]), nor another person's details beyond what the portal shows this person
//! anyway (a helper's name on their machtiging, a co-owner they named, the name of who looked at their case).

use serde_json::{Map, Value};
use sqlx::any::{AnyRow, AnyTypeInfoKind};
use sqlx::{Any, AnyConnection, Column, Executor, Row, ValueRef};
use time::OffsetDateTime;

use crate::db;
use crate::ids::PersoonId;

mod overzicht;

pub use overzicht::*;

/// One row as JSON: its columns by name.
pub type Rij = Map<String, Value>;

/// Columns that hold a secret or a key that means nothing outside the portal: never in the archive, whichever
/// table they are in (the hashes of links and codes, the one-time keys of forms, the parts of a sign-in).
pub const GEHEIM: [&str; 7] = [
    "token_hash",
    "code_hash",
    "sleutel",
    "sleutel_hash",
    "nonce",
    "pkce_verifier",
    "browser_hash",
];

/// Columns that name another person by their id (who made, changed, checked or decided something, who helps
/// whom): an id means nothing outside the portal, and the archive names people only where the portal shows a
/// name to this person anyway (a helper, who looked at a case, who answered). The person's own id is in
/// `account.json`.
pub const PERSOON_IDS: [&str; 18] = [
    "persoon_id",
    "inwoner_id",
    "helper_id",
    "eigenaar_id",
    "aangemaakt_door",
    "gewijzigd_door",
    "ingediend_door",
    "besloten_door",
    "besluit_door",
    "gesteld_door",
    "beantwoord_door",
    "toegevoegd_door",
    "gecontroleerd_door",
    "beeindigd_door",
    "consulent_id",
    "ondersteuner_id",
    "door_persoon_id",
    "namens_id",
];

/// Columns whose text is JSON (the details of a step, a kept form's fields): in the archive as JSON.
const JSON_KOLOMMEN: [&str; 2] = ["gegevens", "velden"];

/// The ids of everything that is this person's own, whatever the scheme: the cases they own, their meldingen,
/// their applications (also drafts, whose documents and log entries carry the draft's id), and the proposals
/// of the initiatives they are a member of. `$1` is the person's id, `$2` their address in lower case.
const MIJN_IDS: &str = "SELECT id FROM zaken WHERE eigenaar_id = $1 \
    UNION SELECT id FROM meldingen WHERE persoon_id = $1 \
    UNION SELECT id FROM blijverslening_aanvragen WHERE inwoner_id = $1 \
    UNION SELECT id FROM kindpakket_aanvragen WHERE persoon_id = $1 \
    UNION SELECT id FROM uitdaag_voorstellen WHERE initiatief_id IN \
    (SELECT initiatief_id FROM initiatief_leden WHERE email = $2)";

/// The initiatives this person is a member of (`$1`: their address in lower case).
const MIJN_INITIATIEVEN: &str = "SELECT initiatief_id FROM initiatief_leden WHERE email = $1";

/// One row read into JSON: text as a string (JSON text as JSON), numbers as numbers, NULL as null. Secret
/// columns and other people's ids are left out, and so are bytes (files go into the archive as files of their
/// own).
fn rij(row: &AnyRow) -> Result<Rij, sqlx::Error> {
    let mut uit = Map::new();
    for (i, kolom) in row.columns().iter().enumerate() {
        let naam = kolom.name();
        if GEHEIM.contains(&naam) || PERSOON_IDS.contains(&naam) {
            continue;
        }
        let soort = row.try_get_raw(i)?.type_info().kind();
        let waarde = match soort {
            AnyTypeInfoKind::Null => Value::Null,
            AnyTypeInfoKind::Bool => Value::Bool(row.try_get::<bool, _>(i)?),
            AnyTypeInfoKind::SmallInt | AnyTypeInfoKind::Integer | AnyTypeInfoKind::BigInt => {
                Value::from(row.try_get::<i64, _>(i)?)
            }
            AnyTypeInfoKind::Real | AnyTypeInfoKind::Double => {
                Value::from(row.try_get::<f64, _>(i)?)
            }
            AnyTypeInfoKind::Text => {
                let tekst: String = row.try_get(i)?;
                if JSON_KOLOMMEN.contains(&naam) {
                    serde_json::from_str(&tekst).unwrap_or(Value::String(tekst))
                } else {
                    Value::String(tekst)
                }
            }
            AnyTypeInfoKind::Blob => continue,
        };
        uit.insert(naam.to_owned(), waarde);
    }
    Ok(uit)
}

/// What a part's SQL is given: the person's id as `$1`; their address as `$1`; or both, `$1` and `$2`.
#[derive(Clone, Copy)]
enum Met {
    Id,
    Adres,
    IdEnAdres,
}

/// The rows of `sql`, with the person's id, address or both bound as `met` says.
async fn lees(
    conn: &mut AnyConnection,
    sql: &str,
    wie: &Wie<'_>,
    met: Met,
) -> Result<Vec<AnyRow>, sqlx::Error> {
    let query = sqlx::query(sqlx::AssertSqlSafe(sql.to_owned()));
    let query = match met {
        Met::Id => query.bind(wie.id.as_str().to_owned()),
        Met::Adres => query.bind(wie.adres.clone()),
        Met::IdEnAdres => query
            .bind(wie.id.as_str().to_owned())
            .bind(wie.adres.clone()),
    };
    query.fetch_all(conn).await
}

/// The rows of `sql` as JSON.
async fn rijen(
    conn: &mut AnyConnection,
    sql: &str,
    wie: &Wie<'_>,
    met: Met,
) -> Result<Vec<Rij>, sqlx::Error> {
    lees(conn, sql, wie, met).await?.iter().map(rij).collect()
}

/// Whose data: their id and their address in lower case (by which initiatives know their members, and the
/// outbox its recipients).
pub struct Wie<'a> {
    pub id: &'a PersoonId,
    pub adres: String,
}

/// Puts the rows of `kinderen` under the row of `ouders` they belong to (`kind_sleutel` in the child equals
/// `id` in the parent), as a list named `naam`, and drops the child's key.
fn nest(ouders: &mut [Rij], naam: &str, kinderen: Vec<Rij>, kind_sleutel: &str) {
    for ouder in ouders.iter_mut() {
        ouder.insert(naam.to_owned(), Value::Array(Vec::new()));
    }
    for mut kind in kinderen {
        let sleutel = kind.remove(kind_sleutel).unwrap_or(Value::Null);
        if let Some(Value::Array(lijst)) = ouders
            .iter_mut()
            .find(|o| o.get("id") == Some(&sleutel))
            .and_then(|o| o.get_mut(naam))
        {
            lijst.push(Value::Object(kind));
        }
    }
}

/// Everything the portal holds about one person, part by part.
#[derive(Debug, Default)]
pub struct Gegevens {
    /// Their account (`personen`), with their sessions, their links to sign-in providers and forms kept while
    /// they signed in again.
    pub account: Rij,
    pub meldingen: Vec<Rij>,
    pub plannen: Vec<Rij>,
    pub clientondersteuning: Vec<Rij>,
    /// The cases they own, each with its steps, its bezwaar's steps and its bezwaar draft.
    pub zaken: Vec<Rij>,
    /// Blijverslening applications, each with its co-owners.
    pub blijverslening: Vec<Rij>,
    /// Kindpakket applications, each with its children and their decisions.
    pub kindpakket: Vec<Rij>,
    /// Initiatives they are a member of, each with its members and proposals (with budget and questions).
    pub initiatieven: Vec<Rij>,
    /// Public proposals they supported.
    pub steun: Vec<Rij>,
    /// Machtigingen in which they are the resident helped.
    pub gegeven: Vec<Rij>,
    /// Machtigingen in which they are the helper (or that they made for someone still to confirm).
    pub gekregen: Vec<Rij>,
    /// Who looked at or changed their cases, newest first.
    pub toegangslog: Vec<Rij>,
    /// Every document of their cases and drafts, without the bytes.
    pub documenten: Vec<Rij>,
    /// The proofs they sent with a machtiging, without the bytes.
    pub bewijzen: Vec<Rij>,
    /// Mail to their address still in the outbox (delivered mail is deleted after 7 days), oldest first.
    pub mails: Vec<Rij>,
    /// Their downloads and requests for a correction.
    pub log: Vec<Rij>,
}

/// Reads everything of this person in one read transaction, so that the parts agree with each other.
pub async fn gegevens(db: &db::Db, wie: &Wie<'_>) -> Result<Gegevens, sqlx::Error> {
    let mut tx = db.begin_read().await?;
    let c = &mut *tx;
    let mut account = rijen(
        c,
        "SELECT id, email, naam, taal, rol, organisatie, bsn, aangemaakt_op FROM personen WHERE id = $1",
        wie,
        Met::Id,
    )
    .await?
    .into_iter()
    .next()
    .unwrap_or_default();
    // Someone known only through their representative has no address of their own.
    if account
        .get("email")
        .and_then(Value::as_str)
        .is_some_and(|a| !crate::auth::namens::echt_adres(a))
    {
        account.insert("email".into(), Value::Null);
    }
    let sessies = rijen(
        c,
        "SELECT created_at AS begonnen_op, expires_at AS geldig_tot, middel FROM sessions \
         WHERE persoon_id = $1 ORDER BY created_at",
        wie,
        Met::Id,
    )
    .await?;
    let koppelingen = rijen(
        c,
        "SELECT aanbieder, sub, aangemaakt_op FROM koppelingen WHERE persoon_id = $1 ORDER BY aangemaakt_op",
        wie,
        Met::Id,
    )
    .await?;
    let formulieren = rijen(
        c,
        "SELECT pad, velden, bewaard_tot FROM bewaarde_formulieren WHERE persoon_id = $1 ORDER BY bewaard_tot",
        wie,
        Met::Id,
    )
    .await?;
    account.insert("sessies".into(), lijst(sessies));
    account.insert("koppelingen".into(), lijst(koppelingen));
    account.insert("bewaarde_formulieren".into(), lijst(formulieren));

    let meldingen = rijen(
        c,
        "SELECT * FROM meldingen WHERE persoon_id = $1 ORDER BY aangemaakt_op, id",
        wie,
        Met::Id,
    )
    .await?;
    let plannen = rijen(
        c,
        "SELECT p.* FROM persoonlijke_plannen p JOIN meldingen m ON m.id = p.melding_id \
         WHERE m.persoon_id = $1 ORDER BY p.gewijzigd_op, p.id",
        wie,
        Met::Id,
    )
    .await?;
    let clientondersteuning = rijen(
        c,
        "SELECT * FROM clientondersteuning_verzoeken WHERE persoon_id = $1 ORDER BY aangemaakt_op, id",
        wie,
        Met::Id,
    )
    .await?;

    let mut zaken = rijen(
        c,
        "SELECT id, regeling, referentie, naam, fase, ingediend_op, termijn_vanaf, bijgewerkt_op FROM zaken \
         WHERE eigenaar_id = $1 ORDER BY ingediend_op, id",
        wie,
        Met::Id,
    )
    .await?;
    let stappen = rijen(
        c,
        "SELECT g.zaak_id, g.volgnummer, g.soort, g.gegevens, g.door_rol, g.op FROM zaak_gebeurtenissen g \
         JOIN zaken z ON z.id = g.zaak_id WHERE z.eigenaar_id = $1 ORDER BY g.zaak_id, g.volgnummer",
        wie,
        Met::Id,
    )
    .await?;
    let bezwaar = rijen(
        c,
        "SELECT b.zaak_id, b.volgnummer, b.soort, b.gegevens, b.door_rol, b.op FROM bezwaar_stappen b \
         JOIN zaken z ON z.id = b.zaak_id WHERE z.eigenaar_id = $1 ORDER BY b.zaak_id, b.volgnummer",
        wie,
        Met::Id,
    )
    .await?;
    let concepten = rijen(
        c,
        "SELECT b.zaak_id, b.gronden, b.pro_forma, b.gewijzigd_op FROM bezwaar_concepten b \
         JOIN zaken z ON z.id = b.zaak_id WHERE z.eigenaar_id = $1",
        wie,
        Met::Id,
    )
    .await?;
    nest(&mut zaken, "stappen", stappen, "zaak_id");
    nest(&mut zaken, "bezwaar_stappen", bezwaar, "zaak_id");
    nest(&mut zaken, "bezwaar_concept", concepten, "zaak_id");

    let mut blijverslening = rijen(
        c,
        "SELECT * FROM blijverslening_aanvragen WHERE inwoner_id = $1 ORDER BY aangemaakt_op, id",
        wie,
        Met::Id,
    )
    .await?;
    let eigenaren = rijen(
        c,
        "SELECT e.* FROM blijverslening_eigenaren e JOIN blijverslening_aanvragen a ON a.id = e.aanvraag_id \
         WHERE a.inwoner_id = $1 ORDER BY e.aanvraag_id, e.volgorde",
        wie,
        Met::Id,
    )
    .await?;
    nest(&mut blijverslening, "eigenaren", eigenaren, "aanvraag_id");

    let mut kindpakket = rijen(
        c,
        "SELECT * FROM kindpakket_aanvragen WHERE persoon_id = $1 ORDER BY aangemaakt_op, id",
        wie,
        Met::Id,
    )
    .await?;
    let mut kinderen = rijen(
        c,
        "SELECT k.* FROM kindpakket_kinderen k JOIN kindpakket_aanvragen a ON a.id = k.aanvraag_id \
         WHERE a.persoon_id = $1 ORDER BY k.aanvraag_id, k.volgorde",
        wie,
        Met::Id,
    )
    .await?;
    let besluiten = rijen(
        c,
        "SELECT b.* FROM kindpakket_besluiten b JOIN kindpakket_kinderen k ON k.id = b.kind_id \
         JOIN kindpakket_aanvragen a ON a.id = k.aanvraag_id WHERE a.persoon_id = $1 \
         ORDER BY b.kind_id, b.onderdeel",
        wie,
        Met::Id,
    )
    .await?;
    nest(&mut kinderen, "besluiten", besluiten, "kind_id");
    nest(&mut kindpakket, "kinderen", kinderen, "aanvraag_id");

    let initiatieven_sql = format!(
        "SELECT * FROM initiatieven WHERE id IN ({MIJN_INITIATIEVEN}) ORDER BY aangemaakt_op, id"
    );
    let mut initiatieven = rijen(c, &initiatieven_sql, wie, Met::Adres).await?;
    let leden_sql = format!(
        "SELECT initiatief_id, email, toegevoegd_op FROM initiatief_leden \
         WHERE initiatief_id IN ({MIJN_INITIATIEVEN}) ORDER BY initiatief_id, toegevoegd_op, email"
    );
    let leden = rijen(c, &leden_sql, wie, Met::Adres).await?;
    let voorstellen_sql = format!(
        "SELECT * FROM uitdaag_voorstellen WHERE initiatief_id IN ({MIJN_INITIATIEVEN}) \
         ORDER BY aangemaakt_op, id"
    );
    let mut voorstellen = rijen(c, &voorstellen_sql, wie, Met::Adres).await?;
    let begroting_sql = format!(
        "SELECT b.* FROM uitdaag_begroting b JOIN uitdaag_voorstellen v ON v.id = b.voorstel_id \
         WHERE v.initiatief_id IN ({MIJN_INITIATIEVEN}) ORDER BY b.voorstel_id, b.volgorde"
    );
    let begroting = rijen(c, &begroting_sql, wie, Met::Adres).await?;
    let vragen_sql = format!(
        "SELECT q.voorstel_id, q.id, q.vraag, q.gesteld_op, q.antwoord, q.beantwoord_op FROM uitdaag_vragen q \
         JOIN uitdaag_voorstellen v ON v.id = q.voorstel_id WHERE v.initiatief_id IN ({MIJN_INITIATIEVEN}) \
         ORDER BY q.voorstel_id, q.gesteld_op"
    );
    let vragen = rijen(c, &vragen_sql, wie, Met::Adres).await?;
    nest(&mut voorstellen, "begroting", begroting, "voorstel_id");
    nest(&mut voorstellen, "vragen", vragen, "voorstel_id");
    nest(&mut initiatieven, "leden", leden, "initiatief_id");
    nest(
        &mut initiatieven,
        "voorstellen",
        voorstellen,
        "initiatief_id",
    );
    let steun = rijen(
        c,
        "SELECT s.voorstel_id, v.referentie, v.taak, s.op FROM uitdaag_steun s \
         JOIN uitdaag_voorstellen v ON v.id = s.voorstel_id WHERE s.persoon_id = $1 ORDER BY s.op",
        wie,
        Met::Id,
    )
    .await?;

    let gegeven = rijen(
        c,
        "SELECT m.*, h.naam AS helper_naam, h.email AS helper_email FROM machtigingen m \
         LEFT JOIN personen h ON h.id = m.helper_id WHERE m.inwoner_id = $1 ORDER BY m.aangemaakt_op, m.id",
        wie,
        Met::Id,
    )
    .await?;
    let gekregen = rijen(
        c,
        "SELECT m.*, i.naam AS inwoner_naam FROM machtigingen m LEFT JOIN personen i ON i.id = m.inwoner_id \
         WHERE (m.helper_id = $1 OR m.aangemaakt_door = $1) AND (m.inwoner_id IS NULL OR m.inwoner_id <> $1) \
         ORDER BY m.aangemaakt_op, m.id",
        wie,
        Met::Id,
    )
    .await?;
    let bewijzen = rijen(
        c,
        "SELECT b.machtiging_id, b.naam, b.type, b.grootte, b.controle FROM machtiging_bewijzen b \
         JOIN machtigingen m ON m.id = b.machtiging_id WHERE m.aangemaakt_door = $1 ORDER BY b.machtiging_id",
        wie,
        Met::Id,
    )
    .await?;
    let inzage = rijen(
        c,
        "SELECT i.machtiging_id, p.naam, i.handeling, i.op FROM machtiging_inzage i \
         JOIN machtigingen m ON m.id = i.machtiging_id LEFT JOIN personen p ON p.id = i.persoon_id \
         WHERE m.inwoner_id = $1 OR m.aangemaakt_door = $1 ORDER BY i.op",
        wie,
        Met::Id,
    )
    .await?;
    let mut gegeven = gegeven;
    let mut gekregen = gekregen;
    nest(
        &mut gegeven,
        "inzage_bewijs",
        inzage.clone(),
        "machtiging_id",
    );
    nest(&mut gekregen, "inzage_bewijs", inzage, "machtiging_id");

    let toegangslog_sql = format!(
        "SELECT t.zaak_id, t.naam, t.rol, t.handeling, t.omschrijving, t.reden, t.op FROM toegangslog t \
         WHERE t.zaak_id IN ({MIJN_IDS}) ORDER BY t.op DESC, t.id"
    );
    let toegangslog = rijen(c, &toegangslog_sql, wie, Met::IdEnAdres).await?;
    let documenten_sql = format!(
        "SELECT d.id, d.zaak_id, d.soort, d.naam, d.type, d.grootte, d.op, d.controle FROM documenten d \
         WHERE d.zaak_id IN ({MIJN_IDS}) ORDER BY d.op, d.id"
    );
    let documenten = rijen(c, &documenten_sql, wie, Met::IdEnAdres).await?;
    // A message that held a sign-in link keeps no text here: its link may still work.
    let mails = rijen(
        c,
        "SELECT created_at, subject, CASE WHEN erase_after_sending = 1 THEN NULL ELSE body_text END \
         AS body_text, bijlage_naam, sent_at, failed_at FROM outbox WHERE LOWER(recipient) = $1 \
         ORDER BY created_at, id",
        wie,
        Met::Adres,
    )
    .await?;
    let log = rijen(
        c,
        "SELECT soort, zaak_id, grootte, op FROM gegevens_log WHERE persoon_id = $1 ORDER BY op, id",
        wie,
        Met::Id,
    )
    .await?;
    tx.commit().await?;
    Ok(Gegevens {
        account,
        meldingen,
        plannen,
        clientondersteuning,
        zaken,
        blijverslening,
        kindpakket,
        initiatieven,
        steun,
        gegeven,
        gekregen,
        toegangslog,
        documenten,
        bewijzen,
        mails,
        log,
    })
}

fn lijst(rijen: Vec<Rij>) -> Value {
    Value::Array(rijen.into_iter().map(Value::Object).collect())
}

/// The bytes of the proof sent with a machtiging that this person made, when it is clean.
pub async fn bewijs<'e>(
    db: impl Executor<'e, Database = Any>,
    machtiging_id: &str,
    wie: &PersoonId,
) -> Result<Option<Vec<u8>>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT b.inhoud FROM machtiging_bewijzen b JOIN machtigingen m ON m.id = b.machtiging_id \
         WHERE b.machtiging_id = $1 AND m.aangemaakt_door = $2 AND b.controle = 'vrij'",
    )
    .bind(machtiging_id)
    .bind(wie)
    .fetch_optional(db)
    .await
}

/// What a person did with their data ([`log`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    Download,
    Correctie,
}

impl Soort {
    pub fn code(self) -> &'static str {
        match self {
            Soort::Download => "download",
            Soort::Correctie => "correctie",
        }
    }
}

/// Adds an entry to the person's log, inside the caller's write transaction.
pub async fn log(
    conn: &mut AnyConnection,
    wie: &PersoonId,
    soort: Soort,
    zaak_id: Option<&str>,
    grootte: Option<i64>,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO gegevens_log (id, persoon_id, soort, zaak_id, grootte, op) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(crate::token::new_id())
    .bind(wie)
    .bind(soort.code())
    .bind(zaak_id)
    .bind(grootte)
    .bind(db::ts(now))
    .execute(conn)
    .await
    .map(|_| ())
}

/// [`log`] under the id `id` (the one-time key of the form that asked): `false`, and nothing written, when
/// an entry with this id exists (the same form sent twice).
pub async fn log_eenmaal(
    conn: &mut AnyConnection,
    id: &str,
    wie: &PersoonId,
    soort: Soort,
    zaak_id: Option<&str>,
    now: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let er: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gegevens_log WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    if er > 0 {
        return Ok(false);
    }
    let uitkomst = sqlx::query(
        "INSERT INTO gegevens_log (id, persoon_id, soort, zaak_id, grootte, op) \
         VALUES ($1, $2, $3, $4, NULL, $5)",
    )
    .bind(id)
    .bind(wie)
    .bind(soort.code())
    .bind(zaak_id)
    .bind(db::ts(now))
    .execute(conn)
    .await;
    match uitkomst {
        Ok(_) => Ok(true),
        Err(e) if db::is_unique_violation(&e) => Ok(false),
        Err(e) => Err(e),
    }
}

/// How many entries of this kind the person added since `sinds` (for the daily limit on requests).
pub async fn aantal_sinds(
    conn: &mut AnyConnection,
    wie: &PersoonId,
    soort: Soort,
    sinds: OffsetDateTime,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM gegevens_log WHERE persoon_id = $1 AND soort = $2 AND op > $3",
    )
    .bind(wie)
    .bind(soort.code())
    .bind(db::ts(sinds))
    .fetch_one(conn)
    .await
}
