'use strict';

module.exports = {
  name: 'accounts',
  actions: {
    requestReset: {
      params: { email: 'string' },
      async handler(ctx) {
        const { email } = ctx.params;
        const account = await ctx.call('users.findByEmail', { email });
        if (!account) {
          this.logger.warn('Password reset requested for unknown address ' + email); // expect: log-injection
          return { sent: true };
        }
        await ctx.call('mail.sendReset', { id: account.id });
        return { sent: true };
      },
    },
    recordLogin: {
      params: { userId: 'string', client: 'string' },
      handler(ctx) {
        const agent = ctx.meta.userAgent || 'unknown';
        const message = `login ok user=${ctx.params.userId} client=${ctx.params.client} agent=${agent}`;
        this.logger.info(message); // expect: log-injection
        return ctx.emit('accounts.loggedIn', { userId: ctx.params.userId });
      },
    },
  },
};
