const tmi = require('tmi.js');
const escapeRegExp = require('lodash.escaperegexp');

const client = new tmi.Client({
  identity: { username: 'modbot', password: process.env.TWITCH_OAUTH || '' },
  channels: ['speedruns'],
});

const blocked = [];

client.on('message', async (channel, tags, message, self) => {
  if (self) return;
  if (message.startsWith('!block ') && tags.mod) {
    const phrase = message.slice(7).trim();
    blocked.push(new RegExp('\\b' + escapeRegExp(phrase) + '\\b', 'i'));
    await client.say(channel, `now blocking ${blocked.length} phrases`);
    return;
  }
  if (blocked.some((matcher) => matcher.test(message))) {
    await client.deletemessage(channel, tags.id || '');
  }
});

client.connect();
