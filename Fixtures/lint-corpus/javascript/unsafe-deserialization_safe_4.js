const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const yaml = require('js-yaml');

const app = new Koa();
app.use(bodyParser({ enableTypes: ['text', 'json'] }));

app.use(async (ctx) => {
  if (ctx.path === '/pipelines') {
    const pipeline = yaml.load(ctx.request.body, { schema: yaml.JSON_SCHEMA });
    ctx.body = { steps: pipeline.steps.length };
  } else if (ctx.path === '/jobs') {
    const job = JSON.parse(ctx.request.body.payload);
    ctx.body = { id: job.id };
  }
});

module.exports = app;
