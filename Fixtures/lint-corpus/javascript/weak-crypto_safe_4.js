const crypto = require('crypto');
const bcrypt = require('bcrypt');

const ALGORITHMS = { label: 'SHA-512 (MD5 and SHA-1 are not accepted)', name: 'sha512' };

async function hashPassword(password) {
  return bcrypt.hash(password, 12);
}

function deriveKey(passphrase, salt) {
  return crypto.pbkdf2Sync(passphrase, salt, 310000, 32, 'sha256');
}

function fingerprint(buffer) {
  return crypto.createHash(ALGORITHMS.name).update(buffer).digest('hex');
}

module.exports = { hashPassword, deriveKey, fingerprint, ALGORITHMS };
