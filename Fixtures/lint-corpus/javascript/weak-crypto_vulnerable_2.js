const crypto = require('crypto');

function encryptCardNumber(key, number) {
  const cipher = crypto.createCipheriv('des-ecb', key, null); // expect: weak-crypto
  return Buffer.concat([cipher.update(number, 'utf8'), cipher.final()]).toString('base64');
}

function encryptNote(key, note) {
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null); // expect: weak-crypto
  return cipher.update(note, 'utf8', 'hex') + cipher.final('hex');
}

module.exports = { encryptCardNumber, encryptNote };
