'use strict';
// ws chat gateway with a bunyan audit log.
const bunyan = require('bunyan');
const { WebSocketServer } = require('ws');

const log = bunyan.createLogger({ name: 'chat-gateway', level: 'info' });
const wss = new WebSocketServer({ port: Number(process.env.CHAT_PORT || 8082) });

function describe(msg) {
  return 'room=' + msg.room + ' nick=' + msg.nick;
}

wss.on('connection', (socket, request) => {
  const agent = request.headers['user-agent'] || 'unknown';
  socket.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
    if (msg.type === 'join') {
      log.info('join ' + describe(msg)); // expect: log-injection
    } else if (msg.type === 'report') {
      log.warn(`abuse report against ${msg.target}: ${msg.reason} (agent ${agent})`); // expect: log-injection
    }
  });
});
