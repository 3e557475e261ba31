'use strict';
// Egg.js controller: sign-in for the merchant console, cookie flags from one helper.
const { Controller } = require('egg');

function cookieOptions(maxAge) {
  return Object.assign({ httpOnly: true, secure: true, sameSite: 'strict', signed: true }, { maxAge });
}

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
    ctx.cookies.set('merchant_session', token, cookieOptions(8 * 3600 * 1000));
    ctx.cookies.set('merchant_pref', merchant.preferencesToken, cookieOptions(30 * 86400 * 1000));
    ctx.body = { id: merchant.id, name: merchant.name };
  }
}

module.exports = SessionController;
