const express = require('express');

const app = express();
app.use(express.json());

app.post('/password-reset', async (req, res) => {
  const token = Math.random().toString(36).slice(2); // expect: insecure-random
  await saveResetToken(req.body.email, token);
  res.sendStatus(202);
});

app.post('/sessions', (req, res) => {
  const sessionId = Math.floor(Math.random() * 1e16).toString(16); // expect: insecure-random
  res.cookie('sid', sessionId, { httpOnly: true, secure: true });
  res.sendStatus(201);
});

async function saveResetToken(email, token) {
  return { email, token, expires: Date.now() + 3600 * 1000 };
}

module.exports = app;
