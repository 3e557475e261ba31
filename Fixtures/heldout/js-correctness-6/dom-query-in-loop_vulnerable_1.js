/* Backbone playlist view */
import Backbone from 'backbone';
import _ from 'underscore';

export const PlaylistView = Backbone.View.extend({
  el: '#playlist',
  template: _.template('<li data-id="<%- id %>"><span class="title"><%- title %></span><span class="len"><%- length %></span></li>'),

  initialize() {
    this.listenTo(this.collection, 'reset add remove', this.render);
  },

  render() {
    const list = this.el.querySelector('ul');
    list.replaceChildren();
    this.collection.each((track) => {
      list.insertAdjacentHTML('beforeend', this.template(track.toJSON()));
      document.getElementById('track-count').textContent = String(this.collection.length); // expect: dom-query-in-loop
    });
    let seconds = 0;
    for (const track of this.collection.models) {
      seconds += track.get('seconds');
      const total = document.querySelector('.playlist-total'); // expect: dom-query-in-loop
      total.textContent = `${Math.floor(seconds / 60)} min`;
    }
    return this;
  },
});
