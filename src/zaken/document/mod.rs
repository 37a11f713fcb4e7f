//! The one document store of every scheme: a case's files (a persoonlijk plan, a verslag or besluit, proof of
//! ownership or income, a proposal's attachments), each with its kind within the scheme (`soort`), the name as
//! shown, its type as found in its first bytes, its size and SHA-256, who added it and when. The bytes are kept
//! in parts of [`DEEL_BYTES`], so that no single row is larger than that. Uploads are read by [`upload`], and a
//! document goes out with [`download`]: always as an attachment, with `nosniff`. Callers check who may see or
//! change a case; every function here takes the case as allowed.

pub mod controle;
pub mod upload;
pub mod virus;

use axum::response::Response;
use maud::{Markup, html};
use sqlx::{Any, AnyConnection, Executor, Row, any::AnyRow};
use time::OffsetDateTime;

use crate::db::{self, BindAlle};
use crate::error::{AppError, AppResult};
use crate::i18n::{Tr, msg};
use crate::token;

/// A shown name is cut off after this many characters.
const MAX_NAAM: usize = 100;

/// An uploaded document holds at most this many bytes (10 MB).
pub const MAX_MB: u32 = 10;
pub const MAX_BYTES: usize = MAX_MB as usize * 1024 * 1024;

/// The upload route accepts a body this much larger than [`MAX_BYTES`], for the multipart framing, so that a
/// file just over the limit reaches the handler and gets the portal's own message beside the field.
pub const UPLOAD_BODY_LIMIT: usize = MAX_BYTES + 256 * 1024;

/// The files of one post to a form that takes several ([`upload::Upload::lees_alle`]) hold at most this many
/// MB together; each file at most [`MAX_MB`].
pub const MAX_MB_PER_KEER: u32 = 20;

/// The body limit of a route that takes several files, like [`UPLOAD_BODY_LIMIT`].
pub const MEER_BODY_LIMIT: usize = MAX_MB_PER_KEER as usize * 1024 * 1024 + 256 * 1024;

/// The kinds of file a document may be. Recognised from the first bytes, never from the name or the declared
/// type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BestandType {
    Pdf,
    Jpeg,
    Png,
}

impl BestandType {
    /// The type of these bytes, or `None` when they are none of the allowed kinds.
    pub fn herken(bytes: &[u8]) -> Option<BestandType> {
        if bytes.starts_with(b"%PDF-") {
            Some(BestandType::Pdf)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(BestandType::Jpeg)
        } else if bytes.starts_with(&[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            Some(BestandType::Png)
        } else {
            None
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            BestandType::Pdf => "application/pdf",
            BestandType::Jpeg => "image/jpeg",
            BestandType::Png => "image/png",
        }
    }

    pub fn from_mime(mime: &str) -> Option<BestandType> {
        [BestandType::Pdf, BestandType::Jpeg, BestandType::Png]
            .into_iter()
            .find(|t| t.mime() == mime)
    }

    /// The extension that belongs to the type, for the name of a download.
    pub fn extensie(self) -> &'static str {
        match self {
            BestandType::Pdf => "pdf",
            BestandType::Jpeg => "jpg",
            BestandType::Png => "png",
        }
    }

    /// What residents call it: "PDF", "JPG", "PNG".
    pub fn naam(self) -> &'static str {
        match self {
            BestandType::Pdf => "PDF",
            BestandType::Jpeg => "JPG",
            BestandType::Png => "PNG",
        }
    }
}

/// The name of an uploaded file as the portal shows it: without folders (some browsers send a whole path),
/// without control characters, trimmed and at most [`MAX_NAAM`] characters.
pub fn toonbare_naam(opgegeven: &str) -> String {
    let laatste = opgegeven.rsplit(['/', '\\']).next().unwrap_or_default();
    let schoon: String = laatste
        .chars()
        .filter(|c| {
            !c.is_control() && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}')
        })
        .take(MAX_NAAM)
        .collect();
    let schoon = schoon.trim();
    if schoon.is_empty() {
        "document".to_owned()
    } else {
        schoon.to_owned()
    }
}

/// The name for `Content-Disposition`: ASCII letters, digits, `-` and `_` only (anything else becomes `_`), and
/// always the extension of the type the bytes really are.
pub fn download_naam(naam: &str, soort: BestandType) -> String {
    let stam = naam
        .rsplit_once('.')
        .map_or(naam, |(stam, _)| stam)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect::<String>();
    let stam = stam.trim_matches('_');
    let stam = if stam.is_empty() { "document" } else { stam };
    format!("{stam}.{}", soort.extensie())
}

/// The bytes of a document are stored in parts of at most this many bytes.
pub const DEEL_BYTES: usize = 1024 * 1024;

