const Koa = require('koa');
const Router = require('@koa/router');
const cors = require('@koa/cors');
const { listInvoices } = require('./billing');

const app = new Koa();
const router = new Router({ prefix: '/api' });

router.get('/invoices', async (ctx) => {
  ctx.body = await listInvoices(ctx.state.accountId);
});

app.use(
  cors({ // expect: cors-misconfiguration
    origin: (ctx) => ctx.get('Origin'),
    credentials: true,
    allowMethods: ['GET', 'POST'],
  }),
);
app.use(router.routes()).use(router.allowedMethods());

app.listen(Number(process.env.PORT || 4100));
