// Apollo Server resolvers over the native MongoDB driver: ticket search for agents.
import { MongoClient, type Filter } from 'mongodb';

interface Ticket {
  _id: string;
  owner: string;
  status: string;
  subject: string;
}

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const tickets = client.db('helpdesk').collection<Ticket>('tickets');

function ownerClause(owner: string): Filter<Ticket> {
  return { $where: `this.owner === '${owner}' && this.status !== 'deleted'` };
}

export const resolvers = {
  Query: {
    async ticketsByOwner(_: unknown, args: { owner: string }) {
      return tickets.find(ownerClause(args.owner)).limit(50).toArray(); // expect: nosql-injection
    },
    async searchTickets(_: unknown, args: { filter: Record<string, unknown> }) {
      const query = { ...args.filter, status: { $ne: 'deleted' } } as Filter<Ticket>;
      return tickets.find(query).limit(50).toArray(); // expect: nosql-injection
    },
  },
};
