/* .eleventy.js */
const { DateTime } = require('luxon');
const markdownIt = require('markdown-it');

const baseMarkdown = { html: true, linkify: true, typographer: true };

module.exports = function (eleventyConfig) {
  eleventyConfig.setLibrary('md', markdownIt({ ...baseMarkdown, linkify: false }));

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
    dataTemplateEngine: 'njk',
  };
};