/// Where a document stands with its virus scan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Controle {
    /// Found clean, or stored where no scanner is set up: it may be opened.
    Vrij,
    /// Stored while clamd could not be reached: no one opens it until a later scan finds it clean.
    Wacht,
    /// A later scan found a virus: its bytes are gone, its name stays to say so.
    Besmet,
}

impl Controle {
    pub fn code(self) -> &'static str {
        match self {
            Controle::Vrij => "vrij",
            Controle::Wacht => "wacht",
            Controle::Besmet => "besmet",
        }
    }

    pub fn from_code(code: &str) -> Option<Controle> {
        [Controle::Vrij, Controle::Wacht, Controle::Besmet]
            .into_iter()
            .find(|c| c.code() == code)
    }
}

/// A stored document, without its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    /// The case (or the draft that becomes it).
    pub zaak_id: String,
    /// What it is within its scheme (`besluit`, `eigendom`, `inkomen`, `bijlage`, ...).
    pub soort: String,
    /// The name as shown ([`toonbare_naam`]).
    pub naam: String,
    pub type_: BestandType,
    pub grootte: i64,
    /// Who added it; `None` where that was not recorded (documents stored before this store).
    pub door_persoon_id: Option<String>,
    pub op: OffsetDateTime,
    pub controle: Controle,
}

/// A document to store; its type was found from its content.
#[derive(Clone, Copy, Debug)]
pub struct Nieuw<'a> {
    pub soort: &'a str,
    pub naam: &'a str,
    pub type_: BestandType,
    pub inhoud: &'a [u8],
}

/// Stores a document with this id with a case, inside the caller's write transaction. With `eenmalig`,
/// nothing is stored when the case holds the same bytes already as a document of the same kind (the same
/// upload sent twice by a double click): then `false`. Bytes that came in while clamd could not be reached ([`upload::Upload::lees`] lists
/// them) are stored as [`Controle::Wacht`].
pub async fn bewaar(
    conn: &mut AnyConnection,
    id: &str,
    zaak_id: &str,
    document: &Nieuw<'_>,
    door_persoon_id: Option<&str>,
    now: OffsetDateTime,
    eenmalig: bool,
) -> Result<bool, sqlx::Error> {
    let sha256 = token::hash_bytes(document.inhoud);
    if eenmalig {
        let al: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM documenten WHERE zaak_id = $1 AND sha256 = $2 AND soort = $3",
        )
        .bind(zaak_id)
        .bind(&sha256)
        .bind(document.soort)
        .fetch_one(&mut *conn)
        .await?;
        if al > 0 {
            return Ok(false);
        }
    }
    let controle = controle_van(conn, &sha256).await?;
    sqlx::query(
        "INSERT INTO documenten (id, zaak_id, soort, naam, type, grootte, sha256, door_persoon_id, op, \
         controle) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(id)
    .bind(zaak_id)
    .bind(document.soort)
    .bind(document.naam)
    .bind(document.type_.mime())
    .bind(i64::try_from(document.inhoud.len()).unwrap_or(i64::MAX))
    .bind(&sha256)
    .bind(door_persoon_id)
    .bind(db::ts(now))
    .bind(controle.code())
    .execute(&mut *conn)
    .await?;
    for (volgnummer, deel) in document.inhoud.chunks(DEEL_BYTES).enumerate() {
        sqlx::query(
            "INSERT INTO document_delen (document_id, volgnummer, inhoud) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(i64::try_from(volgnummer).unwrap_or(i64::MAX))
        .bind(deel.to_vec())
        .execute(&mut *conn)
        .await?;
    }
    Ok(true)
}

/// How a file with these bytes is stored: [`Controle::Wacht`] when it came in while clamd could not be
/// reached ([`upload::Upload::lees`] lists it), else [`Controle::Vrij`].
pub async fn controle_van(conn: &mut AnyConnection, sha256: &str) -> Result<Controle, sqlx::Error> {
    let ongescand: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM ongescande_uploads WHERE sha256 = $1")
            .bind(sha256)
            .fetch_one(&mut *conn)
            .await?;
    Ok(if ongescand > 0 {
        Controle::Wacht
    } else {
        Controle::Vrij
    })
}

/// Removes a document of a case, inside the caller's write transaction: `false` when it was not there.
pub async fn verwijder(
    conn: &mut AnyConnection,
    zaak_id: &str,
    id: &str,
) -> Result<bool, sqlx::Error> {
    let hier: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM documenten WHERE id = $1 AND zaak_id = $2")
            .bind(id)
            .bind(zaak_id)
            .fetch_one(&mut *conn)
            .await?;
    if hier == 0 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM document_delen WHERE document_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM documenten WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

const KOLOMMEN: &str = "id, zaak_id, soort, naam, type, grootte, door_persoon_id, op, controle";

fn lees_document(row: &AnyRow) -> Result<Document, sqlx::Error> {
    let type_: String = row.try_get("type")?;
    Ok(Document {
        id: row.try_get("id")?,
        zaak_id: row.try_get("zaak_id")?,
        soort: row.try_get("soort")?,
        naam: row.try_get("naam")?,
        type_: BestandType::from_mime(&type_).ok_or_else(|| db::unreadable("type", &type_))?,
        grootte: row.try_get("grootte")?,
        door_persoon_id: row.try_get("door_persoon_id")?,
        op: db::moment(row, "op")?,
        controle: {
            let code: String = row.try_get("controle")?;
            Controle::from_code(&code).ok_or_else(|| db::unreadable("controle", &code))?
        },
    })
}

/// The documents of a case, oldest first.
pub async fn van_zaak<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_id: &str,
) -> Result<Vec<Document>, sqlx::Error> {
    let sql = format!("SELECT {KOLOMMEN} FROM documenten WHERE zaak_id = $1 ORDER BY op, id");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(zaak_id)
        .fetch_all(db)
        .await?
        .iter()
        .map(lees_document)
        .collect()
}

/// The documents of the cases `zaak_ids`, each case's oldest first: one query for a whole list.
pub async fn van_zaken<'e>(
    db: impl Executor<'e, Database = Any>,
    zaak_ids: &[&str],
) -> Result<Vec<Document>, sqlx::Error> {
    if zaak_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT {KOLOMMEN} FROM documenten WHERE zaak_id IN ({}) ORDER BY op, id",
        db::plekken(1, zaak_ids.len())
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind_alle(zaak_ids.iter().copied())
        .fetch_all(db)
        .await?
        .iter()
        .map(lees_document)
        .collect()
}

