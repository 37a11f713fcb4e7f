//! The archive of "Mijn gegevens": one ZIP file with a short LEESMIJ.txt, one JSON file per part, and the
//! documents as they were uploaded (under `documenten/`).
//!
//! The ZIP format is written here ([`Zip`]) with `flate2` and `crc32fast`, which the portal already has
//! (through tower-http): a ZIP crate would add several crates for what is a header per file and a directory
//! at the end. Text is deflated; documents (PDF, JPEG, PNG, already compressed) are stored as they are. No
//! ZIP64: the archive is bounded far below 4 GiB ([`MAX_BYTES`]). [`lees`] reads such an archive back (for the
//! tests, and to check what a download holds).

use std::io::{self, Read, Seek, Write};

use flate2::Compression;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use serde_json::{Value, json};
use time::OffsetDateTime;

use super::repo::{Gegevens, Rij};
use crate::AppState;
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, Tr, msg};
use crate::ids::PersoonId;
use crate::zaken::document::{self, BestandType};

/// The most bytes an archive may hold. A case holds at most 50 MB of documents and one person sends at most
/// 100 MB a day; a document that would take the archive past this bound is left out, and its entry in
/// `documenten.json` and LEESMIJ.txt say so (the municipality can send it another way).
pub const MAX_BYTES: u64 = 512 * 1024 * 1024;

/// Writes a ZIP file to `uit`, one entry after another.
pub struct Zip<W: Write> {
    uit: W,
    /// Bytes written so far: where the next entry starts.
    positie: u64,
    /// The central directory, written at the end.
    centraal: Vec<u8>,
    aantal: u16,
    /// The moment every entry carries, in MS-DOS form (time, date).
    dos: (u16, u16),
}

fn dos_tijd(moment: OffsetDateTime) -> (u16, u16) {
    let jaar = u16::try_from(moment.year().clamp(1980, 2107) - 1980).unwrap_or(0);
    let datum = (jaar << 9) | (u16::from(u8::from(moment.month())) << 5) | u16::from(moment.day());
    let tijd = (u16::from(moment.hour()) << 11)
        | (u16::from(moment.minute()) << 5)
        | u16::from(moment.second() / 2);
    (tijd, datum)
}

impl<W: Write> Zip<W> {
    /// A new archive whose entries carry `moment` (local time, as ZIP has no time zone).
    pub fn new(uit: W, moment: OffsetDateTime) -> Zip<W> {
        Zip {
            uit,
            positie: 0,
            centraal: Vec::new(),
            aantal: 0,
            dos: dos_tijd(moment),
        }
    }

    /// The bytes written so far.
    pub fn grootte(&self) -> u64 {
        self.positie + self.centraal.len() as u64 + 22
    }

