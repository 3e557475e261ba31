use tokio_postgres::{Client, Error};

pub struct Listing {
    pub id: i64,
    pub title: String,
    pub price_cents: i64,
}

/// Search used by the classifieds page: `/search?city=..&q=..&sort=..`
pub async fn search(client: &Client, city: &str, q: &str, sort: &str) -> Result<Vec<Listing>, Error> {
    let sql = format!(
        "SELECT id, title, price_cents FROM listings WHERE city = '{}' AND title ILIKE '%{}%' ORDER BY {}",
        city, q, sort
    );
    let rows = client.query(sql.as_str(), &[]).await?; // expect: sql-injection
    Ok(rows
        .iter()
        .map(|r| Listing { id: r.get(0), title: r.get(1), price_cents: r.get(2) })
        .collect())
}

pub async fn mark_sold(client: &Client, ids: &[String]) -> Result<u64, Error> {
    let list = ids.join(",");
    client.execute(&format!("UPDATE listings SET sold = true WHERE id IN ({list})"), &[]).await // expect: sql-injection
}

pub async fn purge_city(client: &Client, city: &str) -> Result<(), Error> {
    client.batch_execute(&format!("DELETE FROM listings WHERE city = '{city}'; VACUUM listings;")).await // expect: sql-injection
}
