const crypto = require('crypto');
const express = require('express');

const router = express.Router();
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const TIPS = ['Use keyboard shortcuts', 'Pin your favourite boards', 'Invite your team'];

function createInviteCode() {
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += ALPHABET[crypto.randomInt(ALPHABET.length)];
  }
  return code;
}

router.post('/sessions', (req, res) => {
  const sessionId = crypto.randomBytes(24).toString('base64url');
  res.cookie('sid', sessionId, { httpOnly: true });  // expect: insecure-cookie
  res.sendStatus(204);
});

router.get('/tip', (req, res) => {
  const tip = TIPS[Math.floor(Math.random() * TIPS.length)];
  res.json({ tip, createInviteCode: undefined });
});

module.exports = { router, createInviteCode };
