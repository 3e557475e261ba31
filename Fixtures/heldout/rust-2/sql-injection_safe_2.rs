use sqlx::{PgPool, QueryBuilder, Postgres};

#[derive(sqlx::FromRow)]
pub struct Book {
    pub title: String,
    pub author: String,
    pub year: i32,
}

pub struct BookFilter {
    pub author: Option<String>,
    pub from: Option<i32>,
    pub limit: i64,
}

pub async fn books(pool: &PgPool, f: &BookFilter) -> sqlx::Result<Vec<Book>> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new("SELECT title, author, year FROM books WHERE true");
    if let Some(author) = &f.author {
        qb.push(" AND author ILIKE ").push_bind(format!("{author}%"));
    }
    if let Some(year) = f.from {
        qb.push(" AND year >= ").push_bind(year);
    }
    qb.push(" ORDER BY year DESC LIMIT ").push_bind(f.limit.clamp(1, 100));
    qb.build_query_as::<Book>().fetch_all(pool).await
}

pub async fn borrow(pool: &PgPool, title: &str, member: &str) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE books SET borrowed_by = $1 WHERE title = $2 AND borrowed_by IS NULL")
        .bind(member)
        .bind(title)
        .execute(pool)
        .await?;
    Ok(done.rows_affected() == 1)
}
