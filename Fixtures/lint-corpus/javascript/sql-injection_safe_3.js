const Koa = require('koa');
const Router = require('@koa/router');
const { Pool } = require('pg');

const pool = new Pool();
const router = new Router();
const SORTABLE = ['name', 'price', 'created_at'];

router.get('/products', async (ctx) => {
  const { category, sort } = ctx.query;
  const column = SORTABLE.includes(sort) ? sort : 'name';
  const limit = Number.parseInt(ctx.query.limit, 10) || 20;
  const sql = `SELECT id, name, price FROM products WHERE category = $1 ORDER BY ${column} LIMIT ${limit}`;
  const result = await pool.query(sql, [category]);
  ctx.body = result.rows;
});

router.post('/articles/search', async (ctx) => {
  const term = ctx.request.body.term;
  const { rows } = await pool.query('SELECT id, title FROM articles WHERE title ILIKE $1', [`%${term}%`]);
  ctx.body = rows;
});

const app = new Koa();
app.use(router.routes());
module.exports = app;
