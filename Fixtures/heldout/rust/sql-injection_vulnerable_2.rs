// notes: a tiny command-line notebook stored in SQLite.
use rusqlite::Connection;
use std::env;

fn main() -> rusqlite::Result<()> {
    let conn = Connection::open("notes.db")?;
    conn.execute_batch("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, tag TEXT, body TEXT)")?;

    let args: Vec<String> = env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("add") if args.len() >= 3 => {
            let sql = format!("INSERT INTO notes (tag, body) VALUES ('{}', '{}')", args[1], args[2]);
            conn.execute(&sql, [])?; // expect: sql-injection
        }
        Some("find") if args.len() >= 2 => {
            let mut stmt = conn.prepare(&format!("SELECT id, body FROM notes WHERE tag = '{}'", args[1]))?; // expect: sql-injection
            let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, body) = row?;
                println!("{id}: {body}");
            }
        }
        Some("rm") if args.len() >= 2 => {
            conn.execute_batch(&format!("DELETE FROM notes WHERE id = {}", args[1]))?; // expect: sql-injection
        }
        _ => eprintln!("usage: notes add <tag> <body> | find <tag> | rm <id>"),
    }
    Ok(())
}
