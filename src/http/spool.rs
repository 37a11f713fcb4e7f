//! Uploaded files on their way in: written to a temporary file as they arrive, so that the memory an upload
//! takes does not grow with its size, nor with the number of uploads in flight.
//!
//! The file is anonymous (it has no name in the temporary folder, `TMPDIR`), so the operating system removes
//! it when it is dropped, also after a crash. Its first bytes are kept apart, to recognise the type. To store
//! it, [`Spool::load`] reads it into memory, but only [`LOADED_AT_ONCE`] uploads at a time in the whole
//! process: the rest wait their turn, so memory stays bounded whatever the number of uploads. At most
//! [`SPOOLED_AT_ONCE`] uploads are received at once; the next waits (its body unread, so its sender waits too),
//! which bounds the temporary files' disk space (at most 32 × 10 MB) and open files.

use std::io::SeekFrom;
use std::ops::Deref;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::fs::File;
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};
use tokio::sync::{Semaphore, SemaphorePermit};

/// At most this many uploads are held in memory at once, while they are being stored.
pub const LOADED_AT_ONCE: usize = 2;

/// At most this many uploads are received into temporary files at once.
pub const SPOOLED_AT_ONCE: usize = 32;

static LOADING: Semaphore = Semaphore::const_new(LOADED_AT_ONCE);
static SPOOLING: Semaphore = Semaphore::const_new(SPOOLED_AT_ONCE);

/// The most uploads held in memory at one moment since the process started (at most [`LOADED_AT_ONCE`]).
static MOST_LOADED: AtomicUsize = AtomicUsize::new(0);

pub fn most_loaded_at_once() -> usize {
    MOST_LOADED.load(Ordering::Relaxed)
}

/// How many of the first bytes are kept in memory, for recognising the type of file.
const HEAD: usize = 16;

/// An upload being received.
#[derive(Debug)]
pub struct Spool {
    file: File,
    len: usize,
    head: Vec<u8>,
    _slot: SemaphorePermit<'static>,
}

impl Spool {
    /// An empty temporary file, once there is room for one more upload.
    pub async fn new() -> std::io::Result<Spool> {
        let slot = SPOOLING.acquire().await.map_err(std::io::Error::other)?;
        let file = tokio::task::spawn_blocking(tempfile::tempfile)
            .await
            .map_err(std::io::Error::other)??;
        Ok(Spool {
            file: File::from_std(file),
            len: 0,
            head: Vec::with_capacity(HEAD),
            _slot: slot,
        })
    }

    /// An empty temporary file if there is room for one more upload now; `None` when there is not.
    pub async fn probeer() -> Option<std::io::Result<Spool>> {
        let slot = SPOOLING.try_acquire().ok()?;
        let file = match tokio::task::spawn_blocking(tempfile::tempfile).await {
            Ok(Ok(file)) => file,
            Ok(Err(e)) => return Some(Err(e)),
            Err(e) => return Some(Err(std::io::Error::other(e))),
        };
        Some(Ok(Spool {
            file: File::from_std(file),
            len: 0,
            head: Vec::with_capacity(HEAD),
            _slot: slot,
        }))
    }

    /// Appends a chunk as it came in.
    pub async fn write(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        let room = HEAD.saturating_sub(self.head.len());
        self.head.extend_from_slice(&chunk[..room.min(chunk.len())]);
        self.file.write_all(chunk).await?;
        self.len += chunk.len();
        Ok(())
    }

    /// How many bytes came in.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The first bytes (up to 16), which tell the type of file.
    pub fn head(&self) -> &[u8] {
        &self.head
    }

    /// The file from its start, to read it through (a virus scan) before it is loaded.
    pub async fn van_begin(&mut self) -> std::io::Result<&mut File> {
        self.file.flush().await?;
        self.file.seek(SeekFrom::Start(0)).await?;
        Ok(&mut self.file)
    }

    /// The whole file in memory, once it is this upload's turn (see the module).
    pub async fn load(mut self) -> std::io::Result<Loaded> {
        let permit = LOADING.acquire().await.map_err(std::io::Error::other)?;
        self.file.flush().await?;
        self.file.seek(SeekFrom::Start(0)).await?;
        let mut bytes = Vec::with_capacity(self.len);
        self.file.read_to_end(&mut bytes).await?;
        let loaded = LOADED_AT_ONCE - LOADING.available_permits();
        MOST_LOADED.fetch_max(loaded, Ordering::Relaxed);
        Ok(Loaded {
            bytes,
            _permit: permit,
        })
    }
}

/// The files of one post in memory together, in one turn (see [`Spool::load`]): one post holds at most the
/// upload route's limit, so memory stays bounded as for one file, and a post never waits for a second turn
/// while it holds the first.
pub async fn load_samen(spools: Vec<Spool>) -> std::io::Result<Samen> {
    let permit = LOADING.acquire().await.map_err(std::io::Error::other)?;
    let mut delen = Vec::with_capacity(spools.len());
    for mut spool in spools {
        spool.file.flush().await?;
        spool.file.seek(SeekFrom::Start(0)).await?;
        let mut bytes = Vec::with_capacity(spool.len);
        spool.file.read_to_end(&mut bytes).await?;
        delen.push(bytes);
    }
    let loaded = LOADED_AT_ONCE - LOADING.available_permits();
    MOST_LOADED.fetch_max(loaded, Ordering::Relaxed);
    Ok(Samen {
        delen,
        _permit: permit,
    })
}

/// The files of one post in memory ([`load_samen`]), in the order asked.
#[derive(Debug)]
pub struct Samen {
    pub delen: Vec<Vec<u8>>,
    _permit: SemaphorePermit<'static>,
}

/// An upload in memory, while it is stored; dropping it lets the next one load.
#[derive(Debug)]
pub struct Loaded {
    bytes: Vec<u8>,
    _permit: SemaphorePermit<'static>,
}

impl Deref for Loaded {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_spooled_file_comes_back_whole_with_its_head() {
        let mut spool = Spool::new().await.unwrap_or_else(|e| panic!("{e}"));
        spool
            .write(b"%PDF-1.7\n")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        spool
            .write(&[7u8; 100_000])
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(spool.len(), 100_009);
        assert_eq!(&spool.head()[..5], b"%PDF-");
        assert_eq!(spool.head().len(), 16);
        let loaded = spool.load().await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(loaded.len(), 100_009);
        assert!(loaded.starts_with(b"%PDF-1.7\n\x07"));
    }
}
