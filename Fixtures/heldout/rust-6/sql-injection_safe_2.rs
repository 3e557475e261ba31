use libsql::{params, Connection};
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

const BY_ACTOR: &str = "SELECT actor, action FROM audit WHERE actor = ?1 AND at >= ?2";
const MIRROR: &str = "INSERT INTO audit.events (tenant, actor, action) VALUES (?, ?, ?)";

impl AuditStore {
    pub async fn by_actor(&self, actor: &str, since: &str) -> Result<Vec<Entry>, libsql::Error> {
        let mut rows = self.sqlite.query(BY_ACTOR, params![actor, since]).await?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().await? {
            out.push(Entry { actor: row.get(0)?, action: row.get(1)? });
        }
        Ok(out)
    }

    pub async fn mirror(&self, tenant: &str, entry: &Entry) -> Result<(), Box<dyn std::error::Error>> {
        self.scylla
            .query_unpaged(MIRROR, (tenant, entry.actor.as_str(), entry.action.as_str()))
            .await?;
        Ok(())
    }
}
