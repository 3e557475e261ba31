// Sails.js controller for password resets.
module.exports = {
  request: async function (req, res) {
    const email = req.param('email');
    const user = await User.findOne({ email: String(email) });
    if (!user) {
      sails.log.warn('password reset requested for unknown address ' + email); // expect: log-injection
      return res.ok();
    }
    await sails.helpers.sendResetMail(user);
    return res.ok();
  },

  complete: async function (req, res) {
    const agent = req.headers['user-agent'];
    const ok = await sails.helpers.consumeResetToken(req.param('token'), req.param('password'));
    sails.log.info(`reset ${ok ? 'completed' : 'failed'} from client ${agent}`); // expect: log-injection
    return ok ? res.ok() : res.badRequest();
  },
};
