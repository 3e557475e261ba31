import Fastify from 'fastify';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const orders = client.db('shop').collection('orders');
const app = Fastify();

interface OrderQuery {
  status: string;
  customer: string;
}

async function countOrders(filter: Record<string, unknown>): Promise<number> {
  return orders.countDocuments(filter); // expect: nosql-injection
}

app.post<{ Body: OrderQuery }>('/orders/count', async (req) => {
  const { status, customer } = req.body;
  return { count: await countOrders({ status, customer }) };
});

app.delete<{ Body: { match: Record<string, unknown> } }>('/orders', async (req) => {
  const result = await orders.deleteMany(req.body.match); // expect: nosql-injection
  return { deleted: result.deletedCount };
});

export default app;
