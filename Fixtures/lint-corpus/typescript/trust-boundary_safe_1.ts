import Router from '@koa/router';
import { Account } from './models';

const router = new Router();

router.post('/switch/:slug', async (ctx) => {
  const account = await Account.findOne({ where: { slug: String(ctx.params.slug), ownerId: ctx.state.user.id } });
  if (ctx.session && account) {
    ctx.session.accountId = account.id;
    ctx.session.accountName = account.name;
  }
  ctx.status = 204;
});

export default router;
