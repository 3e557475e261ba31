//! Transaction guard that rolls back when dropped; misuse is reported, not panicked on.
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
    pub fn put(&mut self, key: &str, value: &[u8]) {
        if self.finished {
            panic!("put after commit");
        }
        self.writes.push((key.to_owned(), value.to_vec()));
    }

    pub fn commit(mut self) {
        for (k, v) in self.writes.drain(..) {
            self.store.data.insert(k, v);
        }
        self.finished = true;
    }
}

impl Drop for Txn<'_> {
    fn drop(&mut self) {
        if !self.finished && !std::thread::panicking() {
            log::warn!("transaction dropped without commit; rolled back {} writes", self.writes.len());
        }
        self.writes.clear();
    }
}
