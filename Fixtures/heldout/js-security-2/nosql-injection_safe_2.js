'use strict';
// Koa + MongoDB driver: saved searches with a field allow-list
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const jobs = client.db('board').collection('jobs');
const router = new Router();
const FILTERABLE = ['city', 'contract', 'team', 'seniority'];

router.post('/jobs/search', async (ctx) => {
  const { filter = {}, page = 1 } = ctx.request.body;
  const query = { published: true };
  FILTERABLE.filter((key) => filter[key] !== undefined).forEach((key) => {
    query[key] = String(filter[key]);
  });
  const skip = (Math.max(Number.parseInt(page, 10) || 1, 1) - 1) * 20;
  ctx.body = await jobs.find(query).skip(skip).limit(20).toArray();
});

router.post('/jobs/:id/close', async (ctx) => {
  const token = ctx.query.token;
  if (typeof token !== 'string') ctx.throw(400, 'token required');
  const result = await jobs.updateOne({ slug: String(ctx.params.id), ownerToken: { $eq: token } }, { $set: { closed: true } });
  ctx.body = { closed: result.modifiedCount === 1 };
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
module.exports = app;
