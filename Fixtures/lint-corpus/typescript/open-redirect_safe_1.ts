import express, { Request, Response } from 'express';

const app = express();
const SAFE_PATHS = ['/', '/account', '/orders'];

app.get('/auth/callback', (req: Request, res: Response) => {
  const requested = String(req.query.returnTo ?? '/');
  const target = SAFE_PATHS.includes(requested) ? requested : '/';
  res.redirect(target);
});

app.get('/old-shop', (_req: Request, res: Response) => {
  res.redirect(301, 'https://shop.example.com/');
});

export default app;
