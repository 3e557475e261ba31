const Koa = require('koa');
const Router = require('@koa/router');
const fs = require('fs/promises');
const path = require('path');

const BASE = path.resolve('/srv/wiki/pages');
const router = new Router();

router.get('/raw', async (ctx) => {
  const target = path.resolve(BASE, String(ctx.query.p));
  if (!target.startsWith(BASE + path.sep)) {
    ctx.throw(403);
  }
  ctx.body = await fs.readFile(target);
});

router.get('/pages/:id', async (ctx) => {
  const id = Number.parseInt(ctx.params.id, 10);
  ctx.body = await fs.readFile(path.join(BASE, `${id}.md`), 'utf8');
});

module.exports = new Koa().use(router.routes());
