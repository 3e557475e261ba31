'use strict';
// Egg.js controller: logout and the campaign link tracker.
const { Controller } = require('egg');

function afterLogout(ctx) {
  return ctx.query.return_to || ctx.get('referer') || '/';
}

class LinkController extends Controller {
  async logout() {
    const { ctx } = this;
    ctx.session = null;
    ctx.unsafeRedirect(afterLogout(ctx)); // expect: open-redirect
  }

  async track() {
    const { ctx, service } = this;
    const { campaign, url } = ctx.query;
    await service.analytics.click(campaign, ctx.ip);
    ctx.status = 302;
    ctx.set('Location', url); // expect: open-redirect
  }
}

module.exports = LinkController;
