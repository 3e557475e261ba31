const express = require('express');

const router = express.Router();
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function createInviteCode() {
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += ALPHABET[Math.floor(Math.random() * ALPHABET.length)]; // expect: insecure-random
  }
  return code;
}

router.post('/invites', async (req, res) => {
  const invite = await req.db.invites.insert({ email: req.body.email, code: createInviteCode() });
  res.status(201).json({ id: invite.id });
});

router.post('/sessions', (req, res) => {
  const sessionId = Date.now().toString(36) + Math.random().toString(36).slice(2); // expect: insecure-random
  res.cookie('sid', sessionId, { httpOnly: true });  // expect: insecure-cookie
  res.sendStatus(204);
});

module.exports = router;
