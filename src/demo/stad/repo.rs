//! The SQL of the city-scale demo data: the tables it fills, each with its columns in the order the generator
//! gives its values, written many rows per statement ([`crate::db::bulk`]) inside one write transaction per
//! part. People are written by the auth repository, the one owner of `personen`.

use sqlx::Row;

use crate::db::bulk::{self, Waarde};
use crate::db::{Backend, WriteTx};

/// The tables, parents before children: buffers are written in this order, so every reference finds its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tabel {
    Initiatieven,
    InitiatiefLeden,
    Meldingen,
    Zaken,
    Machtigingen,
    ClientondersteuningVerzoeken,
    ClientondersteuningStappen,
    PersoonlijkePlannen,
    ZaakGebeurtenissen,
    Documenten,
    DocumentDelen,
    BezwaarStappen,
    BlijversleningAanvragen,
    BlijversleningEigenaren,
    KindpakketAanvragen,
    KindpakketKinderen,
    KindpakketBesluiten,
    UitdaagVoorstellen,
    UitdaagBegroting,
    UitdaagVragen,
    UitdaagSteun,
    Toegangslog,
    Sessions,
    Outbox,
}

impl Tabel {
    pub const ALLE: [Tabel; 24] = [
        Tabel::Initiatieven,
        Tabel::InitiatiefLeden,
        Tabel::Meldingen,
        Tabel::Zaken,
        Tabel::Machtigingen,
        Tabel::ClientondersteuningVerzoeken,
        Tabel::ClientondersteuningStappen,
        Tabel::PersoonlijkePlannen,
        Tabel::ZaakGebeurtenissen,
        Tabel::Documenten,
        Tabel::DocumentDelen,
        Tabel::BezwaarStappen,
        Tabel::BlijversleningAanvragen,
        Tabel::BlijversleningEigenaren,
        Tabel::KindpakketAanvragen,
        Tabel::KindpakketKinderen,
        Tabel::KindpakketBesluiten,
        Tabel::UitdaagVoorstellen,
        Tabel::UitdaagBegroting,
        Tabel::UitdaagVragen,
        Tabel::UitdaagSteun,
        Tabel::Toegangslog,
        Tabel::Sessions,
        Tabel::Outbox,
    ];

