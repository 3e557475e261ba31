use duckdb::{params_from_iter, types::Value, Connection};
use std::sync::Mutex;
use tonic::{Request, Response, Status};

pub enum TripOrder {
    Fare,
    Driver,
}

pub struct TripFilter {
    pub city: String,
    pub min_fare: Option<f64>,
    pub order: TripOrder,
}

pub struct TripStats {
    conn: Mutex<Connection>,
}

impl TripStats {
    pub async fn summarize(&self, req: Request<TripFilter>) -> Result<Response<Vec<(String, f64)>>, Status> {
        let filter = req.into_inner();
        let mut clauses = vec!["pickup_city = ?"];
        let mut args: Vec<Value> = vec![Value::Text(filter.city.clone())];
        if let Some(min) = filter.min_fare {
            clauses.push("fare >= ?");
            args.push(Value::Double(min));
        }
        let order = match filter.order {
            TripOrder::Fare => "2 DESC",
            TripOrder::Driver => "driver_id",
        };
        let sql = format!(
            "SELECT driver_id, avg(fare) FROM trips WHERE {} GROUP BY driver_id ORDER BY {}",
            clauses.join(" AND "),
            order
        );
        let conn = self.conn.lock().map_err(|_| Status::internal("connection poisoned"))?;
        let mut stmt = conn.prepare(&sql).map_err(|e| Status::internal(e.to_string()))?;
        let rows = stmt
            .query_map(params_from_iter(args), |row| Ok((row.get::<_, String>(0)?, row.get::<_, f64>(1)?)))
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
        conn.execute("DELETE FROM trips WHERE pickup_city = ?", [city])
            .map_err(|e| Status::internal(e.to_string()))?;
        Ok(Response::new(()))
    }
}
