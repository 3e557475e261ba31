'use strict';

const hash = require('hash.js');

function pinDigest(badge, pin) {
  return hash.sha1().update(`${badge}:${pin}`).digest('hex'); // expect: weak-hash
}

module.exports = {
  name: 'kiosk',
  actions: {
    enroll: {
      params: { badge: 'string', pin: { type: 'string', length: 6 } },
      async handler(ctx) {
        const digest = pinDigest(ctx.params.badge, ctx.params.pin);
        await ctx.call('badges.update', { id: ctx.params.badge, pinDigest: digest });
        return { enrolled: true };
      },
    },
    unlock: {
      params: { badge: 'string', pin: 'string' },
      async handler(ctx) {
        const badge = await ctx.call('badges.get', { id: ctx.params.badge });
        return { open: badge.pinDigest === pinDigest(ctx.params.badge, ctx.params.pin) };
      },
    },
  },
};
