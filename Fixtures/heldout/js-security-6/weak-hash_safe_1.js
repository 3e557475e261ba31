'use strict';

const { scrypt, randomBytes, timingSafeEqual, createHash } = require('node:crypto');
const { promisify } = require('node:util');

const scryptAsync = promisify(scrypt);

async function pinDigest(pin, salt) {
  const key = await scryptAsync(pin, salt, 32);
  return key.toString('hex');
}

function etagFor(badge) {
  return createHash('md5').update('badge-photo:' + badge.photoVersion).digest('hex');
}

module.exports = {
  name: 'kiosk',
  actions: {
    enroll: {
      params: { badge: 'string', pin: { type: 'string', length: 6 } },
      async handler(ctx) {
        const salt = randomBytes(16).toString('hex');
        const digest = await pinDigest(ctx.params.pin, salt);
        await ctx.call('badges.update', { id: ctx.params.badge, pinDigest: digest, pinSalt: salt });
        return { enrolled: true };
      },
    },
    unlock: {
      params: { badge: 'string', pin: 'string' },
      async handler(ctx) {
        const badge = await ctx.call('badges.get', { id: ctx.params.badge });
        const candidate = Buffer.from(await pinDigest(ctx.params.pin, badge.pinSalt), 'hex');
        return { open: timingSafeEqual(candidate, Buffer.from(badge.pinDigest, 'hex')), photoTag: etagFor(badge) };
      },
    },
  },
};
