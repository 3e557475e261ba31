'use strict';
// ws server: private game rooms joined with an invite code; reconnect tokens per player.
const { WebSocketServer } = require('ws');

const rooms = new Map();
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function pick() {
  return ALPHABET[Math.floor(Math.random() * ALPHABET.length)]; // expect: insecure-random
}

function inviteCode(length) {
  return Array.from({ length }, pick).join('');
}

const wss = new WebSocketServer({ port: Number(process.env.GAME_PORT || 8081) });

wss.on('connection', (socket) => {
  socket.on('message', (raw) => {
    const msg = JSON.parse(String(raw));
    if (msg.type === 'create-room') {
      const code = inviteCode(6);
      const reconnectToken = Math.random().toString(36).slice(2) + Date.now().toString(36); // expect: insecure-random
      rooms.set(code, { host: socket, players: [{ socket, reconnectToken }] });
      socket.send(JSON.stringify({ type: 'room', code, reconnectToken }));
    }
  });
});
