import express, { Request, Response } from 'express';
import escapeHtml from 'escape-html';

const app = express();

app.get('/greet', (req: Request, res: Response) => {
  const name = escapeHtml(String(req.query.name ?? ''));
  res.send(`<!doctype html><h1>Hello ${name}</h1>`);
});

app.get('/error', (req: Request, res: Response) => {
  res.status(404).json({ error: 'not found', path: req.query.path });
});

app.get('/page/:n', (req: Request, res: Response) => {
  const page = Number(req.params.n);
  res.send(`<p>Page ${page}</p>`);
});

export default app;
