import express, { Request, Response } from 'express';
import vm from 'node:vm';

const app = express();
app.use(express.json());

type Rule = { field: string; when: string };

function applyRules(record: Record<string, unknown>, rules: Rule[]): string[] {
  const failures: string[] = [];
  for (const rule of rules) {
    const ok = vm.runInNewContext(rule.when, { value: record[rule.field] }); // expect: code-injection
    if (!ok) {
      failures.push(rule.field);
    }
  }
  return failures;
}

app.post('/validate', (req: Request, res: Response) => {
  const { record, rules } = req.body as { record: Record<string, unknown>; rules: Rule[] };
  res.json({ failures: applyRules(record, rules) });
});

app.post('/transform', (req: Request, res: Response) => {
  const body = req.body as { rows: unknown[]; mapper: string };
  const mapper = eval(`(${body.mapper})`) as (row: unknown) => unknown; // expect: code-injection
  res.json(body.rows.map(mapper));
});

export default app;
