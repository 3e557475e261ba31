import express, { Request, Response } from 'express';
import { exec } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(exec);
const app = express();

app.get('/dns', async (req: Request, res: Response) => {
  const domain = req.query.domain as string;
  const { stdout } = await run(`dig +short ${domain}`); // expect: command-injection
  res.type('text/plain').send(stdout);
});

app.post('/convert', (req: Request, res: Response) => {
  const input: string = req.body.file;
  const args = [input, '-quality', '80', input.replace(/\.png$/, '.jpg')];
  exec('convert ' + args.join(' '), (error) => res.json({ ok: !error })); // expect: command-injection
});

export default app;
