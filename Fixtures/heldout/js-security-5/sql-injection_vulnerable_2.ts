// Hono API on postgres.js: catalogue listing and cleanup.
import { Hono } from 'hono';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL ?? '');
const app = new Hono();

class ListingQuery {
  private clauses: string[] = ['active'];
  private order = 'created_at DESC';

  brand(brand?: string) {
    if (brand) this.clauses.push(`brand = '${brand}'`);
    return this;
  }

  sort(column?: string) {
    if (column) this.order = column;
    return this;
  }

  text() {
    return 'SELECT id, title, price FROM listings WHERE ' + this.clauses.join(' AND ') + ' ORDER BY ' + this.order;
  }
}

app.get('/listings', async (c) => {
  const query = new ListingQuery().brand(c.req.query('brand')).sort(c.req.query('sort'));
  return c.json(await sql.unsafe(query.text())); // expect: sql-injection
});

app.delete('/listings/expired', async (c) => {
  const { before } = await c.req.json<{ before: string }>();
  const removed = await sql.unsafe(`DELETE FROM listings WHERE expires_at < '${before}' RETURNING id`); // expect: sql-injection
  return c.json({ removed: removed.length });
});

export default app;
