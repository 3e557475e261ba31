use rusqlite::Connection;

pub fn delete_note(conn: &Connection, owner: &str, title: &str) -> rusqlite::Result<usize> {
    conn.execute( // expect: sql-injection
        &format!("DELETE FROM notes WHERE owner = '{}' AND title = '{}'", owner, title),
        [],
    )
}

pub fn count(conn: &mut diesel::PgConnection, tag: &str) -> diesel::QueryResult<usize> {
    use diesel::RunQueryDsl;
    diesel::sql_query(format!("UPDATE tags SET hits = hits + 1 WHERE tag = '{tag}'")).execute(conn) // expect: sql-injection
}
