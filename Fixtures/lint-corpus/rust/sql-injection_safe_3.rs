pub struct Ledger {
    session: Session,
}

impl Ledger {
    pub async fn month(&self, account: &str, month: &str) -> Result<Rows, DbError> {
        self.session
            .query_paged("SELECT amount FROM ledger WHERE account = ? AND month = ?", (account, month))
            .await
    }

    pub async fn close(&self, account: &str) -> Result<(), DbError> {
        let label = format!("closing {account}");
        self.session.execute_unpaged("UPDATE accounts SET closed = true WHERE id = ?", (account,)).await?;
        log::info!("{label}");
        Ok(())
    }
}
