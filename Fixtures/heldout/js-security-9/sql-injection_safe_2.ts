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
    const days = Number.parseInt(payload.olderThanDays, 10);
    if (!Number.isInteger(days) || days < 1) throw new Error('bad retention');
    const removed = await db.execute(
      sql`DELETE FROM sessions WHERE tenant_id = ${payload.tenant} AND created_at < now() - make_interval(days => ${days})`,
    );
    const archived = await db.execute(
      sql`UPDATE audit SET archived = true WHERE tenant_id = ${payload.tenant} AND status = ${payload.status}`,
    );
    return { removed: removed.rowCount, archived: archived.rowCount };
  },
});
