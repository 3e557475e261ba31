'use strict';
// ws chat gateway with a bunyan audit log: fields, and one-line sanitising for the message.
const bunyan = require('bunyan');
const { WebSocketServer } = require('ws');

const log = bunyan.createLogger({ name: 'chat-gateway', level: 'info' });
const wss = new WebSocketServer({ port: Number(process.env.CHAT_PORT || 8082) });

function oneLine(value) {
  return String(value).replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 200);
}

wss.on('connection', (socket, request) => {
  const agent = oneLine(request.headers['user-agent'] || 'unknown');
  socket.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
    if (msg.type === 'join') {
      log.info({ room: oneLine(msg.room), nick: oneLine(msg.nick) }, 'join');
    } else if (msg.type === 'report') {
      log.warn({ target: oneLine(msg.target), reason: oneLine(msg.reason), agent }, 'abuse report');
    }
  });
});
