'use strict';
// Egg.js controller: checkout wizard keeps its state in the session (egg-session).
const { Controller } = require('egg');

function cartFrom(body) {
  return {
    sku: body.sku,
    quantity: Number(body.quantity),
    unitPrice: Number(body.unitPrice),
  };
}

class CheckoutController extends Controller {
  async addItem() {
    const { ctx } = this;
    ctx.session.cart = cartFrom(ctx.request.body); // expect: trust-boundary
    ctx.body = { ok: true };
  }

  async applyCoupon() {
    const { ctx } = this;
    const discount = ctx.query.discount;
    ctx.session.discountPercent = discount; // expect: trust-boundary
    ctx.body = { discount };
  }

  async pay() {
    const { ctx, service } = this;
    const { cart, discountPercent } = ctx.session;
    const total = cart.quantity * cart.unitPrice * (1 - (discountPercent || 0) / 100);
    ctx.body = await service.payment.charge(ctx.session.userId, total);
  }
}

module.exports = CheckoutController;
