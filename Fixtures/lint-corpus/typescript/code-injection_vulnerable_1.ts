import express, { Request, Response } from 'express';
import vm from 'node:vm';

const app = express();
app.use(express.json());

app.post('/formula', (req: Request, res: Response) => {
  const formula: string = req.body.formula;
  const price = eval(`(${formula})`); // expect: code-injection
  res.json({ price });
});

app.post('/filters', (req: Request, res: Response) => {
  const predicate = new Function('row', `return ${req.body.filter};`) as (row: unknown) => boolean; // expect: code-injection
  res.json({ kept: [{ total: 5 }, { total: 50 }].filter(predicate) });
});

app.post('/script', (req: Request, res: Response) => {
  const script = new vm.Script(req.body.source); // expect: code-injection
  res.json({ result: script.runInNewContext({}) });
});

export default app;