    /// Adds a file: deflated when `inpakken`, else stored as it is.
    pub fn voeg_toe(&mut self, naam: &str, inhoud: &[u8], inpakken: bool) -> io::Result<()> {
        let te_groot = || io::Error::other("a ZIP entry over 4 GiB, or more than 65535 entries");
        let crc = crc32fast::hash(inhoud);
        let (methode, data): (u16, std::borrow::Cow<'_, [u8]>) = if inpakken {
            let mut enc = DeflateEncoder::new(Vec::new(), Compression::default());
            enc.write_all(inhoud)?;
            (8, enc.finish()?.into())
        } else {
            (0, inhoud.into())
        };
        let gepakt = u32::try_from(data.len()).map_err(|_| te_groot())?;
        let echt = u32::try_from(inhoud.len()).map_err(|_| te_groot())?;
        let offset = u32::try_from(self.positie).map_err(|_| te_groot())?;
        let naam = naam.as_bytes();
        let naam_lengte = u16::try_from(naam.len()).map_err(|_| te_groot())?;
        self.aantal = self.aantal.checked_add(1).ok_or_else(te_groot)?;
        // Bit 11: the name is UTF-8.
        let vlaggen: u16 = 0x0800;
        let mut kop = Vec::with_capacity(30 + naam.len());
        kop.extend(0x0403_4b50u32.to_le_bytes());
        kop.extend(20u16.to_le_bytes());
        kop.extend(vlaggen.to_le_bytes());
        kop.extend(methode.to_le_bytes());
        kop.extend(self.dos.0.to_le_bytes());
        kop.extend(self.dos.1.to_le_bytes());
        kop.extend(crc.to_le_bytes());
        kop.extend(gepakt.to_le_bytes());
        kop.extend(echt.to_le_bytes());
        kop.extend(naam_lengte.to_le_bytes());
        kop.extend(0u16.to_le_bytes());
        kop.extend(naam);
        self.uit.write_all(&kop)?;
        self.uit.write_all(&data)?;
        self.positie += (kop.len() + data.len()) as u64;

        let c = &mut self.centraal;
        c.extend(0x0201_4b50u32.to_le_bytes());
        c.extend(20u16.to_le_bytes());
        c.extend(20u16.to_le_bytes());
        c.extend(vlaggen.to_le_bytes());
        c.extend(methode.to_le_bytes());
        c.extend(self.dos.0.to_le_bytes());
        c.extend(self.dos.1.to_le_bytes());
        c.extend(crc.to_le_bytes());
        c.extend(gepakt.to_le_bytes());
        c.extend(echt.to_le_bytes());
        c.extend(naam_lengte.to_le_bytes());
        // Extra field, comment, disk number, internal and external attributes.
        c.extend([0u8; 2 + 2 + 2 + 2 + 4]);
        c.extend(offset.to_le_bytes());
        c.extend(naam);
        Ok(())
    }

    /// Writes the central directory and its end record; returns the writer.
    pub fn sluit(mut self) -> io::Result<W> {
        let te_groot = || io::Error::other("a ZIP archive over 4 GiB");
        let offset = u32::try_from(self.positie).map_err(|_| te_groot())?;
        let lengte = u32::try_from(self.centraal.len()).map_err(|_| te_groot())?;
        self.uit.write_all(&self.centraal)?;
        let mut eind = Vec::with_capacity(22);
        eind.extend(0x0605_4b50u32.to_le_bytes());
        eind.extend([0u8; 4]);
        eind.extend(self.aantal.to_le_bytes());
        eind.extend(self.aantal.to_le_bytes());
        eind.extend(lengte.to_le_bytes());
        eind.extend(offset.to_le_bytes());
        eind.extend(0u16.to_le_bytes());
        self.uit.write_all(&eind)?;
        self.uit.flush()?;
        Ok(self.uit)
    }
}

fn u16_op(b: &[u8], i: usize) -> Result<u16, String> {
    b.get(i..i + 2)
        .and_then(|s| s.try_into().ok())
        .map(u16::from_le_bytes)
        .ok_or_else(|| "the archive ends too soon".to_owned())
}

fn u32_op(b: &[u8], i: usize) -> Result<u32, String> {
    b.get(i..i + 4)
        .and_then(|s| s.try_into().ok())
        .map(u32::from_le_bytes)
        .ok_or_else(|| "the archive ends too soon".to_owned())
}

