// Nuxt server route (h3) over pg-promise with named parameters.
import { defineEventHandler, getQuery, getRouterParam } from 'h3';
import pgPromise from 'pg-promise';

const db = pgPromise()(process.env.DATABASE_URL as string);

export default defineEventHandler(async (event) => {
  const customer = getRouterParam(event, 'customer');
  const { status } = getQuery(event) as { status: string };
  return db.any('SELECT id, total FROM orders WHERE customer = ${customer} AND status = ${status}', { customer, status });
});
