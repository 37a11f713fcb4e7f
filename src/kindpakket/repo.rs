//! The SQL of Kindpakket applications: drafts, children, uploads, decisions and the access log.

use sqlx::any::AnyRow;
use sqlx::{Any, AnyConnection, Executor, Row};
use time::{Date, OffsetDateTime};

use super::domain::{BesluitRij, Status, Uitkomst};
use super::stap::Gebeurtenis;
use crate::db::{self, BindAlle};
use crate::geld::Bedrag;
use crate::ids::{PersoonId, ZaakId};
use crate::token;
use crate::zaken::document::{self, BestandType};
use crate::zaken::domain::Door;
use crate::zaken::kern;
use crate::zaken::stap::{self, Auteur, leg_vast};
use crate::zaken::toegang;

/// A child as stored: what was typed, and the checked birth date once sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Kind {
    pub id: String,
    pub voornaam: String,
    pub dag: String,
    pub maand: String,
    pub jaar: String,
    pub onderdelen: Vec<String>,
    pub geboortedatum: Option<Date>,
}

impl Kind {
    /// A block nothing was filled in on (added and left empty, say by Enter): the check and sending skip it.
    pub fn is_leeg(&self) -> bool {
        [&self.voornaam, &self.dag, &self.maand, &self.jaar]
            .iter()
            .all(|v| v.trim().is_empty())
            && self.onderdelen.is_empty()
    }
}

/// One uploaded file, without its bytes.
#[derive(Clone, Debug)]
pub struct Bestand {
    pub id: String,
    pub naam: String,
    pub soort: BestandType,
    pub grootte: i64,
    /// Where it stands with its virus scan.
    pub controle: document::Controle,
}

/// The decision on one part for one child.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Besluit {
    pub kind_id: String,
    pub onderdeel: String,
    pub toegekend: bool,
    pub reden: Option<String>,
}

/// An application with everything the pages show.
#[derive(Clone, Debug)]
pub struct Aanvraag {
    pub id: ZaakId,
    pub persoon_id: PersoonId,
    pub status: Status,
    pub referentie: Option<String>,
    pub samenstelling: String,
    pub aow: String,
    pub inkomen: String,
    pub schrijnend: String,
    pub inkomen_centen: Option<Bedrag>,
    pub advies: Option<Uitkomst>,
    pub aangemaakt_op: OffsetDateTime,
    pub ingediend_op: Option<OffsetDateTime>,
    pub besloten_op: Option<OffsetDateTime>,
    /// Goes up with every child added; the draft form sends it back (see [`voeg_kind_toe_bij`]).
    pub versie: i64,
    pub kinderen: Vec<Kind>,
    pub bestanden: Vec<Bestand>,
    pub besluiten: Vec<Besluit>,
}

impl Aanvraag {
    /// The decision on `onderdeel` for child `kind_id`, if any.
    pub fn besluit(&self, kind_id: &str, onderdeel: &str) -> Option<&Besluit> {
        self.besluiten
            .iter()
            .find(|b| b.kind_id == kind_id && b.onderdeel == onderdeel)
    }
}

/// A new draft with one empty child; returns its id.
pub async fn nieuw(
    conn: &mut AnyConnection,
    persoon_id: &str,
    door: &str,
    now: OffsetDateTime,
) -> Result<ZaakId, sqlx::Error> {
    Ok(nieuw_met_sleutel(conn, persoon_id, door, None, now)
        .await?
        .0)
}

