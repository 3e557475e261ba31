'use strict';

function oneLine(value) {
  return String(value).replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 200);
}

module.exports = {
  name: 'accounts',
  actions: {
    requestReset: {
      params: { email: 'string' },
      async handler(ctx) {
        const { email } = ctx.params;
        const account = await ctx.call('users.findByEmail', { email });
        if (!account) {
          this.logger.warn('Password reset requested for unknown address ' + oneLine(email));
          return { sent: true };
        }
        await ctx.call('mail.sendReset', { id: account.id });
        return { sent: true };
      },
    },
    recordLogin: {
      params: { userId: 'string', client: 'string' },
      handler(ctx) {
        const agent = JSON.stringify(ctx.meta.userAgent || 'unknown');
        this.logger.info(`login ok user=${oneLine(ctx.params.userId)} agent=${agent}`);
        return ctx.emit('accounts.loggedIn', { userId: ctx.params.userId });
      },
    },
  },
};
