import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import { Contacts } from '/imports/api/contacts';

Meteor.methods({
  async 'contacts.filter'(query) {
    check(query, { prefix: String, blocked: [String] });
    if (!this.userId) throw new Meteor.Error('not-authorized');
    const contacts = await Contacts.find({ owner: this.userId }).fetchAsync();
    const prefix = query.prefix.toLowerCase();
    const blocked = new Set(query.blocked.map((w) => w.toLowerCase()));
    return contacts.filter((c) => {
      const words = (c.notes || '').toLowerCase().split(/\W+/);
      return c.name.toLowerCase().startsWith(prefix) && !words.some((w) => blocked.has(w));
    });
  },
});
