const express = require('express');

const app = express();
app.use(express.json());

const ALLOWED_HOSTS = ['hooks.slack.com', 'discord.com'];

app.post('/integrations/test', async (req, res) => {
  let webhook;
  try {
    webhook = new URL(req.body.webhookUrl);
  } catch {
    return res.status(400).json({ error: 'invalid URL' });
  }
  if (webhook.protocol !== 'https:' || !ALLOWED_HOSTS.includes(webhook.hostname)) {
    return res.status(400).json({ error: 'host not allowed' });
  }
  const reply = await fetch(webhook, { method: 'POST', body: JSON.stringify({ text: 'test' }) });
  res.json({ delivered: reply.ok });
});

app.get('/regions/:region/health', async (req, res) => {
  const region = req.params.region;
  if (!['eu', 'us', 'ap'].includes(region)) {
    return res.sendStatus(404);
  }
  const reply = await fetch(`https://${region}.api.example.com/health`);
  res.status(reply.status).end();
});

module.exports = app;
