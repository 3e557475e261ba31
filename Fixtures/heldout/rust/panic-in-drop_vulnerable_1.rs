// A database transaction guard that must be committed or rolled back explicitly.
use std::cell::Cell;

pub struct Connection {
    pub in_tx: Cell<bool>,
}

pub struct Transaction<'c> {
    conn: &'c Connection,
    finished: bool,
}

impl<'c> Transaction<'c> {
    pub fn begin(conn: &'c Connection) -> Self {
        conn.in_tx.set(true);
        Transaction { conn, finished: false }
    }

    pub fn commit(mut self) {
        self.conn.in_tx.set(false);
        self.finished = true;
    }

    pub fn rollback(mut self) {
        self.conn.in_tx.set(false);
        self.finished = true;
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if !self.finished {
            self.conn.in_tx.set(false);
            panic!("transaction dropped without commit or rollback"); // expect: panic-in-drop
        }
    }
}
