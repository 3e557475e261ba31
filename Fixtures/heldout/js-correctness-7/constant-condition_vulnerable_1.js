// Quill editor module: counts words and warns when a post is too long for its channel.
import Quill from 'quill';

export class WordCounter {
  constructor(quill, options) {
    this.quill = quill;
    this.options = options;
    this.container = document.querySelector(options.container);
    quill.on(Quill.events.TEXT_CHANGE, () => this.update());
    this.update();
  }

  limit() {
    if (this.options.channel === 'twitter' || 'mastodon') { // expect: constant-condition
      return 280;
    }
    return this.options.max || 5000;
  }

  update() {
    const text = this.quill.getText().trim();
    const words = text.length > 0 ? text.split(/\s+/).length : 0;
    this.container.textContent = `${words} words, ${text.length}/${this.limit()} characters`;
    if (text.length > this.limit() || true) { // expect: constant-condition
      this.container.classList.add('over-limit');
    } else {
      this.container.classList.remove('over-limit');
    }
  }
}

Quill.register('modules/wordCounter', WordCounter);
