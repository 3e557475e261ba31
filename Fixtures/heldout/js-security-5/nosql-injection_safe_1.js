// socket.io handlers for the auction room; values are coerced and filters built from known keys.
const { MongoClient, ObjectId } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const lots = client.db('auctions').collection('lots');
const bids = client.db('auctions').collection('bids');
const CATEGORIES = new Set(['art', 'books', 'coins', 'watches']);

module.exports = function auctionHandlers(io) {
  io.on('connection', (socket) => {
    socket.on('lots:list', async (criteria, reply) => {
      const filter = { open: true };
      if (criteria && CATEGORIES.has(criteria.category)) {
        filter.category = criteria.category;
      }
      reply(await lots.find(filter).project({ title: 1, price: 1 }).toArray());
    });

    socket.on('bids:retract', async (payload, reply) => {
      if (!ObjectId.isValid(payload.lot)) {
        reply({ retracted: 0 });
        return;
      }
      const result = await bids.deleteOne({ lot: new ObjectId(payload.lot), bidder: { $eq: String(socket.data.userId) } });
      reply({ retracted: result.deletedCount });
    });
  });
};
