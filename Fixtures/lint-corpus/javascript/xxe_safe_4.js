const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const xml2js = require('xml2js');

const app = new Koa();
app.use(bodyParser({ enableTypes: ['xml', 'text'] }));

app.use(async (ctx) => {
  const feed = await xml2js.parseStringPromise(ctx.request.body, { explicitArray: false });
  ctx.body = { title: feed.rss.channel.title };
});

module.exports = app;