    /// The statement's head and how many values a row has.
    fn kop(self) -> (&'static str, usize) {
        match self {
            Tabel::Meldingen => (
                "INSERT INTO meldingen (id, persoon_id, ingediend_door, status, referentie, hervatcode, stap, \
                 voor_wie, ander_naam, ander_relatie, ander_toestemming, spoed_gevaar, spoed_zorg, hulpvraag, \
                 levensgebieden, huishouden, huisgenoten, gesprek_erbij, gesprek_erbij_naam, clientondersteuning, \
                 contact_manier, telefoon, contact_email, tolk, toestemming_op, toestemming_versie, aangemaakt_op, \
                 gewijzigd_op, ingediend_op, ontvangen_op, eerste_gesprek_op, naam, geboortedatum, adres_straat, \
                 adres_postcode, adres_plaats, co_organisatie) VALUES",
                37,
            ),
            Tabel::Zaken => (
                "INSERT INTO zaken (id, regeling, eigenaar_id, initiatief_id, referentie, naam, fase, consulent_id, \
                 laatste_volgnummer, ingediend_op, termijn_vanaf, bijgewerkt_op) VALUES",
                12,
            ),
            Tabel::Machtigingen => (
                "INSERT INTO machtigingen (id, inwoner_id, helper_id, soort, grond, status, bekijken, indienen, \
                 post, geldig_tot, email, naam, melding_id, aangemaakt_door, aangemaakt_op, actief_op) VALUES",
                16,
            ),
            Tabel::ClientondersteuningVerzoeken => (
                "INSERT INTO clientondersteuning_verzoeken (id, persoon_id, referentie, sleutel, voor_wie, \
                 organisatie_id, organisatie_naam, telefoon, email, toegankelijkheid, melding_id, dossier_inzien, \
                 ondersteuner_id, aangemaakt_op) VALUES",
                14,
            ),
            Tabel::ClientondersteuningStappen => (
                "INSERT INTO clientondersteuning_stappen (verzoek_id, volgnummer, soort, organisatie_id, \
                 organisatie_naam, ondersteuner_id, door_persoon_id, op) VALUES",
                8,
            ),
            Tabel::PersoonlijkePlannen => (
                "INSERT INTO persoonlijke_plannen (id, melding_id, soort, status, bestand_naam, bestand_grootte, \
                 bestand_type, bestand_sha256, ingeleverd_op, gewijzigd_op) VALUES",
                10,
            ),
            Tabel::ZaakGebeurtenissen => (
                "INSERT INTO zaak_gebeurtenissen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, \
                 door_rol, op) VALUES",
                8,
            ),
            Tabel::Documenten => (
                "INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, sha256, door_persoon_id, op, \
                 controle) VALUES",
                10,
            ),
            Tabel::DocumentDelen => (
                "INSERT INTO document_delen (document_id, volgnummer, inhoud) VALUES",
                3,
            ),
            Tabel::BezwaarStappen => (
                "INSERT INTO bezwaar_stappen (id, zaak_id, volgnummer, soort, gegevens, door_persoon_id, door_rol, \
                 op) VALUES",
                8,
            ),
            Tabel::BlijversleningAanvragen => (
                "INSERT INTO blijverslening_aanvragen (id, inwoner_id, sleutel, status, referentie, naam, \
                 geboortedatum, reden, maatregelen, materiaal, arbeid, uren, leenkosten, subsidies, soort, looptijd, \
                 bedrag, geplande_datum, aangemaakt_door, aangemaakt_op, gewijzigd_op, ingediend_op, compleet_op, \
                 besluit, besluit_bedrag, besluit_grond, besluit_reden, besluit_datum, besluit_door, straat, \
                 postcode, plaats, invoer) VALUES",
                33,
            ),
            Tabel::BlijversleningEigenaren => (
                "INSERT INTO blijverslening_eigenaren (id, aanvraag_id, volgorde, naam, geboortedatum, email, \
                 token_hash, verloopt_op, antwoord, beantwoord_op) VALUES",
                10,
            ),
            Tabel::KindpakketAanvragen => (
                "INSERT INTO kindpakket_aanvragen (id, persoon_id, status, referentie, samenstelling, aow, inkomen, \
                 schrijnend, inkomen_centen, advies, aangemaakt_op, aangemaakt_door, ingediend_op, ingediend_door, \
                 besloten_op, besloten_door, sleutel, versie, gewijzigd_op) VALUES",
                19,
            ),
            Tabel::KindpakketKinderen => (
                "INSERT INTO kindpakket_kinderen (id, aanvraag_id, volgorde, voornaam, dag, maand, jaar, onderdelen, \
                 geboortedatum) VALUES",
                9,
            ),
            Tabel::KindpakketBesluiten => (
                "INSERT INTO kindpakket_besluiten (kind_id, onderdeel, toegekend, reden) VALUES",
                4,
            ),
            Tabel::Initiatieven => (
                "INSERT INTO initiatieven (id, naam, vorm, kvk, contact_naam, contact_email, contact_telefoon, \
                 aangemaakt_op, aangemaakt_door, sleutel) VALUES",
                10,
            ),
            Tabel::InitiatiefLeden => (
                "INSERT INTO initiatief_leden (initiatief_id, email, toegevoegd_op, toegevoegd_door) VALUES",
                4,
            ),
            Tabel::UitdaagVoorstellen => (
                "INSERT INTO uitdaag_voorstellen (id, initiatief_id, status, referentie, taak, wat, voor_wie, \
                 waarom_soort, waarom, betrokkenen, draagvlak, start_dag, start_maand, start_jaar, openbaar, \
                 startdatum, budget_centen, versie, aangemaakt_op, aangemaakt_door, gewijzigd_op, gewijzigd_door, \
                 ingediend_op, ingediend_door, gesprek_op, gesprek_bericht, besloten_op, besloten_door, uitkomst, \
                 toelichting, sleutel) VALUES",
                31,
            ),
            Tabel::UitdaagBegroting => (
                "INSERT INTO uitdaag_begroting (voorstel_id, volgorde, post, bedrag, bedrag_centen) VALUES",
                5,
            ),
            Tabel::UitdaagVragen => (
                "INSERT INTO uitdaag_vragen (id, voorstel_id, vraag, gesteld_op, gesteld_door, antwoord, \
                 beantwoord_op, beantwoord_door, sleutel) VALUES",
                9,
            ),
            Tabel::UitdaagSteun => (
                "INSERT INTO uitdaag_steun (voorstel_id, persoon_id, op) VALUES",
                3,
            ),
            Tabel::Toegangslog => (
                "INSERT INTO toegangslog (id, zaak_id, persoon_id, naam, rol, handeling, omschrijving, reden, op) \
                 VALUES",
                9,
            ),
            Tabel::Sessions => (
                "INSERT INTO sessions (token_hash, persoon_id, created_at, expires_at, middel) VALUES",
                5,
            ),
            Tabel::Outbox => (
                "INSERT INTO outbox (id, recipient, subject, body_text, body_html, erase_after_sending, created_at, \
                 attempts, next_attempt_at, sent_at, failed_at, last_error, priority, failure) VALUES",
                14,
            ),
        }
    }

    /// The table's name, for the summary.
    pub fn naam(self) -> &'static str {
        let (kop, _) = self.kop();
        kop.trim_start_matches("INSERT INTO ")
            .split(' ')
            .next()
            .unwrap_or_default()
    }
}

