'use strict';
// ws server: game rooms; Math.random only for cosmetic spawn positions, codes from crypto.
const { WebSocketServer } = require('ws');
const { randomInt, randomBytes } = require('node:crypto');

const rooms = new Map();
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function inviteCode(length) {
  return Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

function spawnPoint(arena) {
  return { x: Math.random() * arena.width, y: Math.random() * arena.height };
}

const wss = new WebSocketServer({ port: Number(process.env.GAME_PORT || 8081) });

wss.on('connection', (socket) => {
  socket.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
    if (msg.type === 'create-room') {
      const code = inviteCode(6);
      const reconnectToken = randomBytes(24).toString('base64url');
      const position = spawnPoint({ width: 800, height: 600 });
      rooms.set(code, { host: socket, players: [{ socket, reconnectToken, position }] });
      socket.send(JSON.stringify({ type: 'room', code, reconnectToken, position }));
    }
  });
});
