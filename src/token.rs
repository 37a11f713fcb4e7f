//! Random tokens and their hashes. Secrets that grant access (session ids, sign-in links) are stored only as
//! SHA-256 hashes, so a copy of the database does not let anyone sign in.

use ring::digest::{SHA256, digest};
use ring::rand::{SecureRandom, SystemRandom};

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    s
}

/// `bytes` random bytes from the operating system, as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    hex(&random_bytes(bytes))
}

/// `n` random bytes from the operating system.
pub fn random_bytes(n: usize) -> Vec<u8> {
    let mut buf = vec![0u8; n];
    // The system's random source does not fail on any platform the portal supports; if it ever does, a
    // panic (one failed request) is better than a predictable token.
    #[allow(clippy::expect_used)]
    SystemRandom::new()
        .fill(&mut buf)
        .expect("system random source");
    buf
}

/// A new unguessable id for a row: 128 bits.
pub fn new_id() -> String {
    random_hex(16)
}

/// Whether `text` has the shape of a secret made by [`new_secret`]: 64 hex digits. A path with anything else
/// is no link of ours (and must not reach a header).
pub fn is_geheim(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// A secret for a link or cookie: 256 bits.
pub fn new_secret() -> String {
    random_hex(32)
}

/// SHA-256 of the text, as hex.
pub fn hash(text: &str) -> String {
    hash_bytes(text.as_bytes())
}

/// SHA-256 of bytes (an uploaded file), as hex.
pub fn hash_bytes(bytes: &[u8]) -> String {
    hex(digest(&SHA256, bytes).as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_unique_and_hashed() {
        let (a, b) = (new_secret(), new_secret());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(
            hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
