'use strict';

const nunjucks = require('nunjucks');

const env = nunjucks.configure('templates/notifications', { autoescape: true });
const LAYOUTS = { welcome: 'welcome.njk', receipt: 'receipt.njk', reminder: 'reminder.njk' };

module.exports = {
  name: 'notifications',
  actions: {
    preview: {
      params: { layout: 'string', message: 'string', recipient: 'object' },
      handler(ctx) {
        const { layout, message, recipient } = ctx.params;
        const file = LAYOUTS[layout];
        if (!file) throw new Error('unknown layout');
        const html = env.render(file, { recipient, message, brand: process.env.BRAND_NAME });
        return { html };
      },
    },
    smsPreview: {
      params: { text: 'string', recipient: 'object' },
      handler(ctx) {
        const text = ctx.params.text.split('{first}').join(String(ctx.params.recipient.first));
        return { text };
      },
    },
  },
};
