// Nuxt server route (h3) over pg-promise: orders of a customer, filtered by status.
import { defineEventHandler, getQuery, getRouterParam } from 'h3';
import pgPromise from 'pg-promise';

const db = pgPromise()(process.env.DATABASE_URL as string);

function statusFilter(status: string): string {
  return ` AND status = '${status}'`;
}

export default defineEventHandler(async (event) => {
  const customer = getRouterParam(event, 'customer');
  const { status } = getQuery(event) as { status: string };
  const sql = `SELECT id, total FROM orders WHERE customer = '${customer}'` + statusFilter(status);
  return db.any(sql); // expect: sql-injection
});
