use std::sync::{Arc, Mutex};

use duckdb::{params_from_iter, types::Value, Connection};
use viz::{IntoResponse, Request, RequestExt, Response, Result};

#[derive(serde::Deserialize)]
struct TripQuery {
    city: Option<String>,
    min_distance: Option<f64>,
    order: Option<String>,
}

#[derive(serde::Serialize)]
struct Trip {
    id: i64,
    city: String,
    distance_km: f64,
}

fn trip_sql(q: &TripQuery) -> (String, Vec<Value>) {
    let mut sql = String::from("SELECT id, city, distance_km FROM trips WHERE 1 = 1");
    let mut args = Vec::new();
    if let Some(city) = &q.city {
        sql.push_str(" AND city = ?");
        args.push(Value::Text(city.clone()));
    }
    if let Some(min) = q.min_distance {
        sql.push_str(" AND distance_km >= ?");
        args.push(Value::Double(min));
    }
    let order = match q.order.as_deref() {
        Some("city") => "city",
        Some("distance") => "distance_km DESC",
        _ => "id",
    };
    sql.push_str(" ORDER BY ");
    sql.push_str(order);
    (sql, args)
}

pub async fn list_trips(req: Request) -> Result<Response> {
    let db = req.state::<Arc<Mutex<Connection>>>().ok_or_else(|| viz::Error::Normal("no db".into()))?;
    let q = req.query::<TripQuery>()?;
    let (sql, args) = trip_sql(&q);
    let conn = db.lock().map_err(|_| viz::Error::Normal("db poisoned".into()))?;
    let mut stmt = conn.prepare(&sql).map_err(|e| viz::Error::Normal(e.to_string().into()))?;
    let trips = stmt
        .query_map(params_from_iter(args), |row| Ok(Trip { id: row.get(0)?, city: row.get(1)?, distance_km: row.get(2)? }))
        .and_then(|rows| rows.collect::<duckdb::Result<Vec<_>>>())
        .map_err(|e| viz::Error::Normal(e.to_string().into()))?;
    Ok(viz::types::Json(trips).into_response())
}

pub async fn purge_city(req: Request) -> Result<Response> {
    let db = req.state::<Arc<Mutex<Connection>>>().ok_or_else(|| viz::Error::Normal("no db".into()))?;
    let city: String = req.param("city")?;
    let conn = db.lock().map_err(|_| viz::Error::Normal("db poisoned".into()))?;
    conn.execute("DELETE FROM trips WHERE city = ?", [city])
        .map_err(|e| viz::Error::Normal(e.to_string().into()))?;
    Ok(().into_response())
}
