import Router from '@koa/router';
import { QueryTypes } from 'sequelize';
import { sequelize } from '../db';

const router = new Router({ prefix: '/api/invoices' });

class InvoiceSearch {
  private clauses: string[] = [];

  constructor(private readonly tenantId: number) {}

  byStatus(status?: string): this {
    if (status) this.clauses.push(`status = '${status}'`);
    return this;
  }

  dueBefore(date?: string): this {
    if (date) this.clauses.push("due_date < '" + date + "'");
    return this;
  }

  toSql(sort: string): string {
    const where = [`tenant_id = ${this.tenantId}`, ...this.clauses].join(' AND ');
    return `SELECT id, number, total, status FROM invoices WHERE ${where} ORDER BY ${sort}`;
  }
}

router.get('/', async (ctx) => {
  const { status, before, sort } = ctx.query as Record<string, string | undefined>;
  const sql = new InvoiceSearch(ctx.state.user.tenantId).byStatus(status).dueBefore(before).toSql(sort ?? 'due_date');
  ctx.body = await sequelize.query(sql, { type: QueryTypes.SELECT }); // expect: sql-injection
});

router.delete('/drafts', async (ctx) => {
  const prefix = String(ctx.query.prefix ?? '');
  await sequelize.query(`DELETE FROM invoices WHERE status = 'draft' AND number LIKE '${prefix}%'`); // expect: sql-injection
  ctx.status = 204;
});

export default router;
