import { task } from '@trigger.dev/sdk/v3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';

const db = drizzle(new Pool({ connectionString: process.env.DATABASE_URL }));

interface CleanupPayload {
  tenant: string;
  olderThanDays: string;
  status: string;
}

export const purgeSessions = task({
  id: 'purge-sessions',
  run: async (payload: CleanupPayload) => {
    const statement = `DELETE FROM sessions WHERE tenant_id = '${payload.tenant}' AND created_at < now() - interval '${payload.olderThanDays} days'`;
    const removed = await db.execute(sql.raw(statement)); // expect: sql-injection
    const archiveStatement = `UPDATE audit SET archived = true WHERE tenant_id = '${payload.tenant}' AND status = '${payload.status}'`;
    const archived = await db.execute(sql.raw(archiveStatement)); // expect: sql-injection
    return { removed: removed.rowCount, archived: archived.rowCount };
  },
});
