use diesel::prelude::*;
use diesel::sql_query;
use diesel::sql_types::{BigInt, Text};

#[derive(QueryableByName, Debug)]
pub struct OrderSummary {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = Text)]
    pub status: String,
}

pub fn orders_for_customer(
    conn: &mut PgConnection,
    email: &str,
    status: Option<&str>,
) -> QueryResult<Vec<OrderSummary>> {
    let mut sql = format!(
        "SELECT o.id, o.status FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = '{}'",
        email
    );
    if let Some(s) = status {
        sql.push_str(&format!(" AND o.status = '{s}'"));
    }
    sql_query(sql).load::<OrderSummary>(conn) // expect: sql-injection
}

pub fn cancel_order(conn: &mut PgConnection, order_ref: &str) -> QueryResult<usize> {
    diesel::sql_query(format!("UPDATE orders SET status = 'cancelled' WHERE reference = '{}'", order_ref)) // expect: sql-injection
        .execute(conn)
}