/// Reads a ZIP archive without a comment (as [`Zip`] writes it): every file's name and bytes, in order, each
/// checked against its CRC-32.
pub fn lees(b: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let eind = b.len().checked_sub(22).ok_or("not a ZIP archive")?;
    if u32_op(b, eind)? != 0x0605_4b50 {
        return Err("no end of central directory".into());
    }
    let aantal = usize::from(u16_op(b, eind + 10)?);
    let mut i = usize::try_from(u32_op(b, eind + 16)?).map_err(|e| e.to_string())?;
    let mut uit = Vec::with_capacity(aantal);
    for _ in 0..aantal {
        if u32_op(b, i)? != 0x0201_4b50 {
            return Err("a broken central directory".into());
        }
        let methode = u16_op(b, i + 10)?;
        let crc = u32_op(b, i + 16)?;
        let gepakt = u32_op(b, i + 20)? as usize;
        let echt = u32_op(b, i + 24)? as usize;
        let naam_lengte = usize::from(u16_op(b, i + 28)?);
        let extra = usize::from(u16_op(b, i + 30)?);
        let commentaar = usize::from(u16_op(b, i + 32)?);
        let lokaal = u32_op(b, i + 42)? as usize;
        let naam = b
            .get(i + 46..i + 46 + naam_lengte)
            .ok_or("the archive ends too soon")?;
        let naam = String::from_utf8(naam.to_vec()).map_err(|e| e.to_string())?;
        i += 46 + naam_lengte + extra + commentaar;
        if u32_op(b, lokaal)? != 0x0403_4b50 {
            return Err(format!("{naam}: no local header"));
        }
        let begin = lokaal
            + 30
            + usize::from(u16_op(b, lokaal + 26)?)
            + usize::from(u16_op(b, lokaal + 28)?);
        let data = b
            .get(begin..begin + gepakt)
            .ok_or("the archive ends too soon")?;
        let inhoud = match methode {
            0 => data.to_vec(),
            8 => {
                let mut inhoud = Vec::with_capacity(echt);
                DeflateDecoder::new(data)
                    .read_to_end(&mut inhoud)
                    .map_err(|e| format!("{naam}: {e}"))?;
                inhoud
            }
            m => return Err(format!("{naam}: method {m}")),
        };
        if inhoud.len() != echt || crc32fast::hash(&inhoud) != crc {
            return Err(format!("{naam}: damaged"));
        }
        uit.push((naam, inhoud));
    }
    Ok(uit)
}

/// An archive on an anonymous temporary file, which is gone when it is dropped: the archive is never whole in
/// memory, only the document being added.
pub struct Bestand {
    zip: Zip<io::BufWriter<std::fs::File>>,
}

impl Bestand {
    /// Opens a temporary file off the async runtime.
    pub async fn nieuw(moment: OffsetDateTime) -> io::Result<Bestand> {
        let file = tokio::task::spawn_blocking(tempfile::tempfile)
            .await
            .map_err(io::Error::other)??;
        Ok(Bestand {
            zip: Zip::new(io::BufWriter::new(file), moment),
        })
    }

    pub fn grootte(&self) -> u64 {
        self.zip.grootte()
    }

    /// Adds a file off the async runtime (deflating is work for the CPU, writing for the disk).
    pub async fn voeg_toe(
        self,
        naam: String,
        inhoud: Vec<u8>,
        inpakken: bool,
    ) -> io::Result<Bestand> {
        tokio::task::spawn_blocking(move || {
            let mut b = self;
            b.zip.voeg_toe(&naam, &inhoud, inpakken)?;
            Ok(b)
        })
        .await
        .map_err(io::Error::other)?
    }

    /// Finishes the archive; returns the file, positioned at its start, and its size.
    pub async fn sluit(self) -> io::Result<(tokio::fs::File, u64)> {
        tokio::task::spawn_blocking(move || {
            let mut file = self.zip.sluit()?.into_inner().map_err(|e| e.into_error())?;
            let grootte = file.stream_position()?;
            file.rewind()?;
            Ok((tokio::fs::File::from_std(file), grootte))
        })
        .await
        .map_err(io::Error::other)?
    }
}

/// A response body that reads a file in parts, so that a large archive is sent without being held in memory.
pub struct Lezer {
    file: tokio::fs::File,
    buffer: Box<[u8]>,
}

impl Lezer {
    pub fn new(file: tokio::fs::File) -> Lezer {
        Lezer {
            file,
            buffer: vec![0; 64 * 1024].into_boxed_slice(),
        }
    }
}

impl hyper::body::Body for Lezer {
    type Data = hyper::body::Bytes;
    type Error = io::Error;

