import express, { Request, Response } from 'express';

const app = express();
const APP_ORIGIN = 'https://app.example.com';

app.get('/login/complete', (req: Request, res: Response) => {
  const raw = typeof req.query.returnTo === 'string' ? req.query.returnTo : '/';
  const destination = new URL(raw, APP_ORIGIN);
  if (destination.origin !== APP_ORIGIN) {
    return res.redirect('/');
  }
  res.redirect(destination.pathname + destination.search);
});

const LEGACY: Record<string, string> = { '/old-pricing': '/pricing', '/old-blog': '/blog' };

app.get('/legacy', (req: Request, res: Response) => {
  const from = String(req.query.from);
  if (from in LEGACY) {
    res.redirect(301, LEGACY[from]);
    return;
  }
  res.sendStatus(404);
});

export default app;
