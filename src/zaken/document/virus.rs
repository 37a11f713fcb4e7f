//! Virus scanning of every upload by clamd, ClamAV's daemon, with its `INSTREAM` command: the file goes to
//! clamd in frames (a 4-byte big-endian length, then the bytes), a frame of length 0 ends it, and clamd answers
//! `stream: OK` or `stream: <signature> FOUND`. The upload is scanned as it lies in its temporary file, before
//! any transaction begins, so that the database never waits for clamd.
//!
//! Configured by `LOKET_CLAMD_URL` (`tcp://host:port` or `unix:/path/to/clamd.ctl`). When clamd cannot be
//! reached or does not answer within [`LIMIET`], the file is not refused: the resident is not blocked, and the
//! log says that a file went in unscanned.

use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use crate::config::Clamd;

/// The most a scan may take, from connecting to the answer. A 10 MB file takes a fraction of this.
pub const LIMIET: Duration = Duration::from_secs(20);

/// Bytes per frame sent to clamd.
const FRAME: usize = 64 * 1024;

/// What clamd said of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Uitslag {
    Schoon,
    /// The name of the signature that matched.
    Besmet(String),
    /// clamd could not be asked (not configured, unreachable, too slow, or an error of its own).
    NietGescand(String),
}

/// Scans uploads with the configured clamd, if any.
#[derive(Clone, Debug)]
pub struct Scanner {
    clamd: Clamd,
}

impl Scanner {
    pub fn new(clamd: Clamd) -> Scanner {
        Scanner { clamd }
    }

    /// Whether uploads are scanned at all.
    pub fn aan(&self) -> bool {
        matches!(self.clamd, Clamd::Tcp(_) | Clamd::Unix(_))
    }

    /// Scans what `bestand` holds from where it stands to its end.
    pub async fn scan<R: AsyncRead + Unpin>(&self, bestand: &mut R) -> Uitslag {
        let gevraagd = async {
            match &self.clamd {
                Clamd::Tcp(adres) => {
                    let mut s = tokio::net::TcpStream::connect(adres.as_str()).await?;
                    instream(&mut s, bestand).await
                }
                #[cfg(unix)]
                Clamd::Unix(pad) => {
                    let mut s = tokio::net::UnixStream::connect(pad).await?;
                    instream(&mut s, bestand).await
                }
                #[cfg(not(unix))]
                Clamd::Unix(_) => Err(std::io::Error::other("unix sockets are not available here")),
                Clamd::Uit | Clamd::Geen => Err(std::io::Error::other("no clamd configured")),
            }
        };
        let uitslag = match tokio::time::timeout(LIMIET, gevraagd).await {
            Ok(Ok(antwoord)) => lees_antwoord(&antwoord),
            Ok(Err(e)) => Uitslag::NietGescand(e.to_string()),
            Err(_) => Uitslag::NietGescand(format!("no answer within {LIMIET:?}")),
        };
        match &uitslag {
            Uitslag::Besmet(virus) => {
                tracing::warn!(virus, "an upload with a virus was refused");
            }
            Uitslag::NietGescand(reden) if self.aan() => {
                tracing::error!(
                    reden,
                    "an upload went in without a virus scan: clamd did not answer"
                );
            }
            _ => {}
        }
        uitslag
    }
}

/// Where a virus was found: as the file came in (and was refused), or by a later scan of a stored file (whose
/// bytes were then deleted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bron {
    Upload,
    Later,
}

impl Bron {
    pub fn code(self) -> &'static str {
        match self {
            Bron::Upload => "upload",
            Bron::Later => "later",
        }
    }

    pub fn from_code(code: &str) -> Option<Bron> {
        [Bron::Upload, Bron::Later]
            .into_iter()
            .find(|b| b.code() == code)
    }
}

/// A virus found, as the beheerder reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vondst {
    pub op: time::OffsetDateTime,
    pub zaak_id: Option<String>,
    pub naam: String,
    pub virus: String,
    pub bron: Bron,
}

