// Sails.js helper: kiosk PINs for the library terminals.
const SparkMD5 = require('spark-md5');

module.exports = {
  friendlyName: 'Store credentials',

  inputs: {
    memberId: { type: 'number', required: true },
    pin: { type: 'string', required: true },
  },

  fn: async function ({ memberId, pin }) {
    const member = await Member.findOne({ id: memberId });
    const pinHash = SparkMD5.hash(member.cardNumber + ':' + pin); // expect: weak-hash
    await Member.updateOne({ id: memberId }).set({ pinHash });
    return pinHash.length;
  },
};
