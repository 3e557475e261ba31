// Hono endpoint rendering partner landing pages with a constant Vue template.
import { Hono } from 'hono';
import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { partnerById } from './partners';

const LANDING = '<main><h1>{{ headline }}</h1><p>{{ partner.tagline }}</p></main>';
const app = new Hono();

app.post('/partners/:id/preview', async (c) => {
  const partner = await partnerById(c.req.param('id'));
  const { headline } = await c.req.json<{ headline: string }>();
  const page = createSSRApp({ data: () => ({ partner, headline: String(headline).slice(0, 80) }), template: LANDING });
  return c.json({ html: await renderToString(page) });
});

export default app;