    fn poll_frame(
        self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        use std::task::Poll;
        let this = self.get_mut();
        let mut buf = tokio::io::ReadBuf::new(&mut this.buffer);
        match tokio::io::AsyncRead::poll_read(std::pin::Pin::new(&mut this.file), cx, &mut buf) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Err(e)) => Poll::Ready(Some(Err(e))),
            Poll::Ready(Ok(())) if buf.filled().is_empty() => Poll::Ready(None),
            Poll::Ready(Ok(())) => Poll::Ready(Some(Ok(hyper::body::Frame::data(
                hyper::body::Bytes::copy_from_slice(buf.filled()),
            )))),
        }
    }
}

/// The files of the archive with what each holds (a message of LEESMIJ.txt), in the order they are listed.
const DELEN: [(&str, &str); 13] = [
    ("account.json", msg::MIJN_GEGEVENS_LEESMIJ_ACCOUNT),
    ("meldingen.json", msg::MIJN_GEGEVENS_LEESMIJ_MELDINGEN),
    (
        "persoonlijke-plannen.json",
        msg::MIJN_GEGEVENS_LEESMIJ_PLANNEN,
    ),
    (
        "clientondersteuning.json",
        msg::MIJN_GEGEVENS_LEESMIJ_CLIENTONDERSTEUNING,
    ),
    ("zaken.json", msg::MIJN_GEGEVENS_LEESMIJ_ZAKEN),
    (
        "blijverslening.json",
        msg::MIJN_GEGEVENS_LEESMIJ_BLIJVERSLENING,
    ),
    ("kindpakket.json", msg::MIJN_GEGEVENS_LEESMIJ_KINDPAKKET),
    ("uitdaagrecht.json", msg::MIJN_GEGEVENS_LEESMIJ_UITDAAGRECHT),
    ("machtigingen.json", msg::MIJN_GEGEVENS_LEESMIJ_MACHTIGINGEN),
    ("toegangslog.json", msg::MIJN_GEGEVENS_LEESMIJ_TOEGANGSLOG),
    ("documenten.json", msg::MIJN_GEGEVENS_LEESMIJ_DOCUMENTEN),
    ("mails.json", msg::MIJN_GEGEVENS_LEESMIJ_MAILS),
    ("gegevenslog.json", msg::MIJN_GEGEVENS_LEESMIJ_LOG),
];

fn rijen(lijst: &[Rij]) -> Value {
    Value::Array(lijst.iter().cloned().map(Value::Object).collect())
}

/// The JSON of each part, in the order of [`DELEN`]; `documenten` and `bewijzen` as annotated with where each
/// file is in the archive.
fn json_delen(g: &Gegevens, documenten: &[Rij], bewijzen: &[Rij]) -> Vec<Value> {
    vec![
        Value::Object(g.account.clone()),
        rijen(&g.meldingen),
        rijen(&g.plannen),
        rijen(&g.clientondersteuning),
        rijen(&g.zaken),
        rijen(&g.blijverslening),
        rijen(&g.kindpakket),
        json!({ "initiatieven": rijen(&g.initiatieven), "steun": rijen(&g.steun) }),
        json!({
            "gegeven": rijen(&g.gegeven),
            "gekregen": rijen(&g.gekregen),
            "bewijzen": rijen(bewijzen),
        }),
        rijen(&g.toegangslog),
        rijen(documenten),
        rijen(&g.mails),
        rijen(&g.log),
    ]
}

