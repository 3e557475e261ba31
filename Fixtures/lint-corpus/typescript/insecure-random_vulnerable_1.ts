import express, { Request, Response } from 'express';

const app = express();
const invites = new Map<string, string>();

function inviteCode(): string {
  const code = Math.random().toString(36).substring(2, 10); // expect: insecure-random
  return code.toUpperCase();
}

app.post('/invites', (req: Request, res: Response) => {
  const code = inviteCode();
  invites.set(code, req.body.email);
  res.status(201).json({ code });
});

export function apiKey(): string {
  return Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join(''); // expect: insecure-random
}

export default app;
