import Router from '@koa/router';
import { findArticles } from '../articles';

const router = new Router();

function wordPattern(words: string[]): RegExp {
  const source = words.map((w) => `\\b${w}\\b`).join('|');
  return new RegExp(source, 'gi'); // expect: regex-injection
}

router.get('/articles/search', async (ctx) => {
  const words = String(ctx.query.q ?? '').split(/\s+/).filter(Boolean);
  const pattern = wordPattern(words);
  const articles = await findArticles();
  ctx.body = articles.filter((a) => a.body.search(pattern) >= 0).map((a) => a.id);
});

router.post('/articles/:id/replace', async (ctx) => {
  const { find, replaceWith } = ctx.request.body as { find: string; replaceWith: string };
  const [article] = await findArticles({ id: ctx.params.id });
  const preview = article.body.replace(new RegExp(find, 'g'), replaceWith); // expect: regex-injection
  ctx.body = { preview };
});

export default router;
