use axum::extract::{Query, State};
use serde::Deserialize;
use sqlx::PgPool;

#[derive(Deserialize)]
pub struct Search {
    name: String,
    order: String,
}

pub async fn search(State(pool): State<PgPool>, Query(q): Query<Search>) -> Result<String, String> {
    let rows = sqlx::query(&format!("SELECT id FROM users WHERE name = '{}'", q.name)) // expect: sql-injection
        .fetch_all(&pool)
        .await
        .map_err(|e| e.to_string())?;
    let sql = format!("SELECT id FROM users ORDER BY {}", q.order);
    let sorted = sqlx::query(&sql).fetch_all(&pool).await.map_err(|e| e.to_string())?; // expect: sql-injection
    Ok(format!("{} {}", rows.len(), sorted.len()))
}
