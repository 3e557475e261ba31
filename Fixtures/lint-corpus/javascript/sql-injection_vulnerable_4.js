const Koa = require('koa');
const Router = require('@koa/router');
const { Pool } = require('pg');

const pool = new Pool();
const router = new Router();

router.get('/products', async (ctx) => {
  const { category, sort } = ctx.query;
  let sql = 'SELECT id, name, price FROM products WHERE category = $1';
  sql += ' ORDER BY ' + sort;
  const result = await pool.query(sql, [category]); // expect: sql-injection
  ctx.body = result.rows;
});

router.post('/articles/search', async (ctx) => {
  const term = ctx.request.body.term;
  const { rows } = await pool.query(`SELECT id, title FROM articles WHERE title ILIKE '%${term}%'`); // expect: sql-injection
  ctx.body = rows;
});

const app = new Koa();
app.use(router.routes());
module.exports = app;
