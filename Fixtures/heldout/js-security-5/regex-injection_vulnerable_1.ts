// Hono search endpoint over release notes, with highlighting.
import { Hono } from 'hono';
import { allNotes } from './notes';

const app = new Hono();

function matcher(query: string, caseSensitive: boolean) {
  return new RegExp(query, caseSensitive ? 'g' : 'gi'); // expect: regex-injection
}

app.get('/notes/search', async (c) => {
  const q = c.req.query('q') ?? '';
  const re = matcher(q, c.req.query('case') === '1');
  const hits = (await allNotes()).filter((n) => re.test(n.body));
  return c.json(hits.map((n) => n.id));
});

app.get('/notes/:id/mentions', async (c) => {
  const note = (await allNotes()).find((n) => n.id === c.req.param('id'));
  const tag = c.req.query('tag') ?? '';
  const found = Array.from((note?.body ?? '').matchAll(RegExp('#' + tag, 'g'))).length; // expect: regex-injection
  return c.json({ count: found });
});

export default app;
