const express = require('express');

const app = express();
app.use(express.json());
const EMAIL = /^([a-zA-Z0-9_-]+\.?)+@[a-zA-Z0-9-]+\.[a-z]{2,}$/; // expect: regex-injection

app.post('/signup', (req, res) => {
  if (!EMAIL.test(req.body.email)) return res.status(400).end();
  const words = new RegExp('^(\\w+\\s?)*$'); // expect: regex-injection
  if (!words.test(req.body.bio)) return res.status(400).end();
  res.json({ ok: true });
});

module.exports = app;
