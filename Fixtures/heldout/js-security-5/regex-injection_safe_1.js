// socket.io moderation handlers: banned words are escaped before they become a pattern.
const escapeStringRegexp = require('escape-string-regexp');

const rooms = new Map();

function bannedPattern(words) {
  return new RegExp('\\b(' + words.map((w) => escapeStringRegexp(String(w))).join('|') + ')\\b', 'i');
}

module.exports = function moderation(io) {
  io.on('connection', (socket) => {
    socket.on('room:rules', ({ room, words }) => {
      rooms.set(room, { banned: bannedPattern(words) });
    });

    socket.on('room:message', ({ room, text }) => {
      const rules = rooms.get(room);
      if (rules && rules.banned.test(text)) {
        socket.emit('room:rejected', { reason: 'banned word' });
        return;
      }
      io.to(room).emit('room:message', { text });
    });
  });
};
