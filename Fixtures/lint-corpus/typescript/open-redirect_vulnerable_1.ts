import express, { Request, Response } from 'express';

const app = express();

app.get('/auth/callback', (req: Request, res: Response) => {
  const state = JSON.parse(Buffer.from(String(req.query.state), 'base64url').toString()) as { returnTo: string };
  res.redirect(state.returnTo); // expect: open-redirect
});

app.get('/r', (req: Request, res: Response) => {
  const target = req.query.to as string;
  res.redirect(301, target); // expect: open-redirect
});

export default app;
