const crypto = require('crypto');

const LEGACY_KEY = Buffer.from(process.env.LEGACY_KEY, 'hex');

function encryptCard(number) {
  const iv = crypto.randomBytes(8);
  const cipher = crypto.createCipheriv('des-ede3-cbc', LEGACY_KEY, iv); // expect: weak-crypto
  return Buffer.concat([iv, cipher.update(number, 'utf8'), cipher.final()]).toString('base64');
}

function encryptToken(token, key) {
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null); // expect: weak-crypto
  return cipher.update(token, 'utf8', 'hex') + cipher.final('hex');
}

function encryptNote(note, password) {
  const cipher = crypto.createCipher('aes-256-cbc', password); // expect: weak-crypto
  return cipher.update(note, 'utf8', 'hex') + cipher.final('hex');
}

module.exports = { encryptCard, encryptToken, encryptNote };
