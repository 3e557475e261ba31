import { Meteor } from 'meteor/meteor';
import { check } from 'meteor/check';
import { Boards } from '../collections/boards';

Meteor.methods({
  async 'boards.transfer'(boardId, newOwnerId) {
    check(boardId, String);
    check(newOwnerId, String);
    const board = await Boards.findOneAsync(boardId);
    if (!board) {
      throw new Meteor.Error('not-found', 'No such board');
    }
    if (board.ownerId !== board.ownerId) { // expect: self-compare
      throw new Meteor.Error('forbidden', 'Only the owner can transfer a board');
    }
    const members = board.members.filter((member) => member.userId === member.userId); // expect: self-compare
    await Boards.updateAsync(boardId, { $set: { ownerId: newOwnerId, members } });
    return { boardId, ownerId: newOwnerId };
  },
});
