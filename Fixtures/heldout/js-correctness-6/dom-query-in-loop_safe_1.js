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
    const count = document.getElementById('track-count');
    const total = document.querySelector('.playlist-total');
    list.replaceChildren();
    this.collection.each((track) => {
      list.insertAdjacentHTML('beforeend', this.template(track.toJSON()));
      const row = list.querySelector(`li[data-id="${track.id}"]`);
      row.classList.toggle('is-playing', track.get('playing'));
    });
    count.textContent = String(this.collection.length);
    let seconds = 0;
    for (const track of this.collection.models) {
      seconds += track.get('seconds');
    }
    total.textContent = `${Math.floor(seconds / 60)} min`;
    return this;
  },
});
