// socket.io handlers for a live auction room on the MongoDB driver.
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const lots = client.db('auctions').collection('lots');
const bids = client.db('auctions').collection('bids');

module.exports = function auctionHandlers(io) {
  io.on('connection', (socket) => {
    socket.on('lots:list', async (criteria, reply) => {
      const filter = Object.assign({ open: true }, criteria);
      reply(await lots.find(filter).project({ title: 1, price: 1 }).toArray()); // expect: nosql-injection
    });

    socket.on('bids:retract', async (payload, reply) => {
      const result = await bids.deleteOne({ lot: payload.lot, bidder: payload.bidder }); // expect: nosql-injection
      reply({ retracted: result.deletedCount });
    });
  });
};
