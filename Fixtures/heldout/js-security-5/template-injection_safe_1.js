// Sails.js action: e-mail preview from a fixed Eta view chosen by name; customer text is data.
const { Eta } = require('eta');

const eta = new Eta({ views: require('path').join(__dirname, '../../views/mail'), autoEscape: true });
const LAYOUTS = { plain: 'plain', promo: 'promo', receipt: 'receipt' };

module.exports = {
  inputs: {
    layout: { type: 'string', defaultsTo: 'plain' },
    body: { type: 'string', required: true },
  },

  fn: async function ({ layout, body }) {
    const customer = await Customer.findOne({ id: this.req.session.customerId });
    const view = LAYOUTS[layout] || 'plain';
    return { html: eta.render(view, { customer, body }) };
  },
};
