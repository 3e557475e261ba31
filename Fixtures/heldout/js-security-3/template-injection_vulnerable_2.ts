import Router from '@koa/router';
import ejs from 'ejs';
import pug from 'pug';

const router = new Router({ prefix: '/cms' });

type BlockBody = { heading: string; body: string; layout?: string };

router.post('/blocks/preview', (ctx) => {
  const block = ctx.request.body as BlockBody;
  const lines = ['section.block'];
  lines.push(`  h2 ${block.heading}`);
  lines.push('  div.content= body');
  const html = pug.render(lines.join('\n'), { body: block.body }); // expect: template-injection
  ctx.body = { html };
});

router.post('/layouts/preview', (ctx) => {
  const { layout = '<%= title %>' } = ctx.request.body as BlockBody;
  ctx.body = { html: ejs.render(layout, { title: 'Preview', user: ctx.state.user }) }; // expect: template-injection
});

export default router;
