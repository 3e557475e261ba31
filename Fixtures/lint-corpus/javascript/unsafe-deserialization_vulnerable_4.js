const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const yaml = require('js-yaml');
const { unserialize } = require('node-serialize');

const app = new Koa();
app.use(bodyParser({ enableTypes: ['text', 'json'] }));

app.use(async (ctx) => {
  if (ctx.path === '/pipelines') {
    const pipeline = yaml.load(ctx.request.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: unsafe-deserialization
    ctx.body = { steps: pipeline.steps.length };
  } else if (ctx.path === '/jobs') {
    const job = unserialize(ctx.request.body.payload); // expect: unsafe-deserialization
    ctx.body = { id: job.id };
  }
});

module.exports = app;
