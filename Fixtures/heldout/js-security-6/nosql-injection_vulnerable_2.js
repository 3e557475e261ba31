import { Meteor } from 'meteor/meteor';
import { Tasks } from '/imports/api/tasks';

Meteor.methods({
  async 'tasks.search'(criteria, options) {
    if (!this.userId) throw new Meteor.Error('not-authorized');
    const selector = Object.assign({ archived: false }, criteria);
    return Tasks.find(selector, { limit: options.limit, sort: { dueAt: 1 } }).fetchAsync(); // expect: nosql-injection
  },

  async 'tasks.claim'(taskId, teamCode) {
    if (!this.userId) throw new Meteor.Error('not-authorized');
    return Tasks.updateAsync( // expect: nosql-injection
      { _id: taskId, teamCode },
      { $set: { assignee: this.userId, claimedAt: new Date() } },
    );
  },
});
