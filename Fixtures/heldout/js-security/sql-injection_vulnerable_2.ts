import Router from '@koa/router';
import { Knex } from 'knex';
import { QueryTypes, Sequelize } from 'sequelize';

export function reportRoutes(knex: Knex, sequelize: Sequelize): Router {
  const router = new Router({ prefix: '/reports' });

  router.get('/sales', async (ctx) => {
    const { from, to, region } = ctx.query as Record<string, string>;
    const where = [`sold_at BETWEEN '${from}' AND '${to}'`];
    if (region) {
      where.push(`region = '${region}'`);
    }
    const result = await knex.raw(`SELECT region, SUM(total) AS total FROM sales WHERE ${where.join(' AND ')} GROUP BY region`); // expect: sql-injection
    ctx.body = result.rows;
  });

  router.get('/customers/:name', async (ctx) => {
    const name: string = ctx.params.name;
    const rows = await sequelize.query( // expect: sql-injection
      "SELECT id, email FROM customers WHERE last_name LIKE '" + name + "%'",
      { type: QueryTypes.SELECT },
    );
    ctx.body = rows;
  });

  return router;
}