/// LEESMIJ.txt: what the archive is, of which municipality and when, and what each file holds; in Dutch,
/// then in English.
fn leesmij(app: &AppState, moment: OffsetDateTime, weggelaten: usize) -> String {
    let mut uit = String::new();
    for lang in [Lang::Nl, Lang::En] {
        let tr = Tr::new(app.i18n.clone(), lang);
        let titel = tr.ta(
            msg::MIJN_GEGEVENS_LEESMIJ_TITEL,
            &[("gemeente", app.gemeente.naam.as_str().into())],
        );
        uit.push_str(&titel);
        uit.push('\n');
        uit.push_str(&"=".repeat(titel.chars().count()));
        uit.push_str("\n\n");
        let gemaakt = tr.ta(
            msg::MIJN_GEGEVENS_LEESMIJ_GEMAAKT,
            &[("moment", crate::i18n::tijdstip(moment, lang).into())],
        );
        for regel in [
            gemaakt,
            tr.t(msg::MIJN_GEGEVENS_LEESMIJ_UITLEG),
            tr.t(msg::MIJN_GEGEVENS_LEESMIJ_JSON),
            tr.t(msg::MIJN_GEGEVENS_LEESMIJ_BSN),
        ] {
            uit.push_str(&regel);
            uit.push('\n');
        }
        uit.push('\n');
        for (bestand, wat) in DELEN {
            uit.push_str(&format!("- {bestand}: {}\n", tr.t(wat)));
        }
        uit.push_str(&format!(
            "- documenten/: {}\n\n",
            tr.t(msg::MIJN_GEGEVENS_LEESMIJ_MAP)
        ));
        if weggelaten > 0 {
            uit.push_str(&tr.ta(
                msg::MIJN_GEGEVENS_LEESMIJ_TE_GROOT,
                &[("aantal", weggelaten.into())],
            ));
            uit.push('\n');
        }
        uit.push_str(&tr.t(msg::MIJN_GEGEVENS_LEESMIJ_VRAGEN));
        uit.push_str("\n\n");
    }
    uit.replace('\n', "\r\n")
}

/// The archive as made: its file (at its start), its size, and how many documents did not fit.
pub struct Gemaakt {
    pub file: tokio::fs::File,
    pub grootte: u64,
    pub weggelaten: usize,
}

