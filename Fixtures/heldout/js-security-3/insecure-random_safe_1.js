'use strict';

const crypto = require('crypto');
const express = require('express');
const { saveOtp, sendSms, createShareLink } = require('./services');

const router = express.Router();

function otpCode() {
  return String(crypto.randomInt(100000, 1000000));
}

router.post('/2fa/sms', async (req, res) => {
  const code = otpCode();
  await saveOtp(req.user.id, code, Date.now() + 5 * 60 * 1000);
  await sendSms(req.user.phone, `Your login code is ${code}`);
  res.status(202).end();
});

router.post('/documents/:id/share', async (req, res) => {
  const slug = crypto.randomBytes(12).toString('base64url');
  await createShareLink(req.params.id, slug);
  res.json({ url: `https://docs.example.com/s/${slug}`, requestId: crypto.randomUUID() });
});

module.exports = router;