/// A new draft with one empty child, made by the start form with key `sleutel`. When this person already has a
/// draft with that key (the same form posted twice), nothing is made: returns that draft's id and `false`.
pub async fn nieuw_met_sleutel(
    conn: &mut AnyConnection,
    persoon_id: &str,
    door: &str,
    sleutel: Option<&str>,
    now: OffsetDateTime,
) -> Result<(ZaakId, bool), sqlx::Error> {
    let id = ZaakId::new(token::new_id());
    // ON CONFLICT waits for a concurrent insert of the same key and then skips: one draft per key.
    let done = sqlx::query(
        "INSERT INTO kindpakket_aanvragen (id, persoon_id, aangemaakt_op, aangemaakt_door, sleutel, gewijzigd_op) \
         VALUES ($1, $2, $3, $4, $5, $3) ON CONFLICT (persoon_id, sleutel) DO NOTHING",
    )
    .bind(&id)
    .bind(persoon_id)
    .bind(db::ts(now))
    .bind(door)
    .bind(sleutel)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        let bestaand: ZaakId = sqlx::query_scalar(
            "SELECT id FROM kindpakket_aanvragen WHERE persoon_id = $1 AND sleutel = $2",
        )
        .bind(persoon_id)
        .bind(sleutel)
        .fetch_one(&mut *conn)
        .await?;
        return Ok((bestaand, false));
    }
    voeg_kind_toe(conn, &id, &Kind::default()).await?;
    Ok((id, true))
}

/// Takes the draft `id` for this write: `false` when it is no draft any more (sent meanwhile), and then the
/// caller must write nothing. Inside the write transaction the row stays locked until commit, so a send cannot
/// slip in between this check and the draft's other writes.
pub async fn neem_concept(conn: &mut AnyConnection, id: &str) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE kindpakket_aanvragen SET versie = versie WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .execute(conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Adds an empty child when the draft is still at `versie` (the version the posted form showed), and raises
/// the version. `false` when the form was stale (posted a second time) or the draft was sent: nothing added.
pub async fn voeg_kind_toe_bij(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    versie: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE kindpakket_aanvragen SET versie = versie + 1 \
         WHERE id = $1 AND versie = $2 AND status = 'concept'",
    )
    .bind(aanvraag_id)
    .bind(versie)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    voeg_kind_toe(conn, aanvraag_id, &Kind::default()).await?;
    Ok(true)
}

/// Only while the application is a draft.
const ALS_CONCEPT: &str =
    "EXISTS (SELECT 1 FROM kindpakket_aanvragen c WHERE c.id = $2 AND c.status = 'concept')";

/// Adds a child at the end.
pub async fn voeg_kind_toe(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    kind: &Kind,
) -> Result<(), sqlx::Error> {
    let volgorde: i64 = sqlx::query_scalar(
        "SELECT COALESCE(MAX(volgorde), 0) + 1 FROM kindpakket_kinderen WHERE aanvraag_id = $1",
    )
    .bind(aanvraag_id)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO kindpakket_kinderen (id, aanvraag_id, volgorde, voornaam, dag, maand, jaar, onderdelen, \
         geboortedatum) SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 WHERE {ALS_CONCEPT}"
    )))
    .bind(token::new_id())
    .bind(aanvraag_id)
    .bind(volgorde)
    .bind(&kind.voornaam)
    .bind(&kind.dag)
    .bind(&kind.maand)
    .bind(&kind.jaar)
    .bind(kind.onderdelen.join(","))
    .bind(kind.geboortedatum.map(db::date))
    .execute(conn)
    .await
    .map(|_| ())
}

/// Saves a draft's answers as typed: the household and each child in place (by id). `false` when it is no
/// draft any more: nothing is written.
pub async fn bewaar_concept(
    conn: &mut AnyConnection,
    a: &Aanvraag,
    now: time::OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE kindpakket_aanvragen SET samenstelling = $2, aow = $3, inkomen = $4, schrijnend = $5, \
         gewijzigd_op = $6 WHERE id = $1 AND status = 'concept'",
    )
    .bind(&a.id)
    .bind(&a.samenstelling)
    .bind(&a.aow)
    .bind(&a.inkomen)
    .bind(&a.schrijnend)
    .bind(db::ts(now))
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    for kind in &a.kinderen {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE kindpakket_kinderen SET voornaam = $3, dag = $4, maand = $5, jaar = $6, onderdelen = $7 \
             WHERE id = $1 AND aanvraag_id = $2 AND {ALS_CONCEPT}"
        )))
        .bind(&kind.id)
        .bind(&a.id)
        .bind(&kind.voornaam)
        .bind(&kind.dag)
        .bind(&kind.maand)
        .bind(&kind.jaar)
        .bind(kind.onderdelen.join(","))
        .execute(&mut *conn)
        .await?;
    }
    Ok(true)
}

