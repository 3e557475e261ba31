'use strict';
// Egg.js controller: merchants customise their receipt footer (lodash.template).
const { Controller } = require('egg');
const template = require('lodash.template');

class ReceiptController extends Controller {
  async preview() {
    const { ctx } = this;
    const { footer, orderId } = ctx.request.body;
    const order = await ctx.service.order.find(orderId);
    const layout = '<section class="receipt"><%- items %></section>' + footer;
    const render = template(layout); // expect: template-injection
    ctx.body = render({ items: order.itemsHtml, shop: order.shopName });
  }

  async saveFooter() {
    const { ctx } = this;
    const shop = await ctx.service.shop.current();
    const compiled = template(ctx.request.body.footer, { variable: 'shop' }); // expect: template-injection
    await ctx.service.shop.update(shop.id, { footerHtml: compiled(shop) });
    ctx.status = 204;
  }
}

module.exports = ReceiptController;