/// Rows waiting to be written, per table; written (parents first) once enough have gathered, and at the end.
pub struct Buffers {
    backend: Backend,
    rijen: Vec<Vec<Waarde>>,
    wachtend: usize,
    /// Rows written per table.
    pub geschreven: Vec<u64>,
}

/// Parameters per statement on SQLite, see [`Buffers::schrijf`].
const PARAMETERS_SQLITE: usize = 1_000;

/// How many rows may wait before all buffers are written.
const DREMPEL: usize = 40_000;

impl Buffers {
    pub fn new(backend: Backend) -> Buffers {
        Buffers {
            backend,
            rijen: vec![Vec::new(); Tabel::ALLE.len()],
            wachtend: 0,
            geschreven: vec![0; Tabel::ALLE.len()],
        }
    }

    /// Adds one row; writes every buffer when enough rows wait.
    pub async fn rij<const N: usize>(
        &mut self,
        tx: &mut WriteTx,
        tabel: Tabel,
        waarden: [Waarde; N],
    ) -> Result<(), sqlx::Error> {
        debug_assert_eq!(tabel.kop().1, N, "{tabel:?}");
        self.rijen[tabel as usize].extend(waarden);
        self.wachtend += 1;
        if self.wachtend >= DREMPEL {
            self.schrijf(tx).await?;
        }
        Ok(())
    }

    /// Writes every buffer, parents first.
    pub async fn schrijf(&mut self, tx: &mut WriteTx) -> Result<(), sqlx::Error> {
        for tabel in Tabel::ALLE {
            let i = tabel as usize;
            if self.rijen[i].is_empty() {
                continue;
            }
            let (kop, breedte) = tabel.kop();
            // Rows with files go in smaller statements: a statement stays a few megabytes.
            // SQLite looks up each numbered parameter by name: a statement with thousands of them takes
            // quadratic time, so its statements stay near a thousand parameters.
            let max = match (tabel, self.backend) {
                (Tabel::DocumentDelen, _) => 200,
                (_, Backend::Sqlite) => (PARAMETERS_SQLITE / breedte).max(1),
                (_, Backend::Postgres) => 5_000,
            };
            self.geschreven[i] +=
                bulk::voeg_in(&mut *tx, self.backend, kop, breedte, &self.rijen[i], max).await?;
            self.rijen[i].clear();
        }
        self.wachtend = 0;
        Ok(())
    }
}

/// Whether an account with this address exists: the generator runs once on a database.
pub async fn bestaat(tx: &mut WriteTx, email: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM personen WHERE email = $1")
        .bind(email)
        .fetch_one(&mut **tx)
        .await?;
    Ok(n > 0)
}

/// The tables counted in the summary.
pub const GETELD: [&str; 27] = [
    "personen",
    "sessions",
    "machtigingen",
    "meldingen",
    "persoonlijke_plannen",
    "zaken",
    "zaak_gebeurtenissen",
    "documenten",
    "document_delen",
    "bezwaar_stappen",
    "toegangslog",
    "clientondersteuning_verzoeken",
    "clientondersteuning_stappen",
    "blijverslening_aanvragen",
    "blijverslening_eigenaren",
    "kindpakket_aanvragen",
    "kindpakket_kinderen",
    "kindpakket_besluiten",
    "initiatieven",
    "initiatief_leden",
    "uitdaag_voorstellen",
    "uitdaag_begroting",
    "uitdaag_vragen",
    "uitdaag_steun",
    "outbox",
    "bewaar_rondes",
    "gegevens_log",
];

/// How many rows each table of [`GETELD`] holds.
pub async fn tellingen(pool: &sqlx::AnyPool) -> Result<Vec<(&'static str, i64)>, sqlx::Error> {
    let mut uit = Vec::new();
    for tabel in GETELD {
        let sql = format!("SELECT COUNT(*) AS n FROM {tabel}");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_one(pool)
            .await?;
        uit.push((tabel, row.try_get::<i64, _>("n")?));
    }
    Ok(uit)
}

/// How many cases of each scheme are in each phase.
pub async fn fasen(pool: &sqlx::AnyPool) -> Result<Vec<(String, String, i64)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT regeling, fase, COUNT(*) FROM zaken GROUP BY regeling, fase ORDER BY regeling, fase",
    )
    .fetch_all(pool)
    .await
}

/// Updates PostgreSQL's planner statistics after a large load, and its visibility map, so that a count along
/// an index reads that index only (`VACUUM ANALYZE`, as after any bulk load).
pub async fn analyseer(pool: &sqlx::AnyPool) -> Result<(), sqlx::Error> {
    sqlx::query("VACUUM ANALYZE")
        .execute(pool)
        .await
        .map(|_| ())
}
