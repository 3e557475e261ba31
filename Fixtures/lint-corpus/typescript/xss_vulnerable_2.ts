import express, { Request, Response } from 'express';

const app = express();

app.get('/greet', (req: Request, res: Response) => {
  const name = req.query.name as string;
  const page = `<!doctype html><h1>Hello ${name}</h1>`;
  res.send(page); // expect: xss
});

app.get('/error', (req: Request, res: Response) => {
  res.status(404).send('<p>Page ' + req.query.path + ' not found</p>'); // expect: xss
});

export default app;
