import express, { Request, Response } from 'express';
import fs from 'fs';
import path from 'path';

const app = express();
const PUBLIC_DIR = path.resolve('public');

app.get('/static/*', (req: Request, res: Response) => {
  const requested = path.resolve(PUBLIC_DIR, req.params[0]);
  if (!requested.startsWith(PUBLIC_DIR + path.sep)) {
    res.status(403).end();
    return;
  }
  fs.createReadStream(requested).pipe(res);
});

app.get('/reports/:name', (req: Request, res: Response) => {
  res.sendFile(req.params.name, { root: path.join(__dirname, 'reports') });
});

export default app;
