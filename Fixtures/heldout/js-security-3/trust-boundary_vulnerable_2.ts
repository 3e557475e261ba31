import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';

const app = new Koa();
app.keys = [process.env.SESSION_KEY ?? ''];
app.use(session({ key: 'sess', secure: true, httpOnly: true, sameSite: 'strict' }, app));

const router = new Router();

router.get('/reports/filters', (ctx) => {
  const filters: Record<string, string> = {};
  for (const key of ['region', 'from', 'to', 'owner']) {
    const value = ctx.query[key];
    if (typeof value === 'string') filters[key] = value;
  }
  ctx.session!.reportFilters = filters; // expect: trust-boundary
  ctx.body = { saved: Object.keys(filters) };
});

router.post('/support/escalate', (ctx) => {
  ctx.session!.escalatedBy = ctx.get('X-Agent-Name'); // expect: trust-boundary
  ctx.redirect('/support/queue');
});

app.use(router.routes());
export default app;
