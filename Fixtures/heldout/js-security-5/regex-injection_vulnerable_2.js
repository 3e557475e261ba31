// socket.io moderation handlers: room owners define banned-word patterns.
const rooms = new Map();

function bannedPattern(words) {
  return new RegExp('\\b(' + words.join('|') + ')\\b', 'i'); // expect: regex-injection
}

module.exports = function moderation(io) {
  io.on('connection', (socket) => {
    socket.on('room:rules', ({ room, words }) => {
      rooms.set(room, { banned: bannedPattern(words) });
    });

    socket.on('room:message', ({ room, text, nickPrefix }) => {
      const rules = rooms.get(room);
      if (rules && rules.banned.test(text)) {
        socket.emit('room:rejected', { reason: 'banned word' });
        return;
      }
      const nickRule = new RegExp('^' + nickPrefix + '[a-z0-9_]{2,16}$'); // expect: regex-injection
      io.to(room).emit('room:message', { text, verified: nickRule.test(socket.data.nick) });
    });
  });
};
