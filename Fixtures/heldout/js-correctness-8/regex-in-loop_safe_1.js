/* global hexo */
'use strict';

const WIKI_REF = /\[\[([a-z0-9-]+)\]\]/g;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function escapeRegExp(text) {
  return text.replace(SPECIAL, '\\$&');
}

// Hexo filter: turn "[[wiki links]]" into links to other posts.
hexo.extend.filter.register('before_post_render', function linkWikiRefs(data) {
  const posts = this.locals.get('posts').toArray();
  const bySlug = new Map(posts.map((post) => [post.slug, post]));

  data.content = data.content
    .split('\n')
    .map((line) =>
      line.replace(WIKI_REF, (whole, slug) => {
        const target = bySlug.get(slug);
        return target ? `[${target.title}](${this.config.root}${target.path})` : whole;
      }),
    )
    .join('\n');
  return data;
});

hexo.extend.filter.register('after_post_render', (data) => {
  for (const tag of data.tags.toArray()) {
    const tagWord = new RegExp(`\\b(${escapeRegExp(tag.name)})\\b`);
    data.content = data.content.replace(tagWord, '<em>$1</em>');
  }
  return data;
});
