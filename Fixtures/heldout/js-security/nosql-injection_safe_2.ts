import Fastify from 'fastify';
import { MongoClient, ObjectId } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const orders = client.db('shop').collection('orders');
const app = Fastify();

const countSchema = {
  body: {
    type: 'object',
    required: ['status', 'customer'],
    additionalProperties: false,
    properties: {
      status: { type: 'string', enum: ['open', 'paid', 'shipped'] },
      customer: { type: 'string', maxLength: 120 },
    },
  },
};

app.post<{ Body: { status: string; customer: string } }>('/orders/count', { schema: countSchema }, async (req) => {
  const { status, customer } = req.body;
  return { count: await orders.countDocuments({ status: { $eq: status }, customer: { $eq: customer } }) };
});

app.delete<{ Params: { id: string } }>('/orders/:id', async (req, reply) => {
  if (!ObjectId.isValid(req.params.id)) {
    return reply.code(400).send();
  }
  const result = await orders.deleteOne({ _id: new ObjectId(req.params.id) });
  return { deleted: result.deletedCount };
});

export default app;
