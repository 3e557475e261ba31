// Hono routes over the MongoDB driver: one-time code sign-in and order search.
import { Hono } from 'hono';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const db = client.db('shop');
const app = new Hono();

app.post('/auth/code', async (c) => {
  const body = await c.req.json();
  const login = await db.collection('login_codes').findOne({ email: body.email, code: body.code, used: false }); // expect: nosql-injection
  if (!login) {
    return c.json({ error: 'invalid code' }, 401);
  }
  return c.json({ ok: true });
});

function orderQuery(customer: string, filters: Record<string, unknown>) {
  return { ...filters, customer };
}

app.post('/orders/search', async (c) => {
  const { filters } = await c.req.json<{ filters: Record<string, unknown> }>();
  const orders = await db.collection('orders').find(orderQuery(c.req.header('x-customer') ?? '', filters)).limit(50).toArray(); // expect: nosql-injection
  return c.json(orders);
});

export default app;
