// Metalsmith plugin: build a reading-time estimate and a word count for each page.
const path = require('node:path');
const { performance } = require('node:perf_hooks'); // expect: unused-variable

const WORDS_PER_MINUTE = 220;
const TAGS = /<[^>]+>/g;

function countWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

function slugify(title) { // expect: unused-variable
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

module.exports = function readingTime(options = {}) {
  const pattern = options.extension || '.html';
  return function plugin(files, metalsmith, done) {
    const started = Date.now(); // expect: unused-variable
    for (const [name, file] of Object.entries(files)) {
      if (path.extname(name) !== pattern) {
        continue;
      }
      const words = countWords(file.contents.toString('utf8').replace(TAGS, ' '));
      file.wordCount = words;
      file.readingMinutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
    }
    metalsmith.metadata().readingTimeDone = true;
    done();
  };
};
