// Hono search endpoint over release notes using plain substring matching.
import { Hono } from 'hono';
import { allNotes } from './notes';

const app = new Hono();
const TAG = /#[a-z0-9-]+/g;

app.get('/notes/search', async (c) => {
  const q = (c.req.query('q') ?? '').toLowerCase();
  const hits = (await allNotes()).filter((n) => n.body.toLowerCase().includes(q));
  return c.json(hits.map((n) => n.id));
});

app.get('/notes/:id/mentions', async (c) => {
  const note = (await allNotes()).find((n) => n.id === c.req.param('id'));
  const tag = '#' + (c.req.query('tag') ?? '');
  const count = (note?.body.match(TAG) ?? []).filter((t) => t === tag).length;
  return c.json({ count });
});

export default app;
