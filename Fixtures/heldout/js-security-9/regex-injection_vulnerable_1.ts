import tmi from 'tmi.js';

const client = new tmi.Client({
  identity: { username: 'modbot', password: process.env.TWITCH_OAUTH ?? '' },
  channels: ['speedruns'],
});

const blockedPatterns: string[] = [];

client.on('message', async (channel, tags, message, self) => {
  if (self) return;
  if (message.startsWith('!block ') && tags.mod) {
    blockedPatterns.push(message.slice(7).trim());
    await client.say(channel, `now blocking ${blockedPatterns.length} patterns`);
    return;
  }
  for (const pattern of blockedPatterns) {
    if (message.match(pattern)) { // expect: regex-injection
      await client.deletemessage(channel, tags.id ?? '');
      break;
    }
  }
});

client.connect();
