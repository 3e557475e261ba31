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

const SELECT_ORDERS: &str = "SELECT order_id FROM orders \
     WHERE customer_code = :1 AND order_date < TO_DATE(:2, 'YYYY-MM-DD')";
const ARCHIVE_ORDER: &str =
    "UPDATE orders SET status = 'ARCHIVED', note = :1 WHERE order_id = :2";

/// Worker registered with `WorkerBuilder::new("archive-orders").backend(storage).build_fn(archive_orders)`.
pub async fn archive_orders(job: ArchiveOrders, erp: Data<Erp>) -> Result<u64, JobError> {
    let conn = erp.conn.lock().map_err(|_| JobError::Poisoned)?;
    let rows = conn.query(SELECT_ORDERS, &[&job.customer_code, &job.before])?;
    let mut moved = 0;
    for row in rows {
        let id: i64 = row?.get(0)?;
        let note = format!("archived: {}", job.reason);
        conn.execute(ARCHIVE_ORDER, &[&note, &id])?;
        moved += 1;
    }
    conn.commit()?;
    Ok(moved)
}
