'use strict';
// Express app: cookie-session and the kiosk token cookie with secure, httpOnly and sameSite.
const express = require('express');
const cookieSession = require('cookie-session');
const { checkPin, issueKioskToken } = require('./kiosk');

const app = express();
app.set('trust proxy', 1);
app.use(
  cookieSession({
    name: 'kiosk_session',
    keys: [process.env.KIOSK_SESSION_KEY],
    secure: true,
    httpOnly: true,
    sameSite: 'strict',
    maxAge: 12 * 3600 * 1000,
  }),
);

app.post('/kiosk/login', express.json(), async (req, res) => {
  const staff = await checkPin(req.body.badge, req.body.pin);
  if (!staff) return res.status(401).json({ error: 'bad pin' });
  res.cookie('kiosk_token', await issueKioskToken(staff.id), {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    maxAge: 12 * 3600 * 1000,
  });
  return res.json({ name: staff.name });
});

module.exports = app;
