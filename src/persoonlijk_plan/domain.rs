//! The rules of the persoonlijk plan: its parts, its limits, and how an uploaded file is recognised. Pure.

/// Each of the three answers holds at most this many characters.
pub const MAX_TEKENS: usize = 2000;

/// An uploaded plan holds at most this many bytes (10 MB).
pub const MAX_MB: u32 = 10;
pub const MAX_BYTES: usize = MAX_MB as usize * 1024 * 1024;

/// The upload route accepts a body this much larger than [`MAX_BYTES`], for the multipart framing, so that a
/// file just over the limit reaches the handler and gets the portal's own message beside the field.
pub const UPLOAD_BODY_LIMIT: usize = MAX_BYTES + 256 * 1024;

/// A shown name is cut off after this many characters.
const MAX_NAAM: usize = 100;

/// How the plan was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Soort {
    /// With the three guided questions on the portal.
    Geschreven,
    /// As an uploaded file.
    Bestand,
}

impl Soort {
    pub fn from_code(code: &str) -> Soort {
        match code {
            "bestand" => Soort::Bestand,
            _ => Soort::Geschreven,
        }
    }
}

/// Whether the municipality has the plan yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Concept,
    Ingeleverd,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Concept => "concept",
            Status::Ingeleverd => "ingeleverd",
        }
    }

    pub fn from_code(code: &str) -> Status {
        match code {
            "ingeleverd" => Status::Ingeleverd,
            _ => Status::Concept,
        }
    }
}

/// The three guided questions (Beleidsregels Wmo Het Hogeland 2023, §2.3; Verordening Sociaal Domein
/// Lansingerland 2018, art. 1:1 sub c). Empty answers are empty strings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Teksten {
    /// What the resident wants to reach.
    pub doelen: String,
    /// What they can do themselves and with the people around them.
    pub zelf_en_netwerk: String,
    /// What support they think they need, and why.
    pub ondersteuning: String,
}

/// The kinds of file a plan may be. Recognised from the first bytes, never from the name or the declared type.
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
        "plan".to_owned()
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
    let stam = if stam.is_empty() { "plan" } else { stam };
    format!("{stam}.{}", soort.extensie())
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
        assert_eq!(toonbare_naam("   "), "plan");
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
        assert_eq!(download_naam("ééé", BestandType::Jpeg), "plan.jpg");
    }
}
