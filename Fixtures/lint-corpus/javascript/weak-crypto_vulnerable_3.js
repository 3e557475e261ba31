const crypto = require('crypto');

function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex'); // expect: weak-crypto
}

function signDownload(path, secret) {
  const digest = crypto.createHash('sha1'); // expect: weak-crypto
  digest.update(path + secret);
  return digest.digest('base64url');
}

function verifyPassword(password, stored) {
  return crypto.timingSafeEqual(Buffer.from(hashPassword(password)), Buffer.from(stored));
}

module.exports = { hashPassword, signDownload, verifyPassword };
