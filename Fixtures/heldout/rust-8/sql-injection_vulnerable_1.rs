use duckdb::Connection;
use std::sync::Mutex;
use tonic::{Request, Response, Status};

pub struct TripFilter {
    pub city: String,
    pub min_fare: Option<f64>,
    pub order: String,
}

pub struct TripStats {
    conn: Mutex<Connection>,
}

fn where_clause(f: &TripFilter) -> String {
    let mut parts = vec![format!("pickup_city = '{}'", f.city)];
    if let Some(min) = f.min_fare {
        parts.push(format!("fare >= {}", min));
    }
    parts.join(" AND ")
}

impl TripStats {
    pub async fn summarize(&self, req: Request<TripFilter>) -> Result<Response<Vec<(String, f64)>>, Status> {
        let filter = req.into_inner();
        let sql = format!(
            "SELECT driver_id, avg(fare) FROM trips WHERE {} GROUP BY driver_id ORDER BY {}",
            where_clause(&filter),
            filter.order
        );
        let conn = self.conn.lock().map_err(|_| Status::internal("connection poisoned"))?;
        let mut stmt = conn.prepare(&sql).map_err(|e| Status::internal(e.to_string()))?; // expect: sql-injection
        let rows = stmt
            .query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, f64>(1)?)))
            .map_err(|e| Status::internal(e.to_string()))?;
        let mut out = Vec::new();
        for row in rows {
            out.push(row.map_err(|e| Status::internal(e.to_string()))?);
        }
        Ok(Response::new(out))
    }

    pub async fn purge_city(&self, req: Request<String>) -> Result<Response<()>, Status> {
        let city = req.into_inner();
        let conn = self.conn.lock().map_err(|_| Status::internal("connection poisoned"))?;
        conn.execute_batch(&("DELETE FROM trips WHERE pickup_city = '".to_owned() + &city + "';")) // expect: sql-injection
            .map_err(|e| Status::internal(e.to_string()))?;
        Ok(Response::new(()))
    }
}
