import Router from '@koa/router';
import { knex } from '../db';

const router = new Router({ prefix: '/api/invoices' });
const STATUSES = new Set(['draft', 'sent', 'paid', 'overdue']);

router.get('/', async (ctx) => {
  const status = String(ctx.query.status ?? '');
  const before = String(ctx.query.before ?? '');
  const query = knex('invoices')
    .select('id', 'number', 'total', 'status')
    .where('tenant_id', ctx.state.user.tenantId);
  if (STATUSES.has(status)) {
    query.andWhere('status', status);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(before)) {
    query.andWhere('due_date', '<', before);
  }
  ctx.body = await query.orderBy('due_date', 'asc').limit(200);
});

router.delete('/drafts', async (ctx) => {
  const prefix = String(ctx.query.prefix ?? '');
  await knex.raw("DELETE FROM invoices WHERE status = 'draft' AND tenant_id = ? AND number LIKE ?", [
    ctx.state.user.tenantId,
    `${prefix}%`,
  ]);
  ctx.status = 204;
});

export default router;
