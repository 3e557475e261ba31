const { randomUUID, randomInt } = require('node:crypto');
const { Room } = require('colyseus');
const { saveReconnect } = require('./persistence');

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function roomCode(length) {
  let code = '';
  for (let i = 0; i < length; i++) {
    code += LETTERS[randomInt(LETTERS.length)];
  }
  return code;
}

class PartyRoom extends Room {
  onCreate(options) {
    this.maxClients = 8;
    this.setMetadata({ code: roomCode(5), host: options.nickname });
    this.onMessage('roll', (client) => {
      const dice = 1 + Math.floor(Math.random() * 6);
      this.broadcast('rolled', { player: client.sessionId, dice });
    });
  }

  async onJoin(client) {
    const resumeToken = randomUUID();
    await saveReconnect(resumeToken, this.roomId, client.sessionId);
    client.send('resume-token', resumeToken);
  }
}

module.exports = { PartyRoom };
