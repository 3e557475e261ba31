'use strict';
// Webhook settings for the team chat bot (Koa); hooks may only point at the chat providers.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const https = require('https');

const app = new Koa();
const router = new Router();
const hooks = new Map();
const PROVIDERS = ['hooks.slack.com', 'discord.com', 'chat.googleapis.com'];

function allowedHook(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'https:' || !PROVIDERS.includes(url.hostname) || url.port !== '') {
    throw new Error('webhook host not allowed');
  }
  return url;
}

function post(url, payload) {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(JSON.stringify(payload));
  });
}

router.put('/teams/:team/webhook', async (ctx) => {
  const url = allowedHook(String(ctx.request.body.url));
  hooks.set(ctx.params.team, url);
  ctx.body = { status: await post(url, { type: 'ping' }) };
});

router.post('/teams/:team/notify', async (ctx) => {
  const url = hooks.get(ctx.params.team);
  ctx.body = { status: url ? await post(url, ctx.request.body) : 404 };
});

app.use(bodyParser()).use(router.routes());
module.exports = app;
