use rusqlite::{params, Connection};
use sqlx::PgPool;

pub async fn find(pool: &PgPool, name: &str) -> Result<Vec<sqlx::postgres::PgRow>, sqlx::Error> {
    sqlx::query("SELECT id FROM users WHERE name = $1").bind(name).fetch_all(pool).await
}

pub fn delete_note(conn: &Connection, owner: &str, title: &str) -> rusqlite::Result<usize> {
    conn.execute("DELETE FROM notes WHERE owner = ?1 AND title = ?2", params![owner, title])
}

pub fn report(runner: &Runner, job: &str) {
    let label = format!("job {} finished", job);
    runner.execute(&label);
}
