//! Transaction guard for an embedded key-value store.
use std::collections::HashMap;

pub struct Store {
    data: HashMap<String, Vec<u8>>,
}

pub struct Txn<'a> {
    store: &'a mut Store,
    writes: Vec<(String, Vec<u8>)>,
    finished: bool,
}

impl<'a> Txn<'a> {
    pub fn begin(store: &'a mut Store) -> Self {
        Txn { store, writes: Vec::new(), finished: false }
    }

    pub fn put(&mut self, key: &str, value: &[u8]) {
        self.writes.push((key.to_owned(), value.to_vec()));
    }

    pub fn commit(mut self) {
        for (k, v) in self.writes.drain(..) {
            self.store.data.insert(k, v);
        }
        self.finished = true;
    }

    pub fn rollback(mut self) {
        self.writes.clear();
        self.finished = true;
    }
}

impl Drop for Txn<'_> {
    fn drop(&mut self) {
        if !self.finished {
            panic!("transaction dropped with {} pending writes", self.writes.len()); // expect: panic-in-drop
        }
    }
}
