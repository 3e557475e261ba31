import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import { Contacts } from '/imports/api/contacts';

function compileBlocklist(words) {
  return new RegExp('\\b(' + words.join('|') + ')\\b', 'i'); // expect: regex-injection
}

Meteor.methods({
  async 'contacts.filter'(query) {
    check(query, { prefix: String, blocked: [String] });
    if (!this.userId) throw new Meteor.Error('not-authorized');
    const contacts = await Contacts.find({ owner: this.userId }).fetchAsync();
    const starts = new RegExp('^' + query.prefix, 'i'); // expect: regex-injection
    const blocked = compileBlocklist(query.blocked);
    return contacts.filter((c) => starts.test(c.name) && !blocked.test(c.notes || ''));
  },
});
