const crypto = require('crypto');
const fs = require('fs');

function hashPassword(password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 64);
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

function fileChecksum(path) {
  return crypto.createHash('sha256').update(fs.readFileSync(path)).digest('hex');
}

function signRequest(secret, body) {
  return crypto.createHmac('sha256', secret).update(body).digest('hex');
}

module.exports = { hashPassword, fileChecksum, signRequest };
