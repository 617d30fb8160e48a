//! A file's content hash, beside its key (`key.rs`): xxh3-64 of its bytes, written in hex, and a
//! reader that hashes a file as it streams by, so a file parsed as it is read is read once.
use std::io::Read;

use xxhash_rust::xxh3::Xxh3;

/// The content hash stored in the manifest.
pub fn content_hash(bytes: &[u8]) -> String {
    hash_hex(xxhash_rust::xxh3::xxh3_64(bytes))
}

/// An xxh3-64 hash as the manifest writes it (also for a file hashed as it streams by).
pub fn hash_hex(hash: u64) -> String {
    format!("{hash:016x}")
}

/// A reader that hashes what passes through it.
pub struct Hashing<R> {
    inner: R,
    hasher: Xxh3,
}

impl<R> Hashing<R> {
    pub fn new(inner: R) -> Hashing<R> {
        Hashing {
            inner,
            hasher: Xxh3::new(),
        }
    }

    /// The content hash of what was read so far, as `content_hash` writes it.
    pub fn hash(&self) -> String {
        hash_hex(self.hasher.digest())
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(buf.get(..n).unwrap_or_default());
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_hashed_as_it_streams_by_has_the_hash_of_its_bytes() {
        let bytes = b"The harbour reopened.\n".repeat(1000);
        let mut reader = Hashing::new(bytes.as_slice());
        std::io::copy(&mut reader, &mut std::io::sink()).unwrap();
        assert_eq!(reader.hash(), content_hash(&bytes));
    }
}
