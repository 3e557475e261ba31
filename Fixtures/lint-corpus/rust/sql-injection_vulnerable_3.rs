//! Admin endpoints of a blog on SeaORM and a reporting job on mysql_async.

use mysql_async::prelude::*;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, DbErr, Statement};

pub async fn unpublish(db: &DatabaseConnection, slug: &str) -> Result<(), DbErr> {
    let sql = format!("UPDATE posts SET published = false WHERE slug = '{slug}'");
    db.execute(Statement::from_string(DbBackend::Postgres, sql)).await?; // expect: sql-injection
    Ok(())
}

pub async fn purge(conn: &mut mysql_async::Conn, tenant: &str) -> mysql_async::Result<()> {
    conn.query_drop(format!("DELETE FROM events WHERE tenant = '{}'", tenant)).await // expect: sql-injection
}
