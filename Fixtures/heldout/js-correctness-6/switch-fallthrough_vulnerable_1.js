'use strict';

const uWS = require('uWebSockets.js');

const rooms = new Map();

function handle(ws, msg) {
  const data = ws.getUserData();
  switch (msg.type) {
    case 'join': {
      data.room = String(msg.room);
      ws.subscribe(data.room);
      rooms.set(data.room, (rooms.get(data.room) || 0) + 1);
    }
    case 'presence': // expect: switch-fallthrough
      ws.send(JSON.stringify({ type: 'presence', count: rooms.get(data.room) || 0 }));
    case 'leave': // expect: switch-fallthrough
      if (msg.type === 'leave' && data.room) {
        ws.unsubscribe(data.room);
        rooms.set(data.room, Math.max(0, (rooms.get(data.room) || 1) - 1));
        data.room = null;
      }
      break;
    case 'chat':
      if (!data.room) {
        break;
      }
      ws.publish(data.room, JSON.stringify({ type: 'chat', from: data.name, text: String(msg.text).slice(0, 500) }));
    default: // expect: switch-fallthrough
      ws.send(JSON.stringify({ type: 'ack', of: msg.type }));
  }
}

uWS
  .App()
  .ws('/*', {
    upgrade: (res, req, context) => {
      res.upgrade({ name: req.getQuery('name') || 'guest', room: null }, req.getHeader('sec-websocket-key'),
        req.getHeader('sec-websocket-protocol'), req.getHeader('sec-websocket-extensions'), context);
    },
    message: (ws, message) => handle(ws, JSON.parse(Buffer.from(message).toString())),
  })
  .listen(Number(process.env.PORT) || 9001, () => {});
