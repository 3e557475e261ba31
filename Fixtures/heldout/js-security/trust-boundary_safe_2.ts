import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import session from 'koa-session';

const app = new Koa();
app.keys = [process.env.COOKIE_KEY ?? ''];
const router = new Router();

const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
type Currency = (typeof CURRENCIES)[number];

function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

router.post('/checkout/prefs', (ctx) => {
  const body = ctx.request.body as { currency?: unknown };
  if (ctx.session && isCurrency(body.currency)) {
    ctx.session.currency = body.currency;
  }
  ctx.body = { saved: true };
});

router.get('/visits', (ctx) => {
  if (ctx.session) {
    ctx.session.visits = (ctx.session.visits ?? 0) + 1;
    ctx.session.lastSeen = Date.now();
  }
  ctx.body = { visits: ctx.session?.visits };
});

app.use(session({ secure: true, httpOnly: true, sameSite: 'lax' }, app));
app.use(bodyParser());
app.use(router.routes());
export default app;
