use apalis::prelude::*;
use oracle::Connection;
use serde::{Deserialize, Serialize};
use std::sync::{Arc, Mutex};

#[derive(Debug, Serialize, Deserialize)]
pub struct ArchiveOrders {
    pub customer_code: String,
    pub before: String,
    pub reason: String,
}

#[derive(Clone)]
pub struct Erp {
    conn: Arc<Mutex<Connection>>,
}

#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error("oracle: {0}")]
    Oracle(#[from] oracle::Error),
    #[error("connection lock poisoned")]
    Poisoned,
}

impl Erp {
    fn where_clause(job: &ArchiveOrders) -> String {
        format!(
            "customer_code = '{}' AND order_date < TO_DATE('{}', 'YYYY-MM-DD')",
            job.customer_code, job.before
        )
    }
}

/// Worker registered with `WorkerBuilder::new("archive-orders").backend(storage).build_fn(archive_orders)`.
pub async fn archive_orders(job: ArchiveOrders, erp: Data<Erp>) -> Result<u64, JobError> {
    let conn = erp.conn.lock().map_err(|_| JobError::Poisoned)?;
    let filter = Erp::where_clause(&job);
    let rows = conn.query(&format!("SELECT order_id FROM orders WHERE {filter}"), &[])?; // expect: sql-injection
    let mut moved = 0;
    for row in rows {
        let id: i64 = row?.get(0)?;
        let note = "'archived: ".to_string() + &job.reason + "'";
        conn.execute( // expect: sql-injection
            &format!("UPDATE orders SET status = 'ARCHIVED', note = {note} WHERE order_id = {id}"),
            &[],
        )?;
        moved += 1;
    }
    conn.commit()?;
    Ok(moved)
}
