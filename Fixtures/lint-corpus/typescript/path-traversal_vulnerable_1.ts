import express, { Request, Response } from 'express';
import { promises as fs } from 'node:fs';
import path from 'node:path';

const app = express();
const DOCS = path.join(__dirname, 'docs');

app.get('/docs/:page', async (req: Request, res: Response) => {
  const file = path.join(DOCS, `${req.params.page}.md`);
  const text = await fs.readFile(file, 'utf8'); // expect: path-traversal
  res.type('text/markdown').send(text);
});

app.post('/notes', async (req: Request, res: Response) => {
  const { title, body } = req.body as { title: string; body: string };
  await fs.writeFile('./notes/' + title + '.txt', body); // expect: path-traversal
  res.sendStatus(201);
});

export default app;
