// Mercurius GraphQL resolvers for the order history screen, on Typegoose models.
import Fastify from 'fastify';
import mercurius from 'mercurius';
import { getModelForClass, prop } from '@typegoose/typegoose';

class Order {
  @prop() customerId!: string;
  @prop() status!: string;
  @prop() total!: number;
}

const OrderModel = getModelForClass(Order);
const STATUSES = new Set(['open', 'shipped', 'delivered', 'cancelled']);

const schema = `
  type Order { id: ID!, status: String!, total: Float! }
  type Query { orders(customerId: String!, status: String, minTotal: Float): [Order!]! }
`;

const resolvers = {
  Query: {
    orders: async (_: unknown, args: { customerId: string; status?: string; minTotal?: number }) => {
      const filter: Record<string, unknown> = { customerId: String(args.customerId) };
      if (args.status && STATUSES.has(args.status)) {
        filter.status = args.status;
      }
      if (typeof args.minTotal === 'number') {
        filter.total = { $gte: args.minTotal };
      }
      return OrderModel.find(filter).limit(100).lean();
    },
  },
};

const app = Fastify();
app.register(mercurius, { schema, resolvers });
app.listen({ port: 4000 });
