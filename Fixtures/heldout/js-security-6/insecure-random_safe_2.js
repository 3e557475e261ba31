/* Meteor client: dashboard widgets */
import { Meteor } from 'meteor/meteor';
import { Template } from 'meteor/templating';
import { ReactiveVar } from 'meteor/reactive-var';

const PALETTE = ['#e76f51', '#2a9d8f', '#e9c46a', '#264653', '#f4a261'];

function pickColour() {
  return PALETTE[Math.floor(Math.random() * PALETTE.length)];
}

function backoff(attempt) {
  const base = Math.min(30000, 1000 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

Template.widget.onCreated(function onCreated() {
  this.colour = new ReactiveVar(pickColour());
  this.attempt = 0;
  this.requestId = crypto.randomUUID();
  const poll = () => {
    Meteor.call('widgets.refresh', this.data.id, this.requestId, (err) => {
      this.attempt = err ? this.attempt + 1 : 0;
      this.timer = Meteor.setTimeout(poll, backoff(this.attempt));
    });
  };
  poll();
});

Template.widget.onDestroyed(function onDestroyed() {
  Meteor.clearTimeout(this.timer);
});

Template.widget.helpers({
  colour() {
    return Template.instance().colour.get();
  },
});
