// Sails.js controller: login and language switch.
function continueTo(req) {
  return req.param('continue') || req.get('referer') || '/';
}

module.exports = {
  login: async function (req, res) {
    const user = await sails.helpers.checkPassword(req.param('email'), req.param('password'));
    if (!user) {
      return res.forbidden();
    }
    req.session.userId = user.id;
    return res.redirect(req.param('next') || '/home'); // expect: open-redirect
  },

  language: async function (req, res) {
    res.cookie('lang', req.param('lang') === 'de' ? 'de' : 'en', { httpOnly: true, secure: true, sameSite: 'lax' });
    return res.redirect(continueTo(req)); // expect: open-redirect
  },
};
