//! The same endpoints with bound values.

use mysql_async::prelude::*;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};

pub async fn unpublish(db: &DatabaseConnection, slug: &str) -> Result<(), DbErr> {
    db.execute(Statement::from_sql_and_values(
        DbBackend::Postgres,
        "UPDATE posts SET published = false WHERE slug = $1",
        [slug.into()],
    ))
    .await?;
    Ok(())
}

pub async fn purge(conn: &mut mysql_async::Conn, tenant: &str) -> mysql_async::Result<()> {
    conn.exec_drop("DELETE FROM events WHERE tenant = ?", (tenant,)).await
}
