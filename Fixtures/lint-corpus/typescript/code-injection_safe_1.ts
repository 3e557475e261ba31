import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

type Operation = (a: number, b: number) => number;

const OPERATIONS: Record<string, Operation> = {
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
};

app.post('/formula', (req: Request, res: Response) => {
  const operation = OPERATIONS[String(req.body.op)] ?? OPERATIONS.add;
  res.json({ price: operation(Number(req.body.a), Number(req.body.b)) });
});

app.post('/filters', (req: Request, res: Response) => {
  const minimum = Number(req.body.minimum);
  res.json({ kept: [{ total: 5 }, { total: 50 }].filter((row) => row.total >= minimum) });
});

export default app;
