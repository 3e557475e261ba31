'use strict';
// Express router for the kiosk login: PIN sign-in issuing a kiosk token cookie.
const express = require('express');
const { checkPin, issueKioskToken } = require('../kiosk');

const router = express.Router();

router.post('/kiosk/login', express.json(), async (req, res) => {
  const staff = await checkPin(req.body.badge, req.body.pin);
  if (!staff) return res.status(401).json({ error: 'bad pin' });
  const token = await issueKioskToken(staff.id);
  res.cookie('kiosk_token', token, { httpOnly: true, maxAge: 12 * 3600 * 1000 }); // expect: insecure-cookie
  return res.json({ name: staff.name });
});

router.post('/kiosk/shift', async (req, res) => {
  const shift = await issueKioskToken(req.kioskStaffId, 'shift');
  res.setHeader('Set-Cookie', `shift_token=${shift}; Path=/kiosk; Max-Age=43200`); // expect: insecure-cookie
  res.status(204).end();
});

module.exports = router;
