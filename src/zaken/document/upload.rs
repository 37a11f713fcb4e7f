//! Reading an uploaded file: into a temporary file as it arrives, its type from its first bytes, its errors
//! beside the field. The same for every form with a file, in every scheme.

use axum::extract::Multipart;
use axum::http::StatusCode;

use ring::digest::{Context, SHA256};
use tokio::io::AsyncReadExt;

use super::virus::{Bron, Uitslag, Vondst};
use super::{BestandType, MAX_BYTES, MAX_MB, toonbare_naam};
use crate::App;
use crate::form::FieldErrors;
use crate::http::spool::{Loaded, Samen, Spool};
use crate::i18n::{Tr, msg};

/// What came in with the upload form.
#[derive(Debug, Default)]
pub struct Upload {
    /// Whether the form had a file field at all with a file chosen.
    pub gekozen: bool,
    /// The name the browser sent.
    pub naam: String,
    /// The file as it came in, in a temporary file; `None` when nothing came, or when it was too large.
    bestand: Option<Spool>,
    /// More than the limit came in; the rest was not kept.
    pub te_groot: bool,
    /// What clamd said of the file; `None` when no file came.
    pub scan: Option<Uitslag>,
    /// There is no room for the file (it is not kept).
    pub vol: Option<Vol>,
}

/// An uploaded file that may be stored.
#[derive(Debug)]
pub struct Bestand {
    pub naam: String,
    pub soort: BestandType,
}

/// Where an upload goes, to check its room ([`MAX_PER_ZAAK`], [`MAX_MB_PER_ZAAK`], [`MAX_MB_PER_DAG`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Doel<'a> {
    /// The case (or draft) it joins; `None` for a file outside a case.
    pub zaak_id: Option<&'a str>,
    /// Who sends it; `None` for staff, whose uploads have no quota.
    pub persoon_id: Option<&'a str>,
}

impl<'a> Doel<'a> {
    /// A file for this case, sent by this person.
    pub fn zaak(zaak_id: &'a str, persoon_id: &'a str) -> Doel<'a> {
        Doel {
            zaak_id: Some(zaak_id),
            persoon_id: Some(persoon_id),
        }
    }
}

/// A case holds at most this many files: a plan, a few letters and photos of the home, proof of income for a
/// few months, with room to spare.
pub const MAX_PER_ZAAK: i64 = 20;

/// A case's files together hold at most this many MB: five files at the limit, or dozens of photos from a
/// phone.
pub const MAX_MB_PER_ZAAK: i64 = 50;

/// One person sends at most this many MB of files a day, over all cases: a cliëntondersteuner who sends the
/// papers of several clients on one day stays under it; someone who tries to fill the database does not get
/// far.
pub const MAX_MB_PER_DAG: i64 = 100;

/// A form with `multiple` takes at most this many files at once.
pub const MAX_PER_KEER: usize = 5;

/// Why a file that is fine in itself was not kept: there is no room for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Vol {
    /// More files at once than [`MAX_PER_KEER`].
    Keer,
    /// The case has [`MAX_PER_ZAAK`] files already.
    Aantal,
    /// The case's files would be more than [`MAX_MB_PER_ZAAK`].
    Zaak,
    /// The person's files of today would be more than [`MAX_MB_PER_DAG`].
    Dag,
}

impl Upload {
    /// Reads a multipart form with one file: the first file of the field `bestand` (see [`Upload::lees_alle`];
    /// any more files are not read).
    pub async fn lees(
        multipart: &mut Multipart,
        app: &App,
        doel: Doel<'_>,
    ) -> Result<(Upload, Vec<(String, String)>), StatusCode> {
        let (bestanden, velden) = Upload::lees_meer(multipart, app, doel, 1).await?;
        Ok((bestanden.into_iter().next().unwrap_or_default(), velden))
    }

    /// Reads a multipart form whose field `bestand` may hold several files (`<input type="file" multiple>`):
    /// each file into a temporary file as it arrives, and every other field as text, in order (a checkbox can
    /// come more than once). Past [`MAX_BYTES`] a file is read without keeping, so that a body over the route's
    /// limit still ends in the 413 page while a file just over the limit gets a message beside the field.
    ///
    /// Each file is scanned for viruses as soon as it is in ([`super::virus::Scanner`]); an infected file is dropped at once
    /// and [`Upload::parse`] says so beside the field. When clamd is set up but does not answer, the file is not
    /// refused: its hash goes on the list of unscanned uploads, so that the document stored with it waits for
    /// a later scan ([`super::controle`]). Last, the files that are fine are checked against the room left
    /// ([`Doel`]); a file without room is not kept and says why.
    pub async fn lees_alle(
        multipart: &mut Multipart,
        app: &App,
        doel: Doel<'_>,
    ) -> Result<(Vec<Upload>, Vec<(String, String)>), StatusCode> {
        Upload::lees_meer(multipart, app, doel, MAX_PER_KEER).await
    }

