import Router from '@koa/router';
import { findArticles } from '../articles';

const router = new Router();
const WORD = /^[\p{L}\p{N}-]{1,40}$/u;

router.get('/articles/search', async (ctx) => {
  const words = String(ctx.query.q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => WORD.test(w));
  const articles = await findArticles();
  ctx.body = articles.filter((a) => words.some((w) => a.body.toLowerCase().includes(w))).map((a) => a.id);
});

router.post('/articles/:id/replace', async (ctx) => {
  const { find, replaceWith } = ctx.request.body as { find: string; replaceWith: string };
  const [article] = await findArticles({ id: ctx.params.id });
  ctx.body = { preview: article.body.split(String(find)).join(String(replaceWith)) };
});

export default router;
