// Quill editor module: counts words; the channel limit comes from a table.
import Quill from 'quill';

const SHORT_CHANNELS = new Set(['twitter', 'mastodon']);

export class WordCounter {
  constructor(quill, options) {
    this.quill = quill;
    this.options = options;
    this.container = document.querySelector(options.container);
    quill.on(Quill.events.TEXT_CHANGE, () => this.update());
    this.update();
  }

  limit() {
    if (SHORT_CHANNELS.has(this.options.channel)) {
      return 280;
    }
    return this.options.max || 5000;
  }

  update() {
    const text = this.quill.getText().trim();
    const words = text.length > 0 ? text.split(/\s+/).length : 0;
    this.container.textContent = `${words} words, ${text.length}/${this.limit()} characters`;
    this.container.classList.toggle('over-limit', text.length > this.limit());
  }
}

Quill.register('modules/wordCounter', WordCounter);
