import express, { Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import serialize from 'node-serialize';

const app = express();
app.use(cookieParser());

app.get('/preferences', (req: Request, res: Response) => {
  const encoded: string = req.cookies.prefs ?? '';
  const prefs = serialize.unserialize(Buffer.from(encoded, 'base64').toString()); // expect: unsafe-deserialization
  res.json(prefs);
});

export default app;
