use super::*;

/// What a member of staff did with a proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handeling {
    Bekeken,
    Gedownload,
    Gesprek,
    Vraag,
    Besloten,
    /// Took the case on (assigned it to themselves).
    Opgepakt,
}

impl Handeling {
    /// How the one access log holds it: what was done, and to what.
    fn in_log(self) -> (toegang::Handeling, &'static str) {
        match self {
            Handeling::Bekeken => (toegang::Handeling::Bekeken, "voorstel"),
            Handeling::Gedownload => (toegang::Handeling::Gedownload, "bijlage"),
            Handeling::Gesprek => (toegang::Handeling::Gewijzigd, "gesprek"),
            Handeling::Vraag => (toegang::Handeling::Gewijzigd, "vraag"),
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
            (toegang::Handeling::Gewijzigd, "gesprek") => Handeling::Gesprek,
            (toegang::Handeling::Gewijzigd, "vraag") => Handeling::Vraag,
            (_, wat) => return Err(db::unreadable("omschrijving", wat)),
        })
    }
}

/// Writes one line of the access log.
pub async fn log(
    conn: &mut AnyConnection,
    voorstel_id: &str,
    wie: &Person,
    handeling: Handeling,
    op: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    let (h, wat) = handeling.in_log();
    toegang::schrijf(conn, voorstel_id, wie, h, wat, None, op).await
}

/// One line of the log as the initiative reads it.
#[derive(Clone, Debug)]
pub struct Toegang {
    pub naam: String,
    pub handeling: Handeling,
    pub op: OffsetDateTime,
}

/// The log of a proposal, newest first.
pub async fn toegang<'e>(
    db: impl Executor<'e, Database = Any>,
    voorstel_id: &str,
) -> Result<Vec<Toegang>, sqlx::Error> {
    toegang::van_zaak(db, voorstel_id)
        .await?
        .iter()
        .map(|r| {
            Ok(Toegang {
                naam: r.naam.clone().unwrap_or_default(),
                handeling: Handeling::uit_log(r)?,
                op: r.op,
            })
        })
        .collect()
}
