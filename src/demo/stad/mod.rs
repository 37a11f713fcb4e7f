//! City-scale demo data (`loket demo --schaal stad`): one year of a municipality of about 650,000 inhabitants,
//! ending at the clock's today, for benchmarks and for trying the portal with a realistic load. 100,000
//! accounts (residents, mantelzorgers with machtigingen, cliëntondersteuners with hundreds of clients, staff),
//! 30,000 Wmo meldingen with 300,000 steps and their documents, 2,000 blijverslening and 20,000 Kindpakket
//! applications, 500 right-to-challenge proposals with 20,000 supports, 1,000,000 access-log entries,
//! requests for cliëntondersteuning, sessions and mail.
//!
//! The rows are those the portal writes itself: the same tables and columns, the steps serialised from the
//! schemes' own step types, the references made by [`crate::code`], the case kernel's phase moved by
//! [`crate::zaken::stap::fase_na`]. Only the way of writing differs: many rows per statement, one
//! transaction per part. The data is pseudo-random from a fixed seed, so two runs at the same moment (a fixed
//! clock, as in the tests) give the same data, ids included. Everything lies within the year, so the daily retention run keeps it (drafts
//! were changed within the last 80 days, mail delivered within the last 25).
//!
//! `deel` = N generates 1/N of everything (the tests use 1000).

mod repo;

use std::collections::HashSet;
use std::time::Instant;

use time::{Date, Duration, OffsetDateTime};

use crate::AppState;
use crate::auth::Rol;
use crate::auth::repo::{BulkPersoon, personen_in_bulk};
use crate::code::{self, Soort as RefSoort};
use crate::db::bulk::Waarde;
use crate::db::{self, Backend};
use crate::i18n::Lang;
use crate::ids::{PersoonId, ZaakId};
use crate::meldingen::domain::{
    Code, ContactManier, Erbij, Huishouden, JaNee, Levensgebied, Tolk, VoorWie, Wens, lijst_tekst,
};
use crate::zaken::domain::{
    BesluitRegel, Door, Fase, Gebeurtenis, Onderwerp, Plaats, Uitkomst, Voorziening, Vorm,
};
use crate::zaken::kern::Regeling;
use crate::zaken::stap::{Stap, fase_na};
use repo::{Buffers, Tabel};

/// The accounts benchmarks and people sign in as (address, what).
pub const BEKENDE_ACCOUNTS: [(&str, &str); 5] = [
    (
        INWONER,
        "inwoner met Wmo-zaken, een blijverslening en een Kindpakket",
    ),
    (
        MANTELZORGER,
        "mantelzorger met machtigingen van drie inwoners",
    ),
    (ONDERSTEUNER, "cliëntondersteuner met 320 cliënten"),
    (CONSULENT, "consulent (medewerker)"),
    (BEHEERDER, "beheerder"),
];

pub const INWONER: &str = "inwoner@stad.example";
pub const MANTELZORGER: &str = "mantelzorger@stad.example";
pub const ONDERSTEUNER: &str = "ondersteuner@stad.example";
pub const CONSULENT: &str = "consulent@stad.example";
pub const BEHEERDER: &str = "beheerder@stad.example";

/// The full scale: how many of each.
const ACCOUNTS: u64 = 100_000;
const MELDINGEN: u64 = 30_000;
const STAPPEN_WMO: u64 = 300_000;
const BLIJVERSLENINGEN: u64 = 2_000;
const KINDPAKKETTEN: u64 = 20_000;
const VOORSTELLEN: u64 = 500;
const STEUN: u64 = 20_000;
const TOEGANGSLOG: u64 = 1_000_000;
const CONSULENTEN: u64 = 40;
const BEHEERDERS: u64 = 4;
const ONDERSTEUNERS: u64 = 60;
const MANTELZORGERS: u64 = 6_000;
/// The clients of the known cliëntondersteuner.
const GROTE_CASELOAD: u64 = 320;
/// Sessions alive now (signed in within the last 12 hours).
const SESSIES: u64 = 6_000;
/// Requests for cliëntondersteuning without a melding.
const LOSSE_VERZOEKEN: u64 = 4_000;

/// What the run wrote, per table, and how long it took.
pub struct Samenvatting {
    pub tellingen: Vec<(&'static str, i64)>,
    pub fasen: Vec<(String, String, i64)>,
    pub duur: std::time::Duration,
}

/// A small pseudo-random generator (SplitMix64): the same seed gives the same data.
struct Prng(u64);

impl Prng {
    fn volgende(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    fn onder(&mut self, n: u64) -> u64 {
        self.volgende() % n.max(1)
    }

    /// A number in `van..=tot`.
    fn tussen(&mut self, van: i64, tot: i64) -> i64 {
        van + i64::try_from(self.onder(u64::try_from(tot - van + 1).unwrap_or(1))).unwrap_or(0)
    }

    /// True with chance `p`.
    fn kans(&mut self, p: f64) -> bool {
        (self.volgende() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }

    fn kies<'a, T>(&mut self, uit: &'a [T]) -> &'a T {
        &uit[usize::try_from(self.onder(uit.len() as u64)).unwrap_or(0)]
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| (self.volgende() >> 24) as u8).collect()
    }

    /// An id as [`crate::token::new_id`] makes them: 128 bits as hex.
    fn id(&mut self) -> String {
        crate::token::hex(&self.bytes(16))
    }
}

/// A person the generator knows, for steps and the log.
#[derive(Clone)]
struct Wie {
    id: PersoonId,
    email: String,
    naam: Option<String>,
}

/// A case, for the access log.
struct Zaakje {
    id: ZaakId,
    ingediend_op: OffsetDateTime,
    consulent: usize,
    /// Helpers who may look at it (index into the helpers).
    helpers: Vec<usize>,
}

const VOORNAMEN: [&str; 24] = [
    "Anna", "Bram", "Chantal", "Daan", "Emma", "Fatima", "Gerrit", "Hanneke", "Ibrahim", "Joke",
    "Kees", "Lotte", "Mohamed", "Nora", "Omar", "Petra", "Quinten", "Rosa", "Sanne", "Thijs",
    "Yasmin", "Wim", "Zeynep", "Mirjam",
];
const ACHTERNAMEN: [&str; 20] = [
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "El Amrani",
    "Yilmaz",
    "Kaya",
    "Dekker",
    "Brouwer",
    "van Leeuwen",
];
const STRATEN: [&str; 12] = [
    "Dorpsstraat",
    "Kerkweg",
    "Molenlaan",
    "Stationsplein",
    "Parkweg",
    "Lindelaan",
    "Schoolstraat",
    "Havenkade",
    "Julianastraat",
    "Beatrixlaan",
    "Marktplein",
    "Eikenhof",
];
const PLAATSEN: [&str; 4] = ["Centrum", "Noord", "Zuid", "Oost"];
const HULPVRAGEN: [&str; 6] = [
    "Ik kan de trap niet meer op. Douchen lukt niet meer alleen.",
    "Ik heb hulp nodig bij het huishouden. Mijn rug is slecht.",
    "Ik zit veel alleen thuis. Ik wil graag overdag ergens naartoe.",
    "Mijn moeder vergeet veel. Ik zorg voor haar en het wordt mij te veel.",
    "Ik kan niet meer goed lopen. Ik wil een scootmobiel.",
    "Ik heb hulp nodig om mijn post en geld op orde te houden.",
];

fn naam(rng: &mut Prng) -> String {
    format!("{} {}", rng.kies(&VOORNAMEN), rng.kies(&ACHTERNAMEN))
}

/// A small PDF of a few KB that reads as a letter: the type is found from its first bytes.
fn pdf(rng: &mut Prng, titel: &str) -> Vec<u8> {
    let regels = rng.tussen(20, 70);
    let mut tekst = String::with_capacity(4096);
    for i in 0..regels {
        tekst.push_str(&format!(
            "BT /F1 11 Tf 50 {} Td ({titel}: regel {i} {}) Tj ET\n",
            800 - i * 11,
            rng.id()
        ));
    }
    format!(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n\
         3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n\
         4 0 obj<</Length {}>>stream\n{tekst}endstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
        tekst.len()
    )
    .into_bytes()
}

fn t(s: impl Into<Waarde>) -> Waarde {
    s.into()
}

fn geen() -> Waarde {
    Waarde::Tekst(None)
}

fn ts(m: OffsetDateTime) -> Waarde {
    Waarde::from(db::ts(m))
}

fn dag(d: Date) -> Waarde {
    Waarde::from(db::date(d))
}

/// Unique references of one kind, drawn from the generator.
struct Referenties {
    gezien: HashSet<String>,
}

impl Referenties {
    fn nieuw(&mut self, rng: &mut Prng, soort: RefSoort, jaar: i32) -> String {
        loop {
            let r = code::referentie_uit(soort, jaar, &rng.bytes(8));
            if self.gezien.insert(r.clone()) {
                return r;
            }
        }
    }
}

/// Everything one run keeps between its parts.
struct Stad {
    rng: Prng,
    backend: Backend,
    nu: OffsetDateTime,
    deel: u64,
    inwoners: Vec<Wie>,
    mantelzorgers: Vec<Wie>,
    ondersteuners: Vec<(Wie, usize)>,
    consulenten: Vec<Wie>,
    /// For each resident, the helpers who may act for them (index into `helpers`).
    helpers_van: Vec<Vec<usize>>,
    /// Every helper: mantelzorgers first, then cliëntondersteuners.
    helpers: Vec<Wie>,
    zaken: Vec<Zaakje>,
    refs: Referenties,
    toegang: u64,
    geschreven: Vec<u64>,
    wmo_stappen: u64,
}

impl Stad {
    fn n(&self, volle: u64) -> u64 {
        (volle / self.deel).max(1)
    }

    /// Who filed the `i`-th application: the known resident the first, anyone after that.
    fn aanvrager(&mut self, i: u64) -> Wie {
        let inwoner = if i == 0 {
            0
        } else {
            usize::try_from(self.rng.onder(self.inwoners.len() as u64)).unwrap_or(0)
        };
        self.inwoners[inwoner].clone()
    }

