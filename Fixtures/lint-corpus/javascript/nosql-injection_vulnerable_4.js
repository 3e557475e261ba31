// Queue worker: the message body decides which reservations a `$where` clause matches.
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const reservations = client.db('hotel').collection('reservations');

async function cancelFor(body) {
  const clause = "this.guest == '" + body.guest + "'";
  return reservations.deleteMany({ $where: clause }); // expect: nosql-injection
}

async function listFor(body) {
  return reservations.find({ $where: `this.room == '${body.room}'` }).toArray(); // expect: nosql-injection
}

module.exports = { cancelFor, listFor };
