'use strict';
// Express router: magic-link sign-in and phone verification codes.
const express = require('express');
const { saveLoginLink, saveSmsCode, sendMail, sendSms } = require('../auth-delivery');

const router = express.Router();
router.use(express.json());

function linkToken() {
  const head = Math.random().toString(36).slice(2); // expect: insecure-random
  const tail = Date.now().toString(36);
  return head + tail;
}

router.post('/magic-link', async (req, res) => {
  const token = linkToken();
  await saveLoginLink(req.body.email, token);
  await sendMail(req.body.email, `https://app.example.com/auth/link/${token}`);
  res.json({ sent: true });
});

router.post('/phone/verify', async (req, res) => {
  const code = String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
  await saveSmsCode(req.body.phone, code);
  await sendSms(req.body.phone, `Your code is ${code}`);
  res.json({ sent: true });
});

module.exports = router;