    async fn lees_meer(
        multipart: &mut Multipart,
        app: &App,
        doel: Doel<'_>,
        max: usize,
    ) -> Result<(Vec<Upload>, Vec<(String, String)>), StatusCode> {
        let scanner = &app.scanner;
        let mut bestanden: Vec<Upload> = Vec::new();
        let mut velden = Vec::new();
        while let Some(mut field) = multipart.next_field().await.map_err(|e| e.status())? {
            let naam = field.name().unwrap_or_default().to_owned();
            if naam != "bestand" {
                let tekst = field.text().await.map_err(|e| e.status())?;
                velden.push((naam, tekst));
                continue;
            }
            let mut upload = Upload {
                naam: field.file_name().unwrap_or_default().to_owned(),
                ..Upload::default()
            };
            upload.gekozen = !upload.naam.is_empty();
            // An empty file field next to chosen files is the browser's way of sending "no file".
            if !upload.gekozen && !bestanden.is_empty() {
                while field.chunk().await.map_err(|e| e.status())?.is_some() {}
                continue;
            }
            if bestanden.len() >= max {
                // A form for one file reads only its first: a second must not be glued onto the first.
                if max > 1 && upload.gekozen {
                    upload.vol = Some(Vol::Keer);
                    bestanden.push(upload);
                }
                while field.chunk().await.map_err(|e| e.status())?.is_some() {}
                continue;
            }
            // The first file waits its turn to be received; a further one of the same post does not wait
            // while holding the first, so that posts with several files cannot block each other.
            let spool = if bestanden.is_empty() {
                Spool::new().await
            } else {
                Spool::probeer()
                    .await
                    .ok_or(StatusCode::SERVICE_UNAVAILABLE)?
            };
            let mut spool = spool.map_err(|e| {
                tracing::error!(error = %e, "no temporary file for an upload");
                StatusCode::INTERNAL_SERVER_ERROR
            })?;
            while let Some(chunk) = field.chunk().await.map_err(|e| e.status())? {
                if upload.te_groot || spool.len() + chunk.len() > MAX_BYTES {
                    upload.te_groot = true;
                    continue;
                }
                spool.write(&chunk).await.map_err(|e| {
                    tracing::error!(error = %e, "could not write an upload to its temporary file");
                    StatusCode::INTERNAL_SERVER_ERROR
                })?;
            }
            if !upload.te_groot && !spool.is_empty() {
                let scan = match spool.van_begin().await {
                    Ok(bestand) => scanner.scan(bestand).await,
                    Err(e) => Uitslag::NietGescand(e.to_string()),
                };
                if matches!(scan, Uitslag::NietGescand(_)) && scanner.aan() {
                    onthoud_ongescand(app, &mut spool).await.map_err(|e| {
                        tracing::error!(error = %e, "could not list an unscanned upload");
                        StatusCode::SERVICE_UNAVAILABLE
                    })?;
                }
                // An infected file is not kept, not even in its temporary file; the beheerder sees it was sent.
                if let Uitslag::Besmet(virus) = &scan {
                    let vondst = Vondst {
                        op: app.clock.now(),
                        zaak_id: doel.zaak_id.map(str::to_owned),
                        naam: toonbare_naam(&upload.naam),
                        virus: virus.clone(),
                        bron: Bron::Upload,
                    };
                    if let Err(e) = meld_los(app, &vondst).await {
                        tracing::error!(error = %e, "could not record a virus found");
                    }
                } else {
                    upload.bestand = Some(spool);
                }
                upload.scan = Some(scan);
            } else if !upload.te_groot {
                upload.bestand = Some(spool);
            }
            bestanden.push(upload);
        }
        ruimte(app, doel, &mut bestanden).await.map_err(|e| {
            tracing::error!(error = %e, "could not read the room left for uploads");
            StatusCode::SERVICE_UNAVAILABLE
        })?;
        Ok((bestanden, velden))
    }

    /// An upload of `inhoud` named `naam`, as if it came in (for tests).
    #[cfg(test)]
    pub async fn van(naam: &str, inhoud: &[u8]) -> Upload {
        let mut spool = Spool::new().await.unwrap_or_else(|e| panic!("{e}"));
        spool.write(inhoud).await.unwrap_or_else(|e| panic!("{e}"));
        Upload {
            gekozen: true,
            naam: naam.to_owned(),
            bestand: Some(spool),
            te_groot: false,
            scan: None,
            vol: None,
        }
    }

