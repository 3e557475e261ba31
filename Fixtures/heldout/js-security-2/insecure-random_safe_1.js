'use strict';
// Express: invitations and temporary passwords from the crypto module
const crypto = require('crypto');
const express = require('express');
const { Invites, Users, mailer } = require('./services');

const router = express.Router();
const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

function makeInviteCode() {
  return crypto.randomBytes(6).toString('base64url').toUpperCase();
}

function temporaryPassword(length = 12) {
  return Array.from({ length }, () => CHARS[crypto.randomInt(CHARS.length)]).join('');
}

router.post('/classes/:id/invite', async (req, res) => {
  const code = makeInviteCode();
  await Invites.create({ classId: req.params.id, code, expiresAt: Date.now() + 7 * 86400000 });
  res.json({ code });
});

router.post('/students/:id/reset', async (req, res) => {
  const password = temporaryPassword();
  const student = await Users.setPassword(req.params.id, password, { mustChange: true });
  await mailer.send(student.parentEmail, 'New password', `Temporary password: ${password}`);
  res.status(204).end();
});

module.exports = router;
