const Koa = require('koa');

const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.path === '/sso/callback') {
    const target = ctx.query.return_to;
    if (typeof target === 'string' && target.startsWith('/')) {
      ctx.redirect(target); // expect: open-redirect
      return;
    }
    ctx.redirect('/');
    return;
  }
  await next();
});

app.use(async (ctx) => {
  if (ctx.path === '/go') {
    ctx.redirect(ctx.query.url); // expect: open-redirect
  }
});

module.exports = app;