    /// The first value of a text field that came with the file, or "".
    pub fn veld<'a>(velden: &'a [(String, String)], naam: &str) -> &'a str {
        velden
            .iter()
            .find(|(k, _)| k == naam)
            .map_or("", |(_, v)| v.as_str())
    }

    /// How many bytes came in (0 when it was too large).
    pub fn grootte(&self) -> usize {
        self.bestand.as_ref().map_or(0, Spool::len)
    }

    /// The first bytes of the file, which tell its type.
    pub fn kop(&self) -> &[u8] {
        self.bestand.as_ref().map_or(&[], Spool::head)
    }

    /// True when no file came with the form: no file chosen and nothing sent.
    pub fn is_leeg(&self) -> bool {
        !self.gekozen
            && self.grootte() == 0
            && !self.te_groot
            && self.scan.is_none()
            && self.vol.is_none()
    }

    /// The file in memory, to store it: in its turn, so that memory does not grow with the number of
    /// uploads (see [`Spool::load`]). Once only.
    pub async fn inhoud(&mut self) -> Result<Loaded, crate::error::AppError> {
        let spool = self
            .bestand
            .take()
            .ok_or_else(|| crate::error::AppError::Internal("upload read twice".into()))?;
        spool
            .load()
            .await
            .map_err(|e| crate::error::AppError::Internal(format!("upload: {e}")))
    }

    /// The files of a form with `multiple` that may be stored ([`Upload::alle`]), each with its bytes: all in
    /// memory together, in one turn ([`crate::http::spool::load_samen`]). Once only.
    pub async fn alle_inhoud(
        bestanden: &mut [Upload],
        goed: Vec<(usize, Bestand)>,
    ) -> Result<(Vec<Bestand>, Samen), crate::error::AppError> {
        let mut spools = Vec::with_capacity(goed.len());
        let mut uit = Vec::with_capacity(goed.len());
        for (i, bestand) in goed {
            let spool = bestanden
                .get_mut(i)
                .and_then(|u| u.bestand.take())
                .ok_or_else(|| crate::error::AppError::Internal("upload read twice".into()))?;
            spools.push(spool);
            uit.push(bestand);
        }
        let samen = crate::http::spool::load_samen(spools)
            .await
            .map_err(|e| crate::error::AppError::Internal(format!("upload: {e}")))?;
        Ok((uit, samen))
    }

    /// The type comes from the first bytes only: the name and the declared type can be anything.
    pub fn parse(&self, tr: &Tr) -> Result<Bestand, FieldErrors> {
        let mut errors = FieldErrors::new();
        if let Some(Uitslag::Besmet(virus)) = &self.scan {
            errors.add(
                "bestand",
                tr.ta(
                    msg::PERSOONLIJK_PLAN_BESTAND_VIRUS,
                    &[
                        ("naam", toonbare_naam(&self.naam).into()),
                        ("virus", virus.as_str().into()),
                    ],
                ),
            );
            return Err(errors);
        }
        if let Some(vol) = self.vol {
            errors.add("bestand", vol.bericht(tr, &toonbare_naam(&self.naam)));
            return Err(errors);
        }
        let fout = if !self.gekozen && self.grootte() == 0 {
            Some(tr.t(msg::PERSOONLIJK_PLAN_BESTAND_GEEN))
        } else if self.te_groot {
            Some(tr.ta(
                msg::PERSOONLIJK_PLAN_BESTAND_TE_GROOT,
                &[("mb", MAX_MB.into())],
            ))
        } else if self.grootte() == 0 {
            Some(tr.t(msg::PERSOONLIJK_PLAN_BESTAND_LEEG))
        } else {
            None
        };
        if let Some(fout) = fout {
            errors.add("bestand", fout);
            return Err(errors);
        }
        let Some(soort) = BestandType::herken(self.kop()) else {
            errors.add("bestand", tr.t(msg::PERSOONLIJK_PLAN_BESTAND_SOORT));
            return Err(errors);
        };
        Ok(Bestand {
            naam: toonbare_naam(&self.naam),
            soort,
        })
    }

    /// Each file of a form with `multiple` that may be stored, and one message for the field that names every
    /// file that may not and why (empty when all may). A form with no file chosen gives neither.
    pub fn alle(bestanden: &[Upload], tr: &Tr) -> (Vec<(usize, Bestand)>, FieldErrors) {
        let mut goed = Vec::new();
        let mut berichten = Vec::new();
        for (i, upload) in bestanden.iter().enumerate().filter(|(_, u)| !u.is_leeg()) {
            match upload.parse(tr) {
                Ok(bestand) => goed.push((i, bestand)),
                Err(errors) => {
                    // Each message names its file, so that the resident knows which one to send again.
                    let naam = toonbare_naam(&upload.naam);
                    berichten.extend(errors.get("bestand").map(|b| {
                        if b.contains(&naam) {
                            b.to_owned()
                        } else {
                            format!("{naam}: {b}")
                        }
                    }));
                }
            }
        }
        let mut errors = FieldErrors::new();
        if !berichten.is_empty() {
            errors.add("bestand", berichten.join(" "));
        }
        (goed, errors)
    }
}