/// Fills in a new draft's household with the answers of the public check: the kind of household, whether
/// someone has the AOW age, and the income, as typed. `false` when it is no draft.
pub async fn zet_huishouden(
    conn: &mut AnyConnection,
    id: &str,
    samenstelling: &str,
    aow: &str,
    inkomen: &str,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE kindpakket_aanvragen SET samenstelling = $2, aow = $3, inkomen = $4 \
         WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .bind(samenstelling)
    .bind(aow)
    .bind(inkomen)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes a child from a draft.
pub async fn verwijder_kind(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    kind_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DELETE FROM kindpakket_kinderen WHERE id = $1 AND aanvraag_id = $2 AND {ALS_CONCEPT}"
    )))
    .bind(kind_id)
    .bind(aanvraag_id)
    .execute(conn)
    .await
    .map(|_| ())
}

/// A file to store with an application.
pub struct NieuwBestand<'a> {
    pub naam: &'a str,
    pub soort: BestandType,
    pub inhoud: &'a [u8],
}

/// The kind of the documents of an application: proof of the household's income.
pub const INKOMEN: &str = "inkomen";

/// Stores a file with a draft: nothing when it is no draft any more, or when the draft has the same bytes
/// already (the same upload sent twice by a double click).
pub async fn bewaar_bestand(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    b: &NieuwBestand<'_>,
    door: &str,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    if !neem_concept(conn, aanvraag_id).await? {
        return Ok(());
    }
    let nieuw = document::Nieuw {
        soort: INKOMEN,
        naam: b.naam,
        type_: b.soort,
        inhoud: b.inhoud,
    };
    document::bewaar(
        conn,
        &token::new_id(),
        aanvraag_id,
        &nieuw,
        Some(door),
        now,
        true,
    )
    .await?;
    Ok(())
}

/// Removes a file of a draft for good, its bytes and its row: `false` (nothing removed) when it is no draft
/// any more, or the file is not this draft's.
pub async fn verwijder_bestand(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    bestand_id: &str,
) -> Result<bool, sqlx::Error> {
    if neem_concept(conn, aanvraag_id).await? {
        return document::verwijder(conn, aanvraag_id, bestand_id).await;
    }
    Ok(false)
}

fn bestand_uit(d: document::Document) -> Bestand {
    Bestand {
        id: d.id,
        naam: d.naam,
        soort: d.type_,
        grootte: d.grootte,
        controle: d.controle,
    }
}

/// What sending writes: the checked values and the advice.
pub struct Verstuurd<'a> {
    pub referentie: &'a str,
    pub inkomen_centen: Bedrag,
    pub advies: Uitkomst,
    /// (child id, birth date) of every child.
    pub geboortedata: &'a [(String, Date)],
    pub door: &'a PersoonId,
    pub op: OffsetDateTime,
}

/// Sends a draft. `false` when it was no draft any more (sent by an earlier click): nothing changes.
pub async fn verstuur(
    conn: &mut AnyConnection,
    id: &ZaakId,
    v: &Verstuurd<'_>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE kindpakket_aanvragen SET status = 'ingediend', referentie = $2, inkomen_centen = $3, advies = $4, \
         ingediend_op = $5, ingediend_door = $6 WHERE id = $1 AND status = 'concept'",
    )
    .bind(id)
    .bind(v.referentie)
    .bind(v.inkomen_centen)
    .bind(v.advies.code())
    .bind(db::ts(v.op))
    .bind(v.door)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    // Blocks left empty are not part of what was sent.
    sqlx::query(
        "DELETE FROM kindpakket_kinderen WHERE aanvraag_id = $1 AND geboortedatum IS NULL \
         AND TRIM(voornaam) = '' AND TRIM(dag) = '' AND TRIM(maand) = '' AND TRIM(jaar) = '' \
         AND onderdelen = ''",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    for (kind_id, geboren) in v.geboortedata {
        sqlx::query("UPDATE kindpakket_kinderen SET geboortedatum = $2 WHERE id = $1")
            .bind(kind_id)
            .bind(db::date(*geboren))
            .execute(&mut *conn)
            .await?;
    }
    let (persoon_id, naam): (PersoonId, Option<String>) = sqlx::query_as(
        "SELECT a.persoon_id, p.naam FROM kindpakket_aanvragen a JOIN personen p ON p.id = a.persoon_id \
         WHERE a.id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    let zaak = kern::NieuweZaak {
        id,
        regeling: kern::Regeling::Kindpakket,
        eigenaar: kern::Eigenaar::Persoon(&persoon_id),
        referentie: v.referentie,
        naam: naam.as_deref(),
    };
    let door = if *v.door == persoon_id {
        Door::Inwoner
    } else {
        Door::Helper
    };
    let auteur = Auteur::persoon(v.door, door);
    stap::openen(conn, &zaak, auteur, &Gebeurtenis::Ingediend, v.op).await?;
    Ok(true)
}

