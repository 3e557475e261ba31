'use strict';
// Express: invitations and temporary passwords for the school portal
const express = require('express');
const { Invites, Users, mailer } = require('./services');

const router = express.Router();

function makeInviteCode() {
  return Math.random().toString(36).slice(2, 10).toUpperCase(); // expect: insecure-random
}

function temporaryPassword(length = 10) {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length }, () => chars[Math.floor(Math.random() * chars.length)]).join(''); // expect: insecure-random
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
