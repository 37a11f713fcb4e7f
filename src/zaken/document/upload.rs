//! Reading an uploaded file: into a temporary file as it arrives, its type from its first bytes, its errors
//! beside the field. The same for every form with a file, in every scheme.

use axum::extract::Multipart;
use axum::http::StatusCode;

use super::virus::{Scanner, Uitslag};
use super::{BestandType, MAX_BYTES, MAX_MB, toonbare_naam};
use crate::form::FieldErrors;
use crate::http::spool::{Loaded, Spool};
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
}

/// An uploaded file that may be stored.
#[derive(Debug)]
pub struct Bestand {
    pub naam: String,
    pub soort: BestandType,
}

impl Upload {
    /// Reads a multipart form: the first file field `bestand`, into a temporary file as it arrives, and every
    /// other field as text, in order (a checkbox can come more than once). Past [`MAX_BYTES`] it keeps reading
    /// without keeping, so that a body over the route's limit still ends in the 413 page while a file just
    /// over the limit gets a message beside the field.
    ///
    /// The file is scanned for viruses as soon as it is in ([`Scanner`]); an infected file is dropped at once and
    /// [`Upload::parse`] says so beside the field.
    pub async fn lees(
        multipart: &mut Multipart,
        scanner: &Scanner,
    ) -> Result<(Upload, Vec<(String, String)>), StatusCode> {
        let mut upload = Upload::default();
        let mut velden = Vec::new();
        let mut gelezen = false;
        while let Some(mut field) = multipart.next_field().await.map_err(|e| e.status())? {
            let naam = field.name().unwrap_or_default().to_owned();
            if naam != "bestand" {
                let tekst = field.text().await.map_err(|e| e.status())?;
                velden.push((naam, tekst));
                continue;
            }
            // Only the first file field counts: a second one must not be glued onto the first.
            if gelezen {
                continue;
            }
            gelezen = true;
            upload.naam = field.file_name().unwrap_or_default().to_owned();
            upload.gekozen = !upload.naam.is_empty();
            let mut spool = Spool::new().await.map_err(|e| {
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
                // An infected file is not kept, not even in its temporary file.
                if !matches!(scan, Uitslag::Besmet(_)) {
                    upload.bestand = Some(spool);
                }
                upload.scan = Some(scan);
            } else if !upload.te_groot {
                upload.bestand = Some(spool);
            }
        }
        Ok((upload, velden))
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
        !self.gekozen && self.grootte() == 0 && !self.te_groot && self.scan.is_none()
    }

    /// The optional file of a form that has other fields too: `None` when no file came, the file checked and
    /// in memory (in its turn, see [`Upload::inhoud`]) when one did, or the errors to show beside the field.
    /// Call it before the write transaction begins, so that the write never waits for memory.
    #[allow(clippy::type_complexity)]
    pub async fn bijlage(
        &mut self,
        tr: &Tr,
    ) -> Result<Result<Option<(Bestand, Loaded)>, FieldErrors>, crate::error::AppError> {
        if self.is_leeg() {
            return Ok(Ok(None));
        }
        match self.parse(tr) {
            Ok(bestand) => Ok(Ok(Some((bestand, self.inhoud().await?)))),
            Err(errors) => Ok(Err(errors)),
        }
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
        match BestandType::herken(self.kop()) {
            Some(soort) => Ok(Bestand {
                naam: toonbare_naam(&self.naam),
                soort,
            }),
            None => {
                errors.add("bestand", tr.t(msg::PERSOONLIJK_PLAN_BESTAND_SOORT));
                Err(errors)
            }
        }
    }
}