/// Makes the archive of `g`, the data of person `wie`, at `moment`: every document of theirs that is clean
/// and fits within [`MAX_BYTES`] (each read on its own, so at most one is in memory), and every part.
pub async fn maak(
    app: &AppState,
    wie: &PersoonId,
    g: &Gegevens,
    moment: OffsetDateTime,
) -> AppResult<Gemaakt> {
    let io = |e: io::Error| AppError::Internal(format!("archive: {e}"));
    let pool = &app.db.pool;
    let mut zip = Bestand::nieuw(crate::clock::amsterdam(moment))
        .await
        .map_err(io)?;
    // Room kept for the parts and LEESMIJ.txt: their text, before it is deflated.
    let ruimte: u64 = json_delen(g, &g.documenten, &g.bewijzen)
        .iter()
        .map(|d| serde_json::to_vec_pretty(d).map_or(0, |v| v.len() as u64 + 200))
        .sum::<u64>()
        + 16 * 1024;
    let mut weggelaten = 0;
    let mut nummer = 0;
    let mut documenten = g.documenten.clone();
    for d in &mut documenten {
        let tekst = |k: &str| {
            d.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let (id, zaak_id, controle) = (tekst("id"), tekst("zaak_id"), tekst("controle"));
        d.insert("bestand".into(), Value::Null);
        if controle != "vrij" {
            continue;
        }
        let gelezen = match document::lees(pool, &zaak_id, &id).await {
            Ok(Some(gelezen)) => gelezen,
            // Found infected or waiting since the list was read: it stays out, as it would on its page.
            Ok(None) | Err(AppError::WordtGecontroleerd) => continue,
            Err(e) => return Err(e),
        };
        let (info, inhoud) = gelezen;
        if zip.grootte() + inhoud.len() as u64 + 200 + ruimte > MAX_BYTES {
            weggelaten += 1;
            d.insert("niet_in_archief".into(), Value::from("te_groot"));
            continue;
        }
        nummer += 1;
        let pad = format!(
            "documenten/{nummer:03}-{}",
            document::download_naam(&info.naam, info.type_)
        );
        d.insert("bestand".into(), Value::from(pad.clone()));
        zip = zip.voeg_toe(pad, inhoud, false).await.map_err(io)?;
    }
    let mut bewijzen = g.bewijzen.clone();
    for b in &mut bewijzen {
        let tekst = |k: &str| {
            b.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let (id, naam, soort) = (tekst("machtiging_id"), tekst("naam"), tekst("type"));
        b.insert("bestand".into(), Value::Null);
        let Some(inhoud) = super::repo::bewijs(pool, &id, wie).await? else {
            continue;
        };
        if zip.grootte() + inhoud.len() as u64 + 200 + ruimte > MAX_BYTES {
            weggelaten += 1;
            b.insert("niet_in_archief".into(), Value::from("te_groot"));
            continue;
        }
        nummer += 1;
        let naam = match BestandType::from_mime(&soort) {
            Some(t) => document::download_naam(&naam, t),
            None => "bewijs".to_owned(),
        };
        let pad = format!("documenten/{nummer:03}-machtiging-{naam}");
        b.insert("bestand".into(), Value::from(pad.clone()));
        zip = zip.voeg_toe(pad, inhoud, false).await.map_err(io)?;
    }
    for ((bestand, _), deel) in DELEN.iter().zip(json_delen(g, &documenten, &bewijzen)) {
        let mut tekst = serde_json::to_vec_pretty(&deel)
            .map_err(|e| AppError::Internal(format!("archive: {e}")))?;
        tekst.push(b'\n');
        zip = zip
            .voeg_toe((*bestand).to_owned(), tekst, true)
            .await
            .map_err(io)?;
    }
    let tekst = leesmij(app, moment, weggelaten).into_bytes();
    zip = zip
        .voeg_toe("LEESMIJ.txt".to_owned(), tekst, true)
        .await
        .map_err(io)?;
    let (file, grootte) = zip.sluit().await.map_err(io)?;
    Ok(Gemaakt {
        file,
        grootte,
        weggelaten,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn an_archive_reads_back_as_written() {
        let mut zip = Zip::new(Vec::new(), datetime!(2026-11-23 10:15:30 UTC));
        let tekst = "{\"naam\": \"Gerda\"}\n".repeat(200);
        let pdf = b"%PDF-1.4 niet in te pakken".to_vec();
        zip.voeg_toe("account.json", tekst.as_bytes(), true)
            .unwrap();
        zip.voeg_toe("documenten/001-mijn-plan.pdf", &pdf, false)
            .unwrap();
        zip.voeg_toe("leeg.json", b"", true).unwrap();
        let geschat = zip.grootte();
        let bytes = zip.sluit().unwrap();
        assert_eq!(geschat, bytes.len() as u64);
        assert!(
            bytes.len() < tekst.len(),
            "the text is deflated: {}",
            bytes.len()
        );
        let gelezen = lees(&bytes).unwrap();
        assert_eq!(
            gelezen,
            vec![
                ("account.json".to_owned(), tekst.into_bytes()),
                ("documenten/001-mijn-plan.pdf".to_owned(), pdf),
                ("leeg.json".to_owned(), Vec::new()),
            ]
        );
    }

    #[test]
    fn a_damaged_archive_is_refused() {
        let mut zip = Zip::new(Vec::new(), datetime!(2026-11-23 10:15:30 UTC));
        zip.voeg_toe("a.txt", b"hallo hallo hallo", false).unwrap();
        let mut bytes = zip.sluit().unwrap();
        assert!(lees(&bytes).is_ok());
        // A byte of the file's content changed: its CRC no longer matches.
        let i = bytes.iter().position(|&b| b == b'h').unwrap();
        bytes[i] = b'H';
        assert!(lees(&bytes).unwrap_err().contains("damaged"));
        assert!(lees(b"no zip").is_err());
    }

    #[test]
    fn entries_carry_the_moment_in_ms_dos_form() {
        // 23 November 2026, 10:15:30: year 46 since 1980, month 11, day 23; 10 h, 15 min, 15 two-seconds.
        assert_eq!(
            dos_tijd(datetime!(2026-11-23 10:15:30 UTC)),
            ((10 << 11) | (15 << 5) | 15, (46 << 9) | (11 << 5) | 23)
        );
    }
}