/// Records a virus found, for the beheerder ([`vondsten`]), on the caller's connection (inside its write
/// transaction, or holding the write turn).
pub async fn meld(conn: &mut sqlx::AnyConnection, vondst: &Vondst) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO virusvondsten (id, op, zaak_id, naam, virus, bron) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(crate::token::new_id())
    .bind(crate::db::ts(vondst.op))
    .bind(vondst.zaak_id.as_deref())
    .bind(&vondst.naam)
    .bind(&vondst.virus)
    .bind(vondst.bron.code())
    .execute(conn)
    .await
    .map(|_| ())
}

/// The viruses found, newest first, at most `max`.
pub async fn vondsten(pool: &sqlx::AnyPool, max: i64) -> Result<Vec<Vondst>, sqlx::Error> {
    use sqlx::Row;
    sqlx::query(
        "SELECT op, zaak_id, naam, virus, bron FROM virusvondsten ORDER BY op DESC, id LIMIT $1",
    )
    .bind(max)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|row| {
        let bron: String = row.try_get("bron")?;
        Ok(Vondst {
            op: crate::db::moment(row, "op")?,
            zaak_id: row.try_get("zaak_id")?,
            naam: row.try_get("naam")?,
            virus: row.try_get("virus")?,
            bron: Bron::from_code(&bron).ok_or_else(|| crate::db::unreadable("bron", &bron))?,
        })
    })
    .collect()
}

/// Sends the file with `INSTREAM` and reads clamd's answer (up to its terminating NUL).
async fn instream<S, R>(s: &mut S, bestand: &mut R) -> std::io::Result<String>
where
    S: AsyncRead + AsyncWrite + Unpin,
    R: AsyncRead + Unpin,
{
    s.write_all(b"zINSTREAM\0").await?;
    let mut buf = vec![0u8; FRAME];
    loop {
        let n = bestand.read(&mut buf).await?;
        if n == 0 {
            break;
        }
        let lengte = u32::try_from(n).map_err(std::io::Error::other)?;
        s.write_all(&lengte.to_be_bytes()).await?;
        s.write_all(&buf[..n]).await?;
    }
    s.write_all(&0u32.to_be_bytes()).await?;
    s.flush().await?;
    let mut antwoord = Vec::new();
    let mut stuk = [0u8; 512];
    loop {
        let n = s.read(&mut stuk).await?;
        if n == 0 {
            break;
        }
        antwoord.extend_from_slice(&stuk[..n]);
        if antwoord.contains(&0) || antwoord.len() > 4096 {
            break;
        }
    }
    Ok(String::from_utf8_lossy(&antwoord)
        .trim_end_matches('\0')
        .trim()
        .to_owned())
}

/// clamd's answer: `stream: OK`, `stream: <name> FOUND`, or an error such as `INSTREAM size limit exceeded.
/// ERROR`.
fn lees_antwoord(antwoord: &str) -> Uitslag {
    let rest = antwoord.strip_prefix("stream:").unwrap_or(antwoord).trim();
    if rest == "OK" {
        Uitslag::Schoon
    } else if let Some(virus) = rest.strip_suffix(" FOUND") {
        Uitslag::Besmet(virus.trim().to_owned())
    } else {
        Uitslag::NietGescand(format!("clamd answered {antwoord:?}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamds_answers() {
        assert_eq!(lees_antwoord("stream: OK"), Uitslag::Schoon);
        assert_eq!(
            lees_antwoord("stream: Eicar-Test-Signature.UNOFFICIAL FOUND"),
            Uitslag::Besmet("Eicar-Test-Signature.UNOFFICIAL".into())
        );
        assert!(matches!(
            lees_antwoord("INSTREAM size limit exceeded. ERROR"),
            Uitslag::NietGescand(_)
        ));
    }

    #[tokio::test]
    async fn without_clamd_nothing_is_scanned_and_nothing_refused() {
        let scanner = Scanner::new(Clamd::Geen);
        let mut bytes: &[u8] = b"%PDF-1.4";
        assert!(matches!(
            scanner.scan(&mut bytes).await,
            Uitslag::NietGescand(_)
        ));
        // A configured clamd that is not there: not refused either.
        let scanner = Scanner::new(Clamd::Tcp("127.0.0.1:9".into()));
        let mut bytes: &[u8] = b"%PDF-1.4";
        assert!(matches!(
            scanner.scan(&mut bytes).await,
            Uitslag::NietGescand(_)
        ));
    }
}