/// One document of this case with its bytes; `None` when it belongs to another case (or to none), or when a
/// virus was found in it. A document still waiting for its scan is [`AppError::WordtGecontroleerd`]: no one
/// opens it before it is found clean. Its details and its parts are read in one statement, so that a document
/// replaced at the same moment never pairs one version's name and type with another's bytes; parts that do
/// not add up to its size are an error.
pub async fn met_inhoud(
    conn: &mut AnyConnection,
    zaak_id: &str,
    id: &str,
) -> AppResult<Option<(Document, Vec<u8>)>> {
    let wacht: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM documenten WHERE id = $1 AND zaak_id = $2 AND controle = 'wacht'",
    )
    .bind(id)
    .bind(zaak_id)
    .fetch_one(&mut *conn)
    .await?;
    if wacht > 0 {
        return Err(AppError::WordtGecontroleerd);
    }
    let rows = sqlx::query(
        "SELECT d.id, d.zaak_id, d.soort, d.naam, d.type, d.grootte, d.door_persoon_id, d.op, d.controle, \
         p.inhoud FROM documenten d JOIN document_delen p ON p.document_id = d.id \
         WHERE d.id = $1 AND d.zaak_id = $2 AND d.controle = 'vrij' ORDER BY p.volgnummer",
    )
    .bind(id)
    .bind(zaak_id)
    .fetch_all(&mut *conn)
    .await?;
    let Some(eerste) = rows.first() else {
        return Ok(None);
    };
    let document = lees_document(eerste)?;
    let mut inhoud = Vec::with_capacity(usize::try_from(document.grootte).unwrap_or(0));
    for row in &rows {
        inhoud.extend(row.try_get::<Vec<u8>, _>("inhoud")?);
    }
    if i64::try_from(inhoud.len()).ok() != Some(document.grootte) {
        return Err(db::unreadable("document_delen", &document.id).into());
    }
    Ok(Some((document, inhoud)))
}

/// [`met_inhoud`] on a connection of its own.
pub async fn lees(
    pool: &sqlx::AnyPool,
    zaak_id: &str,
    id: &str,
) -> AppResult<Option<(Document, Vec<u8>)>> {
    let mut conn = pool.acquire().await?;
    met_inhoud(&mut conn, zaak_id, id).await
}

/// A document as a download: always an attachment (never shown inside the portal), its type from its content,
/// `nosniff`, and a name of safe characters with the extension of its real type.
pub fn download(document: &Document, inhoud: Vec<u8>) -> AppResult<Response> {
    download_als(document.type_, &document.naam, inhoud)
}

/// A document in a list: a link to open it when it may be opened, else its name with where its virus scan
/// stands. `download` marks the link as a download.
pub fn link(tr: &Tr, href: &str, naam: &str, controle: Controle, download: bool) -> Markup {
    html! {
        @match controle {
            Controle::Vrij => {
                @if download { a href=(href) download { (naam) } } @else { a href=(href) { (naam) } }
            }
            Controle::Wacht => { (naam) " (" (tr.t(msg::UI_BESTAND_CONTROLE)) ")" }
            Controle::Besmet => { (naam) " (" (tr.t(msg::UI_BESTAND_BESMET)) ")" }
        }
    }
}

