use super::*;

/// One line of the access log.
#[derive(Clone, Debug)]
pub struct Toegang {
    pub wie_naam: String,
    pub medewerker: bool,
    pub handeling: Handeling,
    pub op: OffsetDateTime,
}

/// What staff or a helper did with an application, for the log the resident reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handeling {
    Bekeken,
    Gedownload,
    Gewijzigd,
    Besloten,
    /// Took the case on (assigned it to themselves).
    Opgepakt,
}

impl Handeling {
    /// How the one access log holds it: what was done, and to what.
    fn in_log(self) -> (toegang::Handeling, &'static str) {
        match self {
            Handeling::Bekeken => (toegang::Handeling::Bekeken, "aanvraag"),
            Handeling::Gedownload => (toegang::Handeling::Gedownload, "stuk"),
            Handeling::Gewijzigd => (toegang::Handeling::Gewijzigd, "aanvraag"),
            Handeling::Besloten => (toegang::Handeling::Gewijzigd, "besluit"),
            Handeling::Opgepakt => (toegang::Handeling::Gewijzigd, "toegewezen"),
        }
    }

    /// An entry of the one log, in this scheme's words: every view and download (also one with a reason),
    /// and the changes this scheme and the kernel record.
    fn uit_log(regel: &toegang::Regel) -> Result<Handeling, sqlx::Error> {
        Ok(match (regel.handeling, regel.omschrijving.as_str()) {
            (toegang::Handeling::Bekeken, _) => Handeling::Bekeken,
            (toegang::Handeling::Gedownload, _) => Handeling::Gedownload,
            (toegang::Handeling::Gewijzigd, "toegewezen") => Handeling::Opgepakt,
            (toegang::Handeling::Gewijzigd, "besluit") => Handeling::Besloten,
            (toegang::Handeling::Gewijzigd, "aanvraag") => Handeling::Gewijzigd,
            (_, wat) => return Err(db::unreadable("omschrijving", wat)),
        })
    }
}

/// Writes one line of the access log (staff or a helper).
pub async fn log(
    conn: &mut AnyConnection,
    aanvraag_id: &str,
    wie: &Person,
    handeling: Handeling,
    now: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let (h, wat) = handeling.in_log();
    toegang::schrijf(conn, aanvraag_id, wie, h, wat, None, now).await
}

/// The access log of an application, newest first.
pub async fn toegang<'e>(
    db: impl Executor<'e, Database = Any>,
    aanvraag_id: &str,
) -> Result<Vec<Toegang>, sqlx::Error> {
    toegang::van_zaak(db, aanvraag_id)
        .await?
        .iter()
        .map(|r| {
            Ok(Toegang {
                wie_naam: r.naam.clone().unwrap_or_default(),
                medewerker: r.rol != "helper",
                handeling: Handeling::uit_log(r)?,
                op: r.op,
            })
        })
        .collect()
}
