use libsql::Connection;
use scylla::Session;

pub struct AuditStore {
    sqlite: Connection,
    scylla: Session,
}

#[derive(Debug)]
pub struct Entry {
    pub actor: String,
    pub action: String,
}

impl AuditStore {
    fn actor_filter(&self, actor: &str, since: &str) -> String {
        format!("SELECT actor, action FROM audit WHERE actor = '{}' AND at >= '{}'", actor, since)
    }

    pub async fn by_actor(&self, actor: &str, since: &str) -> Result<Vec<Entry>, libsql::Error> {
        let sql = self.actor_filter(actor, since);
        let mut rows = self.sqlite.query(&sql, ()).await?; // expect: sql-injection
        let mut out = Vec::new();
        while let Some(row) = rows.next().await? {
            out.push(Entry { actor: row.get(0)?, action: row.get(1)? });
        }
        Ok(out)
    }

    pub async fn mirror(&self, tenant: &str, entry: &Entry) -> Result<(), Box<dyn std::error::Error>> {
        let cql = format!(
            "INSERT INTO audit.events (tenant, actor, action) VALUES ('{}', '{}', '{}')",
            tenant, entry.actor, entry.action
        );
        self.scylla.query_unpaged(cql, &[]).await?; // expect: sql-injection
        Ok(())
    }
}
