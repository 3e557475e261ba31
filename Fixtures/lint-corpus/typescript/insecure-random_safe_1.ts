import express, { Request, Response } from 'express';
import { randomBytes, randomUUID } from 'node:crypto';

const app = express();
const invites = new Map<string, string>();

function inviteCode(): string {
  return randomBytes(6).toString('base64url').toUpperCase();
}

app.post('/invites', (req: Request, res: Response) => {
  const code = inviteCode();
  invites.set(code, req.body.email);
  res.status(201).json({ code, requestId: randomUUID() });
});

export function retryDelay(attempt: number): number {
  const jitter = Math.random() * 100;
  return 2 ** attempt * 100 + jitter;
}

export default app;
