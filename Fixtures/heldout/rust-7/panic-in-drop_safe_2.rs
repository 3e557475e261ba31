//! A write transaction over the LMDB-backed tile cache.
use heed::{Database, Env, RwTxn};
use heed::types::{Bytes, Str};

pub struct TileBatch<'env> {
    txn: Option<RwTxn<'env>>,
    db: Database<Str, Bytes>,
    pending: usize,
}

impl<'env> TileBatch<'env> {
    pub fn begin(env: &'env Env, db: Database<Str, Bytes>) -> heed::Result<Self> {
        Ok(TileBatch { txn: Some(env.write_txn()?), db, pending: 0 })
    }

    pub fn put(&mut self, key: &str, tile: &[u8]) -> heed::Result<()> {
        assert!(!key.is_empty(), "tile keys are never empty");
        if let Some(txn) = self.txn.as_mut() {
            self.db.put(txn, key, tile)?;
            self.pending += 1;
        }
        Ok(())
    }

    pub fn commit(mut self) -> heed::Result<()> {
        match self.txn.take() {
            Some(txn) => {
                self.pending = 0;
                txn.commit()
            }
            None => Ok(()),
        }
    }
}

impl Drop for TileBatch<'_> {
    fn drop(&mut self) {
        if let Some(txn) = self.txn.take() {
            // Dropping an RwTxn aborts it; the cache simply misses these tiles.
            log::warn!("tile batch dropped without commit, {} tiles discarded", self.pending);
            txn.abort();
        }
    }
}
