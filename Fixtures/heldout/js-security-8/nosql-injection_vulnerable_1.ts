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

const schema = `
  scalar JSON
  type Order { id: ID!, status: String!, total: Float! }
  type Query { orders(customerId: String!, where: JSON): [Order!]! }
`;

const resolvers = {
  Query: {
    orders: async (_: unknown, args: { customerId: string; where?: Record<string, unknown> }) => {
      const filter = { ...(args.where ?? {}), customerId: args.customerId };
      return OrderModel.find(filter).limit(100).lean(); // expect: nosql-injection
    },
  },
};

const app = Fastify();
app.register(mercurius, { schema, resolvers });
app.listen({ port: 4000 });
