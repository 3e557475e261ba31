const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const libxml = require('libxmljs2');

const app = new Koa();
app.use(bodyParser({ enableTypes: ['xml', 'text'] }));

app.use(async (ctx) => {
  const doc = libxml.parseXmlString(ctx.request.body, { nonet: true, noent: true }); // expect: xxe
  ctx.body = { items: doc.find('//item').length };
});

module.exports = app;
