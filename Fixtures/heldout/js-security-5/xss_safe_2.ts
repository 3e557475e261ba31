// Hono status page built with hono/html, which escapes interpolated values.
import { Hono } from 'hono';
import { html } from 'hono/html';
import { incidents } from './status';

const app = new Hono();

app.get('/status', async (c) => {
  const region = c.req.query('region') ?? 'all';
  const items = await incidents(region);
  return c.html(html`<html><body>
    <h1>Status for ${region}</h1>
    <ul>${items.map((i) => html`<li>${i.title}</li>`)}</ul>
  </body></html>`);
});

app.get('/status/search', (c) => c.text(`results for ${c.req.query('q') ?? ''}`));

export default app;
