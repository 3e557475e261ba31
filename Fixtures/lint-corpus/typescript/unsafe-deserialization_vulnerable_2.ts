import express, { Request, Response } from 'express';
import { deserialize } from 'node:v8';
import yaml from 'js-yaml';

const app = express();
app.use(express.raw({ type: '*/*' }));

app.post('/snapshot', (req: Request, res: Response) => {
  const snapshot = deserialize(req.body as Buffer) as Record<string, unknown>; // expect: unsafe-deserialization
  res.json({ keys: Object.keys(snapshot) });
});

app.post('/pipeline', (req: Request, res: Response) => {
  const text = (req.body as Buffer).toString('utf8');
  const pipeline = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: unsafe-deserialization
  res.json(pipeline);
});

export default app;
