pub struct Ledger {
    session: Session,
}

impl Ledger {
    fn month_filter(&self, account: &str, month: &str) -> String {
        format!("SELECT amount FROM ledger WHERE account = '{}' AND month = '{}'", account, month)
    }

    pub async fn month(&self, account: &str, month: &str) -> Result<Rows, DbError> {
        self.session.query_paged(&self.month_filter(account, month), ()).await // expect: sql-injection
    }

    pub async fn close(&self, account: &str) -> Result<(), DbError> {
        let stmt = format!("UPDATE accounts SET closed = true WHERE id = '{account}'");
        self.session.execute_unpaged(stmt, &[]).await?; // expect: sql-injection
        Ok(())
    }
}
