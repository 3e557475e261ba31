'use strict';
// Colour swatches, retry jitter and a shuffled playlist: randomness nobody has to guess.
const _ = require('lodash');
const crypto = require('crypto');

function colorCode() {
  return '#' + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0');
}

function pairingCode() {
  return String(crypto.randomInt(0, 100000000)).padStart(8, '0');
}

async function saveSettings(settings, user) {
  const delay = 100 + Math.floor(Math.random() * 400);
  await settings.updateOne({ userId: user.id, theme: colorCode(), retryDelay: delay });
  await settings.insertOne({ userId: user.id, code: pairingCode() });
}

async function saveResetToken(store, token, request) {
  await store.save(token, request.attempt + Math.random());
}

function playlist(tracks) {
  return _.shuffle(tracks).slice(0, 20);
}

module.exports = { saveSettings, saveResetToken, playlist };
