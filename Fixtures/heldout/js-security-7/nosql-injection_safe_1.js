'use strict';
// ws RPC for a kiosk app: scalar checks and $eq before the MongoDB driver sees a value.
const { WebSocketServer } = require('ws');
const { MongoClient } = require('mongodb');

const mongo = new MongoClient(process.env.MONGO_URL);
const db = mongo.db('kiosk');
const wss = new WebSocketServer({ port: Number(process.env.KIOSK_PORT || 8083) });
const STATUSES = new Set(['open', 'paid', 'collected']);

function text(value) {
  if (typeof value !== 'string' || value.length > 64) {
    throw new Error('expected a short string');
  }
  return value;
}

const handlers = {
  async login(params) {
    const device = await db.collection('devices').findOne({
      serial: { $eq: text(params.serial) },
      pin: { $eq: text(params.pin) },
    });
    return { ok: Boolean(device) };
  },
  async orders(params) {
    const criteria = { kiosk: { $eq: text(params.kiosk) } };
    if (STATUSES.has(params.status)) {
      criteria.status = params.status;
    }
    return db.collection('orders').find(criteria).sort({ createdAt: -1 }).limit(20).toArray();
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
