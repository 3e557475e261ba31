//! Blog API: posts by author (actix-web + diesel) and user lookup (sqlx).
use actix_web::{get, web, HttpResponse, Responder};
use diesel::prelude::*;
use diesel::r2d2::{ConnectionManager, Pool};
use diesel::sql_query;
use diesel::sql_types::{Integer, Text};

#[derive(QueryableByName, serde::Serialize)]
struct PostRow {
    #[diesel(sql_type = Integer)]
    id: i32,
    #[diesel(sql_type = Text)]
    title: String,
}

type DbPool = Pool<ConnectionManager<PgConnection>>;

#[get("/authors/{name}/posts")]
async fn posts_by_author(pool: web::Data<DbPool>, name: web::Path<String>) -> impl Responder {
    let author = name.into_inner();
    let rows = web::block(move || {
        let mut conn = pool.get().map_err(|e| e.to_string())?;
        sql_query(format!("SELECT id, title FROM posts WHERE author = '{}' ORDER BY id DESC", author)) // expect: sql-injection
            .load::<PostRow>(&mut conn)
            .map_err(|e| e.to_string())
    })
    .await;
    match rows {
        Ok(Ok(posts)) => HttpResponse::Ok().json(posts),
        _ => HttpResponse::InternalServerError().finish(),
    }
}

#[derive(sqlx::FromRow, serde::Serialize)]
struct User {
    id: i64,
    email: String,
}

pub async fn find_user(db: &sqlx::PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    let sql = format!("SELECT id, email FROM users WHERE lower(email) = lower('{email}')");
    sqlx::query_as::<_, User>(&sql).fetch_optional(db).await // expect: sql-injection
}