/// Puts the hash of an upload clamd did not scan on the list that [`super::bewaar`] reads.
async fn onthoud_ongescand(app: &App, spool: &mut Spool) -> Result<(), Box<dyn std::error::Error>> {
    let mut context = Context::new(&SHA256);
    let bestand = spool.van_begin().await?;
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = bestand.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        context.update(&buf[..n]);
    }
    let sha256 = crate::token::hex(context.finish().as_ref());
    let _turn = app.db.write_turn().await;
    sqlx::query(
        "INSERT INTO ongescande_uploads (sha256, op) VALUES ($1, $2) \
         ON CONFLICT (sha256) DO UPDATE SET op = excluded.op",
    )
    .bind(sha256)
    .bind(crate::db::ts(app.clock.now()))
    .execute(&app.db.pool)
    .await?;
    Ok(())
}

impl Vol {
    /// What the resident reads beside the field: which file was not kept, and why.
    pub fn bericht(self, tr: &Tr, naam: &str) -> String {
        let naam = naam.into();
        match self {
            Vol::Keer => tr.ta(
                msg::PERSOONLIJK_PLAN_BESTAND_VOL_KEER,
                &[("naam", naam), ("aantal", MAX_PER_KEER.into())],
            ),
            Vol::Aantal => tr.ta(
                msg::PERSOONLIJK_PLAN_BESTAND_VOL_AANTAL,
                &[("naam", naam), ("aantal", MAX_PER_ZAAK.into())],
            ),
            Vol::Zaak => tr.ta(
                msg::PERSOONLIJK_PLAN_BESTAND_VOL_ZAAK,
                &[("naam", naam), ("mb", MAX_MB_PER_ZAAK.into())],
            ),
            Vol::Dag => tr.ta(
                msg::PERSOONLIJK_PLAN_BESTAND_VOL_DAG,
                &[("naam", naam), ("mb", MAX_MB_PER_DAG.into())],
            ),
        }
    }
}

/// Marks the files that are fine in themselves but have no room left ([`Doel`]), in the order they came: the
/// case's files and bytes, and the person's bytes of the last 24 hours. Read before the write transaction:
/// two posts at the same moment may each take the last room, which a double click cannot make more than one
/// file too many.
async fn ruimte(app: &App, doel: Doel<'_>, bestanden: &mut [Upload]) -> Result<(), sqlx::Error> {
    let mb = |n: i64| n * 1024 * 1024;
    let Some(persoon_id) = doel.persoon_id else {
        return Ok(());
    };
    if !bestanden.iter().any(|u| u.grootte() > 0 && u.vol.is_none()) {
        return Ok(());
    }
    let (mut aantal, mut bytes): (i64, i64) = match doel.zaak_id {
        Some(zaak_id) => {
            sqlx::query_as(
                "SELECT COUNT(*), CAST(COALESCE(SUM(grootte), 0) AS BIGINT) FROM documenten \
             WHERE zaak_id = $1 AND controle <> 'besmet'",
            )
            .bind(zaak_id)
            .fetch_one(&app.db.pool)
            .await?
        }
        None => (0, 0),
    };
    let mut vandaag: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(SUM(grootte), 0) AS BIGINT) FROM documenten WHERE door_persoon_id = $1 AND op > $2",
    )
    .bind(persoon_id)
    .bind(crate::db::ts(app.clock.now() - time::Duration::days(1)))
    .fetch_one(&app.db.pool)
    .await?;
    for upload in bestanden.iter_mut() {
        let grootte = i64::try_from(upload.grootte()).unwrap_or(i64::MAX);
        if grootte == 0
            || upload.vol.is_some()
            || matches!(upload.scan, Some(Uitslag::Besmet(_)))
            || BestandType::herken(upload.kop()).is_none()
        {
            continue;
        }
        upload.vol = if doel.zaak_id.is_some() && aantal >= MAX_PER_ZAAK {
            Some(Vol::Aantal)
        } else if doel.zaak_id.is_some() && bytes + grootte > mb(MAX_MB_PER_ZAAK) {
            Some(Vol::Zaak)
        } else if vandaag + grootte > mb(MAX_MB_PER_DAG) {
            Some(Vol::Dag)
        } else {
            aantal += 1;
            bytes += grootte;
            vandaag += grootte;
            None
        };
        if upload.vol.is_some() {
            // Not kept: the temporary file goes at once.
            upload.bestand = None;
        }
    }
    Ok(())
}

/// Records a virus found in an upload, outside any transaction.
async fn meld_los(app: &App, vondst: &Vondst) -> Result<(), sqlx::Error> {
    let _turn = app.db.write_turn().await;
    let mut conn = app.db.pool.acquire().await?;
    super::virus::meld(&mut conn, vondst).await
}
