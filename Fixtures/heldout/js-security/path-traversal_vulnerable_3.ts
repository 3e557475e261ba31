import Koa from 'koa';
import Router from '@koa/router';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const app = new Koa();
const router = new Router();
const SITE_ROOT = path.join(process.cwd(), 'sites');

function pageFile(site: string, slug: string): string {
  return path.join(SITE_ROOT, site, 'pages', `${slug}.html`);
}

router.get('/sites/:site/pages', async (ctx) => {
  const slug = String(ctx.query.slug ?? 'index');
  ctx.type = 'html';
  ctx.body = await fs.readFile(pageFile(ctx.params.site, slug), 'utf8'); // expect: path-traversal
});

router.put('/sites/:site/assets/:name', async (ctx) => {
  const dest = path.join(SITE_ROOT, ctx.params.site, 'assets', ctx.params.name);
  await fs.writeFile(dest, ctx.req); // expect: path-traversal
  ctx.status = 201;
});

app.use(router.routes());
export default app;
