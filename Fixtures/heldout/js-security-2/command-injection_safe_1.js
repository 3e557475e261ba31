'use strict';
// Koa thumbnail service, argument arrays and validated input
const Koa = require('koa');
const Router = require('@koa/router');
const path = require('path');
const fs = require('fs');
const { execFileSync, spawn } = require('child_process');

const app = new Koa();
const router = new Router();
const UPLOADS = '/srv/uploads';
const SIZE_RE = /^\d{2,4}x\d{2,4}$/;

router.get('/thumb', (ctx) => {
  const file = path.basename(String(ctx.query.file || ''));
  const size = SIZE_RE.test(ctx.query.size) ? ctx.query.size : '200x200';
  const out = `/tmp/thumb-${Date.now()}.jpg`;
  execFileSync('convert', [path.join(UPLOADS, file), '-resize', size, out]);
  ctx.type = 'image/jpeg';
  ctx.body = fs.createReadStream(out);
});

router.post('/optimize', async (ctx) => {
  const files = (ctx.request.body.files || []).map((f) => path.join(UPLOADS, path.basename(String(f))));
  const child = spawn('jpegoptim', ['--strip-all', '--', ...files], { cwd: UPLOADS });
  const code = await new Promise((resolve) => child.on('close', resolve));
  ctx.body = { ok: code === 0 };
});

app.use(router.routes());
module.exports = app;