/// Records the decision. `false` when the application was not waiting for one: nothing changes.
pub async fn besluit(
    conn: &mut AnyConnection,
    id: &ZaakId,
    besluiten: &[Besluit],
    door: &PersoonId,
    op: OffsetDateTime,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE kindpakket_aanvragen SET status = 'besloten', besloten_op = $2, besloten_door = $3 \
         WHERE id = $1 AND status = 'ingediend'",
    )
    .bind(id)
    .bind(db::ts(op))
    .bind(door)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    for b in besluiten {
        sqlx::query(
            "INSERT INTO kindpakket_besluiten (kind_id, onderdeel, toegekend, reden) VALUES ($1, $2, $3, $4)",
        )
        .bind(&b.kind_id)
        .bind(&b.onderdeel)
        .bind(i64::from(b.toegekend))
        .bind(b.reden.as_deref())
        .execute(&mut *conn)
        .await?;
    }
    let auteur = Auteur::medewerker(door);
    leg_vast(conn, id, auteur, &Gebeurtenis::Besloten, op).await?;
    Ok(true)
}

const KOLOMMEN: &str = "id, persoon_id, status, referentie, samenstelling, aow, inkomen, schrijnend, inkomen_centen, \
                        advies, aangemaakt_op, ingediend_op, besloten_op, versie";

fn ts(r: &AnyRow, kolom: &str) -> Result<Option<OffsetDateTime>, sqlx::Error> {
    Ok(r.try_get::<Option<String>, _>(kolom)?
        .as_deref()
        .and_then(db::parse_ts))
}

fn aanvraag_uit(r: &AnyRow) -> Result<Aanvraag, sqlx::Error> {
    Ok(Aanvraag {
        id: r.try_get("id")?,
        persoon_id: r.try_get("persoon_id")?,
        status: {
            let code: String = r.try_get("status")?;
            Status::from_code(&code).ok_or_else(|| db::unreadable("status", &code))?
        },
        referentie: r.try_get("referentie")?,
        samenstelling: r.try_get("samenstelling")?,
        aow: r.try_get("aow")?,
        inkomen: r.try_get("inkomen")?,
        schrijnend: r.try_get("schrijnend")?,
        inkomen_centen: r.try_get("inkomen_centen")?,
        advies: r
            .try_get::<Option<String>, _>("advies")?
            .as_deref()
            .and_then(Uitkomst::from_code),
        aangemaakt_op: db::moment(r, "aangemaakt_op")?,
        ingediend_op: ts(r, "ingediend_op")?,
        besloten_op: ts(r, "besloten_op")?,
        versie: r.try_get("versie")?,
        kinderen: Vec::new(),
        bestanden: Vec::new(),
        besluiten: Vec::new(),
    })
}

