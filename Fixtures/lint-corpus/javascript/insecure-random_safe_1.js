const express = require('express');
const crypto = require('crypto');

const app = express();
const sessions = new Map();

function newSessionId() {
  return crypto.randomBytes(32).toString('hex');
}

app.post('/login', (req, res) => {
  const sessionId = newSessionId();
  sessions.set(sessionId, req.body.username);
  res.cookie('sid', sessionId, { httpOnly: true });  // expect: insecure-cookie
  res.sendStatus(204);
});

function oneTimeCode() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

function requestId() {
  return crypto.randomUUID();
}

module.exports = { app, oneTimeCode, requestId };
