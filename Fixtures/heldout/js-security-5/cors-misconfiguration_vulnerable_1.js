// Restify API with a socket.io chat attached to the same server.
const restify = require('restify');
const corsMiddleware = require('restify-cors-middleware2');
const { Server } = require('socket.io');
const { loadRooms } = require('./rooms');

const server = restify.createServer({ name: 'chat-api' });

const cors = corsMiddleware({ origins: ['*'], credentials: true, allowHeaders: ['Authorization'] }); // expect: cors-misconfiguration
server.pre(cors.preflight);
server.use(cors.actual);
server.use(restify.plugins.queryParser());

server.get('/rooms', async (req, res) => {
  res.send(await loadRooms(req.query.team));
});

const io = new Server(server.server, {
  cors: { origin: true, credentials: true }, // expect: cors-misconfiguration
});

io.on('connection', (socket) => {
  socket.on('join', (room) => socket.join(String(room)));
});

server.listen(process.env.PORT || 8080);
