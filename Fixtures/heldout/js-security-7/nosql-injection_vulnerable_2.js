'use strict';
// ws RPC for a kiosk app: device login and order lookup over the MongoDB driver.
const { WebSocketServer } = require('ws');
const { MongoClient } = require('mongodb');

const mongo = new MongoClient(process.env.MONGO_URL);
const db = mongo.db('kiosk');
const wss = new WebSocketServer({ port: Number(process.env.KIOSK_PORT || 8083) });

const handlers = {
  async login(params) {
    const device = await db.collection('devices').findOne({ // expect: nosql-injection
      serial: params.serial,
      pin: params.pin,
    });
    return { ok: Boolean(device) };
  },
  async orders(params) {
    const criteria = Object.assign({ kiosk: params.kiosk }, params.where);
    return db.collection('orders').find(criteria).sort({ createdAt: -1 }).limit(20).toArray(); // expect: nosql-injection
  },
};

wss.on('connection', (socket) => {
  socket.on('message', async (raw) => {
    const { id, method, params } = JSON.parse(String(raw));
    const handler = Object.prototype.hasOwnProperty.call(handlers, method) ? handlers[method] : null;
    const result = handler ? await handler(params) : { error: 'unknown method' };
    socket.send(JSON.stringify({ id, result }));
  });
});
