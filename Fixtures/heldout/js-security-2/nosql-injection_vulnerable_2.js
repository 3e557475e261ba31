'use strict';
// Koa + MongoDB driver: saved searches of the job board
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const jobs = client.db('board').collection('jobs');
const router = new Router();

router.post('/jobs/search', async (ctx) => {
  const { filter = {}, page = 1 } = ctx.request.body;
  const query = Object.assign({ published: true }, filter);
  ctx.body = await jobs.find(query).skip((page - 1) * 20).limit(20).toArray(); // expect: nosql-injection
});

router.post('/jobs/:id/close', async (ctx) => {
  const result = await jobs.updateOne( // expect: nosql-injection
    { slug: ctx.params.id, ownerToken: ctx.query.token },
    { $set: { closed: true } },
  );
  ctx.body = { closed: result.modifiedCount === 1 };
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
module.exports = app;
