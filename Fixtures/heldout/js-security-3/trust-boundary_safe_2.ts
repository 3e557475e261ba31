import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';

const app = new Koa();
app.keys = [process.env.SESSION_KEY ?? ''];
app.use(session({ key: 'sess', secure: true, httpOnly: true, sameSite: 'strict' }, app));

const router = new Router();
const REGIONS = ['emea', 'apac', 'amer'] as const;
type Region = (typeof REGIONS)[number];

function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

router.get('/reports/region/:region', (ctx) => {
  const region = ctx.params.region;
  ctx.session!.region = isRegion(region) ? region : 'emea';
  ctx.session!.regionChangedAt = Date.now();
  ctx.body = { region: ctx.session!.region };
});

router.post('/support/escalate', (ctx) => {
  ctx.session!.escalatedBy = ctx.state.user.id;
  ctx.redirect('/support/queue');
});

app.use(router.routes());
export default app;
