const http = require('http');
const { WebSocketServer } = require('ws');

http
  .createServer((_req, res) => res.end('ok'))
  .listen({ port: 8080, host: '0.0.0.0' }); // expect: bind-all-interfaces

const wss = new WebSocketServer({ host: '0.0.0.0', port: 8081 }); // expect: bind-all-interfaces
wss.on('connection', (socket) => socket.send('hello'));
