// Sails.js helper: kiosk PINs hashed with scrypt; MD5 only for cover-image cache keys.
const crypto = require('crypto');
const { promisify } = require('util');

const scrypt = promisify(crypto.scrypt);

module.exports = {
  friendlyName: 'Store credentials',

  inputs: {
    memberId: { type: 'number', required: true },
    pin: { type: 'string', required: true },
  },

  fn: async function ({ memberId, pin }) {
    const salt = crypto.randomBytes(16);
    const derived = await scrypt(pin, salt, 32);
    await Member.updateOne({ id: memberId }).set({ pinHash: salt.toString('hex') + ':' + derived.toString('hex') });
    const coverKey = crypto.createHash('md5').update('cover:' + memberId).digest('hex');
    await sails.helpers.warmCoverCache(coverKey);
    return true;
  },
};
