import Router from '@koa/router';

const router = new Router();

router.post('/impersonate/:accountId', (ctx) => {
  if (ctx.session) {
    ctx.session.accountId = ctx.params.accountId; // expect: trust-boundary
  }
  ctx.status = 204;
});

export default router;
