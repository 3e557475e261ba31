//! Blog API with bound parameters: diesel DSL and sqlx binds.
use diesel::prelude::*;

diesel::table! {
    posts (id) {
        id -> Integer,
        author -> Text,
        title -> Text,
    }
}

#[derive(Queryable, serde::Serialize)]
pub struct Post {
    pub id: i32,
    pub author: String,
    pub title: String,
}

pub fn posts_by_author(conn: &mut PgConnection, name: &str) -> QueryResult<Vec<Post>> {
    posts::table
        .filter(posts::author.eq(name))
        .order(posts::id.desc())
        .load::<Post>(conn)
}

#[derive(sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub email: String,
}

pub async fn find_user(db: &sqlx::PgPool, email: &str) -> Result<Option<User>, sqlx::Error> {
    sqlx::query_as::<_, User>("SELECT id, email FROM users WHERE lower(email) = lower($1)")
        .bind(email)
        .fetch_optional(db)
        .await
}
