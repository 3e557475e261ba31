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
    // Only known column names reach the SQL text; the search term is bound.
    let order = match query.sort.as_deref() {
        Some("author") => "author",
        Some("newest") => "published_at DESC",
        _ => "title",
    };
    let sql = format!("SELECT id, title, author FROM books WHERE title ILIKE $1 ORDER BY {order}");
    let pattern = format!("%{}%", query.q);
    match sqlx::query_as::<_, Book>(&sql).bind(pattern).fetch_all(pool.get_ref()).await {
        Ok(books) => HttpResponse::Ok().json(books),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}

#[get("/books/by-author/{name}")]
pub async fn by_author(pool: web::Data<PgPool>, name: web::Path<String>) -> impl Responder {
    let rows = sqlx::query("SELECT id FROM books WHERE author = $1")
        .bind(name.into_inner())
        .fetch_all(pool.get_ref())
        .await;
    match rows {
        Ok(r) => HttpResponse::Ok().body(format!("{} books", r.len())),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}
