'use strict';
// Webhook settings for the team chat bot (Koa).
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const https = require('https');

const app = new Koa();
const router = new Router();
const hooks = new Map();

function post(url, payload) {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => { // expect: ssrf
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}

router.put('/teams/:team/webhook', async (ctx) => {
  hooks.set(ctx.params.team, { url: ctx.request.body.url, secretHeader: ctx.request.body.header });
  ctx.body = { status: await post(ctx.request.body.url, { type: 'ping' }) };
});

router.post('/teams/:team/notify', async (ctx) => {
  const hook = hooks.get(ctx.params.team);
  ctx.body = { status: hook ? await post(hook.url, ctx.request.body) : 404 };
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
