'use strict';

const mariadb = require('mariadb');

const pool = mariadb.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
  connectionLimit: 5,
});

function orderFilter(params) {
  const clauses = ['o.deleted_at IS NULL'];
  if (params.status) clauses.push(`o.status = '${params.status}'`);
  if (params.since) clauses.push(`o.created_at >= '${params.since}'`);
  return clauses.join(' AND ');
}

module.exports = {
  name: 'orders',
  actions: {
    list: {
      async handler(ctx) {
        const sort = ctx.params.sort || 'created_at';
        const sql = 'SELECT o.id, o.total, o.status FROM orders o WHERE ' + orderFilter(ctx.params) +
          ' ORDER BY ' + sort + ' DESC LIMIT 100';
        return pool.query(sql); // expect: sql-injection
      },
    },
    byCustomer: {
      async handler(ctx) {
        const conn = await pool.getConnection();
        try {
          return await conn.query(`SELECT id, total FROM orders WHERE customer_email = '${ctx.params.email}'`); // expect: sql-injection
        } finally {
          conn.release();
        }
      },
    },
  },
};
