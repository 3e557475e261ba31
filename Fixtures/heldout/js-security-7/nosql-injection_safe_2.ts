// Apollo Server resolvers over the native MongoDB driver: typed filters only.
import { MongoClient, type Filter } from 'mongodb';

interface Ticket {
  _id: string;
  owner: string;
  status: string;
  subject: string;
}

interface TicketFilter {
  status?: string;
  subject?: string;
}

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost:27017');
const tickets = client.db('helpdesk').collection<Ticket>('tickets');
const STATUSES = new Set(['open', 'pending', 'closed']);

export const resolvers = {
  Query: {
    async ticketsByOwner(_: unknown, args: { owner: string }) {
      return tickets.find({ owner: { $eq: String(args.owner) }, status: { $ne: 'deleted' } }).limit(50).toArray();
    },
    async searchTickets(_: unknown, args: { filter: TicketFilter }) {
      const query: Filter<Ticket> = { status: { $ne: 'deleted' } };
      if (typeof args.filter.status === 'string' && STATUSES.has(args.filter.status)) {
        query.status = args.filter.status;
      }
      if (typeof args.filter.subject === 'string') {
        query.subject = { $eq: args.filter.subject };
      }
      return tickets.find(query).limit(50).toArray();
    },
  },
};
