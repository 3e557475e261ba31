'use strict';
// Koa + MongoDB driver: API keys of the reporting service, values forced to strings
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { MongoClient } = require('mongodb');

const keys = new MongoClient(process.env.MONGO_URL).db('reports').collection('apiKeys');
const router = new Router();

router.post('/keys/revoke', async (ctx) => {
  const outcome = await keys.deleteOne( // both values are strings
    { owner: String(ctx.request.body.owner), secret: String(ctx.request.body.secret) },
  );
  ctx.body = { revoked: outcome.deletedCount };
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
module.exports = app;
