// socket.io whiteboard: snapshots travel as JSON and are checked shape by shape.
const { saveBoard } = require('./boards');

const KINDS = new Set(['rect', 'ellipse', 'line', 'text']);

function decodeSnapshot(encoded) {
  const board = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  if (!board || !Array.isArray(board.shapes)) {
    throw new Error('bad snapshot');
  }
  board.shapes = board.shapes.filter((s) => KINDS.has(s.kind)).map((s) => ({ kind: s.kind, x: Number(s.x), y: Number(s.y) }));
  return board;
}

module.exports = function whiteboard(io) {
  io.on('connection', (socket) => {
    socket.on('board:restore', async ({ boardId, snapshot }, reply) => {
      const board = decodeSnapshot(snapshot);
      await saveBoard(boardId, board);
      reply({ shapes: board.shapes.length });
    });
  });
};
