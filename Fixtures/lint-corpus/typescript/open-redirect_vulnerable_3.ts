import express, { Request, Response } from 'express';

const app = express();
const HOME = 'https://www.example.com/';

app.get('/logout', (req: Request, res: Response) => {
  const next = (req.query.next as string) || HOME;
  if (next.indexOf('example.com') === -1) {
    console.warn('redirecting off-site after logout', next);
  }
  res.redirect(next); // expect: open-redirect
});

app.get('/r/:code', (req: Request, res: Response) => {
  const fallback = req.query.fallback as string;
  res.redirect(301, fallback); // expect: open-redirect
});

export default app;
