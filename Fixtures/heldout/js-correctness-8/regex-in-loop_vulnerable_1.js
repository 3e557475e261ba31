/* global hexo */
'use strict';

// Hexo filter: turn "[[wiki links]]" into links to other posts.
hexo.extend.filter.register('before_post_render', function linkWikiRefs(data) {
  const posts = this.locals.get('posts').toArray();
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  const lines = data.content.split('\n');

  data.content = lines
    .map((line) => {
      const wikiRef = new RegExp('\\[\\[([a-z0-9-]+)\\]\\]', 'g'); // expect: regex-in-loop
      return line.replace(wikiRef, (whole, slug) => {
        const target = bySlug.get(slug);
        return target ? `[${target.title}](${this.config.root}${target.path})` : whole;
      });
    })
    .join('\n');
  return data;
});
