// socket.io handlers for a collaborative whiteboard: restore snapshots sent by clients.
const v8 = require('v8');
const { saveBoard } = require('./boards');

function decodeSnapshot(encoded) {
  return v8.deserialize(Buffer.from(encoded, 'base64')); // expect: unsafe-deserialization
}

module.exports = function whiteboard(io) {
  io.on('connection', (socket) => {
    socket.on('board:restore', async ({ boardId, snapshot }, reply) => {
      const board = decodeSnapshot(snapshot);
      await saveBoard(boardId, board);
      socket.to(boardId).emit('board:replaced', { by: socket.id });
      reply({ shapes: board.shapes.length });
    });

    socket.on('board:clipboard', (buffer, reply) => {
      const clip = v8.deserialize(buffer); // expect: unsafe-deserialization
      reply({ items: Array.isArray(clip.items) ? clip.items.length : 0 });
    });
  });
};
