'use strict';

const mariadb = require('mariadb');

const pool = mariadb.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  connectionLimit: 5,
});

const SORTS = { created: 'o.created_at', total: 'o.total', status: 'o.status' };

function orderFilter(params) {
  const clauses = ['o.deleted_at IS NULL'];
  const values = [];
  if (params.status) {
    clauses.push('o.status = ?');
    values.push(String(params.status));
  }
  if (params.since) {
    clauses.push('o.created_at >= ?');
    values.push(new Date(params.since));
  }
  return { where: clauses.join(' AND '), values };
}

module.exports = {
  name: 'orders',
  actions: {
    list: {
      async handler(ctx) {
        const sort = SORTS[ctx.params.sort] || SORTS.created;
        const { where, values } = orderFilter(ctx.params);
        return pool.query(`SELECT o.id, o.total, o.status FROM orders o WHERE ${where} ORDER BY ${sort} DESC LIMIT 100`, values);
      },
    },
    byCustomer: {
      async handler(ctx) {
        return pool.query('SELECT id, total FROM orders WHERE customer_email = ?', [String(ctx.params.email)]);
      },
    },
  },
};
