use tokio_postgres::{Client, Error};

pub struct Listing {
    pub id: i64,
    pub title: String,
    pub price_cents: i64,
}

fn order_by(sort: &str) -> &'static str {
    match sort {
        "price" => "price_cents ASC",
        "-price" => "price_cents DESC",
        _ => "created_at DESC",
    }
}

/// Search used by the classifieds page: `/search?city=..&q=..&sort=..`
pub async fn search(client: &Client, city: &str, q: &str, sort: &str) -> Result<Vec<Listing>, Error> {
    let pattern = format!("%{}%", q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
    let sql = format!(
        "SELECT id, title, price_cents FROM listings WHERE city = $1 AND title ILIKE $2 ORDER BY {}",
        order_by(sort)
    );
    let rows = client.query(sql.as_str(), &[&city, &pattern]).await?;
    Ok(rows
        .iter()
        .map(|r| Listing { id: r.get(0), title: r.get(1), price_cents: r.get(2) })
        .collect())
}

pub async fn mark_sold(client: &Client, ids: &[i64]) -> Result<u64, Error> {
    client.execute("UPDATE listings SET sold = true WHERE id = ANY($1)", &[&ids]).await
}
