import express, { Request, Response } from 'express';
import { serialize } from 'node:v8';
import { parse } from 'yaml';

const app = express();
app.use(express.text({ type: '*/*' }));

app.post('/pipeline', (req: Request, res: Response) => {
  const pipeline = parse(req.body as string);
  res.json(pipeline);
});

app.get('/snapshot', (_req: Request, res: Response) => {
  res.type('application/octet-stream').send(serialize({ takenAt: Date.now() }));
});

export default app;
