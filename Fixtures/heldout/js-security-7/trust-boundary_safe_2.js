'use strict';
// Egg.js controller: checkout wizard stores server-side prices and clamped quantities.
const { Controller } = require('egg');

class CheckoutController extends Controller {
  async addItem() {
    const { ctx, service } = this;
    const product = await service.catalog.bySku(String(ctx.request.body.sku));
    if (!product) {
      ctx.status = 404;
      return;
    }
    const quantity = Math.min(Math.max(Number.parseInt(ctx.request.body.quantity, 10) || 1, 1), 20);
    ctx.session.cart = { sku: product.sku, quantity, unitPrice: product.price };
    ctx.body = { ok: true };
  }

  async applyCoupon() {
    const { ctx, service } = this;
    const coupon = await service.coupon.redeemable(String(ctx.query.code || ''));
    ctx.session.discountPercent = coupon ? coupon.percent : 0;
    ctx.body = { discount: ctx.session.discountPercent };
  }
}

module.exports = CheckoutController;
