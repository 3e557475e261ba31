// Metalsmith plugin: build a reading-time estimate and a word count for each page.
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const WORDS_PER_MINUTE = 220;
const TAGS = /<[^>]+>/g;

function countWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

module.exports = function readingTime(options = {}) {
  const pattern = options.extension || '.html';
  return function plugin(files, metalsmith, done) {
    const started = performance.now();
    for (const [name, file] of Object.entries(files)) {
      if (path.extname(name) !== pattern) {
        continue;
      }
      const words = countWords(file.contents.toString('utf8').replace(TAGS, ' '));
      file.wordCount = words;
      file.readingMinutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
    }
    metalsmith.metadata().readingTimeMs = performance.now() - started;
    done();
  };
};

module.exports.countWords = countWords;
