// Sails.js controller: the session keeps a looked-up plan and clamped seats.
module.exports = {
  choose: async function (req, res) {
    const plan = await Plan.findOne({ code: String(req.param('plan')) });
    if (!plan) {
      return res.badRequest();
    }
    const seats = Math.min(Math.max(parseInt(req.param('seats'), 10) || 1, 1), plan.maxSeats);
    req.session.quote = { planId: plan.id, unitPrice: plan.price, seats };
    return res.redirect('/quote/review');
  },

  review: async function (req, res) {
    const quote = await sails.helpers.priceQuote(req.session.quote, 0);
    return res.view('quote/review', { quote });
  },
};
