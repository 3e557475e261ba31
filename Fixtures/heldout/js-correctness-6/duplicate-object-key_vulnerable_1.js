/* .eleventy.js */
const { DateTime } = require('luxon');
const markdownIt = require('markdown-it');

module.exports = function (eleventyConfig) {
  eleventyConfig.setLibrary('md', markdownIt({ html: true, linkify: true, typographer: true, linkify: false })); // expect: duplicate-object-key

  eleventyConfig.addFilter('readableDate', (date) => DateTime.fromJSDate(date, { zone: 'utc' }).toFormat('dd LLL yyyy'));
  eleventyConfig.addPassthroughCopy({ 'src/static': '/' });

  eleventyConfig.addCollection('posts', (api) => api.getFilteredByGlob('src/posts/*.md').reverse());

  return {
    dir: {
      input: 'src',
      includes: '_includes',
      data: '_data',
      output: '_site',
    },
    templateFormats: ['md', 'njk', 'html'],
    markdownTemplateEngine: 'njk',
    htmlTemplateEngine: 'njk',
    markdownTemplateEngine: 'liquid', // expect: duplicate-object-key
  };
};
