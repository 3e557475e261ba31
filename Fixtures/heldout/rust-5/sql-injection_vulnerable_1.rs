//! Stock endpoints of the warehouse service (ntex + mysql_async).

use mysql_async::prelude::*;
use mysql_async::Pool;
use ntex::web::{self, HttpResponse};
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
pub struct StockQuery {
    pub sku_prefix: Option<String>,
    pub location: Option<String>,
    pub sort: Option<String>,
}

#[derive(Serialize)]
pub struct StockRow {
    sku: String,
    location: String,
    qty: i64,
}

#[derive(Deserialize)]
pub struct Adjust {
    pub sku: String,
    pub delta: i64,
    pub reason: String,
}

fn stock_sql(q: &StockQuery) -> String {
    let mut sql = String::from("SELECT sku, location, qty FROM stock WHERE 1=1");
    if let Some(p) = &q.sku_prefix {
        sql.push_str(&format!(" AND sku LIKE '{}%'", p));
    }
    if let Some(loc) = &q.location {
        sql += &format!(" AND location = '{loc}'");
    }
    if let Some(sort) = &q.sort {
        sql.push_str(" ORDER BY ");
        sql.push_str(sort);
    }
    sql
}

#[web::get("/stock")]
pub async fn list_stock(
    pool: web::types::State<Pool>,
    q: web::types::Query<StockQuery>,
) -> Result<HttpResponse, web::Error> {
    let mut conn = pool.get_conn().await.map_err(web::error::ErrorInternalServerError)?;
    let sql = stock_sql(&q);
    let rows: Vec<StockRow> = conn
        .query_map(sql, |(sku, location, qty)| StockRow { sku, location, qty }) // expect: sql-injection
        .await
        .map_err(web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(&rows))
}

#[web::post("/stock/adjust")]
pub async fn adjust(
    pool: web::types::State<Pool>,
    body: web::types::Json<Adjust>,
) -> Result<HttpResponse, web::Error> {
    let mut conn = pool.get_conn().await.map_err(web::error::ErrorInternalServerError)?;
    conn.query_drop(format!( // expect: sql-injection
        "INSERT INTO stock_log (sku, delta, reason) VALUES ('{}', {}, '{}')",
        body.sku, body.delta, body.reason
    ))
    .await
    .map_err(web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::NoContent().finish())
}
