import tmi from 'tmi.js';

const BANNED_WORDS = ['spoiler', 'giveaway-scam', 'free-followers'];

const client = new tmi.Client({
  identity: { username: process.env.BOT_NAME, password: process.env.BOT_OAUTH },
  channels: [process.env.CHANNEL],
});

function shouldTimeout(message) {
  for (const word of message.toLowerCase().split(/\s+/)) {
    if (BANNED_WORDS.includes(word)) { // expect: array-includes-in-loop
      return true;
    }
  }
  return false;
}

client.on('message', (channel, tags, message, self) => {
  if (self || tags.mod) {
    return;
  }
  if (shouldTimeout(message)) {
    client.timeout(channel, tags.username, 60, 'banned word');
  }
});

client.connect();
