// socket.io server for the chat widget; only the company's sites may connect with cookies.
const { Server } = require('socket.io');

const ALLOWED = new Set(['https://chat.example.com', 'https://www.example.com']);

module.exports = function attachChat(httpServer) {
  const io = new Server(httpServer, {
    cors: {
      origin(origin, callback) {
        callback(null, ALLOWED.has(origin) ? origin : false);
      },
      credentials: true,
    },
  });
  io.on('connection', (socket) => {
    socket.on('join', (room) => socket.join(String(room)));
  });
  return io;
};
