// Sails.js action: preview a customer-designed e-mail template (doT and Eta).
const doT = require('dot');
const { Eta } = require('eta');

const eta = new Eta({ autoEscape: true });

module.exports = {
  inputs: {
    body: { type: 'string', required: true },
    footer: { type: 'string', defaultsTo: '' },
  },

  fn: async function ({ body, footer }) {
    const customer = await Customer.findOne({ id: this.req.session.customerId });
    const render = doT.template('<div class="mail">' + body + '</div>'); // expect: template-injection
    const footerHtml = eta.renderString(footer, { customer }); // expect: template-injection
    return { html: render({ customer }) + footerHtml };
  },
};
