const express = require('express');

const app = express();
app.use(express.json());
const EMAIL = /^[a-zA-Z0-9._-]+@[a-zA-Z0-9-]+\.[a-z]{2,}$/;
const VERSION = /^(\d+)(\.\d+)*$/;
const WORDS = /^\w+(\s\w+)*$/;

app.post('/signup', (req, res) => {
  const email = String(req.body.email);
  if (email.length > 254 || !EMAIL.test(email)) return res.status(400).end();
  if (!WORDS.test(req.body.bio) || !VERSION.test(req.body.version)) return res.status(400).end();
  res.json({ ok: true });
});

module.exports = app;
