import Koa from 'koa';
import Router from '@koa/router';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const app = new Koa();
const router = new Router();
const SITE_ROOT = path.join(process.cwd(), 'sites');
const SEGMENT = /^[a-z0-9][a-z0-9-]{0,62}$/;

function pageFile(site: string, slug: string): string {
  if (!SEGMENT.test(site) || !SEGMENT.test(slug)) {
    throw new Error('invalid page');
  }
  return path.join(SITE_ROOT, site, 'pages', `${slug}.html`);
}

router.get('/sites/:site/pages', async (ctx) => {
  const slug = String(ctx.query.slug ?? 'index');
  ctx.type = 'html';
  ctx.body = await fs.readFile(pageFile(ctx.params.site, slug), 'utf8');
});

router.put('/sites/:site/assets/:name', async (ctx) => {
  const assets = path.resolve(SITE_ROOT, ctx.params.site, 'assets');
  const dest = path.resolve(assets, ctx.params.name);
  if (!SEGMENT.test(ctx.params.site) || path.dirname(dest) !== assets) {
    ctx.throw(400, 'invalid asset name');
  }
  await fs.writeFile(dest, ctx.req);
  ctx.status = 201;
});

app.use(router.routes());
export default app;
