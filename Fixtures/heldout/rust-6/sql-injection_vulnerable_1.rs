use std::sync::{Arc, Mutex};

use duckdb::Connection;
use viz::{IntoResponse, Request, RequestExt, Response, Result};

#[derive(serde::Deserialize)]
struct TripQuery {
    city: Option<String>,
    min_distance: Option<String>,
    order: Option<String>,
}

#[derive(serde::Serialize)]
struct Trip {
    id: i64,
    city: String,
    distance_km: f64,
}

fn trip_sql(q: &TripQuery) -> String {
    let mut sql = String::from("SELECT id, city, distance_km FROM trips WHERE 1 = 1");
    if let Some(city) = &q.city {
        sql.push_str(&format!(" AND city = '{}'", city));
    }
    if let Some(min) = &q.min_distance {
        sql.push_str(&format!(" AND distance_km >= {}", min));
    }
    sql.push_str(&format!(" ORDER BY {}", q.order.as_deref().unwrap_or("id")));
    sql
}

pub async fn list_trips(req: Request) -> Result<Response> {
    let db = req.state::<Arc<Mutex<Connection>>>().ok_or_else(|| viz::Error::Normal("no db".into()))?;
    let q = req.query::<TripQuery>()?;
    let conn = db.lock().map_err(|_| viz::Error::Normal("db poisoned".into()))?;
    let mut stmt = conn
        .prepare(&trip_sql(&q)) // expect: sql-injection
        .map_err(|e| viz::Error::Normal(e.to_string().into()))?;
    let trips = stmt
        .query_map([], |row| Ok(Trip { id: row.get(0)?, city: row.get(1)?, distance_km: row.get(2)? }))
        .and_then(|rows| rows.collect::<duckdb::Result<Vec<_>>>())
        .map_err(|e| viz::Error::Normal(e.to_string().into()))?;
    Ok(viz::types::Json(trips).into_response())
}

pub async fn purge_city(req: Request) -> Result<Response> {
    let db = req.state::<Arc<Mutex<Connection>>>().ok_or_else(|| viz::Error::Normal("no db".into()))?;
    let city: String = req.param("city")?;
    let conn = db.lock().map_err(|_| viz::Error::Normal("db poisoned".into()))?;
    conn.execute_batch(&format!("DELETE FROM trips WHERE city = '{city}'")) // expect: sql-injection
        .map_err(|e| viz::Error::Normal(e.to_string().into()))?;
    Ok(().into_response())
}