/// The small form that removes one uploaded file from a draft, beside the file: a tick that says so and a
/// button. The tick is field `veld` with the file's id as its value (its input's id `<veld>-<file id>`); a post
/// without it removes nothing, so a form sent empty never removes a file.
pub struct Verwijderen<'a> {
    /// Where the form posts.
    pub actie: &'a str,
    pub veld: &'a str,
    /// The file's id.
    pub id: &'a str,
    /// "Ja, verwijder offerte.pdf".
    pub vinkje: String,
    /// "Verwijder".
    pub knop: String,
    /// The error beside the tick, after a post without it.
    pub fout: Option<&'a str>,
}

impl Verwijderen<'_> {
    /// The id of the tick's input, where an error summary links to.
    pub fn input_id(&self) -> String {
        format!("{}-{}", self.veld, self.id)
    }

    /// The tick and the button, belonging to the form `form_id` (placed elsewhere with [`Verwijderen::form`]):
    /// for a file listed inside another form, which a form may not be nested in.
    pub fn velden(&self, tr: &Tr, form_id: Option<&str>) -> Markup {
        let id = self.input_id();
        let fout_id = format!("{id}-fout");
        html! {
            div.loket-bestand-weg {
                div.loket-form-group.loket-form-group--error[self.fout.is_some()] {
                    @if let Some(fout) = self.fout { (crate::ui::error_message(tr, &fout_id, fout)) }
                    div.loket-choice {
                        input.loket-choice__input id=(id) name=(self.veld) type="checkbox" value=(self.id) form=[form_id]
                            aria-describedby=[self.fout.map(|_| &fout_id)] aria-invalid=[self.fout.map(|_| "true")];
                        label.loket-choice__label for=(id) { (self.vinkje) }
                    }
                }
                button.loket-button.loket-button--warning type="submit" form=[form_id] { (self.knop) }
            }
        }
    }

    /// The whole form, here.
    pub fn formulier(&self, tr: &Tr) -> Markup {
        html! {
            form method="post" action=(self.actie) novalidate {
                (self.velden(tr, None))
            }
        }
    }

    /// The empty form that [`Verwijderen::velden`] with `form_id` belongs to, outside any other form.
    pub fn form(&self, form_id: &str) -> Markup {
        html! { form id=(form_id) method="post" action=(self.actie) novalidate {} }
    }
}

/// [`download`] of bytes of this type, shown as `naam`.
pub fn download_als(type_: BestandType, naam: &str, inhoud: Vec<u8>) -> AppResult<Response> {
    crate::http::download(type_.mime(), &download_naam(naam, type_), inhoud)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_recognised_by_their_first_bytes() {
        assert_eq!(
            BestandType::herken(b"%PDF-1.7\n..."),
            Some(BestandType::Pdf)
        );
        assert_eq!(
            BestandType::herken(&[0xFF, 0xD8, 0xFF, 0xE0, 0]),
            Some(BestandType::Jpeg)
        );
        assert_eq!(
            BestandType::herken(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]),
            Some(BestandType::Png)
        );
        assert_eq!(BestandType::herken(b"%PDF"), None);
        assert_eq!(BestandType::herken(b"Hallo, dit is tekst"), None);
        assert_eq!(BestandType::herken(b""), None);
        for t in [BestandType::Pdf, BestandType::Jpeg, BestandType::Png] {
            assert_eq!(BestandType::from_mime(t.mime()), Some(t));
        }
    }

    #[test]
    fn names_are_cleaned_for_display_and_download() {
        assert_eq!(
            toonbare_naam("C:\\Users\\jan\\mijn plan.pdf"),
            "mijn plan.pdf"
        );
        assert_eq!(toonbare_naam("../../etc/passwd"), "passwd");
        assert_eq!(toonbare_naam("a\u{0}b\u{202E}fdp.exe"), "abfdp.exe");
        assert_eq!(toonbare_naam("   "), "document");
        assert_eq!(toonbare_naam(&"x".repeat(300)).chars().count(), 100);
        assert_eq!(
            download_naam("mijn plan é.pdf", BestandType::Pdf),
            "mijn_plan.pdf"
        );
        assert_eq!(
            download_naam("foto.pdf", BestandType::Png),
            "foto.png",
            "the extension follows the content"
        );
        assert_eq!(download_naam("\"; x=.pdf", BestandType::Pdf), "x.pdf");
        assert_eq!(download_naam("ééé", BestandType::Jpeg), "document.jpg");
    }
}
