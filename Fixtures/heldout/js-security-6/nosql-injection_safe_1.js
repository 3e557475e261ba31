import { Meteor } from 'meteor/meteor';
import { check, Match } from 'meteor/check';
import { Tasks } from '/imports/api/tasks';

const PRIORITIES = ['low', 'normal', 'high'];

Meteor.methods({
  async 'tasks.search'(criteria) {
    check(criteria, { priority: Match.Maybe(String), project: Match.Maybe(String) });
    if (!this.userId) throw new Meteor.Error('not-authorized');
    const selector = { archived: false };
    if (criteria.priority && PRIORITIES.indexOf(criteria.priority) >= 0) selector.priority = criteria.priority;
    if (criteria.project) selector.project = { $eq: criteria.project };
    return Tasks.find(selector, { limit: 50, sort: { dueAt: 1 } }).fetchAsync();
  },

  async 'tasks.claim'(taskId, teamCode) {
    check(taskId, String);
    check(teamCode, String);
    if (!this.userId) throw new Meteor.Error('not-authorized');
    return Tasks.updateAsync(
      { _id: taskId, teamCode },
      { $set: { assignee: this.userId, claimedAt: new Date() } },
    );
  },
});
