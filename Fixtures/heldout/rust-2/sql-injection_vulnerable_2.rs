use rocket::{get, serde::json::Json, State};
use rusqlite::Connection;
use std::sync::Mutex;

pub struct Db(pub Mutex<Connection>);

#[derive(serde::Serialize)]
pub struct Book {
    title: String,
    author: String,
    year: i32,
}

#[get("/books?<author>&<from>")]
pub fn books(db: &State<Db>, author: &str, from: Option<i32>) -> Result<Json<Vec<Book>>, String> {
    let conn = db.0.lock().map_err(|e| e.to_string())?;
    let mut sql = String::from("SELECT title, author, year FROM books WHERE 1=1");
    sql.push_str(&format!(" AND author LIKE '{}%'", author));
    if let Some(year) = from {
        sql.push_str(&format!(" AND year >= {year}"));
    }
    let mut stmt = conn.prepare(&sql).map_err(|e| e.to_string())?; // expect: sql-injection
    let rows = stmt
        .query_map([], |r| Ok(Book { title: r.get(0)?, author: r.get(1)?, year: r.get(2)? }))
        .map_err(|e| e.to_string())?;
    rows.collect::<Result<Vec<_>, _>>().map(Json).map_err(|e| e.to_string())
}

#[get("/books/<title>/borrow?<member>")]
pub fn borrow(db: &State<Db>, title: &str, member: &str) -> Result<String, String> {
    let conn = db.0.lock().map_err(|e| e.to_string())?;
    let sql = format!("UPDATE books SET borrowed_by = '{member}' WHERE title = '{title}' AND borrowed_by IS NULL");
    let n = conn.execute(&sql, []).map_err(|e| e.to_string())?; // expect: sql-injection
    Ok(if n == 1 { "ok".into() } else { "not available".into() })
}
