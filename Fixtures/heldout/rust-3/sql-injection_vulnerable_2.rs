//! `notes` CLI: a tagged notebook in SQLite.
use rusqlite::Connection;
use std::env;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = env::args().skip(1).collect();
    let conn = Connection::open("notes.db")?;
    conn.execute_batch("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, tag TEXT, body TEXT)")?;

    match args.first().map(String::as_str) {
        Some("purge") if args.len() > 1 => {
            let tag = &args[1];
            let n = conn.execute(&format!("DELETE FROM notes WHERE tag = '{tag}'"), [])?; // expect: sql-injection
            println!("removed {n} notes");
        }
        Some("count") => {
            let mut sql = String::from("SELECT count(*) FROM notes");
            if let Some(word) = args.get(1) {
                sql.push_str(" WHERE body LIKE '%");
                sql.push_str(word);
                sql.push_str("%'");
            }
            let n: i64 = conn.query_row(&sql, [], |r| r.get(0))?; // expect: sql-injection
            println!("{n}");
        }
        _ => eprintln!("usage: notes purge <tag> | count [word]"),
    }
    Ok(())
}
