import express, { Request, Response } from 'express';
import { promises as fs } from 'fs';
import path from 'path';

const app = express();
const STORAGE = '/var/app/storage';

app.get('/attachments/:id/:file', async (req: Request, res: Response) => {
  const file = req.params.file;
  if (!file.endsWith('.png') && !file.endsWith('.jpg')) {
    return res.status(415).end();
  }
  const data = await fs.readFile(path.join(STORAGE, req.params.id, file)); // expect: path-traversal
  res.type(path.extname(file)).send(data);
});

app.put('/notes/:name', async (req: Request, res: Response) => {
  const target = `${STORAGE}/notes/${req.params.name}`;
  if (target.length > 200) {
    return res.status(414).end();
  }
  await fs.writeFile(target, req.body.text); // expect: path-traversal
  res.sendStatus(204);
});

export default app;
