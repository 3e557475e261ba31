import express, { Request, Response } from 'express';

const app = express();
app.use(express.json());

type Rule = { field: string; op: 'eq' | 'gt' | 'lt' | 'present'; arg?: number | string };

const OPS: Record<Rule['op'], (value: unknown, arg?: number | string) => boolean> = {
  eq: (v, a) => v === a,
  gt: (v, a) => Number(v) > Number(a),
  lt: (v, a) => Number(v) < Number(a),
  present: (v) => v !== undefined && v !== null && v !== '',
};

function applyRules(record: Record<string, unknown>, rules: Rule[]): string[] {
  return rules
    .filter((rule) => Object.hasOwn(OPS, rule.op) && !OPS[rule.op](record[rule.field], rule.arg))
    .map((rule) => rule.field);
}

app.post('/validate', (req: Request, res: Response) => {
  const { record, rules } = req.body as { record: Record<string, unknown>; rules: Rule[] };
  res.json({ failures: applyRules(record, rules) });
});

app.post('/parse', (req: Request, res: Response) => {
  const payload = JSON.parse(String(req.body.json)) as unknown;
  res.json({ type: typeof payload });
});

export default app;
