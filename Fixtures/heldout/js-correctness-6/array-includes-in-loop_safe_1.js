const { App } = require('@slack/bolt');

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

const ESCALATION_CHANNELS = new Set(['C01INCIDENTS', 'C02ONCALL', 'C03SECURITY']);

app.command('/standup-missing', async ({ command, ack, respond, client }) => {
  await ack();
  const members = await client.conversations.members({ channel: command.channel_id });
  const posted = await client.conversations.history({ channel: command.channel_id, oldest: String(Date.now() / 1000 - 86400) });
  const authors = new Set(posted.messages.map((m) => m.user));

  const missing = [];
  for (const member of members.members) {
    if (!authors.has(member)) {
      missing.push(`<@${member}>`);
    }
  }
  const escalate = posted.messages.some((m) => ESCALATION_CHANNELS.has(m.channel));
  const quiet = ['C09RANDOM', 'C08SOCIAL'].includes(command.channel_id);
  await respond({ text: missing.length ? `Still missing: ${missing.join(', ')}` : 'Everyone posted!', response_type: escalate && !quiet ? 'in_channel' : 'ephemeral' });
});

module.exports = app;