    /// When an application began: a draft in the last 80 days (retention keeps it), anything else in the
    /// year, and never in the last ten minutes.
    fn begonnen(&mut self, concept: bool) -> OffsetDateTime {
        let t = self.in_het_jaar(0);
        if concept {
            t.max(self.nu - Duration::days(80))
        } else {
            t
        }
        .min(self.nu - Duration::minutes(10))
    }

    /// A moment in the year before now, uniformly, in office hours.
    fn in_het_jaar(&mut self, dagen_marge: i64) -> OffsetDateTime {
        let dagen = self.rng.tussen(dagen_marge, 364);
        self.op_dag(self.nu - Duration::days(dagen))
    }

    /// A moment on the day of `m`, in office hours (08:00 to 17:00 UTC), with seconds.
    fn op_dag(&mut self, m: OffsetDateTime) -> OffsetDateTime {
        let s = self.rng.tussen(7 * 3600, 16 * 3600);
        m.replace_time(time::Time::MIDNIGHT)
            + Duration::seconds(s)
            + Duration::microseconds(self.rng.tussen(0, 999_999))
    }

    /// A moment `van` to `tot` days after `m`, in office hours.
    fn na(&mut self, m: OffsetDateTime, van: i64, tot: i64) -> OffsetDateTime {
        let dagen = self.rng.tussen(van, tot);
        self.op_dag(m + Duration::days(dagen))
    }

    fn log(
        &mut self,
        zaak_id: &ZaakId,
        wie: &Wie,
        rol: &str,
        handeling: &str,
        omschrijving: &str,
        op: OffsetDateTime,
    ) -> [Waarde; 9] {
        self.toegang += 1;
        let naam = match (&wie.naam, rol) {
            (Some(n), _) => Some(n.clone()),
            (None, "helper") => Some(wie.email.clone()),
            (None, _) => None,
        };
        [
            t(self.rng.id()),
            t(zaak_id.as_str()),
            t(wie.id.as_str()),
            t(naam),
            t(rol),
            t(handeling),
            t(omschrijving),
            geen(),
            ts(op),
        ]
    }
}

fn voortgang(deel: &str, begin: Instant, regels: &[(Tabel, u64)]) {
    let wat: Vec<String> = regels
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(t, n)| format!("{} {n}", t.naam()))
        .collect();
    println!(
        "{deel}: {:.1} s ({})",
        begin.elapsed().as_secs_f64(),
        wat.join(", ")
    );
}

/// Fills the configured database with one year of a city, 1/`deel` of the full scale. Refuses a database that
/// has the known accounts already. Prints its progress per part.
pub async fn vul(app: &AppState, deel: u64) -> Result<Samenvatting, sqlx::Error> {
    let begin = Instant::now();
    let deel = deel.max(1);
    let mut tx = app.db.begin_write().await?;
    if repo::bestaat(&mut tx, INWONER).await? {
        return Err(sqlx::Error::Protocol(format!(
            "this database holds the city's data already ({INWONER})"
        )));
    }
    // A new database keeps no page under a person's data version: load without raising it, and put the
    // triggers back also when the load fails (a load cut off is mended at the next start, `db::versies`).
    db::versies::uit(&mut tx, app.db.backend).await?;
    tx.commit().await?;
    let geladen = laad(app, deel).await;
    let terug = async {
        let mut tx = app.db.begin_write().await?;
        db::versies::aan(&mut tx, app.db.backend).await?;
        tx.commit().await
    }
    .await;
    geladen?;
    terug?;
    if app.db.backend == Backend::Postgres {
        let b = Instant::now();
        repo::analyseer(&app.db.pool).await?;
        println!("vacuum analyze: {:.1} s", b.elapsed().as_secs_f64());
    }
    Ok(Samenvatting {
        tellingen: repo::tellingen(&app.db.pool).await?,
        fasen: repo::fasen(&app.db.pool).await?,
        duur: begin.elapsed(),
    })
}

/// Every part of the year, in the order their rows refer to each other.
async fn laad(app: &AppState, deel: u64) -> Result<(), sqlx::Error> {
    let mut stad = Stad {
        rng: Prng(0x10C3_7000 ^ deel),
        backend: app.db.backend,
        nu: app.clock.now(),
        deel,
        inwoners: Vec::new(),
        mantelzorgers: Vec::new(),
        ondersteuners: Vec::new(),
        consulenten: Vec::new(),
        helpers_van: Vec::new(),
        helpers: Vec::new(),
        zaken: Vec::new(),
        refs: Referenties {
            gezien: HashSet::new(),
        },
        toegang: 0,
        geschreven: vec![0; Tabel::ALLE.len()],
        wmo_stappen: 0,
    };
    personen(app, &mut stad).await?;
    machtigingen(app, &mut stad).await?;
    wmo(app, &mut stad).await?;
    blijverslening(app, &mut stad).await?;
    kindpakket(app, &mut stad).await?;
    uitdaagrecht(app, &mut stad).await?;
    toegangslog(app, &mut stad).await?;
    sessies(app, &mut stad).await
}

/// Ends a part: writes what waits, commits, and prints the part's time and rows.
async fn klaar(
    stad: &mut Stad,
    mut tx: db::WriteTx,
    mut b: Buffers,
    deel: &str,
    begin: Instant,
) -> Result<(), sqlx::Error> {
    b.schrijf(&mut tx).await?;
    tx.commit().await?;
    let regels: Vec<(Tabel, u64)> = Tabel::ALLE
        .iter()
        .map(|t| (*t, b.geschreven[*t as usize]))
        .collect();
    for (i, n) in b.geschreven.iter().enumerate() {
        stad.geschreven[i] += n;
    }
    voortgang(deel, begin, &regels);
    Ok(())
}

// ---- People ---------------------------------------------------------------------------------------------------

async fn personen(app: &AppState, stad: &mut Stad) -> Result<(), sqlx::Error> {
    let begin = Instant::now();
    let organisaties = app.gemeente.clientondersteuning.clone();
    let mut alle: Vec<BulkPersoon> = Vec::new();
    let nieuw = |alle: &mut Vec<BulkPersoon>,
                 stad: &mut Stad,
                 email: String,
                 rol: Rol,
                 naam: Option<String>,
                 org: Option<String>| {
        let id = PersoonId::new(stad.rng.id());
        let dagen = stad.rng.tussen(0, 364);
        let taal = if stad.rng.kans(0.08) {
            Lang::En
        } else {
            Lang::Nl
        };
        let op = stad.nu - Duration::days(dagen) - Duration::hours(stad.rng.tussen(1, 12));
        alle.push(BulkPersoon {
            id: id.clone(),
            email: email.clone(),
            taal,
            rol,
            naam: naam.clone(),
            organisatie: org,
            aangemaakt_op: op,
        });
        Wie { id, email, naam }
    };
    let consulenten = stad.n(CONSULENTEN).max(2);
    for i in 0..consulenten {
        let email = if i == 0 {
            CONSULENT.to_owned()
        } else {
            format!("consulent{i}@stad.example")
        };
        let n = naam(&mut stad.rng);
        let w = nieuw(&mut alle, stad, email, Rol::Medewerker, Some(n), None);
        stad.consulenten.push(w);
    }
    for i in 0..stad.n(BEHEERDERS) {
        let email = if i == 0 {
            BEHEERDER.to_owned()
        } else {
            format!("beheerder{i}@stad.example")
        };
        let n = naam(&mut stad.rng);
        nieuw(&mut alle, stad, email, Rol::Beheerder, Some(n), None);
    }
    let ondersteuners = stad.n(ONDERSTEUNERS).max(2);
    for i in 0..ondersteuners {
        let email = if i == 0 {
            ONDERSTEUNER.to_owned()
        } else {
            format!("ondersteuner{i}@stad.example")
        };
        let org = usize::try_from(i).unwrap_or(0) % organisaties.len().max(1);
        let org_id = organisaties.get(org).map(|o| o.id.clone());
        let n = naam(&mut stad.rng);
        let w = nieuw(
            &mut alle,
            stad,
            email,
            Rol::Clientondersteuner,
            Some(n),
            org_id,
        );
        stad.ondersteuners.push((w, org));
    }
    for i in 0..stad.n(MANTELZORGERS).max(2) {
        let email = if i == 0 {
            MANTELZORGER.to_owned()
        } else {
            format!("mantelzorger{i}@stad.example")
        };
        let n = stad.rng.kans(0.3).then(|| naam(&mut stad.rng));
        let w = nieuw(&mut alle, stad, email, Rol::Inwoner, n, None);
        stad.mantelzorgers.push(w);
    }
    let inwoners = stad.n(ACCOUNTS).saturating_sub(alle.len() as u64).max(10);
    for i in 0..inwoners {
        let email = if i == 0 {
            INWONER.to_owned()
        } else {
            format!("inwoner{i}@stad.example")
        };
        let w = nieuw(&mut alle, stad, email, Rol::Inwoner, None, None);
        stad.inwoners.push(w);
    }
    let mut tx = app.db.begin_write().await?;
    let mut n = 0;
    for blok in alle.chunks(20_000) {
        n += personen_in_bulk(&mut tx, stad.backend, blok).await?;
    }
    tx.commit().await?;
    println!(
        "personen: {:.1} s (personen {n})",
        begin.elapsed().as_secs_f64()
    );
    stad.helpers = stad.mantelzorgers.clone();
    stad.helpers
        .extend(stad.ondersteuners.iter().map(|(w, _)| w.clone()));
    stad.helpers_van = vec![Vec::new(); stad.inwoners.len()];
    Ok(())
}

// ---- Machtigingen and cliëntondersteuning -------------------------------------------------------------------

