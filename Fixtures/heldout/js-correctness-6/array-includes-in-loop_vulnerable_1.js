const { App } = require('@slack/bolt');

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

const ESCALATION_CHANNELS = ['C01INCIDENTS', 'C02ONCALL', 'C03SECURITY'];

app.command('/standup-missing', async ({ command, ack, respond, client }) => {
  await ack();
  const members = await client.conversations.members({ channel: command.channel_id });
  const posted = await client.conversations.history({ channel: command.channel_id, oldest: String(Date.now() / 1000 - 86400) });
  const authors = posted.messages.map((m) => m.user);

  const missing = [];
  for (const member of members.members) {
    if (!authors.includes(member)) { // expect: array-includes-in-loop
      missing.push(`<@${member}>`);
    }
  }
  const escalate = posted.messages.some((m) => ESCALATION_CHANNELS.includes(m.channel)); // expect: array-includes-in-loop
  await respond({ text: missing.length ? `Still missing: ${missing.join(', ')}` : 'Everyone posted!', response_type: escalate ? 'in_channel' : 'ephemeral' });
});

module.exports = app;
