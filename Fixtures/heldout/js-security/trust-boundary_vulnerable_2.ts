import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import session from 'koa-session';

const app = new Koa();
app.keys = [process.env.COOKIE_KEY ?? ''];
const router = new Router();

interface Prefs {
  currency: string;
  plan: string;
}

router.post('/checkout/prefs', (ctx) => {
  const body = ctx.request.body as Partial<Prefs>;
  const prefs: Prefs = { currency: body.currency ?? 'EUR', plan: body.plan ?? 'basic' };
  if (ctx.session) {
    ctx.session.prefs = prefs; // expect: trust-boundary
  }
  ctx.body = { saved: true };
});

router.get('/impersonate/:userId', (ctx) => {
  if (ctx.session) {
    ctx.session.actingAs = ctx.params.userId; // expect: trust-boundary
  }
  ctx.redirect('/');
});

app.use(session({ secure: true, httpOnly: true, sameSite: 'lax' }, app));
app.use(bodyParser());
app.use(router.routes());
export default app;