async fn machtigingen(app: &AppState, stad: &mut Stad) -> Result<(), sqlx::Error> {
    let begin = Instant::now();
    let mut tx = app.db.begin_write().await?;
    let mut b = Buffers::new(stad.backend);
    let organisaties = app.gemeente.clientondersteuning.clone();
    let vandaag = app.clock.today();
    let inwoners = stad.inwoners.len();
    // Mantelzorgers: one to three residents each; the known one has the known resident and two more.
    for m in 0..stad.mantelzorgers.len() {
        let aantal = if m == 0 { 3 } else { stad.rng.tussen(1, 2) };
        for k in 0..aantal {
            let inwoner = if m == 0 && k == 0 {
                0
            } else {
                usize::try_from(stad.rng.onder(inwoners as u64)).unwrap_or(0)
            };
            if stad.helpers_van[inwoner].contains(&m) {
                continue;
            }
            stad.helpers_van[inwoner].push(m);
            let op = stad.in_het_jaar(20);
            let helper = stad.mantelzorgers[m].clone();
            let inw = stad.inwoners[inwoner].clone();
            let indienen = stad.rng.kans(0.7);
            let post = stad.rng.kans(0.5);
            let soort = if stad.rng.kans(0.05) {
                "bewindvoerder"
            } else {
                "gemachtigde"
            };
            let rij = [
                t(stad.rng.id()),
                t(inw.id.as_str()),
                t(helper.id.as_str()),
                t(soort),
                t("uitnodiging"),
                t("actief"),
                t(true),
                t(indienen),
                t(post),
                geen(),
                t(helper.email.as_str()),
                geen(),
                geen(),
                t(inw.id.as_str()),
                ts(op),
                ts(op + Duration::hours(stad.rng.tussen(1, 48))),
            ];
            b.rij(&mut tx, Tabel::Machtigingen, rij).await?;
        }
    }
    // Cliëntondersteuners: the known one 320 clients, the others 30 to 150, each after a request the
    // resident made for their organisation.
    let eerste_helper = stad.mantelzorgers.len();
    for o in 0..stad.ondersteuners.len() {
        let clienten = if o == 0 {
            (GROTE_CASELOAD / stad.deel).max(5)
        } else {
            u64::try_from(stad.rng.tussen(30, 150)).unwrap_or(30) / stad.deel
        };
        let (helper, org) = stad.ondersteuners[o].clone();
        let organisatie = organisaties.get(org);
        for c in 0..clienten {
            let inwoner = if o == 0 && c == 0 {
                0
            } else {
                usize::try_from(stad.rng.onder(inwoners as u64)).unwrap_or(0)
            };
            if stad.helpers_van[inwoner].contains(&(eerste_helper + o)) {
                continue;
            }
            stad.helpers_van[inwoner].push(eerste_helper + o);
            let inw = stad.inwoners[inwoner].clone();
            let op = stad.in_het_jaar(3);
            let verzoek_id = stad.rng.id();
            let referentie =
                stad.refs
                    .nieuw(&mut stad.rng, RefSoort::Clientondersteuning, op.year());
            let rij = [
                t(verzoek_id.as_str()),
                t(inw.id.as_str()),
                t(referentie),
                t(stad.rng.id()),
                t("zelf"),
                t(organisatie.map(|o| o.id.clone())),
                t(organisatie.map(|o| o.naam.clone())),
                t(format!(
                    "06 {:04} {:04}",
                    stad.rng.onder(10_000),
                    stad.rng.onder(10_000)
                )),
                t(inw.email.as_str()),
                t("geen"),
                geen(),
                t(false),
                t(helper.id.as_str()),
                ts(op),
            ];
            b.rij(&mut tx, Tabel::ClientondersteuningVerzoeken, rij)
                .await?;
            let opgepakt = op + Duration::hours(stad.rng.tussen(2, 72));
            let rij = [
                t(verzoek_id.as_str()),
                t(1_i64),
                t("opgepakt"),
                t(organisatie.map(|o| o.id.clone()).unwrap_or_default()),
                t(organisatie.map(|o| o.naam.clone()).unwrap_or_default()),
                t(helper.id.as_str()),
                t(helper.id.as_str()),
                ts(opgepakt),
            ];
            b.rij(&mut tx, Tabel::ClientondersteuningStappen, rij)
                .await?;
            let rij = [
                t(stad.rng.id()),
                t(inw.id.as_str()),
                t(helper.id.as_str()),
                t("clientondersteuner"),
                t("uitnodiging"),
                t("actief"),
                t(true),
                t(stad.rng.kans(0.5)),
                t(false),
                dag(vandaag
                    .replace_year(vandaag.year() + 1)
                    .unwrap_or(vandaag + Duration::days(365))),
                t(helper.email.as_str()),
                geen(),
                geen(),
                t(inw.id.as_str()),
                ts(opgepakt),
                ts(opgepakt + Duration::hours(1)),
            ];
            b.rij(&mut tx, Tabel::Machtigingen, rij).await?;
        }
    }
    // Open requests: most waiting for an organisation to take them, some where the municipality chooses.
    for _ in 0..stad.n(LOSSE_VERZOEKEN) {
        let inwoner = usize::try_from(stad.rng.onder(inwoners as u64)).unwrap_or(0);
        let inw = stad.inwoners[inwoner].clone();
        let op = stad.in_het_jaar(0);
        let organisatie = if stad.rng.kans(0.3) {
            None
        } else {
            Some(stad.rng.kies(&organisaties).clone())
        };
        let referentie = stad
            .refs
            .nieuw(&mut stad.rng, RefSoort::Clientondersteuning, op.year());
        let rij = [
            t(stad.rng.id()),
            t(inw.id.as_str()),
            t(referentie),
            t(stad.rng.id()),
            t("zelf"),
            t(organisatie.as_ref().map(|o| o.id.clone())),
            t(organisatie.as_ref().map(|o| o.naam.clone())),
            geen(),
            t(inw.email.as_str()),
            t(if stad.rng.kans(0.05) { "tolk" } else { "geen" }),
            geen(),
            t(false),
            geen(),
            ts(op),
        ];
        b.rij(&mut tx, Tabel::ClientondersteuningVerzoeken, rij)
            .await?;
    }
    klaar(stad, tx, b, "machtigingen en cliëntondersteuning", begin).await
}

// ---- Wmo -----------------------------------------------------------------------------------------------------

