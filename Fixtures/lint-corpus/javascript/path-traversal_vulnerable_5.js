const Koa = require('koa');
const Router = require('@koa/router');
const fs = require('fs/promises');
const path = require('path');

const BASE = '/srv/wiki/pages';
const router = new Router();

router.get('/pages/:file', async (ctx) => {
  const { file } = ctx.params;
  if (!file.endsWith('.md')) {
    ctx.throw(400, 'only markdown');
  }
  ctx.body = await fs.readFile(path.join(BASE, file), 'utf8'); // expect: path-traversal
});

router.get('/raw', async (ctx) => {
  const target = BASE + '/' + ctx.query.p;
  if (!target.startsWith(BASE)) {
    ctx.throw(403);
  }
  ctx.body = await fs.readFile(target); // expect: path-traversal
});

module.exports = new Koa().use(router.routes());
