'use strict';
// Koa thumbnail service: resizes uploaded images with ImageMagick
const Koa = require('koa');
const Router = require('@koa/router');
const fs = require('fs');
const { execSync, spawn } = require('child_process');

const app = new Koa();
const router = new Router();
const UPLOADS = '/srv/uploads';

router.get('/thumb', (ctx) => {
  const { file, size = '200x200' } = ctx.query;
  const out = `/tmp/thumb-${Date.now()}.jpg`;
  execSync(`convert ${UPLOADS}/${file} -resize ${size} ${out}`); // expect: command-injection
  ctx.type = 'image/jpeg';
  ctx.body = fs.createReadStream(out);
});

router.post('/optimize', async (ctx) => {
  const files = ctx.request.body.files || [];
  const steps = [];
  steps.push('cd ' + UPLOADS);
  steps.push('jpegoptim --strip-all ' + files.join(' '));
  const child = spawn('sh', ['-c', steps.join(' && ')]); // expect: command-injection
  const code = await new Promise((resolve) => child.on('close', resolve));
  ctx.body = { ok: code === 0 };
});

app.use(router.routes());
module.exports = app;
