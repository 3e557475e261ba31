// notes: a tiny command-line notebook stored in SQLite.
use rusqlite::{params, Connection};
use std::env;

const TABLE: &str = "notes";

fn main() -> rusqlite::Result<()> {
    let conn = Connection::open("notes.db")?;
    conn.execute_batch(&format!(
        "CREATE TABLE IF NOT EXISTS {TABLE} (id INTEGER PRIMARY KEY, tag TEXT, body TEXT)"
    ))?;

    let args: Vec<String> = env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("add") if args.len() >= 3 => {
            conn.execute("INSERT INTO notes (tag, body) VALUES (?1, ?2)", params![args[1], args[2]])?;
        }
        Some("find") if args.len() >= 2 => {
            let mut stmt = conn.prepare("SELECT id, body FROM notes WHERE tag = ?1")?;
            let rows = stmt.query_map([&args[1]], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, body) = row?;
                println!("{id}: {body}");
            }
        }
        Some("rm") if args.len() >= 2 => {
            let id: i64 = args[1].parse().map_err(|_| rusqlite::Error::InvalidQuery)?;
            conn.execute("DELETE FROM notes WHERE id = ?1", [id])?;
        }
        _ => eprintln!("usage: notes add <tag> <body> | find <tag> | rm <id>"),
    }
    Ok(())
}
