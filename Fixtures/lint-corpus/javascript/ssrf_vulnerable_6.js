const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const http = require('http');

const app = new Koa();
app.use(bodyParser());

app.use(async (ctx) => {
  if (ctx.path === '/webhooks/test') {
    const { webhook } = ctx.request.body;
    const response = await fetch(webhook, { method: 'POST', body: JSON.stringify({ ping: true }) }); // expect: ssrf
    ctx.body = { status: response.status };
  } else if (ctx.path === '/feed') {
    ctx.body = await new Promise((resolve, reject) => {
      http.get(ctx.query.feed, (upstream) => resolve(upstream)).on('error', reject); // expect: ssrf
    });
  }
});

module.exports = app;
