import Koa from 'koa';
import Router from '@koa/router';
import session from 'koa-session';

const app = new Koa();
app.keys = [process.env.SESSION_KEY ?? ''];
app.use(session({ secure: true, httpOnly: true, sameSite: 'lax' }, app));
const router = new Router();

router.post('/workspace/switch', (ctx) => {
  ctx.session!.workspace = ctx.get('X-Workspace'); // expect: trust-boundary
  ctx.body = { ok: true };
});

app.use(router.routes());
export default app;
