const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  const profile = serialize.unserialize(raw); // expect: unsafe-deserialization
  res.json({ name: profile.name });
});

module.exports = app;
