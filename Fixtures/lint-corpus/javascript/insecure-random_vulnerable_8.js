'use strict';
// Pairing a TV with the phone app: the TV shows a code, the phone types it back.
const _ = require('lodash');
const { mailer } = require('./mailer');

const DIGITS = '0123456789'.split('');

function pairingCode() {
  let out = '';
  for (let i = 0; i < 8; i += 1) {
    out += Math.floor(Math.random() * 10); // expect: insecure-random
  }
  return out;
}

async function startPairing(devices, tv) {
  const code = pairingCode();
  await devices.insertOne({ tvId: tv.id, code, createdAt: new Date() });
  return code;
}

async function inviteByMail(user) {
  const passcode = _.sampleSize(DIGITS, 6).join(''); // expect: insecure-random
  await mailer.sendMail({ to: user.email, subject: 'Your invite', text: `Enter ${passcode} to join` });
}

module.exports = { startPairing, inviteByMail };
