import express, { Request, Response } from 'express';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const app = express();
const DOCS = path.join(__dirname, 'docs');
const PAGES = new Set(['intro', 'install', 'faq']);

app.get('/docs/:page', async (req: Request, res: Response) => {
  if (!PAGES.has(req.params.page)) {
    res.sendStatus(404);
    return;
  }
  const text = await fs.readFile(path.join(DOCS, 'intro.md'), 'utf8');
  res.type('text/markdown').send(text);
});

app.post('/notes', async (req: Request, res: Response) => {
  const { title, body } = req.body as { title: string; body: string };
  const safeName = path.basename(title).replace(/[^a-z0-9-]/gi, '_');
  await fs.writeFile(path.join('notes', `${safeName}.txt`), body);
  res.sendStatus(201);
});

export default app;
