//! Stock endpoints of the warehouse service (ntex + mysql_async).

use mysql_async::prelude::*;
use mysql_async::{Params, Pool, Value};
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

fn order_column(sort: Option<&str>) -> &'static str {
    match sort {
        Some("qty") => "qty DESC",
        Some("location") => "location, sku",
        _ => "sku",
    }
}

fn stock_sql(q: &StockQuery) -> (String, Vec<Value>) {
    let mut sql = String::from("SELECT sku, location, qty FROM stock WHERE 1=1");
    let mut args: Vec<Value> = Vec::new();
    if let Some(p) = &q.sku_prefix {
        sql.push_str(" AND sku LIKE CONCAT(?, '%')");
        args.push(p.clone().into());
    }
    if let Some(loc) = &q.location {
        sql.push_str(" AND location = ?");
        args.push(loc.clone().into());
    }
    sql.push_str(" ORDER BY ");
    sql.push_str(order_column(q.sort.as_deref()));
    (sql, args)
}

#[web::get("/stock")]
pub async fn list_stock(
    pool: web::types::State<Pool>,
    q: web::types::Query<StockQuery>,
) -> Result<HttpResponse, web::Error> {
    let mut conn = pool.get_conn().await.map_err(web::error::ErrorInternalServerError)?;
    let (sql, args) = stock_sql(&q);
    let rows: Vec<StockRow> = conn
        .exec_map(sql, Params::Positional(args), |(sku, location, qty)| StockRow {
            sku,
            location,
            qty,
        })
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
    conn.exec_drop(
        "INSERT INTO stock_log (sku, delta, reason) VALUES (?, ?, ?)",
        (body.sku.as_str(), body.delta, body.reason.as_str()),
    )
    .await
    .map_err(web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::NoContent().finish())
}
