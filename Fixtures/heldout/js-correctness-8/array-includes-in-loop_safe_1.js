import tmi from 'tmi.js';

const BANNED_WORDS = new Set(['spoiler', 'giveaway-scam', 'free-followers']);
const COMMANDS = ['!uptime', '!discord'];

const client = new tmi.Client({
  identity: { username: process.env.BOT_NAME, password: process.env.BOT_OAUTH },
  channels: [process.env.CHANNEL],
});

function shouldTimeout(message) {
  for (const word of message.toLowerCase().split(/\s+/)) {
    if (BANNED_WORDS.has(word)) {
      return true;
    }
  }
  return message.includes('http://');
}

client.on('message', (channel, tags, message, self) => {
  if (self) {
    return;
  }
  if (COMMANDS.includes(message.trim())) {
    client.say(channel, `@${tags.username} see the panels below the stream`);
  } else if (!tags.mod && shouldTimeout(message)) {
    client.timeout(channel, tags.username, 60, 'banned word');
  }
});

client.connect();
