use rusqlite::Connection;

pub struct Filter {
    pub owner: Option<String>,
}

fn build_where(f: &Filter) -> String {
    let mut clause = String::from("WHERE 1=1");
    if let Some(owner) = &f.owner {
        clause.push_str(&format!(" AND owner = '{owner}'"));
    }
    clause
}

pub fn count(conn: &Connection, f: &Filter) -> rusqlite::Result<i64> {
    let sql = format!("SELECT count(*) FROM files {}", build_where(f));
    conn.query_row(&sql, [], |r| r.get(0)) // expect: sql-injection
}

fn orders_sql(customer: &str) -> String {
    format!("SELECT id FROM orders WHERE customer = '{customer}'")
}

pub fn orders(conn: &Connection, customer: &str) -> rusqlite::Result<Vec<i64>> {
    let sql = orders_sql(customer);
    let mut stmt = conn.prepare(&sql)?; // expect: sql-injection
    let ids = stmt.query_map([], |r| r.get(0))?.collect();
    ids
}
