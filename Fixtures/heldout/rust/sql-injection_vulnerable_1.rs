use actix_web::{get, web, HttpResponse, Responder};
use serde::{Deserialize, Serialize};
use sqlx::{FromRow, PgPool};

#[derive(Deserialize)]
pub struct SearchQuery {
    q: String,
    sort: Option<String>,
}

#[derive(Serialize, FromRow)]
pub struct Book {
    id: i64,
    title: String,
    author: String,
}

#[get("/books/search")]
pub async fn search(pool: web::Data<PgPool>, query: web::Query<SearchQuery>) -> impl Responder {
    let order = query.sort.clone().unwrap_or_else(|| "title".to_string());
    let sql = format!(
        "SELECT id, title, author FROM books WHERE title ILIKE '%{}%' ORDER BY {}",
        query.q, order
    );
    match sqlx::query_as::<_, Book>(&sql).fetch_all(pool.get_ref()).await { // expect: sql-injection
        Ok(books) => HttpResponse::Ok().json(books),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}

#[get("/books/by-author/{name}")]
pub async fn by_author(pool: web::Data<PgPool>, name: web::Path<String>) -> impl Responder {
    let rows = sqlx::query(&format!("SELECT id FROM books WHERE author = '{}'", name)) // expect: sql-injection
        .fetch_all(pool.get_ref())
        .await;
    match rows {
        Ok(r) => HttpResponse::Ok().body(format!("{} books", r.len())),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}
