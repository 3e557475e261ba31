// Hono API on postgres.js using tagged-template parameters and an allow-listed sort column.
import { Hono } from 'hono';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL ?? '');
const app = new Hono();
const SORTS: Record<string, string> = { newest: 'created_at', price: 'price', title: 'title' };

app.get('/listings', async (c) => {
  const brand = c.req.query('brand');
  const column = SORTS[c.req.query('sort') ?? 'newest'] ?? 'created_at';
  const rows = await sql`
    SELECT id, title, price FROM listings
    WHERE active ${brand ? sql`AND brand = ${brand}` : sql``}
    ORDER BY ${sql(column)}
  `;
  return c.json(rows);
});

app.delete('/listings/expired', async (c) => {
  const { before } = await c.req.json<{ before: string }>();
  const removed = await sql`DELETE FROM listings WHERE expires_at < ${new Date(before)} RETURNING id`;
  return c.json({ removed: removed.length });
});

export default app;
