//! `notes` CLI with rusqlite parameters; the sort column comes from a fixed list.
use rusqlite::{params, Connection};
use std::env;

const TABLE: &str = "notes";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = env::args().skip(1).collect();
    let conn = Connection::open("notes.db")?;
    conn.execute_batch(&format!("CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, tag TEXT, body TEXT)"))?;

    match args.first().map(String::as_str) {
        Some("purge") if args.len() > 1 => {
            let n = conn.execute("DELETE FROM notes WHERE tag = ?1", params![args[1]])?;
            println!("removed {n} notes");
        }
        Some("list") => {
            let order = match args.get(1).map(String::as_str) {
                Some("tag") => "tag",
                _ => "id",
            };
            let mut stmt = conn.prepare(&format!("SELECT id, body FROM notes ORDER BY {order} LIMIT ?1"))?;
            let rows = stmt.query_map([50], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, body) = row?;
                println!("{id}: {body}");
            }
        }
        _ => eprintln!("usage: notes purge <tag> | list [tag]"),
    }
    Ok(())
}
