const express = require('express');

const app = express();
const sessions = new Map();

function newSessionId() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // expect: insecure-random
}

app.post('/login', (req, res) => {
  const sessionId = newSessionId();
  sessions.set(sessionId, req.body.username);
  res.cookie('sid', sessionId, { httpOnly: true });  // expect: insecure-cookie
  res.sendStatus(204);
});

function oneTimeCode() {
  return String(Math.floor(Math.random() * 1000000)).padStart(6, '0'); // expect: insecure-random
}

module.exports = { app, oneTimeCode };
