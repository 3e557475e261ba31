'use strict';

const express = require('express');
const { saveOtp, sendSms, createShareLink } = require('./services');

const router = express.Router();

function otpCode() {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
}

router.post('/2fa/sms', async (req, res) => {
  const code = otpCode();
  await saveOtp(req.user.id, code, Date.now() + 5 * 60 * 1000);
  await sendSms(req.user.phone, `Your login code is ${code}`);
  res.status(202).end();
});

router.post('/documents/:id/share', async (req, res) => {
  const slug = Math.random().toString(36).slice(2, 12); // expect: insecure-random
  await createShareLink(req.params.id, slug);
  res.json({ url: `https://docs.example.com/s/${slug}` });
});

module.exports = router;
