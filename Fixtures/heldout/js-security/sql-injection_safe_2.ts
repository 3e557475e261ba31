import Router from '@koa/router';
import { Knex } from 'knex';
import { QueryTypes, Sequelize } from 'sequelize';

export function reportRoutes(knex: Knex, sequelize: Sequelize): Router {
  const router = new Router({ prefix: '/reports' });

  router.get('/sales', async (ctx) => {
    const { from, to, region } = ctx.query as Record<string, string>;
    const where = ['sold_at BETWEEN ? AND ?'];
    const bindings: string[] = [from, to];
    if (region) {
      where.push('region = ?');
      bindings.push(region);
    }
    const result = await knex.raw(
      `SELECT region, SUM(total) AS total FROM sales WHERE ${where.join(' AND ')} GROUP BY region`,
      bindings,
    );
    ctx.body = result.rows;
  });

  router.get('/customers/:name', async (ctx) => {
    const rows = await sequelize.query('SELECT id, email FROM customers WHERE last_name LIKE :prefix', {
      replacements: { prefix: `${ctx.params.name}%` },
      type: QueryTypes.SELECT,
    });
    ctx.body = rows;
  });

  return router;
}
