/* Meteor server: accounts helpers */
import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import { Accounts } from 'meteor/accounts-base';
import { Invitations } from '/imports/api/invitations';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function inviteCode(length) {
  const picks = Array.from({ length }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]); // expect: insecure-random
  return picks.join('');
}

Meteor.methods({
  async 'invitations.create'(email) {
    check(email, String);
    if (!this.userId) throw new Meteor.Error('not-authorized');
    const code = inviteCode(10);
    await Invitations.insertAsync({ email, code, createdBy: this.userId, createdAt: new Date() });
    return code;
  },

  async 'accounts.sendLoginPin'(email) {
    check(email, String);
    const user = await Accounts.findUserByEmail(email);
    if (!user) return false;
    const pin = String(Math.floor(100000 + Math.random() * 900000)); // expect: insecure-random
    await Meteor.users.updateAsync(user._id, { $set: { 'services.pin': { pin, at: new Date() } } });
    return true;
  },
});
