// A database transaction guard that rolls back when it is not committed.
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
        if conn.in_tx.get() {
            panic!("nested transactions are not supported");
        }
        conn.in_tx.set(true);
        Transaction { conn, finished: false }
    }

    pub fn commit(mut self) {
        self.conn.in_tx.set(false);
        self.finished = true;
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if !self.finished {
            if !std::thread::panicking() {
                eprintln!("warning: transaction dropped without commit; rolling back");
            }
            self.conn.in_tx.set(false);
        }
    }
}
