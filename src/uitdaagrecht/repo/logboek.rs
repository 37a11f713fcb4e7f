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

impl toegang::Woorden for Handeling {
    const ALLE: &'static [Self] = &[
        Handeling::Bekeken,
        Handeling::Gedownload,
        Handeling::Gesprek,
        Handeling::Vraag,
        Handeling::Besloten,
        Handeling::Opgepakt,
    ];
    const BEKEKEN: Self = Handeling::Bekeken;
    const GEDOWNLOAD: Self = Handeling::Gedownload;

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
}

/// Writes one line of the access log.
pub async fn log(
    conn: &mut AnyConnection,
    voorstel_id: &str,
    wie: &Person,
    handeling: Handeling,
    op: OffsetDateTime,
) -> Result<(), sqlx::Error> {
    toegang::schrijf_als(conn, voorstel_id, wie, handeling, op).await
}

/// One line of the log as the initiative reads it.
pub type Toegang = toegang::Gelezen<Handeling>;

/// The log, newest first.
pub async fn toegang<'e>(
    db: impl Executor<'e, Database = Any>,
    voorstel_id: &str,
) -> Result<Vec<Toegang>, sqlx::Error> {
    toegang::lees_als(db, voorstel_id).await
}