/// A step of a Wmo case before it is written.
struct WmoStap {
    gebeurtenis: Gebeurtenis,
    door: Door,
    /// Index into consulenten for staff, `None` for the resident.
    consulent: Option<usize>,
    op: OffsetDateTime,
    /// A document stored with it: (soort, naam, door consulent?).
    document: Option<(&'static str, String)>,
}

fn regels(rng: &mut Prng, voorzieningen: &[Voorziening], vanaf: Date) -> Vec<BesluitRegel> {
    voorzieningen
        .iter()
        .map(|v| {
            let uitkomst = match rng.onder(100) {
                0..75 => Uitkomst::Toegekend,
                75..85 => Uitkomst::Gedeeltelijk,
                _ => Uitkomst::Afgewezen,
            };
            let toegekend = uitkomst != Uitkomst::Afgewezen;
            let pgb = toegekend && rng.kans(0.15);
            BesluitRegel {
                voorziening: *v,
                omschrijving: match v {
                    Voorziening::HuishoudelijkeOndersteuning => {
                        "Hulp bij het schoonhouden van uw huis"
                    }
                    Voorziening::Begeleiding => "Begeleiding thuis",
                    Voorziening::Dagbesteding => "Dagbesteding in de wijk",
                    Voorziening::Hulpmiddel => "Een rolstoel",
                    Voorziening::Woningaanpassing => "Een traplift",
                    Voorziening::Vervoer => "Vervoer naar de dagbesteding",
                    _ => "Ondersteuning",
                }
                .to_owned(),
                uitkomst,
                vorm: toegekend.then_some(if pgb { Vorm::Pgb } else { Vorm::Zin }),
                ingangsdatum: toegekend.then_some(vanaf),
                einddatum: toegekend.then(|| vanaf + Duration::days(365 * 2)),
                omvang: if toegekend {
                    "3 uur per week".to_owned()
                } else {
                    String::new()
                },
                aanbieder: if toegekend && !pgb {
                    "Zorg Thuis".to_owned()
                } else {
                    String::new()
                },
                kostprijs: toegekend.then(|| crate::geld::Bedrag::cent(rng.tussen(5_000, 90_000))),
                eigen_bijdrage: toegekend.then(|| crate::geld::Bedrag::cent(2_160)),
                pgb_bedrag: pgb.then(|| crate::geld::Bedrag::cent(rng.tussen(100_000, 900_000))),
                pgb_berekening: if pgb {
                    "Het tarief per uur maal de uren per jaar.".to_owned()
                } else {
                    String::new()
                },
                reden: if toegekend {
                    "Uit het onderzoek blijkt dat u deze ondersteuning nodig heeft.".to_owned()
                } else {
                    "U kunt dit zelf of met hulp van uw netwerk oplossen.".to_owned()
                },
            }
        })
        .collect()
}

/// The steps of one Wmo case submitted at `t0`, as far as they happened before now.
fn wmo_stappen(
    stad: &mut Stad,
    t0: OffsetDateTime,
    c: usize,
    spoed: bool,
) -> (Vec<WmoStap>, Option<(OffsetDateTime, Date)>) {
    let mut s: Vec<WmoStap> = Vec::new();
    let nu = stad.nu;
    let rng = &mut stad.rng;
    let dagje = |rng: &mut Prng, m: OffsetDateTime, van: i64, tot: i64| {
        let m = m + Duration::days(rng.tussen(van, tot));
        m.replace_time(time::Time::MIDNIGHT) + Duration::seconds(rng.tussen(7 * 3600, 16 * 3600))
    };
    let staf = |g: Gebeurtenis, op: OffsetDateTime| WmoStap {
        gebeurtenis: g,
        door: Door::Medewerker,
        consulent: Some(c),
        op,
        document: None,
    };
    let op = dagje(rng, t0, 0, 2).max(t0 + Duration::minutes(30));
    s.push(staf(
        Gebeurtenis::Toegewezen {
            consulent_id: stad.consulenten[c].id.clone(),
        },
        op,
    ));
    if spoed {
        s.push(staf(
            Gebeurtenis::TijdelijkeVoorziening {
                omschrijving: "Tijdelijk hulp bij het douchen".to_owned(),
                vanaf: crate::zaken::dag(op) + Duration::days(1),
            },
            op + Duration::minutes(20),
        ));
    }
    let gepland = dagje(rng, op, 1, 3);
    let gesprek = crate::zaken::dag(gepland) + Duration::days(rng.tussen(5, 14));
    s.push(staf(
        Gebeurtenis::GesprekGepland {
            datum: gesprek,
            tijd: format!(
                "{:02}:{}",
                rng.tussen(9, 16),
                if rng.kans(0.5) { "00" } else { "30" }
            ),
            plaats: *rng.kies(Plaats::ALL),
            toelichting: String::new(),
        },
        gepland,
    ));
    s.push(staf(
        Gebeurtenis::Geinformeerd {
            clientondersteuning: true,
            persoonlijk_plan: rng.kans(0.9),
        },
        gepland + Duration::minutes(5),
    ));
    let gesprek_m = gesprek.midnight().assume_utc() + Duration::hours(rng.tussen(12, 16));
    s.push(staf(
        Gebeurtenis::Onderzoek {
            gesprek_op: gesprek,
            onderwerpen: Onderwerp::ALL.to_vec(),
            levensgebieden: vec!["verzorging".into(), "wonen".into()],
            uitkomst: "Hulp in huis en een aanpassing zijn nodig.".into(),
        },
        gesprek_m,
    ));
    let verslag = dagje(rng, gesprek_m, 1, 5);
    let mut v = staf(
        Gebeurtenis::Verslag {
            tekst: "We spraken over wat u zelf kunt en waar u hulp bij nodig heeft.".into(),
            document_id: None,
        },
        verslag,
    );
    v.document = Some(("verslag", "verslag-gesprek.pdf".to_owned()));
    s.push(v);
    let mut laatst = verslag;
    for k in 0..rng.tussen(0, 3) {
        let op = dagje(rng, laatst, 0, 2) + Duration::minutes(k * 7 + 1);
        let naam = format!(
            "{}.pdf",
            rng.kies(&["brief-huisarts", "foto-trap", "indicatie", "medicijnlijst"])
        );
        s.push(WmoStap {
            gebeurtenis: Gebeurtenis::Document {
                document_id: String::new(),
                naam: naam.clone(),
            },
            door: Door::Inwoner,
            consulent: None,
            op,
            document: Some(("inwoner", naam)),
        });
        laatst = laatst.max(op);
    }
    if rng.kans(0.2) {
        s.push(WmoStap {
            gebeurtenis: Gebeurtenis::Reactie {
                tekst: "Ik wil nog zeggen dat mijn buurvrouw niet meer kan helpen.".into(),
            },
            door: Door::Inwoner,
            consulent: None,
            op: laatst + Duration::hours(2),
            document: None,
        });
    }
    let aanvraag = dagje(rng, laatst, 1, 6);
    let ontvangen = crate::zaken::dag(aanvraag);
    let mut voorzieningen = vec![*rng.kies(&Voorziening::ALL[..8])];
    if rng.kans(0.3) {
        let v = *rng.kies(&Voorziening::ALL[..8]);
        if !voorzieningen.contains(&v) {
            voorzieningen.push(v);
        }
    }
    s.push(staf(
        Gebeurtenis::Aanvraag {
            ontvangen_op: ontvangen,
            voorzieningen: voorzieningen.clone(),
        },
        aanvraag,
    ));
    let mut na = aanvraag;
    if rng.kans(0.3) {
        let vraag_id = stad.rng.id();
        let rng = &mut stad.rng;
        let gesteld = dagje(rng, aanvraag, 1, 3);
        s.push(staf(
            Gebeurtenis::Vraag {
                vraag_id: vraag_id.clone(),
                tekst: "Wilt u de offerte sturen?".into(),
                voor: crate::zaken::dag(gesteld) + Duration::days(14),
                schort_op: rng.kans(0.5),
            },
            gesteld,
        ));
        if rng.kans(0.85) {
            let antwoord = dagje(rng, gesteld, 1, 9);
            s.push(WmoStap {
                gebeurtenis: Gebeurtenis::Antwoord {
                    vraag_id,
                    tekst: "Hierbij de offerte.".into(),
                    document_id: None,
                },
                door: Door::Inwoner,
                consulent: None,
                op: antwoord,
                document: None,
            });
            na = antwoord;
        }
    }
    let rng = &mut stad.rng;
    if rng.kans(0.08) {
        s.push(staf(
            Gebeurtenis::Verdaagd {
                nieuwe_datum: ontvangen + Duration::days(42),
                reden: "Wij wachten op advies van een arts.".into(),
            },
            dagje(rng, aanvraag, 10, 10),
        ));
        na = na.max(dagje(rng, aanvraag, 11, 11));
    }
    let besluit = dagje(rng, na.max(aanvraag), 6, 16);
    let verzonden = crate::zaken::dag(besluit);
    let r = regels(rng, &voorzieningen, verzonden + Duration::days(7));
    let afgewezen = r.iter().any(|r| r.uitkomst == Uitkomst::Afgewezen);
    let mut b = staf(
        Gebeurtenis::Besluit {
            verzonden_op: verzonden,
            regels: r,
            motivering: "Wij hebben gekeken naar uw situatie en het verslag van het gesprek."
                .into(),
            document_id: None,
        },
        besluit,
    );
    b.document = Some(("besluit", "besluit.pdf".to_owned()));
    s.push(b);
    // A bezwaar against about one in four refusals and a few grants.
    let bezwaar = (afgewezen && rng.kans(0.25) || rng.kans(0.02))
        .then(|| (dagje(rng, besluit, 7, 40), verzonden));
    if bezwaar.is_none() && rng.kans(0.9) {
        let sluit = dagje(rng, besluit, 14, 60);
        s.push(staf(
            Gebeurtenis::Gesloten {
                reden: "De ondersteuning is geregeld.".into(),
            },
            sluit,
        ));
    }
    s.retain(|x| x.op <= nu);
    (s, bezwaar.filter(|(op, _)| *op <= nu))
}

async fn wmo(app: &AppState, stad: &mut Stad) -> Result<(), sqlx::Error> {
    let begin = Instant::now();
    let mut tx = app.db.begin_write().await?;
    let mut b = Buffers::new(stad.backend);
    let organisaties = app.gemeente.clientondersteuning.clone();
    let totaal = stad.n(MELDINGEN);
    let doel_stappen = stad.n(STAPPEN_WMO);
    let inwoners = stad.inwoners.len() as u64;
    for i in 0..totaal {
        // The known resident has a few cases in different phases.
        let inwoner = if i < 4 {
            0
        } else {
            usize::try_from(stad.rng.onder(inwoners)).unwrap_or(0)
        };
        let inw = stad.inwoners[inwoner].clone();
        let concept = i % 12 == 11;
        let id = ZaakId::new(stad.rng.id());
        let t0 = if i < 4 {
            stad.nu - Duration::days([3, 20, 45, 120][usize::try_from(i).unwrap_or(0)])
        } else if concept {
            stad.in_het_jaar(0).max(stad.nu - Duration::days(80))
        } else {
            stad.in_het_jaar(0)
        };
        let t0 = t0.min(stad.nu - Duration::minutes(10));
        let aangemaakt = t0 - Duration::minutes(stad.rng.tussen(8, 90));
        // A helper with the right to file sends some of them.
        let helpers = stad.helpers_van[inwoner].clone();
        let door = (!helpers.is_empty() && stad.rng.kans(0.25))
            .then(|| stad.helpers[*stad.rng.kies(&helpers)].clone());
        let spoed = stad.rng.kans(0.05);
        let ander = stad.rng.kans(0.1);
        let naam_ = naam(&mut stad.rng);
        let geboren = Date::from_calendar_date(
            i32::try_from(stad.rng.tussen(1930, 2005)).unwrap_or(1950),
            time::Month::try_from(u8::try_from(stad.rng.tussen(1, 12)).unwrap_or(1))
                .unwrap_or(time::Month::May),
            u8::try_from(stad.rng.tussen(1, 28)).unwrap_or(1),
        )
        .unwrap_or(time::macros::date!(1950 - 05 - 01));
        let referentie =
            (!concept).then(|| stad.refs.nieuw(&mut stad.rng, RefSoort::Melding, t0.year()));
        let hervat = {
            let tekens = code::tekens_uit(&stad.rng.bytes(8));
            format!("{}-{}", &tekens[..4], &tekens[4..])
        };
        let co = stad.rng.kans(0.3);
        let co_org = co.then(|| {
            if stad.rng.kans(0.5) {
                crate::meldingen::domain::GEMEENTE_KIEST.to_owned()
            } else {
                stad.rng.kies(&organisaties).id.clone()
            }
        });
        let levens = [*stad.rng.kies(Levensgebied::ALL), Levensgebied::Wonen];
        let stap = if concept {
            *stad
                .rng
                .kies(&["hulpvraag", "levensgebieden", "contact", "toestemming"])
        } else {
            "toestemming"
        };
        let rij = [
            t(id.as_str()),
            t(inw.id.as_str()),
            t(door.as_ref().map(|d| d.id.to_string())),
            t(if concept { "concept" } else { "ingediend" }),
            t(referentie.clone()),
            t(hervat),
            t(stap),
            t(if ander {
                VoorWie::Ander.code()
            } else {
                VoorWie::Zelf.code()
            }),
            t(ander.then(|| naam_.clone())),
            t(ander.then_some("ouder")),
            t(ander),
            t(JaNee::Nee.code()),
            t(if spoed {
                JaNee::Ja.code()
            } else {
                JaNee::Nee.code()
            }),
            t(*stad.rng.kies(&HULPVRAGEN)),
            t(lijst_tekst(&levens)),
            t(stad.rng.kies(Huishouden::ALL).code()),
            geen(),
            t(lijst_tekst(&[Erbij::Mantelzorger])),
            geen(),
            t(if co {
                Wens::Ja.code()
            } else {
                Wens::Nee.code()
            }),
            t(ContactManier::Telefoon.code()),
            t(format!(
                "06 {:04} {:04}",
                stad.rng.onder(10_000),
                stad.rng.onder(10_000)
            )),
            t(inw.email.as_str()),
            t(Tolk::Geen.code()),
            if concept {
                geen()
            } else {
                ts(t0 - Duration::minutes(2))
            },
            if concept {
                geen()
            } else {
                t(crate::meldingen::domain::TOESTEMMING_VERSIE)
            },
            ts(aangemaakt),
            ts(t0),
            if concept { geen() } else { ts(t0) },
            if concept {
                geen()
            } else {
                dag(crate::zaken::dag(t0))
            },
            geen(),
            t(naam_.clone()),
            dag(geboren),
            t(format!(
                "{} {}",
                stad.rng.kies(&STRATEN),
                stad.rng.tussen(1, 180)
            )),
            t(format!(
                "{} {}{}",
                stad.rng.tussen(1000, 9999),
                char::from(b'A' + stad.rng.onder(26) as u8),
                char::from(b'A' + stad.rng.onder(26) as u8)
            )),
            t(format!("Stad-{}", stad.rng.kies(&PLAATSEN))),
            t(co_org),
        ];
        // The first gesprek is set by the onderzoek: written below, before the row goes.
        let mut rij = rij;
        if concept {
            b.rij(&mut tx, Tabel::Meldingen, rij).await?;
            continue;
        }
        let c = if stad.rng.kans(0.25) {
            0
        } else {
            usize::try_from(stad.rng.onder(stad.consulenten.len() as u64)).unwrap_or(0)
        };
        let (mut stappen, bezwaar) = wmo_stappen(stad, t0, c, spoed);
        // Extra documents bring the steps to the scale asked (about ten per melding).
        let verwacht = (doel_stappen as f64 / totaal as f64) - 8.2;
        if stad.rng.kans(verwacht.clamp(0.0, 1.0))
            && let Some(laatste) = stappen.last().map(|s| s.op)
        {
            let op = laatste + Duration::hours(stad.rng.tussen(1, 30));
            if op <= stad.nu {
                stappen.push(WmoStap {
                    gebeurtenis: Gebeurtenis::Document {
                        document_id: String::new(),
                        naam: "aanvulling.pdf".into(),
                    },
                    door: Door::Medewerker,
                    consulent: Some(c),
                    op,
                    document: Some(("medewerker", "aanvulling.pdf".into())),
                });
            }
        }
        if let Some(o) = stappen.iter().find_map(|s| match &s.gebeurtenis {
            Gebeurtenis::Onderzoek { gesprek_op, .. } => Some(*gesprek_op),
            _ => None,
        }) {
            rij[30] = dag(o);
        }
        b.rij(&mut tx, Tabel::Meldingen, rij).await?;
        // The case, with its phase after its steps.
        let mut fase = Fase::Ontvangen;
        let mut consulent = None;
        for s in &stappen {
            fase = fase_na(fase, &s.gebeurtenis);
            if let Gebeurtenis::Toegewezen { consulent_id } = &s.gebeurtenis {
                consulent = Some(consulent_id.clone());
            }
        }
        let laatst = stappen.last().map_or(t0, |s| s.op);
        let rij = [
            t(id.as_str()),
            t(Regeling::Wmo.code()),
            t(inw.id.as_str()),
            geen(),
            t(referentie.clone()),
            t(naam_.clone()),
            t(fase.code()),
            t(consulent.map(|c| c.to_string())),
            t(stappen.len() as i64),
            ts(t0),
            geen(),
            ts(laatst),
        ];
        b.rij(&mut tx, Tabel::Zaken, rij).await?;
        // A persoonlijk plan sent with a third of them.
        if stad.rng.kans(0.3) {
            let plan_id = stad.rng.id();
            let inhoud = pdf(&mut stad.rng, "Mijn persoonlijk plan");
            let sha = crate::token::hash_bytes(&inhoud);
            let grootte = inhoud.len() as i64;
            let rij = [
                t(plan_id.as_str()),
                t(id.as_str()),
                t("bestand"),
                t("ingeleverd"),
                t("mijn-plan.pdf"),
                t(grootte),
                t("application/pdf"),
                t(sha.as_str()),
                ts(t0),
                ts(t0),
            ];
            b.rij(&mut tx, Tabel::PersoonlijkePlannen, rij).await?;
            document(
                stad,
                &mut tx,
                &mut b,
                &plan_id,
                &id,
                "plan",
                "mijn-plan.pdf",
                inhoud,
                Some(&inw.id),
                t0,
            )
            .await?;
        }
        if let Some(d) = &door {
            let rij = stad.log(&id, d, "helper", "gewijzigd", "ingediend", t0);
            b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
        }
        for (n, s) in stappen.iter_mut().enumerate() {
            let wie = match s.consulent {
                Some(c) => stad.consulenten[c].clone(),
                None => inw.clone(),
            };
            if let Some((soort, naam)) = s.document.clone() {
                let doc_id = stad.rng.id();
                let inhoud = pdf(&mut stad.rng, &naam);
                document(
                    stad,
                    &mut tx,
                    &mut b,
                    &doc_id,
                    &id,
                    soort,
                    &naam,
                    inhoud,
                    Some(&wie.id),
                    s.op,
                )
                .await?;
                match &mut s.gebeurtenis {
                    Gebeurtenis::Verslag { document_id, .. }
                    | Gebeurtenis::Besluit { document_id, .. } => {
                        *document_id = Some(doc_id);
                    }
                    Gebeurtenis::Document { document_id, .. } => *document_id = doc_id,
                    _ => {}
                }
            }
            let gegevens = serde_json::to_string(&s.gebeurtenis)
                .map_err(|e| sqlx::Error::Encode(format!("event: {e}").into()))?;
            let rij = [
                t(stad.rng.id()),
                t(id.as_str()),
                t(n as i64 + 1),
                t(s.gebeurtenis.soort()),
                t(gegevens),
                t(wie.id.as_str()),
                t(s.door.code()),
                ts(s.op),
            ];
            b.rij(&mut tx, Tabel::ZaakGebeurtenissen, rij).await?;
            stad.wmo_stappen += 1;
            if s.door != Door::Inwoner {
                let bekeken = s.op - Duration::minutes(stad.rng.tussen(1, 20));
                let rij = stad.log(&id, &wie, "medewerker", "bekeken", "zaak", bekeken.max(t0));
                b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
                let rij = stad.log(
                    &id,
                    &wie,
                    "medewerker",
                    "gewijzigd",
                    s.gebeurtenis.soort(),
                    s.op,
                );
                b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
            }
            // The resident's notification of the last 25 days is in the outbox, delivered.
            if s.gebeurtenis.meldt_inwoner() && s.op > stad.nu - Duration::days(25) {
                let rij = mail(
                    stad,
                    &inw.email,
                    referentie.as_deref().unwrap_or_default(),
                    s.op,
                );
                b.rij(&mut tx, Tabel::Outbox, rij).await?;
            }
        }
        if let Some((op, besluit_op)) = bezwaar {
            bezwaar_stappen(stad, &mut tx, &mut b, &id, &inw, c, op, besluit_op).await?;
        }
        let helpers = stad.helpers_van[inwoner].clone();
        stad.zaken.push(Zaakje {
            id,
            ingediend_op: t0,
            consulent: c,
            helpers,
        });
    }
    klaar(stad, tx, b, "wmo", begin).await?;
    println!("wmo: {} steps", stad.wmo_stappen);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn document(
    stad: &mut Stad,
    tx: &mut db::WriteTx,
    b: &mut Buffers,
    id: &str,
    zaak_id: &ZaakId,
    soort: &str,
    naam: &str,
    inhoud: Vec<u8>,
    door: Option<&PersoonId>,
    op: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let _ = stad;
    let sha = crate::token::hash_bytes(&inhoud);
    let rij = [
        t(id),
        t(zaak_id.as_str()),
        t(soort),
        t(naam),
        t("application/pdf"),
        t(inhoud.len() as i64),
        t(sha),
        t(door.map(|d| d.to_string())),
        ts(op),
        t("vrij"),
    ];
    b.rij(tx, Tabel::Documenten, rij).await?;
    b.rij(
        tx,
        Tabel::DocumentDelen,
        [t(id), t(0_i64), Waarde::Bytes(inhoud)],
    )
    .await
}

/// A delivered notification: that something happened on the case, never what.
fn mail(stad: &mut Stad, aan: &str, referentie: &str, op: OffsetDateTime) -> [Waarde; 14] {
    let verstuurd = op + Duration::seconds(stad.rng.tussen(1, 40));
    let tekst = format!(
        "Beste inwoner,\n\nEr is nieuws over uw zaak {referentie}. Kijk in Mijn loket wat er is gebeurd.\n\nMet vriendelijke groet,\nDe gemeente\n"
    );
    let html = format!(
        "<p>Beste inwoner,</p><p>Er is nieuws over uw zaak {referentie}. Kijk in Mijn loket wat er is gebeurd.</p><p>Met vriendelijke groet,<br>De gemeente</p>"
    );
    let mislukt = stad.rng.kans(0.005);
    [
        t(stad.rng.id()),
        t(aan),
        t(format!("Nieuws over uw zaak {referentie}")),
        t(tekst),
        t(html),
        t(false),
        ts(op),
        t(if mislukt { 3_i64 } else { 1 }),
        ts(op),
        if mislukt { geen() } else { ts(verstuurd) },
        if mislukt { ts(verstuurd) } else { geen() },
        if mislukt {
            t("550 mailbox unavailable")
        } else {
            geen()
        },
        t(1_i64),
        if mislukt { t("rejected") } else { geen() },
    ]
}

#[allow(clippy::too_many_arguments)]
async fn bezwaar_stappen(
    stad: &mut Stad,
    tx: &mut db::WriteTx,
    b: &mut Buffers,
    id: &ZaakId,
    inw: &Wie,
    c: usize,
    op: OffsetDateTime,
    besluit_op: Date,
) -> Result<(), sqlx::Error> {
    use crate::zaken::bezwaar::domain::{BezwaarStap, Uitkomst as BezwaarUitkomst};
    let consulent = stad.consulenten[c].clone();
    let mut stappen = vec![(
        BezwaarStap::Ingediend {
            gronden: "Ik ben het niet eens met het besluit. Ik heb de hulp echt nodig.".into(),
            pro_forma: false,
            documenten: Vec::new(),
            besluit_op,
        },
        None,
        op,
    )];
    let bevestigd = op + Duration::days(stad.rng.tussen(1, 5));
    stappen.push((BezwaarStap::OntvangstBevestigd, Some(&consulent), bevestigd));
    let beslist = bevestigd + Duration::days(stad.rng.tussen(30, 70));
    stappen.push((
        BezwaarStap::Beslist {
            uitkomst: *stad.rng.kies(&BezwaarUitkomst::ALL),
            motivering: "Wij hebben het besluit opnieuw bekeken.".into(),
            nieuw_besluit: String::new(),
        },
        Some(&consulent),
        beslist,
    ));
    for (n, (stap, wie, op)) in stappen.into_iter().enumerate() {
        if op > stad.nu {
            break;
        }
        let gegevens = serde_json::to_string(&stap)
            .map_err(|e| sqlx::Error::Encode(format!("bezwaar: {e}").into()))?;
        let (persoon, door) = match wie {
            Some(w) => (w.id.clone(), Door::Medewerker),
            None => (inw.id.clone(), Door::Inwoner),
        };
        let rij = [
            t(stad.rng.id()),
            t(id.as_str()),
            t(n as i64 + 1),
            t(stap.soort()),
            t(gegevens),
            t(persoon.as_str()),
            t(door.code()),
            ts(op),
        ];
        b.rij(tx, Tabel::BezwaarStappen, rij).await?;
        if let Some(w) = wie {
            let rij = stad.log(
                id,
                w,
                "medewerker",
                "gewijzigd",
                &format!("bezwaar:{}", stap.soort()),
                op,
            );
            b.rij(tx, Tabel::Toegangslog, rij).await?;
        }
    }
    Ok(())
}

// ---- Schemes with steps of their own ------------------------------------------------------------------------

/// Writes the steps of a case of another scheme and its kernel row: its phase after the steps, its term
/// from the step that starts it.
#[allow(clippy::too_many_arguments)]
async fn zaak_met_stappen<S: Stap>(
    stad: &mut Stad,
    tx: &mut db::WriteTx,
    b: &mut Buffers,
    id: &ZaakId,
    eigenaar: (Option<&PersoonId>, Option<&str>),
    referentie: &str,
    naam: Option<&str>,
    consulent: Option<&PersoonId>,
    stappen: &[(S, Option<PersoonId>, Door, OffsetDateTime)],
) -> Result<(), sqlx::Error> {
    let mut fase = Fase::Ontvangen;
    let mut termijn = None;
    for (stap, _, _, op) in stappen {
        fase = fase_na(fase, stap);
        if stap.start_termijn() {
            termijn = Some(*op);
        }
    }
    let ingediend = stappen.first().map_or(stad.nu, |s| s.3);
    let laatst = stappen.last().map_or(stad.nu, |s| s.3);
    let rij = [
        t(id.as_str()),
        t(S::REGELING.code()),
        t(eigenaar.0.map(|e| e.to_string())),
        t(eigenaar.1),
        t(referentie),
        t(naam),
        t(fase.code()),
        t(consulent.map(|c| c.to_string())),
        t(stappen.len() as i64),
        ts(ingediend),
        match termijn {
            Some(m) => ts(m),
            None => geen(),
        },
        ts(laatst),
    ];
    // The case's row goes before its steps.
    b.rij(tx, Tabel::Zaken, rij).await?;
    for (n, (stap, wie, door, op)) in stappen.iter().enumerate() {
        let gegevens = serde_json::to_string(stap)
            .map_err(|e| sqlx::Error::Encode(format!("event: {e}").into()))?;
        let rij = [
            t(stad.rng.id()),
            t(id.as_str()),
            t(n as i64 + 1),
            t(stap.soort()),
            t(gegevens),
            t(wie.as_ref().map(|w| w.to_string())),
            t(door.code()),
            ts(*op),
        ];
        b.rij(tx, Tabel::ZaakGebeurtenissen, rij).await?;
    }
    Ok(())
}

async fn blijverslening(app: &AppState, stad: &mut Stad) -> Result<(), sqlx::Error> {
    use crate::blijverslening::stap::Gebeurtenis as Bl;
    if app.gemeente.blijverslening.is_none() {
        return Ok(());
    }
    let begin = Instant::now();
    let mut tx = app.db.begin_write().await?;
    let mut b = Buffers::new(stad.backend);
    for i in 0..stad.n(BLIJVERSLENINGEN) {
        let inw = stad.aanvrager(i);
        let id = ZaakId::new(stad.rng.id());
        let concept = i % 10 == 9;
        let t0 = stad.begonnen(concept);
        let naam_ = naam(&mut stad.rng);
        let mede = !concept && stad.rng.kans(0.2);
        let materiaal = stad.rng.tussen(200_000, 1_500_000);
        let arbeid = stad.rng.tussen(100_000, 600_000);
        let bedrag = (materiaal + arbeid).min(2_500_000);
        let hypothecair = stad.rng.kans(0.3);
        let consulent = stad.consulenten
            [usize::try_from(stad.rng.onder(stad.consulenten.len() as u64)).unwrap_or(0)]
        .clone();
        // Steps: sent, co-owner's answer and complete, decided.
        let mut stappen: Vec<(Bl, Option<PersoonId>, Door, OffsetDateTime)> = vec![(
            Bl::Ingediend { compleet: !mede },
            Some(inw.id.clone()),
            Door::Inwoner,
            t0,
        )];
        let eigenaar_id = stad.rng.id();
        let mut compleet = (!mede).then_some(t0);
        let mut gestopt = false;
        if mede {
            let antwoord = t0 + Duration::hours(stad.rng.tussen(2, 200));
            if antwoord <= stad.nu && stad.rng.kans(0.85) {
                let ja = stad.rng.kans(0.93);
                stappen.push((
                    Bl::Beantwoord {
                        eigenaar_id: eigenaar_id.clone(),
                        ja,
                    },
                    None,
                    Door::Medeeigenaar,
                    antwoord,
                ));
                if ja {
                    stappen.push((Bl::Compleet, None, Door::Medeeigenaar, antwoord));
                    compleet = Some(antwoord);
                } else {
                    stappen.push((Bl::Gestopt, None, Door::Medeeigenaar, antwoord));
                    gestopt = true;
                }
            }
        }
        let mut besluit = None;
        if let Some(c) = compleet {
            let op = stad.na(c, 10, 50);
            if op <= stad.nu {
                let toegekend = stad.rng.kans(0.8);
                stappen.push((
                    Bl::Besloten { toegekend },
                    Some(consulent.id.clone()),
                    Door::Medewerker,
                    op,
                ));
                besluit = Some((op, toegekend));
            }
        }
        let status = if concept {
            "concept"
        } else if gestopt {
            "gestopt"
        } else if besluit.is_some() {
            "besloten"
        } else if compleet.is_some() {
            "ingediend"
        } else {
            "wacht_op_eigenaren"
        };
        let referentie = (!concept).then(|| {
            stad.refs
                .nieuw(&mut stad.rng, RefSoort::Blijverslening, t0.year())
        });
        let vandaag = crate::zaken::dag(t0);
        let rij = [
            t(id.as_str()),
            t(inw.id.as_str()),
            t(stad.rng.id()),
            t(status),
            t(referentie.clone()),
            t(naam_.clone()),
            dag(time::macros::date!(1950 - 01 - 01) + Duration::days(stad.rng.tussen(0, 9000))),
            t(*stad.rng.kies(&["zorg-nu", "zorg-later", "levensloop"])),
            t("Een traplift en een douche zonder drempel."),
            t(materiaal),
            t(arbeid),
            t(0_i64),
            t(20_000_i64),
            t(0_i64),
            t(if hypothecair {
                "hypothecair"
            } else {
                "consumptief"
            }),
            t(if hypothecair && stad.rng.kans(0.5) {
                20_i64
            } else {
                10
            }),
            t(bedrag),
            dag(vandaag + Duration::days(stad.rng.tussen(30, 120))),
            t(inw.id.as_str()),
            ts(t0 - Duration::days(stad.rng.tussen(0, 10))),
            ts(t0),
            if concept { geen() } else { ts(t0) },
            match compleet {
                Some(c) => ts(c),
                None => geen(),
            },
            t(besluit.map(|(_, ja)| if ja { "toegekend" } else { "geweigerd" })),
            t(besluit.and_then(|(_, ja)| ja.then_some(bedrag))),
            t(besluit.and_then(|(_, ja)| (!ja).then_some("b"))),
            t(besluit.map(|(_, ja)| {
                if ja {
                    "U krijgt de lening."
                } else {
                    "Het budget van dit jaar is op."
                }
            })),
            match besluit {
                Some((op, _)) => dag(crate::zaken::dag(op)),
                None => geen(),
            },
            t(besluit.map(|_| consulent.id.to_string())),
            t(format!(
                "{} {}",
                stad.rng.kies(&STRATEN),
                stad.rng.tussen(1, 180)
            )),
            t("2665 AB"),
            t(format!("Stad-{}", stad.rng.kies(&PLAATSEN))),
            geen(),
        ];
        b.rij(&mut tx, Tabel::BlijversleningAanvragen, rij).await?;
        if concept {
            continue;
        }
        let referentie = referentie.unwrap_or_default();
        if mede {
            let (antwoord, op) = match stappen.get(1) {
                Some((Bl::Beantwoord { ja, .. }, _, _, op)) => {
                    (Some(if *ja { "ja" } else { "nee" }), Some(*op))
                }
                _ => (None, None),
            };
            let rij = [
                t(eigenaar_id.as_str()),
                t(id.as_str()),
                t(0_i64),
                t(naam(&mut stad.rng)),
                dag(time::macros::date!(1955 - 01 - 01) + Duration::days(stad.rng.tussen(0, 9000))),
                t(format!("mede{i}@stad.example")),
                t(crate::token::hash(&stad.rng.id())),
                ts(t0 + Duration::days(14)),
                t(antwoord),
                match op {
                    Some(op) => ts(op),
                    None => geen(),
                },
            ];
            b.rij(&mut tx, Tabel::BlijversleningEigenaren, rij).await?;
        }
        zaak_met_stappen(
            stad,
            &mut tx,
            &mut b,
            &id,
            (Some(&inw.id), None),
            &referentie,
            Some(&naam_),
            compleet.map(|_| &consulent.id),
            &stappen,
        )
        .await?;
        for (nr, soort) in ["eigendom", "bewoning", "offerte"].iter().enumerate() {
            let inhoud = pdf(&mut stad.rng, soort);
            let doc = stad.rng.id();
            document(
                stad,
                &mut tx,
                &mut b,
                &doc,
                &id,
                soort,
                &format!("{soort}.pdf"),
                inhoud,
                Some(&inw.id),
                t0 - Duration::minutes(nr as i64 + 1),
            )
            .await?;
        }
        if let Some((op, _)) = besluit {
            let rij = stad.log(&id, &consulent, "medewerker", "gewijzigd", "besluit", op);
            b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
        }
        stad.zaken.push(Zaakje {
            id,
            ingediend_op: t0,
            consulent: 0,
            helpers: Vec::new(),
        });
    }
    klaar(stad, tx, b, "blijverslening", begin).await
}

async fn kindpakket(app: &AppState, stad: &mut Stad) -> Result<(), sqlx::Error> {
    use crate::kindpakket::stap::Gebeurtenis as Kp;
    let Some(kp) = app.gemeente.kindpakket.clone() else {
        return Ok(());
    };
    let onderdelen: Vec<String> = kp.onderdelen.iter().map(|o| o.id.clone()).collect();
    let begin = Instant::now();
    let mut tx = app.db.begin_write().await?;
    let mut b = Buffers::new(stad.backend);
    for i in 0..stad.n(KINDPAKKETTEN) {
        let inw = stad.aanvrager(i);
        let id = ZaakId::new(stad.rng.id());
        let concept = i % 10 == 9;
        let t0 = stad.begonnen(concept);
        let consulent = stad.consulenten
            [usize::try_from(stad.rng.onder(stad.consulenten.len() as u64)).unwrap_or(0)]
        .clone();
        let besloten = (!concept)
            .then(|| stad.na(t0, 5, 45))
            .filter(|op| *op <= stad.nu);
        let inkomen = stad.rng.tussen(900, 2400);
        let advies = if inkomen < 1900 {
            "ja"
        } else if inkomen < 2200 {
            "schrijnend"
        } else {
            "nee"
        };
        let referentie = (!concept).then(|| {
            stad.refs
                .nieuw(&mut stad.rng, RefSoort::Kindpakket, t0.year())
        });
        let status = if concept {
            "concept"
        } else if besloten.is_some() {
            "besloten"
        } else {
            "ingediend"
        };
        let kinderen = stad.rng.tussen(1, 3);
        let rij = [
            t(id.as_str()),
            t(inw.id.as_str()),
            t(status),
            t(referentie.clone()),
            t(if stad.rng.kans(0.5) {
                "alleen"
            } else {
                "samen"
            }),
            t("nee"),
            t(format!("{inkomen},00")),
            t(""),
            t((!concept).then_some(inkomen * 100)),
            t((!concept).then_some(advies)),
            ts(t0 - Duration::minutes(stad.rng.tussen(5, 60))),
            t(inw.id.as_str()),
            if concept { geen() } else { ts(t0) },
            t((!concept).then(|| inw.id.to_string())),
            match besloten {
                Some(op) => ts(op),
                None => geen(),
            },
            t(besloten.map(|_| consulent.id.to_string())),
            t(stad.rng.id()),
            t(kinderen),
            ts(t0),
        ];
        b.rij(&mut tx, Tabel::KindpakketAanvragen, rij).await?;
        let vandaag = crate::zaken::dag(t0);
        for k in 0..kinderen {
            let kind_id = stad.rng.id();
            let geboren = vandaag - Duration::days(stad.rng.tussen(365 * 4, 365 * 17));
            let gekozen: Vec<String> = onderdelen
                .iter()
                .filter(|_| stad.rng.kans(0.6))
                .cloned()
                .collect();
            let gekozen = if gekozen.is_empty() {
                onderdelen.iter().take(1).cloned().collect()
            } else {
                gekozen
            };
            let rij = [
                t(kind_id.as_str()),
                t(id.as_str()),
                t(k),
                t(*stad.rng.kies(&VOORNAMEN)),
                t(geboren.day().to_string()),
                t(u8::from(geboren.month()).to_string()),
                t(geboren.year().to_string()),
                t(gekozen.join(",")),
                if concept { geen() } else { dag(geboren) },
            ];
            b.rij(&mut tx, Tabel::KindpakketKinderen, rij).await?;
            if besloten.is_some() {
                for o in &gekozen {
                    let ja = advies != "nee" && stad.rng.kans(0.9);
                    let rij = [
                        t(kind_id.as_str()),
                        t(o.as_str()),
                        t(ja),
                        t((!ja).then_some("Het inkomen is hoger dan de grens.")),
                    ];
                    b.rij(&mut tx, Tabel::KindpakketBesluiten, rij).await?;
                }
            }
        }
        let inhoud = pdf(&mut stad.rng, "loonstrook");
        let doc = stad.rng.id();
        if concept {
            document(
                stad,
                &mut tx,
                &mut b,
                &doc,
                &id,
                "inkomen",
                "loonstrook.pdf",
                inhoud,
                Some(&inw.id),
                t0,
            )
            .await?;
            continue;
        }
        let mut stappen: Vec<(Kp, Option<PersoonId>, Door, OffsetDateTime)> =
            vec![(Kp::Ingediend, Some(inw.id.clone()), Door::Inwoner, t0)];
        if let Some(op) = besloten {
            stappen.push((
                Kp::Besloten,
                Some(consulent.id.clone()),
                Door::Medewerker,
                op,
            ));
        }
        let naam_ = inw.naam.clone();
        zaak_met_stappen(
            stad,
            &mut tx,
            &mut b,
            &id,
            (Some(&inw.id), None),
            referentie.as_deref().unwrap_or_default(),
            naam_.as_deref(),
            besloten.map(|_| &consulent.id),
            &stappen,
        )
        .await?;
        document(
            stad,
            &mut tx,
            &mut b,
            &doc,
            &id,
            "inkomen",
            "loonstrook.pdf",
            inhoud,
            Some(&inw.id),
            t0 - Duration::minutes(3),
        )
        .await?;
        if let Some(op) = besloten {
            let rij = stad.log(&id, &consulent, "medewerker", "gewijzigd", "besluit", op);
            b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
        }
        stad.zaken.push(Zaakje {
            id,
            ingediend_op: t0,
            consulent: 0,
            helpers: Vec::new(),
        });
    }
    klaar(stad, tx, b, "kindpakket", begin).await
}

async fn uitdaagrecht(app: &AppState, stad: &mut Stad) -> Result<(), sqlx::Error> {
    use crate::uitdaagrecht::domain::Uitkomst as Ur;
    use crate::uitdaagrecht::stap::Gebeurtenis as Ug;
    let begin = Instant::now();
    let mut tx = app.db.begin_write().await?;
    let mut b = Buffers::new(stad.backend);
    let inwoners = stad.inwoners.len() as u64;
    let voorstellen = stad.n(VOORSTELLEN).max(4);
    let initiatieven = (voorstellen / 2).max(2);
    // Initiatives with three to eight members; the known resident founded the first.
    let mut leden_van: Vec<(String, String, Vec<Wie>)> = Vec::new();
    for i in 0..initiatieven {
        let id = stad.rng.id();
        let oprichter = if i == 0 {
            0
        } else {
            usize::try_from(stad.rng.onder(inwoners)).unwrap_or(0)
        };
        let opr = stad.inwoners[oprichter].clone();
        let naam_ = format!("Buurtinitiatief {} {}", stad.rng.kies(&STRATEN), i + 1);
        let op = stad.in_het_jaar(60);
        let rij = [
            t(id.as_str()),
            t(naam_.as_str()),
            t(*stad
                .rng
                .kies(&["bewonersgroep", "cooperatie", "stichting", "vereniging"])),
            t(format!("{:08}", stad.rng.onder(100_000_000))),
            t(naam(&mut stad.rng)),
            t(opr.email.as_str()),
            geen(),
            ts(op),
            t(opr.id.as_str()),
            t(stad.rng.id()),
        ];
        b.rij(&mut tx, Tabel::Initiatieven, rij).await?;
        let mut leden = vec![opr.clone()];
        for _ in 0..stad.rng.tussen(2, 7) {
            let l = stad.inwoners[usize::try_from(stad.rng.onder(inwoners)).unwrap_or(0)].clone();
            if !leden.iter().any(|x| x.email == l.email) {
                leden.push(l);
            }
        }
        for l in &leden {
            let rij = [
                t(id.as_str()),
                t(l.email.as_str()),
                ts(op),
                t(opr.id.as_str()),
            ];
            b.rij(&mut tx, Tabel::InitiatiefLeden, rij).await?;
        }
        leden_van.push((id, naam_, leden));
    }
    // Which proposals are public is drawn first, so that the support is spread over just those.
    let openbaar_van: Vec<bool> = (0..voorstellen).map(|_| stad.rng.kans(0.85)).collect();
    let openbaar_aantal = openbaar_van.iter().filter(|o| **o).count().max(1) as u64;
    let steun_per = stad.n(STEUN).div_ceil(openbaar_aantal).max(1);
    for i in 0..voorstellen {
        let (ini_id, ini_naam, leden) =
            leden_van[usize::try_from(i % initiatieven).unwrap_or(0)].clone();
        let id = ZaakId::new(stad.rng.id());
        let concept = i % 10 == 9;
        let t0 = if concept {
            stad.in_het_jaar(0).max(stad.nu - Duration::days(80))
        } else {
            stad.in_het_jaar(0)
        }
        .min(stad.nu - Duration::minutes(10));
        let lid = leden[usize::try_from(stad.rng.onder(leden.len() as u64)).unwrap_or(0)].clone();
        let consulent = stad.consulenten
            [usize::try_from(stad.rng.onder(stad.consulenten.len() as u64)).unwrap_or(0)]
        .clone();
        let openbaar = openbaar_van[usize::try_from(i).unwrap_or(0)];
        let gesprek = (!concept && stad.rng.kans(0.7))
            .then(|| stad.na(t0, 7, 40))
            .filter(|op| *op <= stad.nu);
        let vraag = gesprek.filter(|_| stad.rng.kans(0.5)).map(|g| {
            (
                stad.rng.id(),
                g + Duration::days(1),
                g + Duration::days(stad.rng.tussen(2, 12)),
            )
        });
        let besloten = gesprek
            .filter(|_| stad.rng.kans(0.6))
            .map(|g| stad.na(g, 20, 90))
            .filter(|op| *op <= stad.nu && vraag.as_ref().is_none_or(|v| v.2 < *op));
        let uitkomst = *stad.rng.kies(&Ur::ALL);
        let status = if concept {
            "concept"
        } else if besloten.is_some() {
            "besloten"
        } else if gesprek.is_some() {
            "in_gesprek"
        } else {
            "ontvangen"
        };
        let start = crate::zaken::dag(t0) + Duration::days(stad.rng.tussen(60, 200));
        let posten = [
            ("Vergoeding vrijwilligers", stad.rng.tussen(1_000, 9_000)),
            ("Huur van een ruimte", stad.rng.tussen(2_000, 12_000)),
        ];
        let budget: i64 = posten.iter().map(|(_, e)| e * 100).sum();
        let referentie = (!concept).then(|| {
            stad.refs
                .nieuw(&mut stad.rng, RefSoort::Uitdaagrecht, t0.year())
        });
        let rij = [
            t(id.as_str()),
            t(ini_id.as_str()),
            t(status),
            t(referentie.clone()),
            t(format!("Samen zorgen in de wijk, plan {}", i + 1)),
            t("Vrijwilligers helpen ouderen in de wijk met boodschappen en kleine klussen."),
            t("Ouderen in de wijk die thuis wonen."),
            t("dichterbij,goedkoper"),
            t("Wij kennen de buurt en kunnen sneller helpen."),
            t("Twaalf vrijwilligers, de huisarts en het buurthuis."),
            t("Op de buurtavond tekenden 85 inwoners voor dit plan."),
            t(start.day().to_string()),
            t(u8::from(start.month()).to_string()),
            t(start.year().to_string()),
            t(if openbaar { "ja" } else { "nee" }),
            if concept { geen() } else { dag(start) },
            t((!concept).then_some(budget)),
            t(stad.rng.tussen(1, 9)),
            ts(t0 - Duration::days(stad.rng.tussen(1, 20))),
            t(lid.id.as_str()),
            ts(t0),
            t(lid.id.as_str()),
            if concept { geen() } else { ts(t0) },
            t((!concept).then(|| lid.id.to_string())),
            match gesprek {
                Some(g) => ts(g),
                None => geen(),
            },
            t(gesprek.map(|_| "Wij willen graag met u praten over uw plan.")),
            match besloten {
                Some(op) => ts(op),
                None => geen(),
            },
            t(besloten.map(|_| consulent.id.to_string())),
            t(besloten.map(|_| uitkomst.code())),
            t(besloten.map(|_| "Wij hebben het plan besproken met de wijk en de zorgaanbieders.")),
            t(stad.rng.id()),
        ];
        b.rij(&mut tx, Tabel::UitdaagVoorstellen, rij).await?;
        for (v, (post, euro)) in posten.iter().enumerate() {
            let rij = [
                t(id.as_str()),
                t(v as i64),
                t(*post),
                t(euro.to_string()),
                t((!concept).then_some(euro * 100)),
            ];
            b.rij(&mut tx, Tabel::UitdaagBegroting, rij).await?;
        }
        let inhoud = pdf(&mut stad.rng, "plan");
        let doc = stad.rng.id();
        if concept {
            document(
                stad,
                &mut tx,
                &mut b,
                &doc,
                &id,
                "bijlage",
                "plan.pdf",
                inhoud,
                Some(&lid.id),
                t0,
            )
            .await?;
            continue;
        }
        let mut stappen: Vec<(Ug, Option<PersoonId>, Door, OffsetDateTime)> =
            vec![(Ug::Ingediend, Some(lid.id.clone()), Door::Inwoner, t0)];
        if let Some(g) = gesprek {
            stappen.push((
                Ug::GesprekGepland,
                Some(consulent.id.clone()),
                Door::Medewerker,
                g,
            ));
            let rij = stad.log(&id, &consulent, "medewerker", "gewijzigd", "gesprek", g);
            b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
        }
        if let Some((vraag_id, gesteld, beantwoord)) = &vraag {
            let beantwoord = (*beantwoord <= stad.nu).then_some(*beantwoord);
            stappen.push((
                Ug::Vraag {
                    vraag_id: vraag_id.clone(),
                },
                Some(consulent.id.clone()),
                Door::Medewerker,
                *gesteld,
            ));
            if let Some(op) = beantwoord {
                stappen.push((
                    Ug::Antwoord {
                        vraag_id: vraag_id.clone(),
                    },
                    Some(lid.id.clone()),
                    Door::Inwoner,
                    op,
                ));
            }
            let rij = [
                t(vraag_id.as_str()),
                t(id.as_str()),
                t("Hoeveel vrijwilligers doen mee?"),
                ts(*gesteld),
                t(consulent.id.as_str()),
                t(beantwoord.map(|_| "Twaalf vrijwilligers doen mee.")),
                match beantwoord {
                    Some(op) => ts(op),
                    None => geen(),
                },
                t(beantwoord.map(|_| lid.id.to_string())),
                t(stad.rng.id()),
            ];
            b.rij(&mut tx, Tabel::UitdaagVragen, rij).await?;
            let rij = stad.log(
                &id,
                &consulent,
                "medewerker",
                "gewijzigd",
                "vraag",
                *gesteld,
            );
            b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
        }
        if let Some(op) = besloten {
            stappen.push((
                Ug::Besloten { uitkomst },
                Some(consulent.id.clone()),
                Door::Medewerker,
                op,
            ));
            let rij = stad.log(&id, &consulent, "medewerker", "gewijzigd", "besluit", op);
            b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
        }
        stappen.sort_by_key(|s| s.3);
        zaak_met_stappen(
            stad,
            &mut tx,
            &mut b,
            &id,
            (None, Some(&ini_id)),
            referentie.as_deref().unwrap_or_default(),
            Some(&ini_naam),
            gesprek.map(|_| &consulent.id),
            &stappen,
        )
        .await?;
        document(
            stad,
            &mut tx,
            &mut b,
            &doc,
            &id,
            "bijlage",
            "plan.pdf",
            inhoud,
            Some(&lid.id),
            t0 - Duration::minutes(5),
        )
        .await?;
        // Support from residents, once per person, on public proposals.
        if openbaar {
            let mut gezien = HashSet::new();
            for _ in 0..steun_per * 2 {
                if gezien.len() as u64 >= steun_per {
                    break;
                }
                let p = usize::try_from(stad.rng.onder(inwoners)).unwrap_or(0);
                if !gezien.insert(p) {
                    continue;
                }
                let op = t0
                    + Duration::seconds(
                        stad.rng.tussen(60, (stad.nu - t0).whole_seconds().max(120)),
                    );
                let rij = [
                    t(id.as_str()),
                    t(stad.inwoners[p].id.as_str()),
                    ts(op.min(stad.nu)),
                ];
                b.rij(&mut tx, Tabel::UitdaagSteun, rij).await?;
            }
        }
        stad.zaken.push(Zaakje {
            id,
            ingediend_op: t0,
            consulent: 0,
            helpers: Vec::new(),
        });
    }
    klaar(stad, tx, b, "uitdaagrecht", begin).await
}

// ---- Access log, sessions --------------------------------------------------------------------------------------

/// Views of staff and helpers until the log holds its million entries, spread over the cases and the year.
async fn toegangslog(app: &AppState, stad: &mut Stad) -> Result<(), sqlx::Error> {
    let begin = Instant::now();
    let mut tx = app.db.begin_write().await?;
    let mut b = Buffers::new(stad.backend);
    let doel = stad.n(TOEGANGSLOG);
    let zaken = stad.zaken.len() as u64;
    while stad.toegang < doel && zaken > 0 {
        let z = usize::try_from(stad.rng.onder(zaken)).unwrap_or(0);
        let (id, sinds, c, helpers) = {
            let z = &stad.zaken[z];
            (z.id.clone(), z.ingediend_op, z.consulent, z.helpers.clone())
        };
        let ruimte = (stad.nu - sinds).whole_seconds().max(60);
        let op = sinds + Duration::seconds(stad.rng.tussen(30, ruimte));
        let (wie, rol, handeling, wat) = if !helpers.is_empty() && stad.rng.kans(0.15) {
            (
                stad.helpers[*stad.rng.kies(&helpers)].clone(),
                "helper",
                "bekeken",
                "zaak",
            )
        } else {
            let c = if stad.rng.kans(0.8) {
                c
            } else {
                usize::try_from(stad.rng.onder(stad.consulenten.len() as u64)).unwrap_or(0)
            };
            let gedownload = stad.rng.kans(0.1);
            (
                stad.consulenten[c].clone(),
                "medewerker",
                if gedownload { "gedownload" } else { "bekeken" },
                if gedownload { "document" } else { "zaak" },
            )
        };
        let mut rij = stad.log(&id, &wie, rol, handeling, wat, op.min(stad.nu));
        // A colleague who is not assigned gives a reason.
        if rol == "medewerker" && stad.rng.kans(0.05) {
            rij[7] = t("Collega is ziek, ik neem het over.");
        }
        b.rij(&mut tx, Tabel::Toegangslog, rij).await?;
    }
    klaar(stad, tx, b, "toegangslog", begin).await
}

async fn sessies(app: &AppState, stad: &mut Stad) -> Result<(), sqlx::Error> {
    let begin = Instant::now();
    let mut tx = app.db.begin_write().await?;
    let mut b = Buffers::new(stad.backend);
    let inwoners = stad.inwoners.len() as u64;
    for _ in 0..stad.n(SESSIES) {
        let p = usize::try_from(stad.rng.onder(inwoners)).unwrap_or(0);
        let op = stad.nu - Duration::seconds(stad.rng.tussen(60, 11 * 3600));
        let rij = [
            t(crate::token::hash(&stad.rng.id())),
            t(stad.inwoners[p].id.as_str()),
            ts(op),
            ts(op + Duration::hours(12)),
            t("email"),
        ];
        b.rij(&mut tx, Tabel::Sessions, rij).await?;
    }
    klaar(stad, tx, b, "sessies", begin).await
}
