// Hono routes over the MongoDB driver; body values are checked to be strings.
import { Hono } from 'hono';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const db = client.db('shop');
const app = new Hono();

app.post('/auth/code', async (c) => {
  const body = await c.req.json();
  if (typeof body.email !== 'string' || typeof body.code !== 'string') {
    return c.json({ error: 'bad request' }, 400);
  }
  const login = await db.collection('login_codes').findOne({ email: { $eq: body.email }, code: { $eq: body.code }, used: false });
  if (!login) {
    return c.json({ error: 'invalid code' }, 401);
  }
  return c.json({ ok: true });
});

export default app;
