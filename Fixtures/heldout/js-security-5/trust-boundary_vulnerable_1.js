// Sails.js controller: quote builder kept in the session between steps.
function selection(req) {
  return { plan: req.param('plan'), seats: req.param('seats'), addons: req.param('addons') || [] };
}

module.exports = {
  choose: async function (req, res) {
    req.session.quote = selection(req); // expect: trust-boundary
    return res.redirect('/quote/review');
  },

  discount: async function (req, res) {
    req.session.discountPercent = Number(req.param('percent')); // expect: trust-boundary
    return res.ok({ applied: true });
  },

  review: async function (req, res) {
    const quote = await sails.helpers.priceQuote(req.session.quote, req.session.discountPercent || 0);
    return res.view('quote/review', { quote });
  },
};
