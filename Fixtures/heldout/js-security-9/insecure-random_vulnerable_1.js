const { Room } = require('colyseus');
const { saveReconnect } = require('./persistence');

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function roomCode(length) {
  let code = '';
  for (let i = 0; i < length; i++) {
    code += LETTERS[Math.floor(Math.random() * LETTERS.length)]; // expect: insecure-random
  }
  return code;
}

class PartyRoom extends Room {
  onCreate(options) {
    this.maxClients = 8;
    this.setMetadata({ code: roomCode(5), host: options.nickname });
    this.onMessage('ready', (client) => this.broadcast('ready', client.sessionId));
  }

  async onJoin(client, options) {
    const resumeToken = Math.random().toString(36).slice(2) + Date.now().toString(36); // expect: insecure-random
    await saveReconnect(resumeToken, this.roomId, client.sessionId);
    client.send('resume-token', resumeToken);
  }
}

module.exports = { PartyRoom };