/// Fills in the children of `aanvragen`, and their files and decisions: of every one with `alles`, else of the
/// drafts only (a list shows no more of a sent application than its children; a draft's files decide whether it
/// can be sent). At most three queries for any number of applications.
async fn vul(
    conn: &mut AnyConnection,
    aanvragen: &mut [Aanvraag],
    alles: bool,
) -> Result<(), sqlx::Error> {
    if aanvragen.is_empty() {
        return Ok(());
    }
    let ids: Vec<&str> = aanvragen.iter().map(|a| a.id.as_str()).collect();
    let volledig: Vec<&str> = aanvragen
        .iter()
        .filter(|a| alles || a.status == Status::Concept)
        .map(|a| a.id.as_str())
        .collect();
    let plekken = db::plekken(1, ids.len());
    let sql = format!(
        "SELECT aanvraag_id, id, voornaam, dag, maand, jaar, onderdelen, geboortedatum \
         FROM kindpakket_kinderen WHERE aanvraag_id IN ({plekken}) ORDER BY volgorde"
    );
    let kinderen = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(ids.iter().copied())
        .fetch_all(&mut *conn)
        .await?;
    // Only the proof of income: a bezwaar's documents are the bezwaar's.
    let bestanden = if volledig.is_empty() {
        Vec::new()
    } else {
        document::van_zaken(&mut *conn, &volledig).await?
    };
    // A draft has no decisions.
    let besluiten = if alles {
        let sql = format!(
            "SELECT k.aanvraag_id, b.kind_id, b.onderdeel, b.toegekend, b.reden FROM kindpakket_besluiten b \
             JOIN kindpakket_kinderen k ON k.id = b.kind_id WHERE k.aanvraag_id IN ({plekken})"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind_alle(ids.iter().copied())
            .fetch_all(&mut *conn)
            .await?
    } else {
        Vec::new()
    };
    drop(ids);
    drop(volledig);
    for a in aanvragen.iter_mut() {
        for r in &kinderen {
            if r.try_get::<String, _>("aanvraag_id")? != a.id {
                continue;
            }
            let onderdelen: String = r.try_get("onderdelen")?;
            a.kinderen.push(Kind {
                id: r.try_get("id")?,
                voornaam: r.try_get("voornaam")?,
                dag: r.try_get("dag")?,
                maand: r.try_get("maand")?,
                jaar: r.try_get("jaar")?,
                onderdelen: onderdelen
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect(),
                geboortedatum: r
                    .try_get::<Option<String>, _>("geboortedatum")?
                    .as_deref()
                    .and_then(db::parse_date),
            });
        }
        a.bestanden = bestanden
            .iter()
            .filter(|d| d.zaak_id == a.id && d.soort == INKOMEN)
            .cloned()
            .map(bestand_uit)
            .collect();
        for r in &besluiten {
            if r.try_get::<String, _>("aanvraag_id")? != a.id {
                continue;
            }
            a.besluiten.push(Besluit {
                kind_id: r.try_get("kind_id")?,
                onderdeel: r.try_get("onderdeel")?,
                toegekend: r.try_get::<i64, _>("toegekend")? == 1,
                reden: r.try_get("reden")?,
            });
        }
    }
    Ok(())
}

/// The application `id`; with `persoon_id`, only when it is theirs.
pub async fn van(
    conn: &mut AnyConnection,
    id: &str,
    persoon_id: Option<&str>,
) -> Result<Option<Aanvraag>, sqlx::Error> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {KOLOMMEN} FROM kindpakket_aanvragen WHERE id = $1"
    )))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let mut a = aanvraag_uit(&row)?;
    if persoon_id.is_some_and(|p| p != a.persoon_id) {
        return Ok(None);
    }
    vul(conn, std::slice::from_mut(&mut a), true).await?;
    Ok(Some(a))
}

/// Throws away the draft application `id` of this resident, inside the caller's write transaction: its
/// answers, its children, and what the kernel keeps of it (its documents and access log,
/// [`crate::zaken::concept::wis`]). `false` when there is no such draft: another person's, or sent already.
pub async fn verwijder_concept(
    conn: &mut AnyConnection,
    backend: db::Backend,
    id: &str,
    persoon_id: &str,
) -> Result<bool, sqlx::Error> {
    use crate::zaken::concept;
    if !concept::is_concept(
        conn,
        backend,
        "kindpakket_aanvragen",
        "persoon_id",
        id,
        persoon_id,
    )
    .await?
    {
        return Ok(false);
    }
    for sql in [
        "DELETE FROM kindpakket_besluiten WHERE kind_id IN \
         (SELECT id FROM kindpakket_kinderen WHERE aanvraag_id = $1)",
        "DELETE FROM kindpakket_kinderen WHERE aanvraag_id = $1",
        "DELETE FROM kindpakket_aanvragen WHERE id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *conn).await?;
    }
    concept::wis(conn, id).await?;
    Ok(true)
}

