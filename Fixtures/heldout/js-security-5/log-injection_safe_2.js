// Sails.js controller for password resets; logged values are neutralised.
function oneLine(value) {
  return String(value).replace(/[\r\n\u2028\u2029]/g, ' ').slice(0, 120);
}

module.exports = {
  request: async function (req, res) {
    const email = req.param('email');
    const user = await User.findOne({ email: String(email) });
    if (!user) {
      sails.log.warn('password reset requested for unknown address ' + oneLine(email));
      return res.ok();
    }
    await sails.helpers.sendResetMail(user);
    sails.log.info('password reset mail sent to user #' + Number(user.id));
    return res.ok();
  },
};
