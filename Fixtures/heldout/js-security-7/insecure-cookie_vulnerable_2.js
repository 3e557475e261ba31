'use strict';
// Egg.js controller: sign-in for the merchant console.
const { Controller } = require('egg');

class SessionController extends Controller {
  async create() {
    const { ctx, service } = this;
    const { email, password } = ctx.request.body;
    const merchant = await service.merchant.authenticate(email, password);
    if (!merchant) {
      ctx.status = 401;
      ctx.body = { error: 'invalid credentials' };
      return;
    }
    const token = await service.session.issue(merchant.id);
    ctx.cookies.set('merchant_session', token, { // expect: insecure-cookie
      httpOnly: true,
      secure: false,
      maxAge: 8 * 3600 * 1000,
    });
    ctx.cookies.set('merchant_pref', merchant.preferencesToken, { httpOnly: false, maxAge: 30 * 86400 * 1000 }); // expect: insecure-cookie
    ctx.body = { id: merchant.id, name: merchant.name };
  }
}

module.exports = SessionController;
