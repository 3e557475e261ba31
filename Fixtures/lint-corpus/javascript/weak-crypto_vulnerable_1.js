const crypto = require('crypto');

function hashPassword(password) {
  return crypto.createHash('md5').update(password).digest('hex'); // expect: weak-crypto
}

function resetToken(email, issuedAt) {
  const hash = crypto.createHash('sha1'); // expect: weak-crypto
  hash.update(`${email}:${issuedAt}`);
  return hash.digest('hex');
}

function signRequest(secret, body) {
  return crypto.createHash('md5').update(secret + body).digest('hex'); // expect: weak-crypto
}

module.exports = { hashPassword, resetToken, signRequest };
