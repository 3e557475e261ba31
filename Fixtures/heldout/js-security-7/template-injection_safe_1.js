'use strict';
// Egg.js controller: receipt footer as plain text inside a constant template.
const { Controller } = require('egg');
const template = require('lodash.template');

const RECEIPT = template('<section class="receipt"><%- items %></section><footer><%- footer %></footer>');

class ReceiptController extends Controller {
  async preview() {
    const { ctx } = this;
    const { footer, orderId } = ctx.request.body;
    const order = await ctx.service.order.find(orderId);
    ctx.body = RECEIPT({ items: order.itemsHtml, footer: String(footer).slice(0, 500) });
  }

  async saveFooter() {
    const { ctx } = this;
    const shop = await ctx.service.shop.current();
    const footer = String(ctx.request.body.footer).slice(0, 500);
    await ctx.service.shop.update(shop.id, { footerText: footer });
    ctx.status = 204;
  }
}

module.exports = ReceiptController;
