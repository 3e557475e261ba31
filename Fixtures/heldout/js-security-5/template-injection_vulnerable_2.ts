// Hono endpoint rendering partner landing pages with Eta and Vue SSR.
import { Hono } from 'hono';
import { Eta } from 'eta';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { partnerById } from './partners';

const eta = new Eta({ views: './views', autoEscape: true });
const app = new Hono();

app.post('/partners/:id/preview', async (c) => {
  const partner = await partnerById(c.req.param('id'));
  const { headline, layout } = await c.req.json<{ headline: string; layout: string }>();
  const header = eta.renderString(`<h1>${headline}</h1>`, { partner }); // expect: template-injection
  const page = createSSRApp({ data: () => ({ partner }), template: layout }); // expect: template-injection
  return c.json({ html: header + (await renderToString(page)) });
});

export default app;
