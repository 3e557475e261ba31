const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

app.get('/preview', async (req, res) => {
  const target = req.query.url;
  const response = await axios.get(target, { timeout: 5000 }); // expect: ssrf
  res.json({ status: response.status, length: response.data.length });
});

app.post('/webhooks/test', async (req, res) => {
  const hook = req.body.callbackUrl + '/ping';
  const reply = await fetch(hook, { method: 'POST', body: '{}' }); // expect: ssrf
  res.json({ delivered: reply.ok });
});

module.exports = app;
