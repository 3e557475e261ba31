// Nuxt server route: /api/reports/sales (pg-promise).
import { defineEventHandler, getQuery, readBody } from 'h3';
import pgPromise from 'pg-promise';

const pgp = pgPromise();
const db = pgp(process.env.REPORTS_DATABASE_URL as string);

interface SalesQuery {
  region?: string;
  from?: string;
  groupBy?: string;
}

function salesSql(q: SalesQuery): string {
  const group = q.groupBy ?? 'day';
  let sql = `SELECT date_trunc('${group}', sold_at) AS bucket, sum(amount) AS total FROM sales`;
  sql += " WHERE region = '" + (q.region ?? 'eu') + "'";
  if (q.from) {
    sql += ` AND sold_at >= '${q.from}'`;
  }
  return sql + ' GROUP BY 1 ORDER BY 1';
}

export default defineEventHandler(async (event) => {
  if (event.method === 'DELETE') {
    const body = await readBody<{ batch: string }>(event);
    await db.none(`DELETE FROM sales_import WHERE batch = '${body.batch}'`); // expect: sql-injection
    return { deleted: true };
  }
  const query = getQuery(event) as SalesQuery;
  const rows = await db.any(salesSql(query)); // expect: sql-injection
  return { rows };
});