/// A resident's applications, newest first, with their children; a draft with its files too (Mijn loket and the
/// start page show no more of a sent one).
pub async fn van_persoon(
    conn: &mut AnyConnection,
    persoon_id: &str,
) -> Result<Vec<Aanvraag>, sqlx::Error> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {KOLOMMEN} FROM kindpakket_aanvragen WHERE persoon_id = $1 ORDER BY aangemaakt_op DESC, id"
    )))
    .bind(persoon_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut uit = rows
        .iter()
        .map(aanvraag_uit)
        .collect::<Result<Vec<_>, _>>()?;
    vul(conn, &mut uit, false).await?;
    Ok(uit)
}

/// Who did something, for the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handeling {
    Bekeken,
    Gedownload,
    Gewijzigd,
    Ingediend,
    Besloten,
    /// Took the case on (assigned it to themselves).
    Opgepakt,
    /// Recorded a step of the kernel: on the bezwaar, or a written ingebrekestelling.
    Vastgelegd,
}

impl toegang::Woorden for Handeling {
    const ALLE: &'static [Self] = &[
        Handeling::Bekeken,
        Handeling::Gedownload,
        Handeling::Gewijzigd,
        Handeling::Ingediend,
        Handeling::Besloten,
        Handeling::Opgepakt,
    ];
    const BEKEKEN: Self = Handeling::Bekeken;
    const GEDOWNLOAD: Self = Handeling::Gedownload;

    fn in_log(self) -> (toegang::Handeling, &'static str) {
        match self {
            Handeling::Bekeken => (toegang::Handeling::Bekeken, "aanvraag"),
            Handeling::Gedownload => (toegang::Handeling::Gedownload, "bestand"),
            Handeling::Gewijzigd => (toegang::Handeling::Gewijzigd, "aanvraag"),
            Handeling::Ingediend => (toegang::Handeling::Gewijzigd, "ingediend"),
            Handeling::Besloten => (toegang::Handeling::Gewijzigd, "besluit"),
            Handeling::Opgepakt => (toegang::Handeling::Gewijzigd, "toegewezen"),
            Handeling::Vastgelegd => (
                toegang::Handeling::Gewijzigd,
                toegang::KERN_INGEBREKESTELLING,
            ),
        }
    }

    fn kern() -> Option<Self> {
        Some(Handeling::Vastgelegd)
    }
}

/// One line of the log as the resident reads it.
pub type Toegang = toegang::Gelezen<Handeling>;

/// Every decided part of every child, for decisions taken from `vanaf` (a moment) up to `tot`.
pub async fn besluit_rijen<'e>(
    db: impl Executor<'e, Database = Any>,
    vanaf: OffsetDateTime,
    tot: OffsetDateTime,
) -> Result<Vec<BesluitRij>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.persoon_id, k.voornaam, k.geboortedatum, b.onderdeel, b.toegekend FROM kindpakket_besluiten b \
         JOIN kindpakket_kinderen k ON k.id = b.kind_id JOIN kindpakket_aanvragen a ON a.id = k.aanvraag_id \
         WHERE a.besloten_op >= $1 AND a.besloten_op < $2",
    )
    .bind(db::ts(vanaf))
    .bind(db::ts(tot))
    .fetch_all(db)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(BesluitRij {
                aanvrager: r.try_get("persoon_id")?,
                voornaam: r.try_get("voornaam")?,
                geboortedatum: r
                    .try_get::<Option<String>, _>("geboortedatum")?
                    .as_deref()
                    .and_then(db::parse_date),
                onderdeel: r.try_get("onderdeel")?,
                toegekend: r.try_get::<i64, _>("toegekend")? == 1,
            })
        })
        .collect()
}

/// Removes every child of a draft (the demo data fills in its own).
pub async fn verwijder_kinderen(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM kindpakket_kinderen WHERE aanvraag_id = $1")
        .bind(aanvraag_id)
        .execute(conn)
        .await
        .map(|_| ())
}
