import Router from '@koa/router';
import path from 'node:path';
import pug from 'pug';

const router = new Router({ prefix: '/cms' });
const renderBlock = pug.compileFile(path.join(__dirname, 'views', 'block.pug'));

type BlockBody = { heading: string; body: string };

router.post('/blocks/preview', (ctx) => {
  const block = ctx.request.body as BlockBody;
  const html = renderBlock({ heading: block.heading, body: block.body });
  ctx.body = { html };
});

router.post('/blocks/inline', (ctx) => {
  const block = ctx.request.body as BlockBody;
  const html = pug.render('section.block\n  h2= heading\n  div.content= body', { heading: block.heading, body: block.body });
  ctx.body = { html };
});

export default router;
