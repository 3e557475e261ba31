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

pub fn orders_for_customer(conn: &mut PgConnection, email: &str) -> QueryResult<Vec<OrderSummary>> {
    sql_query(
        "SELECT o.id, o.status FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = $1",
    )
    .bind::<Text, _>(email)
    .load::<OrderSummary>(conn)
}

pub fn cancel_order(conn: &mut PgConnection, order_ref: &str) -> QueryResult<usize> {
    diesel::sql_query("UPDATE orders SET status = 'cancelled' WHERE reference = $1")
        .bind::<Text, _>(order_ref)
        .execute(conn)
}

pub fn recent_orders(conn: &mut PgConnection, limit: u32) -> QueryResult<Vec<OrderSummary>> {
    let limit = i64::from(limit.min(100));
    sql_query(format!("SELECT id, status FROM orders ORDER BY created_at DESC LIMIT {limit}"))
        .load::<OrderSummary>(conn)
}
